import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import rule from '../../src/rules/association-mask.js';
import { findingsOf, ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './association-mask.cases.js';

ruleTester(rule, CASES);

describe('rule association-mask: long lists', () => {
  const render = (name: string) => findingsOf(rule, CASES.find((testCase) => testCase.name.startsWith(name))!.snapshot(), 'prod')[0]!;

  it('shows the ten profiles held by most users, then how many more', () => {
    const finding = render('passes with many profiles');
    assert.equal((finding.params.matches as unknown[]).length, 10);
    assert.match(finding.message, /: "campaign - acme - team11" → "team11" \(12 users\), .*, and 2 more\.$/);
  });

  it('shows five nearest profiles, then how many more, in both languages', () => {
    const testCase = CASES.find((item) => item.name.startsWith('lists five nearest'))!;
    const [en] = findingsOf(rule, testCase.snapshot(), 'prod');
    const [ko] = findingsOf(rule, testCase.snapshot(), 'prod', 'ko');
    assert.equal((en!.params.nearest as unknown[]).length, 5);
    assert.match(en!.message, /, and 2 more\.$/);
    assert.match(ko!.message, / 외 2개\.$/);
  });
});

const PROD_MASK = 'imsRightsMask="campaign - acme - "';
const STAGE_MASK = 'imsRightsMask="campaign - acme-stage  - "';

describe('rule association-mask', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('fails on a profile naming a renamed operator group, and names the group it was renamed to (prod in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('association-mask', 'prod');
    assert.deepEqual(statuses(findings), ['fail']);
    const [finding] = findings;
    assert.match(
      finding!.message,
      /^"campaign - acme - campaign_managers" matches the association mask "campaign - acme -·" and names the operator group "campaign_managers", which does not exist in Campaign \(6 groups in .*prod\.xml\)/,
    );
    assert.match(finding!.message, /the closest existing group is "campaignManagers" \(renamed\?\)\. This profile grants nothing to 1 user\./);
    assert.match(
      finding!.remediation!,
      /Give the operator group "campaignManagers" the internal name "campaign_managers" again .* or rename the Admin Console profile to "campaign - acme - campaignManagers"/,
    );
    assert.deepEqual(
      finding!.evidence.map((item) => item.value),
      ['campaign - acme - ', 'campaign - acme - campaign_managers', 'campaignManagers'],
    );
    assert.match(finding!.evidence[1]!.at.file!, /users\.csv$/);
    assert.equal(finding!.evidence[1]!.at.line, 4);
  });

  it('passes once the group has its old name again, listing profiles → groups with their users', async () => {
    ws = new Workspace().edit('campaign/prod.xml', 'name="campaignManagers"', 'name="campaign_managers"');
    const findings = await ws.findings('association-mask', 'prod');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.match(
      findings[0]!.message,
      /^The association mask "campaign - acme -·" \(prefix form: profile name = mask \+ operator group internal name\) matches 5 Admin Console profiles, each naming an existing operator group: /,
    );
    assert.match(findings[0]!.message, /"campaign - acme - delivery" → "delivery" \(2 users\)/);
    assert.match(findings[0]!.message, /"campaign - acme - campaign_managers" → "campaign_managers" \(1 user\)/);
    // yuna.choi's "campaign - acme - content" is a user group, not a profile (i9b): a group carries profiles.
    assert.doesNotMatch(findings[0]!.message, /"campaign - acme - content"/);
  });

  it('fails when no profile matches a mask with a double space, listing the nearest profiles and why (stage in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('association-mask', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    const [finding] = findings;
    assert.match(
      finding!.message,
      /^No Admin Console product profile matches the association mask "campaign - acme-stage··-·" \(prefix form.*; 10 profiles read from .*users\.csv\); the mask itself has a double space \(· marks a space\)/,
    );
    assert.match(finding!.message, /ends with "Login does not have any right matching the expression"/);
    assert.match(
      finding!.message,
      /Nearest profiles: "campaign - acme-stage - admin": only spaces differ \(its prefix is "campaign - acme-stage -·"\), "campaign - acme-stage - delivery": only spaces differ/,
    );
    // Production's profiles are not near misses: they belong to prod.
    assert.match(finding!.message, /"campaign - acme - delivery": it matches the mask "campaign - acme -·" of instance prod/);
    assert.match(finding!.remediation!, /Set the association mask to "campaign - acme-stage - " \(the prefix of "campaign - acme-stage - admin"\)/);
  });

  it("says it in Korean with Campaign's English message and its translation", async () => {
    ws = new Workspace();
    const [finding] = await ws.findings('association-mask', 'stage', 'ko');
    assert.match(finding!.message, /연결 마스크\("campaign - acme-stage··-·"/);
    assert.match(
      finding!.message,
      /"Login does not have any right matching the expression"\(번역: "로그인에 표현식과 일치하는 권한이 없습니다\."\) 오류로 끝납니다/,
    );
    assert.match(finding!.message, /공백만 다름/);
    assert.match(finding!.remediation!, /서버를 다시 시작하십시오/);
  });

  it('passes on stage once the double space is gone', async () => {
    ws = new Workspace().edit('campaign/stage.xml', STAGE_MASK, 'imsRightsMask="campaign - acme-stage - "');
    const findings = await ws.findings('association-mask', 'stage');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.match(findings[0]!.message, /matches 2 Admin Console profiles/);
    assert.match(findings[0]!.message, /"campaign - acme-stage - admin" → "admin" \(1 user\)/);
  });

  it('warns when mask and profiles carry the same stray spaces: it works, but only by accident', async () => {
    ws = new Workspace()
      .edit('admin-console/users.csv', 'campaign - acme-stage - admin', 'campaign - acme-stage  - admin')
      .edit('admin-console/users.csv', 'campaign - acme-stage - delivery', 'campaign - acme-stage  - delivery');
    const findings = await ws.findings('association-mask', 'stage');
    assert.deepEqual(statuses(findings), ['warn']);
    assert.match(
      findings[0]!.message,
      /^The association mask "campaign - acme-stage··-·" has a double space \(· marks a space\)\. It still matches 2 profiles/,
    );
    assert.match(findings[0]!.remediation!, /Write the mask as "campaign - acme-stage - "/);
  });

  it('fails on a typo in the mask, with its edit distance and the closest profile prefix', async () => {
    ws = new Workspace().edit('campaign/prod.xml', PROD_MASK, 'imsRightsMask="campaing - acme - "');
    const [finding] = await ws.findings('association-mask', 'prod');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, /matches the association mask "campaing - acme -·"/);
    assert.match(finding!.message, /"campaign - acme - delivery": its prefix "campaign - acme -·" is 2 edits away from the mask \(a typo\?\)/);
    assert.match(finding!.remediation!, /Set the association mask to "campaign - acme - "/);
  });

  it('says the mask lacks its trailing space when every group read starts with a space', async () => {
    ws = new Workspace()
      .edit('campaign/prod.xml', PROD_MASK, 'imsRightsMask="campaign - acme -"')
      .edit('campaign/prod.xml', 'name="campaignManagers"', 'name="campaign_managers"');
    const findings = await ws.findings('association-mask', 'prod');
    assert.ok(findings.length >= 5);
    assert.deepEqual([...new Set(statuses(findings))], ['fail']);
    const delivery = findings.find((finding) => finding.message.includes('"·delivery"'));
    assert.match(
      delivery!.message,
      /names the operator group "·delivery", which does not exist in Campaign .*the name read starts with a space because the mask lacks its trailing space, and "delivery" exists/,
    );
    assert.match(delivery!.remediation!, /Set the association mask to "campaign - acme - " \(with its trailing space\)/);
  });

  it('fails on an empty mask, suggesting a prefix seen in the Admin Console', async () => {
    ws = new Workspace().edit('campaign/prod.xml', PROD_MASK, 'imsRightsMask=""');
    const findings = await ws.findings('association-mask', 'prod');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(findings[0]!.message, /The association mask of Adobe_Marketing_Cloud is empty/);
    assert.match(findings[0]!.remediation!, /\(for example "campaign - acme - "\)/);
  });

  it('reads the regex form: group 1 is the operator group', async () => {
    ws = new Workspace()
      .edit('campaign/prod.xml', PROD_MASK, 'imsRightsMask="campaign - acme - (.*)"')
      .edit('campaign/prod.xml', 'name="campaignManagers"', 'name="campaign_managers"');
    const findings = await ws.findings('association-mask', 'prod');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.match(findings[0]!.message, /"campaign - acme - \(\.\*\)" \(regular expression form: group 1 is the operator group internal name\) matches 5/);
  });

  it('names the renamed group in the regex form too, suggesting the profile name from the text before the group', async () => {
    ws = new Workspace().edit('campaign/prod.xml', PROD_MASK, 'imsRightsMask="campaign - acme - (.*)"');
    const findings = await ws.findings('association-mask', 'prod');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(findings[0]!.message, /names the operator group "campaign_managers", which does not exist in Campaign/);
    assert.match(findings[0]!.remediation!, /rename the Admin Console profile to "campaign - acme - campaignManagers"/);
  });

  it('fails on a regex that does not compile, quoting the error', async () => {
    ws = new Workspace().edit('campaign/prod.xml', PROD_MASK, 'imsRightsMask="campaign - acme - (.*"');
    const findings = await ws.findings('association-mask', 'prod');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(findings[0]!.message, /The association mask "campaign - acme - \(\.\*" holds a group .* does not compile: missing closing \)/);
  });

  it('fails with no nearest profile when nothing comes close', async () => {
    ws = new Workspace().edit('campaign/prod.xml', PROD_MASK, 'imsRightsMask="globex - "');
    const [finding] = await ws.findings('association-mask', 'prod');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, /matches the association mask "globex -·" .*No profile name comes close to it\./);
    assert.match(finding!.remediation!, /Name this instance's product profiles in the Admin Console "<association mask><operator group internal name>"/);
  });

  it('skips without an Admin Console export', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', /adminConsole:\n {2}users: admin-console\/users\.csv\n/, '');
    const findings = await ws.findings('association-mask', 'prod');
    assert.deepEqual(statuses(findings), ['skip']);
    assert.match(findings[0]!.message, /Admin Console user export/);
  });
});
