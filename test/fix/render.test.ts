import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { formatFor, render } from '../../src/i18n/catalogue.js';
import { FIX } from '../../src/i18n/fix.js';
import { describeChange, planMarkdown } from '../../src/fix/render.js';
import { planFixes } from '../../src/fix/plan.js';
import type { FixMessage, FixPlan } from '../../src/fix/types.js';
import { acme, NOW } from './support.js';

/** Text in Korean output that is an English sentence: four English words in a row, once quoted values and Campaign's labels in parentheses are set aside. */
function englishIn(text: string): string[] {
  const stripped = text
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/\([^()\n]*[A-Za-z][^()\n]*\)/g, ' ')
    .replace(/`[^`]*`/g, ' ');
  return stripped.match(/\b[A-Za-z][a-z]+(?:[ ,]+[A-Za-z][a-z]+){3,}\b/g) ?? [];
}

describe('plan.md', () => {
  let plan: FixPlan;
  before(async () => {
    const { snapshot, result } = await acme();
    plan = planFixes(snapshot, result, { now: NOW });
  });

  for (const lang of ['en', 'ko'] as const) {
    it(`renders in ${lang} with no undefined, null or [object Object]`, () => {
      const text = planMarkdown(plan, lang);
      assert.doesNotMatch(text, /undefined|null|\[object Object\]|NaN/);
      assert.match(text, /^# /);
    });
  }

  it('says the plan in English: order, what, how, what else, the alternative', () => {
    const text = planMarkdown(plan, 'en');
    assert.match(
      text,
      /^# ims-doctor fix plan for examples\/acme\/ims-doctor\.yaml\n\n12 changes; a check after them breaks no rule that passes today and takes nobody's access away\. 0 findings are left to you\./,
    );
    assert.match(
      text,
      /7\. \*\*\[campaign\]\*\* stage: in the external account Adobe_Marketing_Cloud, set "Association mask" from "campaign - acme-stage··-·" to "campaign - acme-stage - "\.\n {3}Fixes: association-mask and association-users\.\n {3}How: In the client console of the instance, Tools > Advanced > Import package: import campaign\/stage\.xml\./,
    );
    assert.match(
      text,
      / {3}Alternative, not chosen \(touches 2 records\):\n {3}- Admin Console \(for stage\): rename the product profile "campaign - acme-stage - admin" to "campaign - acme-stage {2}- admin"\./,
    );
    assert.match(text, /12\. \*\*\[campaign\]\*\* stage: restart the Campaign server\.\n {3}Makes changes 3, 5, 6, 7, 8, 9, and 10 effective\./);
    assert.match(text, /- jane\.doe@acme\.example on stage: no group → "admin"/);
    assert.match(text, /\| restart \| stage \| pass \| pass \|/);
  });

  it('says it in Korean, with no English sentence but the values it quotes', () => {
    const text = planMarkdown(plan, 'ko');
    assert.deepEqual(englishIn(text), []);
    assert.match(text, /연결 마스크\(Association mask\) 값을 바꿉니다\. 현재 "campaign - acme-stage··-·", 새 값 "campaign - acme-stage - "\./);
    assert.match(text, /\| client-secret \| stage \| 건너뜀 \(억제됨\) \| notExported \|/);
  });

  it('a rejected plan says so first, with its reasons', () => {
    const rejected: FixPlan = {
      ...plan,
      accepted: false,
      rejections: [{ reason: { id: 'rejectAccessLost', params: { person: 'jane.doe@acme.example', instance: 'prod', groups: ['admin'] } } }],
    };
    assert.match(
      planMarkdown(rejected, 'en'),
      /^# .*\n\nRejected: 1 reason below\. Nothing should be applied as it is\.\n\n## Why the plan is rejected\n\n- jane\.doe@acme\.example would lose "admin" on prod, which no finding calls wrong\./,
    );
    assert.match(planMarkdown(rejected, 'ko'), /거부됨: 아래 이유 1건\./);
  });

  it('every entry of the FIX catalogue renders in both languages, Korean without English sentences', () => {
    const samples: FixMessage[] = [
      { id: 'reasonNoFixer', params: { rule: 'scope' } },
      { id: 'reasonNoPlane', params: { plane: 'campaign' } },
      { id: 'reasonNoAccount' },
      { id: 'reasonCreateAccount' },
      { id: 'reasonSameName' },
      { id: 'reasonYourChoice' },
      { id: 'reasonNoFix' },
      { id: 'reasonLive' },
      { id: 'reasonImsConflict' },
      { id: 'reasonPlaneLeftOut', params: { planes: ['serverConf', 'adminConsole'] } },
      { id: 'reasonConflict', params: { change: 'prod:extAccount:Adobe_Marketing_Cloud:imsRightsMask' } },
      { id: 'riskDeleteAccount', params: { account: 'Adobe_Marketing_Cloud1', sameSettings: false } },
      { id: 'riskRenameAccount', params: { account: 'Adobe Marketing Cloud' } },
      { id: 'riskImsShared', params: { instances: ['stage', 'dev'] } },
      { id: 'riskFieldUnknown', params: { build: '9381' } },
      { id: 'riskFieldUnknown', params: { build: null } },
      { id: 'riskRestart', params: { instance: 'prod' } },
      { id: 'riskProfileRename', params: { profile: 'campaign - acme - x', users: 3 } },
      { id: 'riskMask', params: { instance: 'prod' } },
      { id: 'riskGroupRename', params: { group: 'campaignManagers', operators: 2 } },
      { id: 'riskAddMembers', params: { profile: 'campaign - acme - delivery', count: 2 } },
      { id: 'riskUrlPermission', params: { suffix: 'adobelogin.com' } },
      { id: 'rejectNewFailure', params: { rule: 'org-id', instance: null, messageId: 'mismatchAccount' } },
      { id: 'rejectAccessLost', params: { person: 'jane.doe@acme.example', instance: 'prod', groups: ['admin', 'delivery'] } },
      { id: 'rejectAccessLostMore', params: { count: 3 } },
      { id: 'whatIfSyntax', params: { text: 'x' } },
      { id: 'whatIfUnknownInstance', params: { instance: 'dev', known: ['prod', 'stage'] } },
      { id: 'whatIfUnknownField', params: { field: 'colour', known: ['imsServer', 'ims.orgId'] } },
      { id: 'whatIfSecret' },
      { id: 'whatIfNoPlane', params: { instance: 'prod', plane: 'ims' } },
      {
        id: 'changeSetAccount',
        params: { instance: 'prod', account: 'Adobe_Marketing_Cloud', field: 'imsServer', from: null, to: 'https://ims-na1.adobelogin.com' },
      },
      { id: 'changeDeleteAccount', params: { instance: 'prod', account: 'x' } },
      { id: 'changeRenameAccount', params: { instance: 'prod', from: 'a', to: 'b' } },
      { id: 'changeRenameGroup', params: { instance: 'prod', from: 'a', to: 'b' } },
      { id: 'changeAddUrl', params: { instance: 'prod', file: 'serverConf.xml', dnsSuffix: 'adobelogin.com', urlRegEx: 'https://.*' } },
      { id: 'changeSetRedirection', params: { instance: 'prod', file: 'serverConf.xml', from: 'A@AdobeOrg', to: 'B@AdobeOrg' } },
      { id: 'changeRenameProfile', params: { instance: 'prod', from: 'a', to: 'b' } },
      { id: 'changeAddMembers', params: { instance: 'prod', profile: 'p', people: ['a@x.example', 'b@x.example'] } },
      { id: 'changeSetIms', params: { instance: 'prod', field: 'productContext', from: 'a', to: 'b' } },
      { id: 'changeRestart', params: { instance: 'prod' } },
      { id: 'howPackage', params: { file: 'campaign/prod.xml' } },
      { id: 'howPatch', params: { file: 'server-conf/prod.patch', copy: 'server-conf/prod.xml' } },
      { id: 'stepRenameAccount' },
      { id: 'stepRenameGroup' },
      { id: 'stepRenameProfile' },
      { id: 'stepAddMembers' },
      { id: 'stepIms', params: { field: 'productContext' } },
      { id: 'stepIms', params: { field: 'defaultRedirectUri' } },
      { id: 'stepIms', params: { field: 'orgId' } },
      { id: 'stepRestart', params: { instance: 'prod' } },
      { id: 'mdTitle', params: { workspace: 'ims-doctor.yaml' } },
      { id: 'mdAccepted', params: { changes: 1, unaddressed: 0 } },
      { id: 'mdRejected', params: { count: 2 } },
      { id: 'mdRejections' },
      { id: 'mdChanges' },
      { id: 'mdNoChanges' },
      { id: 'mdFixes', params: { rules: [] } },
      { id: 'mdFixes', params: { rules: ['scope'] } },
      { id: 'mdAfter', params: { orders: [1] } },
      { id: 'mdHow' },
      { id: 'mdTouches' },
      { id: 'mdAlternative', params: { why: 'breaks', records: 1 } },
      { id: 'mdAlternative', params: { why: 'morePeople', records: 1 } },
      { id: 'mdUnaddressed' },
      { id: 'mdUnaddressedItem', params: { rule: 'scope', instance: null, messageId: 'typo' } },
      { id: 'mdPredicted' },
      { id: 'mdPredictedHeader' },
      { id: 'mdStatus', params: { status: 'error', suppressed: false } },
      { id: 'mdAccess' },
      { id: 'mdAccessItem', params: { person: 'a@x.example', instance: 'prod', before: ['admin'], after: [] } },
      { id: 'mdAccessNone' },
      { id: 'mdAccessMore', params: { count: 7 } },
      { id: 'mdAccessUnchanged', params: { count: 1 } },
      { id: 'whatIfTitle' },
      { id: 'whatIfAccepted' },
      { id: 'whatIfResolvedHeading', params: { count: 2 } },
      { id: 'whatIfResolvedItem', params: { title: '연결 마스크와 Admin Console 프로필 대조', rule: 'association-mask', instance: 'stage' } },
      { id: 'whatIfResolvedItem', params: { title: 'IMS scope', rule: 'scope', instance: null } },
      { id: 'packageDescription', params: { count: 2, instance: 'prod' } },
      { id: 'cliNeedsOutputDir' },
      { id: 'cliWhatIfAlone' },
      { id: 'cliWritten', params: { dir: 'fix', files: ['plan.json', 'plan.md'] } },
      { id: 'changeSecret', params: { instance: 'prod', account: 'Adobe_Marketing_Cloud' } },
      { id: 'stepSecret' },
      { id: 'changeImsAdd', params: { instance: 'stage', field: 'scopes', value: 'read_organizations' } },
      { id: 'changeImsAdd', params: { instance: 'stage', field: 'redirectUriPatterns', value: 'https://campaign-stage\\.acme\\.example(/.*)?' } },
      { id: 'stepImsAdd', params: { field: 'scopes', value: 'read_organizations' } },
      { id: 'stepImsAdd', params: { field: 'redirectUriPatterns', value: 'https://campaign-stage\\.acme\\.example(/.*)?' } },
      { id: 'stepsTitle', params: { plane: 'ims', instance: 'stage' } },
      { id: 'stepsTitle', params: { plane: 'adminConsole', instance: null } },
      { id: 'stepsIntro' },
    ];
    assert.deepEqual(englishIn('실패: this is an English sentence.'), ['this is an English sentence']);
    assert.deepEqual(
      Object.keys(FIX).filter((id) => !samples.some((sample) => sample.id === id)),
      [],
    );
    for (const sample of samples) {
      for (const lang of ['en', 'ko'] as const) assert.doesNotMatch(render(FIX, sample, lang), /undefined|null|\[object Object\]|NaN/, `${sample.id} ${lang}`);
      assert.deepEqual(englishIn(render(FIX, sample, 'ko')), [], sample.id);
    }
    for (const change of plan.changes) assert.doesNotMatch(describeChange(change, formatFor('ko')), /undefined|\[object Object\]/);
  });
});
