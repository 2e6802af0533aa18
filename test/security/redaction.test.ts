import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { listLogFiles, scanLogFiles } from '../../src/analyzers/log-scan.js';
import { readWorkspaceConfig } from '../../src/collectors/workspace-config.js';
import { InputError } from '../../src/inputs/input-error.js';
import { Redactor } from '../../src/security/redact.js';
import { hideSecrets, neutralizeControls } from '../../src/security/sensitive.js';
import { runCli } from '../support/cli.js';
import { Workspace } from '../support/workspace.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'ims-doctor-redact-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('the redactor hides a known secret in every form a server writes it back', () => {
  it('XML- and HTML-escaped, JSON-escaped, URL- and form-encoded, base64', () => {
    const secret = `P&ss<w>"rd' 1/2`;
    const redactor = new Redactor().add(secret);
    const echoes = [
      secret,
      secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
      secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
      JSON.stringify(secret).slice(1, -1),
      encodeURIComponent(secret),
      new URLSearchParams({ p: secret }).toString().slice(2),
      Buffer.from(secret).toString('base64'),
    ];
    for (const echo of echoes) {
      const shown = redactor.redact(`<faultstring>Logon failed for ${echo} (XSV-350022)</faultstring>`);
      assert.equal(shown, '<faultstring>Logon failed for *** (XSV-350022)</faultstring>', echo);
    }
  });

  it('a password of 1 to 3 characters: hidden as a whole word, ordinary words kept', () => {
    const redactor = new Redactor().add('ab').add('7');
    assert.equal(redactor.redact('password "ab" rejected for user 7; about 17 tries'), 'password "***" rejected for user ***; about 17 tries');
  });
});

describe('logs samples never show a secret, nor a raw terminal escape', () => {
  const SECRET = 'Zq9-hunter2-VALUE';
  const forms = [
    `client_secret="${SECRET}"`,
    `client_secret='${SECRET}'`,
    `{"client_secret":"${SECRET}","error":"invalid_client"}`,
    `{"password": 424242424242}`,
    `password: ${SECRET}`,
    `password='${SECRET}'`,
    `<sPassword xsi:type="xsd:string">${SECRET}</sPassword>`,
    `<ns1:client_secret>${SECRET}</ns1:client_secret>`,
    `redirect_uri=${encodeURIComponent(`https://campaign.acme.example/?code=${SECRET}`)}`,
  ];
  it('hideSecrets: quoted, JSON, YAML-like, XML and URL-in-URL forms', () => {
    for (const form of forms) {
      const shown = hideSecrets(`invalid_client ${form}`);
      assert.ok(!shown.includes(SECRET) && !shown.includes('424242424242'), `${form} → ${shown}`);
      assert.match(shown, /invalid_client/);
    }
    // Status codes are not OAuth codes.
    assert.equal(hideSecrets('error code: XSV-350008'), 'error code: XSV-350008');
  });

  const line = (text: string): string => `2026-10-02 09:10:00.000Z  4521  4533  1  error  log  invalid_client ${text}\n`;

  it('log-scan samples: each form hidden (samples are kept per signature, so one file per form)', async () => {
    for (const [index, form] of forms.entries()) {
      const file = path.join(tmp, `form-${index}.log`);
      writeFileSync(file, line(form));
      const scan = await scanLogFiles(listLogFiles([file]).files);
      const samples = JSON.stringify(scan.signatures.flatMap((signature) => signature.samples));
      assert.match(samples, /invalid_client/, form);
      assert.ok(!samples.includes(SECRET) && !samples.includes('424242424242'), `${form} → ${samples}`);
    }
  });

  it('ims-doctor logs: ESC, BEL and C1 controls from a log line shown as \\u escapes, text and JSON', async () => {
    const file = path.join(tmp, 'logins.log');
    writeFileSync(file, line(`\u001b]0;owned\u0007\u001b[2J\u009b31m client_secret="${SECRET}"`));
    for (const format of ['text', 'json']) {
      const run = await runCli(['logs', file, '--format', format]);
      const output = run.stdout + run.stderr;
      assert.match(output, /invalid_client/);
      assert.ok(!output.includes(SECRET), output);
      // eslint-disable-next-line no-control-regex
      assert.ok(!/[\u001b\u0007\u009b]/.test(output), `${format}: a raw control character reached the terminal`);
    }
    assert.equal(neutralizeControls('a\u001b[2Jb\tc'), 'a\\u001b[2Jb\tc');
  });
});

describe('the workspace never leaks a password, nor sends one in clear without a word', () => {
  it('a password pasted into passwordEnv or tokenEnv: refused, and the value never quoted', async () => {
    for (const key of ['passwordEnv', 'tokenEnv']) {
      const auth = key === 'passwordEnv' ? 'user: ims-doctor, passwordEnv: "S3cr3t!pass"' : 'tokenEnv: "S3cr3t!pass"';
      const ws = new Workspace().edit(
        'ims-doctor.yaml',
        'campaign: { package: campaign/prod.xml }',
        `campaign: { url: "https://campaign.acme.example", ${auth} }`,
      );
      try {
        await assert.rejects(
          readWorkspaceConfig(ws.dir),
          (error: unknown) => error instanceof InputError && !error.text('en').includes('S3cr3t') && !error.text('ko').includes('S3cr3t'),
        );
        const run = await runCli(['check', ws.dir, '--format', 'json']);
        assert.equal(run.code, 2);
        assert.ok(!(run.stdout + run.stderr).includes('S3cr3t'), run.stderr);
      } finally {
        ws.dispose();
      }
    }
  });

  it('campaign.url: http:// is refused (exit 2) unless allowInsecureHttp: true, which warns', async () => {
    const ws = new Workspace().edit(
      'ims-doctor.yaml',
      'campaign: { package: campaign/prod.xml }',
      'campaign: { url: "http://127.0.0.1:9", user: ims-doctor, passwordEnv: ACME_PROD_PASSWORD }',
    );
    try {
      const refused = await runCli(['check', ws.dir, '--format', 'json'], { env: { ACME_PROD_PASSWORD: 'pw-for-test' } });
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /is http:\/\/: the password or token would cross the network in clear/);
      ws.edit('ims-doctor.yaml', 'passwordEnv: ACME_PROD_PASSWORD }', 'passwordEnv: ACME_PROD_PASSWORD, allowInsecureHttp: true }');
      const allowed = await runCli(['check', ws.dir, '--format', 'json', '--timeout', '2', '--retries', '0'], { env: { ACME_PROD_PASSWORD: 'pw-for-test' } });
      assert.match(allowed.stderr, /warning: instance "prod" is read over "http:\/\/127\.0\.0\.1:9" \(allowInsecureHttp: true\)/);
      assert.ok(!(allowed.stdout + allowed.stderr).includes('pw-for-test'));
    } finally {
      ws.dispose();
    }
  });
});
