import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import { RULES } from '../../src/rules/index.js';
import { hostOfPattern, planWorkspace, roleOfHost } from '../../src/workspace/init-plan.js';
import { verdicts } from '../support/verdicts.js';
import { ACME, ROOT, Workspace } from '../support/workspace.js';

const BIN = path.join(ROOT, 'dist/bin/ims-doctor.js');

/** examples/acme's files in one flat folder, under names that say nothing. */
const COPIES: [string, string][] = [
  ['campaign/prod.xml', 'export-1.xml'],
  ['campaign/stage.xml', 'export-2.xml'],
  ['campaign/prod-serverConf.xml', 'conf-a.xml'],
  ['campaign/stage-serverConf.xml', 'conf-b.xml'],
  ['ims/client.yaml', 'ticket-4391.yaml'],
  ['ims/stage-client.yaml', 'mail.yaml'],
  ['ims/console.json', 'download.json'],
  ['admin-console/users.csv', 'people.csv'],
  ['har/login.har', 'recording.har'],
  ['logs/web.log', 'web.log'],
];

function flatCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-init-'));
  for (const [from, to] of COPIES) copyFileSync(path.join(ACME, from), path.join(dir, to));
  return dir;
}

function init(dir: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, 'init', dir, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('ims-doctor init', () => {
  it("writes a workspace of the example's files whose check equals examples/acme's", async () => {
    const dir = flatCopy();
    // What no file holds, the example's workspace says by hand: when the server started, and a suppression's reason.
    const acme = new Workspace().edit('ims-doctor.yaml', /\n {4}serverStartedAt: .*/, '').edit('ims-doctor.yaml', /\nignore:\n.*\n/, '\n');
    try {
      const run = init(dir);
      assert.equal(run.code, 0, run.stderr);
      const yaml = readFileSync(path.join(dir, 'ims-doctor.yaml'), 'utf8');
      // The schema beside the file, named relatively: it follows the folder wherever it goes.
      assert.match(yaml, /^# yaml-language-server: \$schema=\.\/ims-doctor\.schema\.json\n/);
      assert.equal(readFileSync(path.join(dir, 'ims-doctor.schema.json'), 'utf8'), readFileSync(path.join(ROOT, 'docs/ims-doctor.schema.json'), 'utf8'));
      assert.ok(!yaml.includes(ROOT), 'no path of this installation');
      assert.doesNotMatch(run.stdout, /ims-doctor\.schema\.json/, 'not reported as an export');
      const moved = mkdtempSync(path.join(tmpdir(), 'ims-doctor-init-moved-'));
      try {
        cpSync(dir, moved, { recursive: true });
        const reference = /\$schema=(\S+)/.exec(readFileSync(path.join(moved, 'ims-doctor.yaml'), 'utf8'))![1]!;
        assert.ok(existsSync(path.resolve(moved, reference)), 'the moved folder still finds its schema');
      } finally {
        rmSync(moved, { recursive: true, force: true });
      }
      assert.match(yaml, /# adminConsole:.*\n# {3}umapi: \{ orgId:/);
      assert.match(yaml, /# consoleProject: \{ orgId:/);
      assert.match(run.stdout, /prod \(production, https:\/\/campaign\.acme\.example\): export-1\.xml, conf-a\.xml, ticket-4391\.yaml, and download\.json/);
      assert.match(run.stdout, /stage \(stage, https:\/\/campaign-stage\.acme\.example\): export-2\.xml, conf-b\.xml, and mail\.yaml/);
      assert.match(run.stdout, /Recognised but not used:\n {2}recording\.har \(browser recording \(HAR\)\)/);
      assert.match(run.stdout, /Not recognised:\n {2}web\.log/);
      assert.match(run.stdout, /Missing for a complete check:\n {2}prod: when the server last started/);

      const mine = runRules(await collectWorkspace(dir), RULES, { lang: 'en' });
      const theirs = runRules(await collectWorkspace(acme.dir), RULES, { lang: 'en' });
      assert.deepEqual(verdicts(mine.findings, ['file']), verdicts(theirs.findings, ['file']));
      assert.deepEqual(mine.summary, theirs.summary);

      // Never over an existing file without --force: one sentence, exit 2.
      writeFileSync(path.join(dir, 'ims-doctor.yaml'), '# mine\n');
      const again = init(dir);
      assert.equal(again.code, 2);
      assert.match(again.stderr, /already exists; ims-doctor init does not overwrite it \(add --force to replace it\)/);
      assert.equal(readFileSync(path.join(dir, 'ims-doctor.yaml'), 'utf8'), '# mine\n');
      const forced = init(dir, '--force');
      assert.equal(forced.code, 0);
      assert.notEqual(readFileSync(path.join(dir, 'ims-doctor.yaml'), 'utf8'), '# mine\n');
      assert.doesNotMatch(forced.stdout, /ims-doctor\.schema\.json/, 'its own schema copy is not an unrecognised file');

      // In Korean too.
      const ko = init(dir, '--force', '--lang', 'ko');
      assert.equal(ko.code, 0);
      assert.match(ko.stdout, /배정한 파일:/);
      assert.match(ko.stdout, /완전한 점검에 빠진 것:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      acme.dispose();
    }
  });

  it('tells the role from the host, and the host from a redirect URI pattern', async () => {
    assert.deepEqual(roleOfHost('campaign-stage.acme.example'), { role: 'stage', name: 'stage', word: 'stage' });
    assert.deepEqual(roleOfHost('acme-stg1.campaign.adobe.com'), { role: 'stage', name: 'stage', word: 'stg' });
    assert.deepEqual(roleOfHost('dev.campaign.acme.example'), { role: 'development', name: 'dev', word: 'dev' });
    assert.deepEqual(roleOfHost('qa-campaign.acme.example'), { role: 'stage', name: 'test', word: 'qa' });
    // "devices" and "contest" are not dev or test.
    assert.deepEqual(roleOfHost('devices.contest.example'), { role: 'production', name: 'prod', word: undefined });
    assert.equal(hostOfPattern('https://campaign\\.acme\\.example(/.*)?'), 'campaign.acme.example');

    // Without a package nothing can be planned: no instance.
    const dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-init-'));
    try {
      copyFileSync(path.join(ACME, 'admin-console/users.csv'), path.join(dir, 'a.csv'));
      const plan = await planWorkspace(dir);
      assert.equal(plan.instances.length, 0);
      assert.equal(plan.adminConsoleUsers, 'a.csv');
      const run = init(dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /No Campaign package export was found/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
