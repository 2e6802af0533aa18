import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { runCli } from '../support/cli.js';
import { Workspace } from '../support/workspace.js';

/** Bad input: a sentence with path:line:column and exit 2, never a stack trace; the other sources still run. */
describe('bad input', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  const check = async (...extra: string[]) => {
    const run = await runCli(['check', ws.dir, '--format', 'json', ...extra]);
    assert.doesNotMatch(run.stderr + run.stdout, /\n\s+at .*:\d+:\d+\)?\n/, 'no stack trace');
    return run;
  };

  it('malformed package XML: position, exit 2, the rules needing it skip, the rest run', async () => {
    ws = new Workspace().edit('campaign/stage.xml', '</entities>', '</entity>');
    const run = await check();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /campaign\/stage\.xml:\d+:\d+: is not well-formed XML/);
    const result = JSON.parse(run.stdout);
    const stage = result.findings.find((f: { rule: string; instance: string }) => f.rule === 'external-account' && f.instance === 'stage');
    assert.equal(stage.status, 'skip');
    assert.match(stage.message, /stage\.xml:\d+:\d+ could not be read/);
    const prod = result.findings.find((f: { rule: string; instance: string }) => f.rule === 'external-account' && f.instance === 'prod');
    assert.equal(prod.status, 'fail', 'prod still checked');
    assert.equal(result.problems.length, 1);
  });

  it('a "billion laughs" package ends at once with an error, entities never expanded', async () => {
    const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('\n');
    ws = new Workspace().write('campaign/stage.xml', `<?xml version="1.0"?>\n<!DOCTYPE package [\n${laughs}\n]>\n<package>&lol9;</package>\n`);
    const started = Date.now();
    const run = await check();
    assert.ok(Date.now() - started < 5000);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /stage\.xml:\d+:\d+: declares XML entities/);
  });

  it('an external entity is refused, never fetched', async () => {
    ws = new Workspace().write(
      'campaign/stage.xml',
      '<?xml version="1.0"?>\n<!DOCTYPE package [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<package>&xxe;</package>\n',
    );
    const run = await check();
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stdout + run.stderr, /root:x:0/);
  });

  it('a package in ISO-8859-1 with accented labels is read', async () => {
    ws = new Workspace();
    const latin1 = Buffer.from(ws.read('campaign/prod.xml').replace('label="Administrators"', 'label="Administrateurs réseau"'), 'latin1');
    ws.write('campaign/prod.xml', latin1);
    const run = await check('--only', 'external-account');
    assert.equal(run.code, 3);
  });

  it('malformed workspace YAML: position and exit 2 before anything runs', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', '  - name: prod', '  - name: [prod');
    const run = await check();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /ims-doctor\.yaml:4:11: opens a list with \[ here that is never closed/);
    assert.equal(run.stdout, '');
  });

  it('unknown workspace key: suggests the closest one', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', '    accessUrl: https://campaign.acme.example', '    accesUrl: https://campaign.acme.example');
    const run = await check();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /ims-doctor\.yaml:6:5: unknown key "accesUrl" in instance #1\. Did you mean "accessUrl"\?/);
  });

  it('an ignore entry needs its reason', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', ', reason: "rotated 2026-10-01, ticket 4711"', '');
    const run = await check();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /every suppression needs its reason/);
  });

  it('missing file named by the workspace', async () => {
    ws = new Workspace().remove('ims/client.yaml');
    const run = await check();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /ims\/client\.yaml: does not exist\./);
  });

  it('empty files', async () => {
    ws = new Workspace().write('ims/client.yaml', '').write('admin-console/users.csv', '');
    const run = await check();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /client\.yaml:1:1: is empty/);
    assert.match(run.stderr, /users\.csv:1:1: is empty/);
  });

  it('binary garbage instead of the user export', async () => {
    ws = new Workspace().write('admin-console/users.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x10]));
    const run = await check();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /users\.csv:1:\d+: is not a text file/);
  });

  it('a CSV that is not an Admin Console export', async () => {
    ws = new Workspace().write('admin-console/users.csv', 'name,mail\nx,y\n');
    const run = await check();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /users\.csv:1:1: is not an Admin Console user export: its header lacks "Email"/);
  });

  it('malformed Developer Console JSON', async () => {
    ws = new Workspace().edit('ims/console.json', '"name": "ACME Corp",', '"name": "ACME Corp"');
    const run = await check();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /ims\/console\.json:9:7: is not valid JSON: comma expected/);
  });

  it('a semicolon-separated export with CRLF and no BOM is read like the comma one', async () => {
    ws = new Workspace();
    const text = ws.read('admin-console/users.csv').replace(/^\ufeff/, '');
    const semicolon = text
      .split('\r\n')
      .map((line) => line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';'))
      .join('\r\n');
    ws.write('admin-console/users.csv', semicolon);
    const run = await check('--only', 'external-account');
    assert.equal(run.code, 3);
    assert.equal(JSON.parse(run.stdout).problems.length, 0);
  });
});
