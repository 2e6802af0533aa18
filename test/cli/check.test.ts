import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACME_SECRETS, runCli } from '../support/cli.js';
import { Workspace } from '../support/workspace.js';

describe('ims-doctor check (built binary)', () => {
  it('checks the bundled example: JSON shape, exit 3 for failures', async () => {
    const run = await runCli(['check', 'examples/acme', '--format', 'json']);
    assert.equal(run.code, 3, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.schemaVersion, 2);
    assert.deepEqual(Object.keys(result.summary).sort(), ['error', 'fail', 'pass', 'skip', 'suppressed', 'warn']);
    assert.deepEqual(result.instances, [
      { name: 'prod', role: 'production' },
      { name: 'stage', role: 'stage' },
    ]);
    for (const finding of result.findings) {
      for (const key of ['rule', 'status', 'instance', 'message', 'evidence', 'remediation']) assert.ok(key in finding, `finding lacks ${key}`);
      assert.ok(['pass', 'warn', 'fail', 'skip', 'error'].includes(finding.status));
    }
    const duplicate = result.findings.find((f: { rule: string; instance: string }) => f.rule === 'external-account' && f.instance === 'prod');
    assert.equal(duplicate.status, 'fail');
    assert.equal(duplicate.evidence[0].at.file, 'examples/acme/campaign/prod.xml');
    assert.equal(duplicate.evidence[0].at.line, 17);
  });

  it('keeps suppressed findings in the JSON with their reason, out of the counts', async () => {
    const run = await runCli(['check', 'examples/acme', '--format', 'json', '--only', 'client-secret']);
    const result = JSON.parse(run.stdout);
    const stage = result.findings.find((f: { instance: string }) => f.instance === 'stage');
    assert.deepEqual(stage.suppressed, { reason: 'rotated 2026-10-01, ticket 4711', by: 'workspace' });
    assert.equal(result.summary.suppressed, 1);
  });

  it('--ignore RULE@INSTANCE suppresses from the command line', async () => {
    const run = await runCli(['check', 'examples/acme', '--format', 'json', '--only', 'external-account', '--ignore', 'external-account@prod']);
    const result = JSON.parse(run.stdout);
    const prod = result.findings.filter((f: { instance: string }) => f.instance === 'prod');
    assert.ok(prod.length > 0 && prod.every((f: { suppressed?: { by: string } }) => f.suppressed?.by === 'command-line'));
    assert.equal(run.code, 0, 'only the suppressed failure remains: exit 0');
  });

  it('--instance and --only narrow the run', async () => {
    const run = await runCli(['check', 'examples/acme', '--format', 'json', '--instance', 'stage', '--only', 'external-account']);
    const result = JSON.parse(run.stdout);
    assert.deepEqual(
      result.findings.map((f: { rule: string; instance: string; status: string }) => [f.rule, f.instance, f.status]),
      [['external-account', 'stage', 'pass']],
    );
    assert.equal(run.code, 0);
  });

  it('text report in English and Korean, grouped by instance, without colour when NO_COLOR is set', async () => {
    const en = await runCli(['check', 'examples/acme', '--format', 'text', '--only', 'external-account']);
    assert.match(en.stdout, /Instance prod \(production\)/);
    assert.match(en.stdout, /FAIL +external-account/);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this matches
    assert.doesNotMatch(en.stdout, /\u001b\[/);
    const ko = await runCli(['check', 'examples/acme', '--format', 'text', '--only', 'external-account', '--lang', 'ko']);
    assert.match(ko.stdout, /인스턴스 prod \(production\)/);
    assert.match(ko.stdout, /실패 +external-account/);
    const fromEnv = await runCli(['check', 'examples/acme', '--format', 'text', '--only', 'external-account'], { env: { LANG: 'ko_KR.UTF-8' } });
    assert.match(fromEnv.stdout, /인스턴스 prod/);
  });

  it('never prints a secret, in any format or language', async () => {
    for (const args of [
      ['--format', 'json'],
      ['--format', 'text'],
      ['--format', 'text', '--lang', 'ko'],
    ]) {
      const run = await runCli(['check', 'examples/acme', ...args]);
      for (const secret of ACME_SECRETS) {
        assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), `secret ${secret.slice(0, 8)}… printed with ${args.join(' ')}`);
      }
    }
  });

  it('exit 0 when everything passes or skips, 4 on warnings only', async () => {
    const ws = new Workspace();
    try {
      const pass = await runCli(['check', ws.dir, '--format', 'json', '--only', 'external-account', '--instance', 'stage']);
      assert.equal(pass.code, 0);
      ws.edit(
        'campaign/stage.xml',
        '<extAccount name="Adobe_Marketing_Cloud"',
        '<extAccount name="adobe_marketing_cloud" label="x"/>\n    <extAccount name="Adobe_Marketing_Cloud"',
      );
      const warn = await runCli(['check', ws.dir, '--format', 'json', '--only', 'external-account', '--instance', 'stage']);
      assert.equal(warn.code, 4, warn.stdout);
    } finally {
      ws.dispose();
    }
  });

  it('defaults to the current folder when it holds ims-doctor.yaml', async () => {
    const run = await runCli(['check', '--format', 'json', '--only', 'external-account'], { cwd: 'examples/acme' });
    assert.equal(run.code, 3);
    assert.equal(JSON.parse(run.stdout).workspace, 'ims-doctor.yaml');
  });

  for (const [args, pattern] of [
    [['check', 'examples/acme', '--only', 'ims-servr'], /unknown rule "ims-servr" \(did you mean "ims-server"\?\)/],
    [['check', 'examples/acme', '--instance', 'qa'], /unknown instance "qa"\. The workspace describes: prod, stage/],
    [['check', 'examples/acme', '--format', 'pdf'], /--format must be one of/],
    [['check', 'examples/acme', '--lang', 'fr'], /--lang must be "en" or "ko"/],
    [['chek'], /^ims-doctor: unknown command "chek" \(did you mean "check"\?\)/],
    [['check', 'no/such/folder'], /no\/such\/folder: does not exist\./],
  ] as const) {
    it(`usage error exits 2: ${args.join(' ')}`, async () => {
      const run = await runCli([...args]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, pattern);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('--help and --version exit 0', async () => {
    assert.equal((await runCli(['--help'])).code, 0);
    const version = await runCli(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });
});
