import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import imsServerConsistency from '../../src/rules/ims-server-consistency.js';
import { ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './ims-server-consistency.cases.js';

const STAGE_SERVER = 'imsServer="https://ims-na1-stg1.adobelogin.com"';

ruleTester(imsServerConsistency, CASES);

describe('rule ims-server-consistency', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('fails when stage points to the stage IMS (the example), naming the instance and its host', async () => {
    ws = new Workspace();
    const findings = await ws.findings('ims-server-consistency', null);
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(findings[0]!.message, /Not every instance uses the production IMS: stage \(stage\) "https:\/\/ims-na1-stg1\.adobelogin\.com"\./);
    assert.doesNotMatch(findings[0]!.message, /prod \(production\)/);
    assert.match(findings[0]!.remediation!, /of stage, set "IMS server" to "https:\/\/ims-na1\.adobelogin\.com", save, and restart the server\./);
    assert.match(findings[0]!.evidence[0]!.at.file!, /stage\.xml$/);
  });

  it('reports nothing per instance: it is a cross-instance rule', async () => {
    ws = new Workspace();
    assert.deepEqual(await ws.findings('ims-server-consistency', 'prod'), []);
  });

  it('passes when both use the same production host, comparing hosts not spellings', async () => {
    ws = new Workspace().edit('campaign/stage.xml', STAGE_SERVER, 'imsServer="https://IMS-NA1.adobelogin.com/"');
    const findings = await ws.findings('ims-server-consistency', null);
    assert.deepEqual(statuses(findings), ['pass']);
    assert.equal(findings[0]!.message, 'All 2 instances (prod and stage) use the same production IMS host, ims-na1.adobelogin.com.');
  });

  it('warns when the instances mix the two production hosts', async () => {
    ws = new Workspace().edit('campaign/stage.xml', STAGE_SERVER, 'imsServer="https://adobeid-na1.services.adobe.com"');
    const findings = await ws.findings('ims-server-consistency', null);
    assert.deepEqual(statuses(findings), ['warn']);
    assert.match(findings[0]!.message, /both production IMS hosts: ims-na1\.adobelogin\.com \(prod\) and adobeid-na1\.services\.adobe\.com \(stage\)\./);
  });

  it('skips with one readable instance and names the one left out', async () => {
    ws = new Workspace().edit(
      'campaign/stage.xml',
      /<extAccount name="Adobe_Marketing_Cloud"[\s\S]*?\/>/,
      '<extAccount name="imsLogin" label="IMS login" type="0" active="1"/>',
    );
    const findings = await ws.findings('ims-server-consistency', null);
    assert.deepEqual(statuses(findings), ['skip']);
    assert.match(
      findings[0]!.message,
      /Only one instance has a readable Adobe_Marketing_Cloud account \(prod, IMS server "https:\/\/ims-na1\.adobelogin\.com"\)/,
    );
    assert.match(findings[0]!.message, /Left out \(no readable Adobe_Marketing_Cloud account\): stage\./);
  });

  it('still fails a lone instance on a non-production host, noting the unreadable one', async () => {
    ws = new Workspace().write('campaign/prod.xml', 'not xml');
    const findings = await ws.findings('ims-server-consistency', null);
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(
      findings[0]!.message,
      /stage \(stage\) "https:\/\/ims-na1-stg1\.adobelogin\.com".* Left out \(no readable Adobe_Marketing_Cloud account\): prod\./,
    );
  });

  it('fails on an empty or foreign host too, in Korean', async () => {
    ws = new Workspace().edit('campaign/stage.xml', STAGE_SERVER, 'imsServer=""');
    const [finding] = await ws.findings('ims-server-consistency', null, 'ko');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, /프로덕션 IMS를 사용하지 않는 인스턴스가 있습니다: stage \(stage\) ""/);
  });
});
