import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import scope from '../../src/rules/scope.js';
import { ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './scope.cases.js';

ruleTester(scope, CASES);

const STAGE_SCOPE = 'userScope="openid, AdobeID,read_organization,additional_info.projectedProductContext"';
const GOOD = 'openid,AdobeID,read_organizations,additional_info.projectedProductContext';
const stageScope = (value: string): Workspace => new Workspace().edit('campaign/stage.xml', STAGE_SCOPE, `userScope="${value}"`);

describe('rule scope', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('passes when every Campaign scope is provisioned in IMS (prod in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('scope', 'prod');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.match(
      findings[0]!.message,
      /^All 4 scopes Campaign asks for \("openid,AdobeID,read_organizations,additional_info\.projectedProductContext"\) are provisioned for the IMS client \("openid", "AdobeID", "read_organizations", "additional_info\.projectedProductContext", "additional_info\.roles", and "session"\)/,
    );
    assert.match(findings[0]!.evidence[1]!.at.file!, /client\.yaml$/);
  });

  it('fails on a space after a comma and on a misspelt scope, naming the closest IMS scope (stage in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('scope', 'stage');
    assert.deepEqual(statuses(findings), ['fail', 'fail']);
    const [spaces, typo] = findings;
    assert.match(
      spaces!.message,
      /^The IMS scope "openid, AdobeID,read_organization,additional_info\.projectedProductContext" has spaces around "·AdobeID": .*IMS knows no scope "·AdobeID"/,
    );
    assert.match(
      typo!.message,
      /^Campaign asks for the scope "read_organization", which IMS did not provision; the closest provisioned scope is "read_organizations" \(1 edit away\)/,
    );
    for (const finding of findings) assert.match(finding.remediation!, new RegExp(`Set the IMS scope of the external account to "${GOOD}"`));
    assert.match(typo!.evidence[1]!.at.file!, /stage-client\.yaml$/);
  });

  it('says it in Korean', async () => {
    ws = new Workspace();
    const findings = await ws.findings('scope', 'stage', 'ko');
    assert.match(findings[0]!.message, /다음 항목의 앞뒤에 공백이 있습니다: "·AdobeID"/);
    assert.match(findings[1]!.message, /가장 비슷한 프로비저닝된 범위는 "read_organizations"입니다\(1글자 차이/);
  });

  it('passes on stage once the scope is written right', async () => {
    ws = stageScope(GOOD);
    assert.deepEqual(statuses(await ws.findings('scope', 'stage')), ['pass']);
  });

  it('fails on semicolons between scopes', async () => {
    ws = stageScope('openid;AdobeID;read_organizations;additional_info.projectedProductContext');
    const findings = await ws.findings('scope', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(
      findings[0]!.message,
      /separates scopes with semicolons \(";"\) where Campaign expects ",": IMS receives "openid;AdobeID;read_organizations;additional_info\.projectedProductContext" as single scope names/,
    );
    assert.match(findings[0]!.remediation!, new RegExp(`to "${GOOD}"`));
  });

  it('fails on spaces between scopes', async () => {
    ws = stageScope('openid AdobeID,read_organizations,additional_info.projectedProductContext');
    const findings = await ws.findings('scope', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(findings[0]!.message, /separates scopes with spaces where Campaign expects ",": IMS receives "openid AdobeID" as single scope names/);
  });

  it('fails on a case difference: scopes are case-sensitive', async () => {
    ws = stageScope('openid,adobeid,read_organizations,additional_info.projectedProductContext');
    const findings = await ws.findings('scope', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(findings[0]!.message, /^Campaign asks for the scope "adobeid", but IMS provisioned "AdobeID": scopes are case-sensitive/);
    assert.match(findings[0]!.remediation!, new RegExp(`to "${GOOD}"`));
  });

  it('fails on a scope IMS did not provision and that resembles none', async () => {
    ws = stageScope(`${GOOD},offline_access`);
    const findings = await ws.findings('scope', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(
      findings[0]!.message,
      /^Campaign asks for the scope "offline_access", which is not among the scopes provisioned for the IMS client \("openid", "AdobeID", "read_organizations", and "additional_info\.projectedProductContext"\)/,
    );
    assert.match(findings[0]!.remediation!, new RegExp(`Remove "offline_access" .*\\(for example "${GOOD}"\\), or ask Adobe to provision it`));
  });

  it('warns on a scope asked twice and on an empty item', async () => {
    ws = stageScope(`openid,${GOOD},`);
    const findings = await ws.findings('scope', 'stage');
    assert.deepEqual(statuses(findings), ['warn', 'warn']);
    assert.match(findings[0]!.message, /has an empty item/);
    assert.match(findings[1]!.message, /asks for "openid" more than once/);
  });

  it('warns when the profile scope is missing [I]', async () => {
    ws = stageScope('openid,AdobeID,read_organizations');
    const findings = await ws.findings('scope', 'stage');
    assert.deepEqual(statuses(findings), ['warn']);
    assert.match(findings[0]!.message, /^The IMS scope "openid,AdobeID,read_organizations" lacks additional_info\.projectedProductContext/);
    assert.match(findings[0]!.remediation!, new RegExp(`for example "${GOOD}"`));
  });

  it('fails on an empty scope, suggesting the documented scopes IMS provisioned', async () => {
    ws = stageScope('');
    const findings = await ws.findings('scope', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(findings[0]!.message, /The IMS scope of the external account is empty/);
    assert.match(findings[0]!.remediation!, new RegExp(`to "${GOOD}"`));
  });

  it('skips the subset check when IMS scopes are unknown (a Developer Console export alone), saying what to do', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', /\nims:\n {2}client: ims\/client\.yaml\n/, '\nims:\n');
    const findings = await ws.findings('scope', 'prod');
    assert.deepEqual(statuses(findings), ['skip']);
    assert.match(
      findings[0]!.message,
      /^Not checked against IMS: the scopes provisioned for the IMS client are not known \(.*console\.json gives none; a Developer Console export lists no scopes for web app credentials\)/,
    );
    assert.match(findings[0]!.remediation!, /Copy the scopes from Adobe's provisioning details into "scopes:"/);
  });
});
