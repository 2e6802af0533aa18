import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ACME_SECRETS, runCli } from '../support/cli.js';
import { Workspace } from '../support/workspace.js';

/** Every file under a folder, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('ims-doctor fix, diff and check --baseline (built binary)', () => {
  const folders: string[] = [];
  const workspaces: Workspace[] = [];
  const temp = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-fix-'));
    folders.push(dir);
    return dir;
  };
  after(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    for (const ws of workspaces) ws.dispose();
  });

  for (const lang of ['en', 'ko'] as const) {
    it(`fix examples/acme --output-dir writes the plan and its files, exit 0 (${lang})`, async () => {
      const dir = path.join(temp(), 'tmp');
      const run = await runCli(['fix', 'examples/acme', '--output-dir', dir, '--format', 'text', '--lang', lang]);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(filesUnder(dir), [
        'admin-console/steps.md',
        'campaign/prod.xml',
        'campaign/stage.xml',
        'plan.json',
        'plan.md',
        'server-conf/stage.patch',
        'server-conf/stage.xml',
      ]);
      const plan = JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8'));
      assert.equal(plan.kind, 'ims-doctor-fix-plan');
      assert.equal(plan.accepted, true);
      assert.equal(plan.changes.length, 12);
      const markdown = readFileSync(path.join(dir, 'plan.md'), 'utf8');
      if (lang === 'en') {
        assert.match(run.stdout, /^Wrote 7 files to .*tmp: plan\.json, plan\.md, admin-console\/steps\.md, /);
        assert.match(markdown, /^# ims-doctor fix plan for examples\/acme\/ims-doctor\.yaml\n\n12 changes;/);
      } else {
        assert.match(run.stdout, /폴더에 파일 7개를 썼습니다: plan\.json, plan\.md, /);
        assert.match(markdown, /^# ims-doctor 수정 계획: examples\/acme\/ims-doctor\.yaml\n\n변경 12건\./);
      }
      const everything =
        run.stdout +
        run.stderr +
        filesUnder(dir)
          .map((file) => readFileSync(path.join(dir, file), 'latin1'))
          .join('\n');
      for (const secret of ACME_SECRETS) assert.ok(!everything.includes(secret), 'a secret leaked');
    });
  }

  it('fix without --output-dir is a usage error, exit 2; --format json prints the plan', async () => {
    const missing = await runCli(['fix', 'examples/acme']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^ims-doctor: fix needs --output-dir DIR/);
    const dir = temp();
    const json = await runCli(['fix', 'examples/acme', '--output-dir', dir, '--format', 'json', '--only', 'ims-server']);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(
      JSON.parse(json.stdout).changes.map((change: { id: string }) => change.id),
      ['stage:extAccount:Adobe_Marketing_Cloud:imsServer', 'stage:server:stage:serverStartedAt'],
    );
  });

  it('fix --apply on exports writes nothing live, says why per instance, and keeps stdout the plan as JSON', async () => {
    const run = await runCli(['fix', 'examples/acme', '--output-dir', temp(), '--format', 'json', '--apply', '--yes']);
    assert.equal(run.code, 3, run.stderr); // the check run again still fails: nothing was applied
    assert.equal(JSON.parse(run.stdout).kind, 'ims-doctor-fix-plan');
    assert.match(run.stderr, /prod: skipped, nothing written\. It is read from a package export, not live over SOAP: import its package instead\./);
    assert.match(run.stderr, /stage: skipped, nothing written\./);
  });

  it('fix never writes onto an input', async () => {
    const ws = new Workspace();
    workspaces.push(ws);
    // The output folder is the workspace's own campaign folder: campaign/prod.xml would land on the export.
    const run = await runCli(['fix', ws.dir, '--output-dir', ws.dir, '--format', 'json']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(ws.read('campaign/prod.xml'), /Adobe_Marketing_Cloud1/);
  });

  it('fix --what-if prints who gains and loses access: exit 3 when it takes access away, 0 when it does not (text and json, en and ko)', async () => {
    const reckless = await runCli(['fix', 'examples/acme', '--what-if', 'prod.imsRightsMask=Campaign - Acme - ', '--format', 'text'], {
      env: { COLUMNS: '1000' },
    });
    assert.equal(reckless.code, 3, reckless.stderr);
    assert.match(reckless.stdout, /- jane\.doe@acme\.example on prod: "admin" → no group/);
    assert.match(reckless.stdout, /jane\.doe@acme\.example would lose "admin" on prod, which no finding calls wrong\./);
    const korean = await runCli(['fix', 'examples/acme', '--what-if', 'prod.imsRightsMask=Campaign - Acme - ', '--format', 'text', '--lang', 'ko'], {
      env: { COLUMNS: '1000' },
    });
    assert.match(korean.stdout, /어떤 검사 결과도 잘못이라고 하지 않은 권한이 없어집니다: jane\.doe@acme\.example, 인스턴스 prod, 그룹 "admin"/);
    const careful = await runCli(['fix', 'examples/acme', '--what-if', 'stage.imsRightsMask=campaign - acme-stage - ', '--format', 'json']);
    assert.equal(careful.code, 0, careful.stderr);
    const outcome = JSON.parse(careful.stdout);
    assert.equal(outcome.kind, 'ims-doctor-what-if');
    assert.deepEqual(
      outcome.access.map((item: { person: string; gained: string[] }) => [item.person, item.gained]),
      [
        ['jane.doe@acme.example', ['admin']],
        ['jisoo.park@acme.example', ['delivery']],
      ],
    );
    const bad = await runCli(['fix', 'examples/acme', '--what-if', 'stage.clientSecret=x']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /never takes a secret/);
  });

  it('diff of the example and its fixed copy lists the changed values, the findings resolved and who gained access', async () => {
    const ws = new Workspace();
    workspaces.push(ws);
    ws.edit('campaign/stage.xml', 'imsRightsMask="campaign - acme-stage  - "', 'imsRightsMask="campaign - acme-stage - "');
    const run = await runCli(['diff', 'examples/acme', ws.dir, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const diff = JSON.parse(run.stdout);
    assert.deepEqual(
      diff.values.map((value: { instance: string; key: string; before: { value: string }; after: { value: string } }) => [
        value.instance,
        value.key,
        value.before.value,
        value.after.value,
      ]),
      [['stage', 'extAccount[Adobe_Marketing_Cloud]/@imsRightsMask', 'campaign - acme-stage  - ', 'campaign - acme-stage - ']],
    );
    assert.ok(
      diff.findings.resolved.some((finding: { rule: string; instance: string }) => finding.rule === 'association-mask' && finding.instance === 'stage'),
    );
    assert.deepEqual(
      diff.access.map((item: { person: string }) => item.person),
      ['jane.doe@acme.example', 'jisoo.park@acme.example'],
    );
    const text = await runCli(['diff', 'examples/acme', ws.dir, '--format', 'text', '--lang', 'ko']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /해결된 검사 결과:/);
  });

  it('fix and diff read a saved snapshot as they read a workspace', async () => {
    const dir = temp();
    const snapshot = path.join(dir, 'before.json');
    const saved = await runCli(['check', 'examples/acme', '--save-snapshot', snapshot, '--format', 'json']);
    assert.equal(saved.code, 3, saved.stderr);
    const fixed = await runCli(['fix', '--snapshot', snapshot, '--output-dir', path.join(dir, 'fix'), '--format', 'json']);
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.equal(JSON.parse(fixed.stdout).changes.length, 12);
    const diff = await runCli(['diff', snapshot, 'examples/acme', '--format', 'json']);
    assert.equal(diff.code, 0, diff.stderr);
    const parsed = JSON.parse(diff.stdout);
    assert.deepEqual([parsed.values, parsed.findings.appeared, parsed.findings.resolved, parsed.access], [[], [], [], []]);
  });

  it('check --baseline: exit 0 when nothing is new, 3 and the new findings when a failure is', async () => {
    const dir = temp();
    const earlier = await runCli(['check', 'examples/acme', '--format', 'json']);
    const file = path.join(dir, 'earlier.json');
    writeFileSync(file, earlier.stdout);
    const same = await runCli(['check', 'examples/acme', '--baseline', file, '--format', 'json']);
    assert.equal(same.code, 0, same.stderr);
    assert.deepEqual(JSON.parse(same.stdout).findings, []);
    assert.match(same.stderr, /0 new findings since the baseline; \d+ already in it\./);

    const ws = new Workspace();
    workspaces.push(ws);
    ws.edit(
      'campaign/prod.xml',
      'imsServer="https://ims-na1.adobelogin.com"\n      clientId="acme-campaign-prod"\n      callbackServer',
      'imsServer="http://ims-na1.adobelogin.com"\n      clientId="acme-campaign-prod"\n      callbackServer',
    );
    const worse = await runCli(['check', ws.dir, '--baseline', file, '--format', 'json']);
    assert.equal(worse.code, 3, worse.stderr);
    const news = JSON.parse(worse.stdout).findings.map(
      (finding: { rule: string; instance: string; status: string }) => `${finding.rule} ${finding.instance} ${finding.status}`,
    );
    assert.ok(news.includes('ims-server prod fail'), news.join(', '));

    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"schemaVersion": 2, "workspace": "x", "problems": [], "findings": [{"rule": 1}]}');
    const bad = await runCli(['check', 'examples/acme', '--baseline', broken]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /broken\.json:1:\d+: is not an ims-doctor check result \(check --format json\): "rule" of findings\[0\] should be a string\./);
  });
});
