import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../support/cli.js';
import { ACME } from '../support/workspace.js';

/** Support's path: a customer sends `check --save-snapshot`; explain, triage and har then work on that file alone. */
describe('explain, triage and har --snapshot FILE', () => {
  let dir = '';
  let snapshot = '';
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-snapshot-'));
    snapshot = path.join(dir, 'acme.snapshot.json');
    const saved = await runCli(['check', ACME, '--format', 'json', '--save-snapshot', snapshot]);
    assert.equal(saved.code, 3, saved.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Both runs side by side: from the workspace and from the snapshot, from a folder that holds no workspace. */
  const both = async (args: string[]) => {
    const live = await runCli([...args, ACME, '--format', 'json']);
    const replayed = await runCli([...args, '--snapshot', snapshot, '--format', 'json'], { cwd: dir });
    return { live, replayed, a: JSON.parse(live.stdout), b: JSON.parse(replayed.stdout) };
  };

  it('explain: the same walk and exit code as from the workspace', async () => {
    const { live, replayed, a, b } = await both(['explain', 'lucas.martin@acme.example']);
    assert.equal(replayed.code, live.code, replayed.stderr);
    assert.equal(b.workspace, 'examples/acme/ims-doctor.yaml');
    assert.deepEqual(b.instances, a.instances);
    assert.deepEqual(b.person.found, a.person.found);
  });

  it('triage: the same ranked causes', async () => {
    const { live, replayed, a, b } = await both(['triage', 'redirected to adobe.com']);
    assert.equal(replayed.code, live.code, replayed.stderr);
    assert.equal(b.workspace, a.workspace);
    assert.deepEqual(b.causes, a.causes);
  });

  it('har: the recording compared with the snapshot', async () => {
    const har = 'examples/acme/har/redirected-to-adobe-com.har';
    const live = await runCli(['har', har, ACME, '--format', 'json']);
    const replayed = await runCli(['har', har, '--snapshot', snapshot, '--format', 'json']);
    assert.equal(replayed.code, live.code, replayed.stderr);
    const a = JSON.parse(live.stdout);
    const b = JSON.parse(replayed.stdout);
    assert.deepEqual(b.findings, a.findings);
  });

  it('an --instance the snapshot does not hold is a usage error naming the known ones (exit 2)', async () => {
    const run = await runCli(['explain', 'lucas.martin@acme.example', '--snapshot', snapshot, '--instance', 'dev']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /dev/);
    assert.match(run.stderr, /prod/);
  });

  it('a snapshot that is not one is bad input with file:line:col, no stack trace (exit 2)', async () => {
    const run = await runCli(['triage', 'XSV-350013', '--snapshot', path.join(ACME, 'ims/console.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /console\.json:\d+:\d+/);
    assert.ok(!/\n\s+at /.test(run.stderr));
  });
});
