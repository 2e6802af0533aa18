import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import externalAccount from '../../src/rules/external-account.js';
import { ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './external-account.cases.js';

ruleTester(externalAccount, CASES);

describe('rule external-account', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('passes with one enabled Adobe_Marketing_Cloud account (stage in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('external-account', 'stage');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.match(findings[0]!.message, /One enabled external account named Adobe_Marketing_Cloud \(label "Adobe Experience Cloud"\)/);
    assert.match(findings[0]!.evidence[0]!.at.file!, /stage\.xml$/);
  });

  it('fails on a second MAC account, says which to delete and why the other stays', async () => {
    ws = new Workspace();
    const [finding] = await ws.findings('external-account', 'prod');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, /"Adobe_Marketing_Cloud1" at .*prod\.xml:17:\d+ is a second Adobe Experience Cloud \(MAC\) account \(same settings\)/);
    assert.match(finding!.message, /Campaign reads only Adobe_Marketing_Cloud at .*prod\.xml:6:\d+, which stays because its internal name/);
    assert.match(finding!.remediation!, /Delete the external account "Adobe_Marketing_Cloud1"/);
  });

  it('names a translated near-miss (the Korean checklist artefact)', async () => {
    ws = new Workspace().edit('campaign/stage.xml', 'name="Adobe_Marketing_Cloud"', 'name="Adobe_마케팅_클라우드"');
    const [finding] = await ws.findings('external-account', 'stage', 'ko');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, /"Adobe_마케팅_클라우드"/);
    assert.match(finding!.message, /번역/);
  });

  for (const [name, why] of [
    ['adobe_marketing_cloud', /only in upper\/lower case/],
    ['Adobe Marketing Cloud', /spaces or dashes/],
    ['Adobe_Marketting_Cloud', /spelling mistake/],
  ] as const) {
    it(`fails on the near-miss name "${name}"`, async () => {
      ws = new Workspace().edit('campaign/stage.xml', 'name="Adobe_Marketing_Cloud"', `name="${name}"`);
      const [finding] = await ws.findings('external-account', 'stage');
      assert.equal(finding!.status, 'fail');
      assert.match(finding!.message, new RegExp(`has "${name}" \\(`));
      assert.match(finding!.message, why);
    });
  }

  it('fails when there is no such account at all', async () => {
    ws = new Workspace().edit(
      'campaign/stage.xml',
      /<extAccount name="Adobe_Marketing_Cloud"[\s\S]*?\/>/,
      '<extAccount name="imsLogin" label="IMS login" type="0" active="1"/>',
    );
    const [finding] = await ws.findings('external-account', 'stage');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, /No external account is named Adobe_Marketing_Cloud in .*stage\.xml \(1 external account read\)/);
  });

  it('fails on a disabled account, an absent "active" meaning 0', async () => {
    ws = new Workspace().edit('campaign/stage.xml', ' active="1"', '');
    const [finding] = await ws.findings('external-account', 'stage');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, /is disabled \(no "active" attribute, which means 0\)/);
  });
});
