import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { fingerprint } from '../../src/security/fingerprint.js';
import type { Finding } from '../../src/model/finding.js';
import clientSecret from '../../src/rules/client-secret.js';
import { findingsOf, ruleTester } from '../support/rule-tester.js';
import { PROD_SECRET as BUILDER_SECRET } from '../support/snapshot-builder.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './client-secret.cases.js';

ruleTester(clientSecret, CASES);

describe('rule client-secret (data): no secret, nor its length, in any finding', () => {
  for (const testCase of CASES) {
    it(testCase.name, () => {
      for (const lang of ['en', 'ko'] as const) {
        const text = JSON.stringify(findingsOf(clientSecret, testCase.snapshot(), 'prod', lang));
        for (const secret of [BUILDER_SECRET, 'p8e-prod-secret-previous', 'Zk3qWm9vT1lYb2JmR0hRbUlpUkxtc0Z4bEE9PQ', 'rotated"'])
          assert.ok(!text.includes(secret), `a finding shows the secret ${secret}`);
        assert.ok(!/"length"/.test(text), 'a finding carries the length of a secret');
      }
    });
  }
});

const PROD_SECRET = 'p8e-PROD-U3VwZXJTZWNyZXRQcm9kdWN0aW9uS2V5';
// The example's exports carry no secret, as real ones: a test writes one after the account's client ID (a live read, or a hand-made export).
const ANCHOR = 'clientId="acme-campaign-prod"';
const withSecret = (secret: string): [string, string] => [ANCHOR, `${ANCHOR} clientSecret="${secret}"`];
const ENCRYPTED_VALUE = '@Zk3qWm9vT1lYb2JmR0hRbUlpUkxtc0Z4bEE9PQ==';
const NO_IMS = 'ims:\n  client: ims/client.yaml\n  console: ims/console.json\n';

/** No secret, in any form, may appear in what a finding says. */
function assertNoSecret(findings: Finding[], ...secrets: string[]): void {
  const text = JSON.stringify(findings);
  for (const secret of secrets) assert.ok(!text.includes(secret), `a finding shows the secret ${secret}`);
}

