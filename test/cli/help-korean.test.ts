import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import stringWidth from 'string-width';
import { runCli } from '../support/cli.js';

describe("--help in the run's language", () => {
  for (const [how, args, env] of [
    ['--lang ko', ['--lang', 'ko'], {}],
    ['a Korean locale', [], { LANG: 'ko_KR.UTF-8' }],
  ] as const) {
    it(`speaks Korean with ${how}, lined up by display width`, async () => {
      for (const command of [[], ['check'], ['explain'], ['triage'], ['har'], ['logs'], ['fix'], ['diff']]) {
        const run = await runCli([...command, '--help', ...args], { env: { ...env, COLUMNS: '80' } });
        assert.equal(run.code, 0, run.stderr);
        assert.match(run.stdout, /^사용법: ims-doctor/);
        assert.match(run.stdout, /\n옵션:\n/);
        assert.doesNotMatch(run.stdout, /\b(display help|default:|Usage:|Options:|Arguments:)/);
        for (const line of run.stdout.split('\n')) assert.ok(stringWidth(line) <= 80, line);
      }
    });
  }

  it('stays English by default', async () => {
    const run = await runCli(['check', '--help']);
    assert.match(run.stdout, /^Usage: ims-doctor check/);
    assert.match(run.stdout, /run every check of the IMS checklist on a workspace/);
    assert.match(run.stdout, /-v, --verbose/);
  });
});
