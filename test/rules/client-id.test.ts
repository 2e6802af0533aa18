import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import clientId from '../../src/rules/client-id.js';
import { ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './client-id.cases.js';

ruleTester(clientId, CASES);

const PROD_ID = 'clientId="acme-campaign-prod"';

describe('rule client-id', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('passes when the account and IMS hold the same client ID (prod in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('client-id', 'prod');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.equal(findings[0]!.message, 'The IMS client identifier of Adobe_Marketing_Cloud is "acme-campaign-prod", the client ID provisioned in IMS.');
  });

  it('fails on the trailing space of stage, quoting both values so the space shows', async () => {
    ws = new Workspace();
    const findings = await ws.findings('client-id', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(
      findings[0]!.message,
      /is "acme-campaign-stage·", but the client ID provisioned in IMS is "acme-campaign-stage" \(.*stage-client\.yaml:\d+:\d+\): they differ only by spaces before or after\./,
    );
    assert.match(findings[0]!.remediation!, /to exactly "acme-campaign-stage" \(copy it from the Developer Console, no spaces\)/);
    assert.deepEqual(
      findings[0]!.evidence.map((item) => item.value),
      ['acme-campaign-stage ', 'acme-campaign-stage'],
    );
  });

  it('says it in Korean', async () => {
    ws = new Workspace();
    const [finding] = await ws.findings('client-id', 'stage', 'ko');
    assert.match(
      finding!.message,
      /IMS 클라이언트 ID가 IMS에 프로비저닝된 클라이언트 ID와 다릅니다\. Campaign: "acme-campaign-stage·", IMS: "acme-campaign-stage"\(.*\)\. 앞뒤 공백만 다릅니다\./,
    );
  });

  const misses: [string, RegExp][] = [
    ['ACME-Campaign-prod', /: they differ only in upper\/lower case, and client IDs are case-sensitive\./],
    ['acme-campaing-prod', /: a few characters differ \(a typing mistake\?\)\./],
    ['acme-campaign -prod', /: they differ only by spaces\./],
    ['someone-else', /client\.yaml:\d+:\d+\)\. IMS refuses/],
  ];
  for (const [value, why] of misses) {
    it(`fails on ${JSON.stringify(value)} and says how it differs`, async () => {
      ws = new Workspace().edit('campaign/prod.xml', PROD_ID, `clientId="${value}"`);
      const [finding] = await ws.findings('client-id', 'prod');
      assert.equal(finding!.status, 'fail');
      assert.ok(finding!.message.includes(`is ${JSON.stringify(value)}, but the client ID provisioned in IMS is "acme-campaign-prod"`), finding!.message);
      assert.match(finding!.message, why);
    });
  }

  it('fails on an empty client ID, giving the IMS one', async () => {
    ws = new Workspace().edit('campaign/prod.xml', PROD_ID, 'clientId=""');
    const [finding] = await ws.findings('client-id', 'prod');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, /is empty; IMS is provisioned with "acme-campaign-prod"\./);
  });

  it('fails when the client file and the Developer Console export disagree, naming both', async () => {
    ws = new Workspace().edit('ims/console.json', '"client_id": "acme-campaign-prod"', '"client_id": "acme-campaign-prd"');
    const findings = await ws.findings('client-id', 'prod');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(
      findings[0]!.message,
      /The IMS client file \(.*client\.yaml:\d+:\d+\) gives the client ID "acme-campaign-prod" but the Developer Console export \(.*console\.json:\d+:\d+\) gives "acme-campaign-prd"; the account has "acme-campaign-prod", like the client file\./,
    );
    assert.deepEqual(
      findings[0]!.evidence.map((item) => item.label),
      ['IMS client file', 'Developer Console export', 'IMS client identifier'],
    );
  });

  it('skips when the IMS client file gives no client ID', async () => {
    ws = new Workspace().edit('ims/stage-client.yaml', 'clientId: acme-campaign-stage\n', '');
    const [finding] = await ws.findings('client-id', 'stage');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /The IMS side gives no client ID \(.*stage-client\.yaml\); the account's "acme-campaign-stage·" was not compared\./);
  });

  it('skips without an IMS client, through the engine', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', 'ims:\n  client: ims/client.yaml\n  console: ims/console.json\n', '');
    const [finding] = await ws.findings('client-id', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /names no IMS client/);
  });
});
