import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { render } from '../../src/i18n/catalogue.js';
import { FIX } from '../../src/i18n/fix.js';
import { whatIfText } from '../../src/fix/render.js';
import { parseWhatIf, whatIf, whatIfChange, type WhatIf } from '../../src/fix/what-if.js';
import type { CheckResult } from '../../src/model/finding.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { acme, NOW } from './support.js';

const INSTANCES = ['prod', 'stage'];

function parsed(text: string, instances: readonly string[] = INSTANCES): WhatIf {
  const result = parseWhatIf(text, instances);
  assert.ok(result.ok, `${text}: ${JSON.stringify(result)}`);
  return result.value;
}

describe('--what-if parsing', () => {
  it('reads instance.field=value, keeping the value as written (spaces included)', () => {
    assert.deepEqual(parsed('stage.imsRightsMask=campaign - acme-stage - '), {
      instance: 'stage',
      target: { plane: 'campaign', field: 'imsRightsMask' },
      value: 'campaign - acme-stage - ',
    });
    assert.deepEqual(parsed('prod.clientId=a=b'), { instance: 'prod', target: { plane: 'campaign', field: 'clientId' }, value: 'a=b' });
    assert.deepEqual(parsed('prod.imsRightsMask='), { instance: 'prod', target: { plane: 'campaign', field: 'imsRightsMask' }, value: '' });
  });

  it('reads a double-quoted value as a JSON string', () => {
    assert.equal(parsed('prod.imsRightsMask="campaign\\t- "').value, 'campaign\t- ');
  });

  it('reads IMS and serverConf fields, and instance names with dots when they are known', () => {
    assert.deepEqual(parsed('stage.ims.productContext=dma_campaign').target, { plane: 'ims', field: 'productContext' });
    assert.deepEqual(parsed('stage.serverConf.IMSOrgId=X@AdobeOrg').target, { plane: 'serverConf', field: 'IMSOrgId' });
    assert.equal(parsed('eu.prod.imsServer=https://ims-na1.adobelogin.com', ['eu', 'eu.prod']).instance, 'eu.prod');
  });

  it('refuses what it cannot read, saying why, and never takes a secret', () => {
    const error = (text: string): string => {
      const result = parseWhatIf(text, INSTANCES);
      assert.ok(!result.ok);
      return result.error.id;
    };
    assert.equal(error('stage.imsRightsMask'), 'whatIfSyntax');
    assert.equal(error('=x'), 'whatIfSyntax');
    assert.equal(error('dev.imsServer=x'), 'whatIfUnknownInstance');
    assert.equal(error('stage.colour=blue'), 'whatIfUnknownField');
    assert.equal(error('stage.clientSecret=hunter2'), 'whatIfSecret');
    assert.equal(error('prod.imsRightsMask="bad \\q"'), 'whatIfSyntax');
    const bad = parseWhatIf('stage.colour=blue', INSTANCES);
    assert.ok(!bad.ok);
    assert.match(render(FIX, bad.error, 'en'), /cannot change "colour"; it knows label, active, imsServer/);
    assert.match(render(FIX, bad.error, 'ko'), /바꿀 수 없는 필드입니다: "colour"/);
  });
});

describe('what-if on examples/acme', () => {
  let snapshot: Snapshot;
  let result: CheckResult;
  before(async () => ({ snapshot, result } = await acme()));

  const rehearse = (text: string) => {
    const change = whatIfChange(snapshot, parsed(text));
    assert.ok(change.ok);
    return whatIf(snapshot, result, [change.value], { now: NOW });
  };

  it('a corrected stage mask: two people gain access, association rules resolve, accepted', () => {
    const outcome = rehearse('stage.imsRightsMask=campaign - acme-stage - ');
    assert.equal(outcome.accepted, true);
    assert.deepEqual(
      outcome.access.map((item) => [item.person, item.instance, item.gained, item.lost]),
      [
        ['jane.doe@acme.example', 'stage', ['admin'], []],
        ['jisoo.park@acme.example', 'stage', ['delivery'], []],
      ],
    );
    assert.deepEqual(
      outcome.resolved.map((item) => `${item.rule} ${item.messageId}`),
      ['association-mask noMatch', 'association-users nearUsers'],
    );
    assert.equal(outcome.changes[0]!.from, 'campaign - acme-stage  - ');
  });

  it('a prod mask in other capitals: everyone but the near miss loses access, rejected with who and what', () => {
    const outcome = rehearse('prod.imsRightsMask=Campaign - Acme - ');
    assert.equal(outcome.accepted, false);
    const lost = outcome.rejections.filter((item) => item.reason.id === 'rejectAccessLost').map((item) => (item.reason.params as { person: string }).person);
    assert.deepEqual(lost, ['jane.doe@acme.example', 'jisoo.park@acme.example', 'seoyeon.lee@acme.example', 'sofia.garcia@acme.example']);
    // association-users fails before and after (other people): the access lost is what rejects it.
    assert.ok(outcome.rejections.every((item) => item.reason.id === 'rejectAccessLost'));
    assert.ok(outcome.access.some((item) => item.person === 'lucas.martin@acme.example' && item.gained.includes('delivery')));
    const text = whatIfText(outcome, 'en', { width: 1000 });
    assert.match(text, /prod: in the external account Adobe_Marketing_Cloud, set "Association mask" from "campaign - acme -·" to "Campaign - Acme - "\./);
    assert.match(text, /- jane\.doe@acme\.example on prod: "admin" → no group/);
    assert.match(text, /jane\.doe@acme\.example would lose "admin" on prod, which no finding calls wrong\./);
    assert.match(
      whatIfText(outcome, 'ko', { width: 1000 }),
      /어떤 검사 결과도 잘못이라고 하지 않은 권한이 없어집니다: jane\.doe@acme\.example, 인스턴스 prod, 그룹 "admin"/,
    );
  });

  it('an IMS-side change reaches every instance that shares the IMS client', () => {
    const outcome = rehearse('prod.ims.productContext=dma_campaign');
    assert.ok(outcome.newFailures.some((item) => item.rule === 'product-context' && item.instance === 'prod'));
    assert.equal(outcome.accepted, false);
  });

  it('a serverConf IMSOrgId that differs from the IMS organization makes org-id fail', () => {
    const outcome = rehearse('stage.serverConf.IMSOrgId=0000@AdobeOrg');
    assert.deepEqual(
      outcome.newFailures.map((item) => `${item.rule} ${item.instance}`),
      ['org-id stage'],
    );
    assert.equal(outcome.changes[0]!.applyWith, 'patch');
  });

  it('no account to change: says which plane is missing', () => {
    const noAccount = {
      ...snapshot,
      instances: snapshot.instances.map((instance) => ({ ...instance, campaign: { state: 'absent' as const, reason: 'imsNotConfigured' as const } })),
    };
    const change = whatIfChange(noAccount, parsed('prod.imsServer=https://ims-na1.adobelogin.com'));
    assert.ok(!change.ok);
    assert.deepEqual(change.error, { id: 'whatIfNoPlane', params: { instance: 'prod', plane: 'campaign' } });
  });
});
