import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../support/cli.js';

/** Mistakes on the command line: one "ims-doctor: …" sentence in either language, exit 2, a suggestion when one is close. */
describe('the command line: --lang before the command, and its mistakes', () => {
  it("`--lang ko <command> --help` prints that command's help, in Korean", async () => {
    for (const command of ['check', 'explain', 'serve', 'init']) {
      const run = await runCli(['--lang', 'ko', command, '--help'], { env: { COLUMNS: '80' } });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`^사용법: ims-doctor ${command} `));
      assert.doesNotMatch(run.stdout, /Usage:|Options:/);
    }
  });

  it('--lang before the command reaches it; the one after it wins', async () => {
    const before = await runCli(['--lang', 'ko', 'check', 'examples/acme', '--only', 'external-account', '--format', 'json']);
    assert.equal(before.code, 3, before.stderr);
    assert.equal((JSON.parse(before.stdout) as { lang: string }).lang, 'ko');
    const after = await runCli(['check', 'examples/acme', '--only', 'external-account', '--format', 'text', '--lang', 'ko']);
    assert.match(after.stdout, /실패 1건/);
    const bad = await runCli(['--lang', 'fr', 'check', 'examples/acme']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^ims-doctor: --lang must be "en" or "ko", not "fr"\.\n$/);
    assert.equal((await runCli(['check', '--version'])).code, 0);
  });

  it("an unknown option in English: the tool's own sentence, not commander's", async () => {
    const run = await runCli(['check', '--frobnicate']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'ims-doctor: unknown option "--frobnicate"; see ims-doctor --help.\n');
    assert.equal(run.stdout, '');
  });

  it('suggests the option or command meant, in both languages', async () => {
    const cases = [
      [['check', '--verbos'], 'ims-doctor: unknown option "--verbos" (did you mean "--verbose"?); see ims-doctor --help.\n'],
      [['chek'], 'ims-doctor: unknown command "chek" (did you mean "check"?); see ims-doctor --help.\n'],
      [
        ['--lang', 'ko', 'check', '--verbos'],
        'ims-doctor: 알 수 없는 옵션입니다: "--verbos" (혹시 이 값을 뜻했습니까? "--verbose"). ims-doctor --help를 참조하십시오.\n',
      ],
      [['--lang', 'ko', 'chek'], 'ims-doctor: 알 수 없는 명령입니다: "chek" (혹시 이 값을 뜻했습니까? "check"). ims-doctor --help를 참조하십시오.\n'],
    ] as const;
    for (const [args, expected] of cases) {
      const run = await runCli([...args]);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stderr, expected, args.join(' '));
    }
    const missing = await runCli(['explain']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^ims-doctor: missing argument "who"; see ims-doctor --help\.\n$/);
  });
});
