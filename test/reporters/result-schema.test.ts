import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../support/cli.js';
import { sampleResult } from '../support/results.js';
import { draft2020Validator } from '../support/schema.js';
import { ROOT, Workspace } from '../support/workspace.js';

/** The published shape of `--format json` (docs/result.schema.json, JSON Schema draft 2020-12). */
const validate = draft2020Validator(path.join(ROOT, 'docs/result.schema.json'));

describe('published JSON Schema of the result (docs/result.schema.json)', () => {
  const workspaces: Workspace[] = [];
  after(() => workspaces.forEach((ws) => ws.dispose()));

  const checkJson = async (args: string[]): Promise<unknown> => {
    const run = await runCli(['check', ...args, '--format', 'json']);
    assert.ok(run.stdout.startsWith('{'), `no JSON on stdout (exit ${run.code}): ${run.stderr}`);
    return JSON.parse(run.stdout);
  };

  const broken: [string, (ws: Workspace) => void][] = [
    ['malformed package XML (a problem, skips)', (ws) => ws.edit('campaign/stage.xml', '</entities>', '</entity>')],
    [
      'unreadable serverConf and a missing user export',
      (ws) => ws.write('campaign/prod-serverConf.xml', '<serverconf><shared>').remove('admin-console/users.csv'),
    ],
    [
      'no IMS client and no Admin Console in the workspace',
      (ws) => ws.edit('ims-doctor.yaml', /\nims:\n(?: {2}.*\n)+/, '\n').edit('ims-doctor.yaml', /\nadminConsole:\n(?: {2}.*\n)+/, '\n'),
    ],
    ['a broken Developer Console export', (ws) => ws.write('ims/console.json', '{ "project": ')],
  ];

  it('validates the example (English and Korean, with and without suppressions from the command line)', async () => {
    for (const args of [
      ['examples/acme'],
      ['examples/acme', '--lang', 'ko'],
      ['examples/acme', '--ignore', 'external-account@prod', '--ignore', 'ims-server'],
    ]) {
      assert.deepEqual(validate(await checkJson(args)), [], args.join(' '));
    }
  });

  for (const [name, breakIt] of broken) {
    it(`validates a broken workspace: ${name}`, async () => {
      const ws = new Workspace();
      workspaces.push(ws);
      breakIt(ws);
      assert.deepEqual(validate(await checkJson([ws.dir])), []);
    });
  }

  it('validates a result with every status, both suppressions, defaults and live evidence', () => {
    assert.deepEqual(validate(JSON.parse(JSON.stringify(sampleResult()))), []);
  });

  it('rejects what the result never holds (so it is no empty promise)', () => {
    const wrong = JSON.parse(JSON.stringify(sampleResult()));
    wrong.findings[0].status = 'ok';
    wrong.findings[1].evidence = [{ label: 'x', value: 1, at: {} }];
    delete wrong.summary.suppressed;
    wrong.extra = true;
    const errors = validate(wrong);
    assert.ok(
      errors.some((error) => error.startsWith('/findings/0/status')),
      errors.join('; '),
    );
    assert.ok(errors.some((error) => error.startsWith('/findings/1/evidence/0/value')));
    assert.ok(errors.some((error) => error.startsWith('/summary')));
    assert.ok(errors.some((error) => /additional properties/.test(error)));
  });
});
