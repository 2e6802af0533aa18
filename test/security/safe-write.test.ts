import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { render, type ParamsOf } from '../../src/i18n/catalogue.js';
import { SECURITY, type SecurityRef } from '../../src/security/messages.js';
import { BIN, runCli } from '../support/cli.js';
import { ROOT, Workspace } from '../support/workspace.js';

/**
 * Outputs never destroy inputs: --output, --output-dir, --save-snapshot and `har --sanitize -o`
 * refuse any file the run reads (by device and inode: hard links and symbolic links too), never
 * write through a link, write atomically, and a set of reports is written all or none.
 */

const HAR = path.join(ROOT, 'test/fixtures/har/success.har');

describe('writes never land on an input, never follow a link, and are atomic', () => {
  let ws: Workspace | undefined;
  afterEach(() => {
    ws?.dispose();
    ws = undefined;
  });

  const refused = (stderr: string): void => assert.match(stderr, /^ims-doctor: refusing to write .*: it is (one of the files this run reads|a symbolic link)/m);

  it('--output onto the Campaign package, --save-snapshot onto ims-doctor.yaml: exit 2, inputs untouched', async () => {
    ws = new Workspace();
    const before = { pkg: ws.read('campaign/prod.xml'), yaml: ws.read('ims-doctor.yaml') };
    let run = await runCli(['check', ws.dir, '--output', ws.path('campaign/prod.xml'), '--format', 'json']);
    assert.equal(run.code, 2, run.stderr);
    refused(run.stderr);
    run = await runCli(['check', ws.dir, '--save-snapshot', ws.path('ims-doctor.yaml')]);
    assert.equal(run.code, 2, run.stderr);
    refused(run.stderr);
    // Another spelling of the same path, and a hard link to an input.
    run = await runCli(['check', ws.dir, '--output', `${ws.dir}/campaign/../ims/client.yaml`, '--format', 'json']);
    assert.equal(run.code, 2, run.stderr);
    linkSync(ws.path('admin-console/users.csv'), ws.path('alias.csv'));
    run = await runCli(['check', ws.dir, '--output', ws.path('alias.csv'), '--format', 'json']);
    assert.equal(run.code, 2, run.stderr);
    refused(run.stderr);
    assert.equal(ws.read('campaign/prod.xml'), before.pkg);
    assert.equal(ws.read('ims-doctor.yaml'), before.yaml);
  });

  it('a symbolic link as --output is refused, whatever it points to', async () => {
    ws = new Workspace();
    writeFileSync(ws.path('elsewhere.txt'), 'keep me');
    symlinkSync(ws.path('elsewhere.txt'), ws.path('report.json'));
    const run = await runCli(['check', ws.dir, '--output', ws.path('report.json')]);
    assert.equal(run.code, 2, run.stderr);
    refused(run.stderr);
    assert.equal(readFileSync(ws.path('elsewhere.txt'), 'utf8'), 'keep me');
  });

  it('har --sanitize keep.har -o alias.har: refused for a hard link and a symbolic link to the input', async () => {
    ws = new Workspace();
    writeFileSync(ws.path('keep.har'), readFileSync(HAR));
    linkSync(ws.path('keep.har'), ws.path('hard.har'));
    symlinkSync(ws.path('keep.har'), ws.path('soft.har'));
    for (const alias of ['hard.har', 'soft.har']) {
      const run = await runCli(['har', '--sanitize', ws.path('keep.har'), '-o', ws.path(alias)]);
      assert.equal(run.code, 2, `${alias}: ${run.stderr}`);
      refused(run.stderr);
    }
    assert.deepEqual(readFileSync(ws.path('keep.har')), readFileSync(HAR));
    const ok = await runCli(['har', '--sanitize', ws.path('keep.har'), '-o', ws.path('safe.har')]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(JSON.parse(readFileSync(ws.path('safe.har'), 'utf8')).log);
  });

  it('--save-snapshot into a missing folder or onto a folder: exit 2 with a sentence', async () => {
    ws = new Workspace();
    let run = await runCli(['check', ws.dir, '--save-snapshot', ws.path('missing/snap.json'), '--format', 'json']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /cannot write .*snap\.json.*: the folder .*missing.* does not exist/);
    run = await runCli(['check', ws.dir, '--save-snapshot', ws.path('campaign'), '--format', 'json']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /cannot write .*campaign.*: it is a folder/);
    assert.ok(!/\n\s+at /.test(run.stderr));
  });

  it('--output-dir: all or none; no temporary file left behind', async () => {
    ws = new Workspace();
    const dir = ws.path('reports');
    mkdirSync(dir);
    // report.html cannot be written (a folder in its place): nothing else may be written either.
    mkdirSync(path.join(dir, 'report.html'));
    const run = await runCli(['check', ws.dir, '--output-dir', dir]);
    assert.equal(run.code, 2, run.stderr);
    assert.deepEqual(readdirSync(dir), ['report.html']);
    const good = ws.path('good');
    const ok = await runCli(['check', ws.dir, '--output-dir', good]);
    assert.ok([3, 4, 0].includes(ok.code ?? -1), ok.stderr);
    assert.deepEqual(readdirSync(good).sort(), ['report.html', 'report.json', 'report.md', 'report.sarif', 'report.txt', 'report.xml']);
  });

  it('an existing report is replaced whole (rename), never truncated in place', async () => {
    ws = new Workspace();
    const file = ws.path('r.json');
    writeFileSync(file, 'old');
    const run = await runCli(['check', ws.dir, '--output', file]);
    assert.ok([0, 3, 4].includes(run.code ?? -1), run.stderr);
    assert.ok(JSON.parse(readFileSync(file, 'utf8')).schemaVersion);
    assert.deepEqual(
      readdirSync(ws.dir).filter((name) => name.endsWith('.tmp')),
      [],
    );
    assert.ok(existsSync(file));
  });
});

describe('a closed pipe ends the run quietly', () => {
  it('check … | head -c 10: no EPIPE, no stack trace', async () => {
    // The reader is gone before the first write: deterministic, where `| head -c 10` only sometimes loses the race.
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'check', 'examples/acme', '--format', 'html'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      });
      let err = '';
      child.stderr.on('data', (chunk) => (err += chunk));
      child.stdout.destroy();
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit, stderr: err }));
    });
    assert.equal(stderr, '');
    assert.notEqual(code, 1, 'a closed pipe is no internal error');
  });
});

describe('the safety messages, in both languages', () => {
  it('every entry renders in English and Korean, values quoted, nothing undefined', () => {
    const samples: { [K in keyof typeof SECURITY]: ParamsOf<(typeof SECURITY)[K]> } = {
      insecureHttp: { instance: 'prod', url: 'http://campaign.acme.example' },
      writeOntoInput: { file: 'campaign/prod.xml' },
      writeOntoLink: { file: 'report.json' },
      writeOntoFolder: { file: 'campaign' },
      writeNoFolder: { file: 'missing/snap.json', folder: 'missing' },
      writeFailed: { file: 'reports/report.html', error: 'EACCES' },
    };
    for (const [id, params] of Object.entries(samples)) {
      for (const lang of ['en', 'ko'] as const) {
        const text = render(SECURITY, { id, params } as SecurityRef, lang);
        assert.ok(!/undefined|null|\[object Object\]/.test(text), `${id} ${lang}: ${text}`);
        if (lang === 'ko') assert.match(text, /[\uac00-\ud7a3]/, id);
      }
    }
  });
});
