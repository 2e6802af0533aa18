import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import orgId from '../../src/rules/org-id.js';
import { ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './org-id.cases.js';

ruleTester(orgId, CASES);

const ORG = '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg';
const OTHER = '9E8D7C6B5A4F3E2D1C0B9A87@AdobeOrg';
const ACCOUNT_ORG = `imsOrgId="${ORG}"`;
const REDIRECTION_ORG = `IMSOrgId="${ORG}"`;
const NO_IMS = 'ims:\n  client: ims/client.yaml\n  console: ims/console.json\n';

describe('rule org-id', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('passes when account, IMS client and serverConf agree (both instances of the example)', async () => {
    ws = new Workspace();
    for (const instance of ['prod', 'stage']) {
      const findings = await ws.findings('org-id', instance);
      assert.deepEqual(statuses(findings), ['pass']);
      assert.equal(
        findings[0]!.message,
        `The IMS organization ID of Adobe_Marketing_Cloud is "${ORG}", the same as the organization of the IMS client and the IMSOrgId of serverConf redirection.`,
      );
      assert.equal(findings[0]!.evidence.length, 3);
    }
  });

  it('fails when the account names another organization than the IMS client, saying which to change', async () => {
    ws = new Workspace().edit('campaign/stage.xml', ACCOUNT_ORG, `imsOrgId="${OTHER}"`);
    const findings = await ws.findings('org-id', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(findings[0]!.message, new RegExp(`is "${OTHER}", but the IMS client is provisioned in "${ORG}" \\(.*stage-client\\.yaml:\\d+:\\d+\\)\\.$`));
    assert.match(findings[0]!.remediation!, new RegExp(`Set "IMS organization ID" in the external account Adobe_Marketing_Cloud to exactly "${ORG}"`));
  });

  it('says it in Korean', async () => {
    ws = new Workspace().edit('campaign/stage.xml', ACCOUNT_ORG, `imsOrgId="${OTHER}"`);
    const [finding] = await ws.findings('org-id', 'stage', 'ko');
    assert.match(finding!.message, new RegExp(`IMS 조직 ID가 IMS 클라이언트가 프로비저닝된 조직과 다릅니다\\. Campaign: "${OTHER}", IMS: "${ORG}"\\(`));
  });

  it('fails when serverConf redirection names another organization, pointing at serverConf', async () => {
    ws = new Workspace().edit('campaign/prod-serverConf.xml', REDIRECTION_ORG, `IMSOrgId="${OTHER}"`);
    const findings = await ws.findings('org-id', 'prod');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(
      findings[0]!.message,
      new RegExp(
        `The IMSOrgId of serverConf redirection is "${OTHER}" \\(.*prod-serverConf\\.xml:\\d+:\\d+\\), but the IMS client's organization is "${ORG}"\\.`,
      ),
    );
    assert.match(findings[0]!.remediation!, new RegExp(`Set IMSOrgId of <redirection> in .*prod-serverConf\\.xml to "${ORG}"`));
  });

  // Each value as the message quotes it: a space at either end is marked with ·.
  const malformed: [string, string, RegExp][] = [
    ['4F2A9C1B5E6D7A8B0C1D2E3F', '"4F2A9C1B5E6D7A8B0C1D2E3F"', /should end with @AdobeOrg\.$/],
    [`${ORG} `, `"${ORG}·"`, /should end with @AdobeOrg, without the spaces before or after\.$/],
    ['4F2A9C1B5E6D7A8B0C1D2E3F@adobeorg', '"4F2A9C1B5E6D7A8B0C1D2E3F@adobeorg"', /should end with @AdobeOrg, written in this case\.$/],
  ];
  for (const [value, quoted, why] of malformed) {
    it(`fails on the format of ${JSON.stringify(value)}, once`, async () => {
      ws = new Workspace().edit('campaign/prod.xml', ACCOUNT_ORG, `imsOrgId="${value}"`);
      const findings = await ws.findings('org-id', 'prod');
      assert.deepEqual(statuses(findings), ['fail']);
      assert.ok(findings[0]!.message.startsWith(`The IMS organization ID of Adobe_Marketing_Cloud ${quoted} (`), findings[0]!.message);
      assert.match(findings[0]!.message, why);
      // The example to paste is exact, in quotes.
      assert.match(findings[0]!.remediation!, new RegExp(`e\\.g\\. "${ORG}", then restart the server\\.$`));
    });
  }

  it('fails on a conflict between the client file and the Developer Console export, naming both', async () => {
    ws = new Workspace().edit('ims/console.json', `"ims_org_id": "${ORG}"`, `"ims_org_id": "${OTHER}"`);
    const findings = await ws.findings('org-id', 'prod');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(
      findings[0]!.message,
      new RegExp(
        `The IMS client file \\(.*client\\.yaml:\\d+:\\d+\\) gives the organization "${ORG}" but the Developer Console export \\(.*console\\.json:\\d+:\\d+\\) gives "${OTHER}"; the account has "${ORG}", like the client file\\.`,
      ),
    );
  });

  it('fails on an empty organization, giving the IMS one', async () => {
    ws = new Workspace().edit('campaign/prod.xml', ACCOUNT_ORG, 'imsOrgId=""');
    const [finding] = await ws.findings('org-id', 'prod');
    assert.equal(finding!.status, 'fail');
    assert.equal(finding!.message, `The IMS organization ID of Adobe_Marketing_Cloud is empty; the IMS client is provisioned in "${ORG}".`);
  });

  it('compares with serverConf alone when no IMS client is given, and says IMS was not compared', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', NO_IMS, '');
    const [finding] = await ws.findings('org-id', 'prod');
    assert.equal(finding!.status, 'pass');
    assert.match(
      finding!.message,
      /the same as the IMSOrgId of serverConf redirection; the IMS client's organization was not compared: the workspace names no IMS client for this instance\./,
    );
  });

  it('without IMS, a serverConf disagreement asks to align both on the organization of the IMS client', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', NO_IMS, '').edit('campaign/prod-serverConf.xml', REDIRECTION_ORG, `IMSOrgId="${OTHER}"`);
    const [finding] = await ws.findings('org-id', 'prod');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, new RegExp(`but the IMS organization ID of Adobe_Marketing_Cloud is "${ORG}"\\.`));
    assert.match(finding!.remediation!, /Make IMSOrgId of <redirection> in .* and the account's IMS organization ID the same/);
  });

  it('skips with nothing to compare with', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', NO_IMS, '').edit('campaign/prod-serverConf.xml', `<redirection ${REDIRECTION_ORG}/>`, '');
    const [finding] = await ws.findings('org-id', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, new RegExp(`is "${ORG}", but there is nothing to compare it with: the workspace names no IMS client`));
    assert.match(finding!.remediation!, /Add "orgId:" to the IMS client file/);
  });
});