describe('rule client-secret', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('skips the secret a package export leaves out (prod in the example): not in this export, with the next step', async () => {
    ws = new Workspace();
    const findings = await ws.findings('client-secret', 'prod');
    assert.deepEqual(statuses(findings), ['skip']);
    assert.equal(findings[0]!.messageId, 'notExported');
    assert.match(
      findings[0]!.message,
      /is not in this export \(.*prod\.xml:6:\d+\): Campaign leaves the passwords of external accounts out of package exports/,
    );
    assert.match(findings[0]!.remediation!, /ims-doctor check --probe/);
    assert.equal(findings[0]!.evidence[0]!.value, '(not in this export)');
  });

  it('skips an encrypted Campaign secret (a live read, or an export that carries it), with fingerprints and the next step', async () => {
    ws = new Workspace().edit('campaign/prod.xml', ...withSecret(ENCRYPTED_VALUE));
    const findings = await ws.findings('client-secret', 'prod');
    assert.deepEqual(statuses(findings), ['skip']);
    assert.match(
      findings[0]!.message,
      /is stored encrypted by Campaign \(sha256:[0-9a-f]{8} \(encrypted by Campaign\), .*prod\.xml:\d+:\d+\); it cannot be compared with the secret provisioned in IMS \(sha256:[0-9a-f]{8}\)\./,
    );
    assert.ok(findings[0]!.message.includes(fingerprint(PROD_SECRET)));
    assert.match(
      findings[0]!.remediation!,
      /^Next step: .*re-enter the client secret .* from the Developer Console in the external account Adobe_Marketing_Cloud.* check it live with a token request/,
    );
    assertNoSecret(findings, PROD_SECRET, 'Zk3qWm9vT1lYb2JmR0hRbUlpUkxtc0Z4bEE9PQ');
  });

  it('skips stage too, where the workspace suppresses it with a reason', async () => {
    ws = new Workspace();
    const [finding] = await ws.findings('client-secret', 'stage');
    assert.equal(finding!.status, 'skip');
    assert.equal(finding!.suppressed?.reason, 'rotated 2026-10-01, ticket 4711');
  });

  it('passes when a clear secret has the fingerprint of the IMS one', async () => {
    ws = new Workspace().edit('campaign/prod.xml', ...withSecret(PROD_SECRET));
    const findings = await ws.findings('client-secret', 'prod');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.equal(
      findings[0]!.message,
      `The client secret of Adobe_Marketing_Cloud is the one provisioned in IMS (same fingerprint, ${fingerprint(PROD_SECRET)}).`,
    );
    assertNoSecret(findings, PROD_SECRET);
  });

  it('fails when a clear secret differs, quoting fingerprints only', async () => {
    ws = new Workspace().edit('campaign/prod.xml', ...withSecret(`${PROD_SECRET} `));
    const findings = await ws.findings('client-secret', 'prod');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.equal(
      findings[0]!.message,
      `The client secret of Adobe_Marketing_Cloud (${fingerprint(`${PROD_SECRET} `)}) is not the one provisioned in IMS (${fingerprint(PROD_SECRET)}, ${findings[0]!.evidence[1]!.at.file}:${findings[0]!.evidence[1]!.at.line}:${findings[0]!.evidence[1]!.at.column}): IMS answers the token request with invalid_client.`,
    );
    assert.match(findings[0]!.remediation!, /Copy the client secret .* from the Developer Console/);
    assertNoSecret(findings, PROD_SECRET);
  });

  it('says it in Korean', async () => {
    ws = new Workspace().edit('campaign/prod.xml', ...withSecret('wrong-secret'));
    const [finding] = await ws.findings('client-secret', 'prod', 'ko');
    assert.match(finding!.message, /IMS에 프로비저닝된 값\(sha256:[0-9a-f]{8}, .*\)과 다릅니다\. IMS가 토큰 요청에 invalid_client로 응답합니다\./);
  });

  it('fails on an empty Campaign secret', async () => {
    ws = new Workspace().edit('campaign/prod.xml', ...withSecret(''));
    const [finding] = await ws.findings('client-secret', 'prod');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, /The client secret of Adobe_Marketing_Cloud is empty \(.*prod\.xml:\d+:\d+\)/);
    assert.equal(finding!.evidence[0]!.value, '(empty)');
  });

  it('fails when the client file and the Developer Console export hold different secrets, naming both', async () => {
    ws = new Workspace().edit('ims/client.yaml', 'clientId: acme-campaign-prod\n', 'clientId: acme-campaign-prod\nclientSecret: p8e-PROD-previous-secret\n');
    const findings = await ws.findings('client-secret', 'prod');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(
      findings[0]!.message,
      new RegExp(
        `The IMS client file \\(.*client\\.yaml:\\d+:\\d+\\) and the Developer Console export \\(.*console\\.json:\\d+:\\d+\\) hold different client secrets \\(fingerprints ${fingerprint('p8e-PROD-previous-secret')} and ${fingerprint(PROD_SECRET)}\\)`,
      ),
    );
    assertNoSecret(findings, PROD_SECRET, 'p8e-PROD-previous-secret');
  });

  it('skips a clear secret when no IMS client is given, with the next step', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', NO_IMS, '').edit('campaign/prod.xml', ...withSecret(PROD_SECRET));
    const [finding] = await ws.findings('client-secret', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /\(sha256:[0-9a-f]{8}\) was not compared: the workspace names no IMS client for this instance\./);
    assert.match(finding!.remediation!, /^Next step: add "clientSecret:" to the IMS client file/);
  });

  it('skips when the IMS client file holds no secret, naming the file', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', '  console: ims/console.json\n', '').edit('campaign/prod.xml', ...withSecret(PROD_SECRET));
    const [finding] = await ws.findings('client-secret', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /was not compared: .*client\.yaml gives no client secret\./);
  });

  it('says when neither side can be compared', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', NO_IMS, '').edit('campaign/prod.xml', ...withSecret(ENCRYPTED_VALUE));
    const [finding] = await ws.findings('client-secret', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /cannot be compared with the secret provisioned in IMS \(not known either\)\./);
  });

  it('says the secret is not in the export, without an IMS side either', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', NO_IMS, '');
    const [finding] = await ws.findings('client-secret', 'prod');
    assert.equal(`${finding!.status} ${finding!.messageId}`, 'skip notExported');
    assert.match(finding!.message, /is not in this export .*, so it is not known here and not compared\.$/);
  });
});
