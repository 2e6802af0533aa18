import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { FILE_NAMES, FORMATS } from '../../src/reporters/index.js';
import { ACME_SECRETS, runCli } from '../support/cli.js';
import { Workspace } from '../support/workspace.js';

/**
 * Redaction holds in every format: the ACME example's secrets (the Developer Console export's
 * client_secret, the stage client file's clientSecret, Campaign's encrypted secrets) are known
 * strings, and no report may contain any of them, nor a recognisable part of them.
 */
describe('no secret in any report format', () => {
  const dirs: string[] = [];
  const workspaces: Workspace[] = [];
  after(() => {
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    workspaces.forEach((ws) => ws.dispose());
  });

  /** Every format of one run, by file name. */
  async function allFormats(workspace: string, ...extra: string[]): Promise<Map<string, string>> {
    const dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-reports-'));
    dirs.push(dir);
    const run = await runCli(['check', workspace, '--output-dir', dir, ...extra]);
    assert.notEqual(run.code, 1, run.stderr);
    const files = readdirSync(dir).sort();
    assert.deepEqual(files, FORMATS.map((format) => FILE_NAMES[format]).sort(), 'one file per format');
    const reports = new Map(files.map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
    reports.set('stderr', run.stderr);
    reports.set('stdout', run.stdout);
    return reports;
  }

  function assertNoSecret(reports: Map<string, string>): void {
    for (const [name, content] of reports) {
      for (const secret of ACME_SECRETS) {
        // The whole secret, and any 12-character piece of its distinctive part (after the "p8e-…-" or "@" prefix).
        const core = secret.replace(/^p8e-[A-Z]+-|^@/, '');
        const pieces = [secret, ...Array.from({ length: core.length - 11 }, (_, i) => core.slice(i, i + 12))];
        for (const piece of pieces)
          assert.ok(
            !content.includes(piece),
            `${name} contains ${piece === secret ? 'the secret' : `a piece of the secret (${piece})`} ${secret.slice(0, 8)}…`,
          );
      }
    }
  }

  it('the ACME example, in English and in Korean', async () => {
    assertNoSecret(await allFormats('examples/acme'));
    assertNoSecret(await allFormats('examples/acme', '--lang', 'ko'));
  });

  it('a secret written with a stray space and quotes (rules that compare secrets then explain the difference)', async () => {
    const ws = new Workspace();
    workspaces.push(ws);
    ws.edit('ims/stage-client.yaml', `clientSecret: ${ACME_SECRETS[1]}`, `clientSecret: " ${ACME_SECRETS[1]}"`);
    assertNoSecret(await allFormats(ws.dir));
  });

  it('a source that breaks right at a secret (its error message must not quote it)', async () => {
    const ws = new Workspace();
    workspaces.push(ws);
    ws.edit('ims/stage-client.yaml', `clientSecret: ${ACME_SECRETS[1]}`, `clientSecret: [${ACME_SECRETS[1]}`);
    ws.edit('ims/console.json', `"client_secret": "${ACME_SECRETS[0]}",`, `"client_secret": "${ACME_SECRETS[0]}"`);
    const reports = await allFormats(ws.dir);
    assert.match(reports.get('report.json')!, /"problems": \[\s*\{/, 'the broken sources are reported');
    assertNoSecret(reports);
  });
});
