import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import { planFixes } from '../../src/fix/plan.js';
import type { ChangeDraft, FixPlan } from '../../src/fix/types.js';
import { options, type Fixer } from '../../src/fix/fixers/fixer.js';
import type { CheckResult } from '../../src/model/finding.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { RULES } from '../../src/rules/index.js';
import { NOW } from './support.js';
import { ACME } from '../support/workspace.js';

describe('fix plan of examples/acme', () => {
  let snapshot: Snapshot;
  let result: CheckResult;
  let plan: FixPlan;
  before(async () => {
    snapshot = await collectWorkspace(ACME);
    result = runRules(snapshot, RULES, { lang: 'en' });
    plan = planFixes(snapshot, result, { now: NOW });
  });

  const byId = (id: string) => {
    const change = plan.changes.find((item) => item.id === id);
    assert.ok(change, `no change ${id} in ${plan.changes.map((item) => item.id).join(', ')}`);
    return change;
  };

  it('proposes one change per thing to change, each with the rules it fixes', () => {
    assert.deepEqual(
      plan.changes.map((change) => [change.id, change.fixes]),
      [
        ['prod:profile:campaign - acme - campaign_managers:name', ['association-mask', 'association-users']],
        ['prod:profile:campaign - acme - delivery:users', ['association-users']],
        ['stage:urlPermission:stage-serverConf.xml:url', ['url-permission']],
        ['prod:extAccount:Adobe_Marketing_Cloud1:record', ['external-account']],
        ['stage:extAccount:Adobe_Marketing_Cloud:productContext', ['product-context']],
        ['stage:extAccount:Adobe_Marketing_Cloud:imsServer', ['ims-server', 'ims-server-consistency']],
        ['stage:extAccount:Adobe_Marketing_Cloud:imsRightsMask', ['association-mask', 'association-users']],
        ['stage:extAccount:Adobe_Marketing_Cloud:userScope', ['scope']],
        ['stage:extAccount:Adobe_Marketing_Cloud:callbackServer', ['callback-url']],
        ['stage:extAccount:Adobe_Marketing_Cloud:clientId', ['client-id']],
        ['prod:server:prod:serverStartedAt', ['restart']],
        ['stage:server:stage:serverStartedAt', []],
      ],
    );
  });

  it('gives each change its plane, target, field, from and to, as read', () => {
    const mask = byId('stage:extAccount:Adobe_Marketing_Cloud:imsRightsMask');
    assert.equal(mask.plane, 'campaign');
    assert.equal(mask.target, 'Adobe_Marketing_Cloud');
    assert.equal(mask.field, 'imsRightsMask');
    assert.equal(mask.from, 'campaign - acme-stage  - ');
    assert.equal(mask.to, 'campaign - acme-stage - ');
    assert.match(mask.at?.file ?? '', /stage\.xml$/);
    const duplicate = byId('prod:extAccount:Adobe_Marketing_Cloud1:record');
    assert.equal(duplicate.op, 'delete');
    assert.equal(duplicate.applyWith, 'package');
    const lucas = byId('prod:profile:campaign - acme - delivery:users');
    assert.equal(lucas.plane, 'adminConsole');
    assert.equal(lucas.op, 'addMembers');
    assert.deepEqual(lucas.to, ['lucas.martin@acme.example']);
    const url = byId('stage:urlPermission:stage-serverConf.xml:url');
    assert.deepEqual(url.to, { dnsSuffix: 'adobelogin.com', urlRegEx: 'https://.*' });
  });

  it('numbers the changes in order, restarts last, each restart naming the changes it makes effective', () => {
    assert.deepEqual(
      plan.changes.map((change) => change.order),
      plan.changes.map((_, index) => index + 1),
    );
    const restarts = plan.changes.filter((change) => change.op === 'restart');
    assert.deepEqual(
      restarts.map((change) => change.order),
      [plan.changes.length - 1, plan.changes.length],
    );
    assert.deepEqual(byId('prod:server:prod:serverStartedAt').requiredBy, ['prod:extAccount:Adobe_Marketing_Cloud1:record']);
    assert.deepEqual(byId('stage:server:stage:serverStartedAt').requiredBy, [
      'stage:urlPermission:stage-serverConf.xml:url',
      'stage:extAccount:Adobe_Marketing_Cloud:productContext',
      'stage:extAccount:Adobe_Marketing_Cloud:imsServer',
      'stage:extAccount:Adobe_Marketing_Cloud:imsRightsMask',
      'stage:extAccount:Adobe_Marketing_Cloud:userScope',
      'stage:extAccount:Adobe_Marketing_Cloud:callbackServer',
      'stage:extAccount:Adobe_Marketing_Cloud:clientId',
    ]);
  });

  it('changes the mask rather than renaming every profile, and names the alternative', () => {
    const alternative = byId('stage:extAccount:Adobe_Marketing_Cloud:imsRightsMask').alternative;
    assert.equal(alternative?.why, 'touchesMore');
    assert.deepEqual(
      alternative?.changes.map((change) => [change.plane, change.op, change.target, change.to]),
      [
        ['adminConsole', 'rename', 'campaign - acme-stage - admin', 'campaign - acme-stage  - admin'],
        ['adminConsole', 'rename', 'campaign - acme-stage - delivery', 'campaign - acme-stage  - delivery'],
      ],
    );
    assert.deepEqual(alternative?.cost, { records: 2, people: 2, preference: 2 });
  });

  it('renames the profile naming a renamed group rather than the group back, and names that alternative', () => {
    const rename = byId('prod:profile:campaign - acme - campaign_managers:name');
    assert.equal(rename.to, 'campaign - acme - campaignManagers');
    assert.equal(rename.alternative?.why, 'preference');
    assert.deepEqual(
      rename.alternative?.changes.map((change) => [change.record, change.target, change.to]),
      [['operatorGroup', 'campaignManagers', 'campaign_managers']],
    );
  });

  it('sets the product context field (shown on this build: prod of build 9381 has it) and names the IMS alternative', () => {
    const change = byId('stage:extAccount:Adobe_Marketing_Cloud:productContext');
    assert.equal(change.to, 'dma_campaign_classic');
    assert.deepEqual(change.risk, []);
    assert.deepEqual(
      change.alternative?.changes.map((item) => [item.plane, item.field, item.to]),
      [['ims', 'productContext', 'dma_campaign']],
    );
  });

  it('answers every failing finding of the example: nothing is left to the user', () => {
    assert.deepEqual(plan.unaddressed, []);
  });

  it('sets the scope the rule suggests (one change for both scope findings) and the callback to its own instance', () => {
    const scope = byId('stage:extAccount:Adobe_Marketing_Cloud:userScope');
    assert.equal(scope.from, 'openid, AdobeID,read_organization,additional_info.projectedProductContext');
    assert.equal(scope.to, 'openid,AdobeID,read_organizations,additional_info.projectedProductContext');
    assert.equal(scope.applyWith, 'package');
    const callback = byId('stage:extAccount:Adobe_Marketing_Cloud:callbackServer');
    assert.deepEqual([callback.from, callback.to], ['https://campaign.acme.example', 'https://campaign-stage.acme.example']);
  });

  it('predicts a check where nothing fails or warns', () => {
    const failing = plan.predicted
      .filter((item) => item.status === 'fail' || item.status === 'warn')
      .map((item) => `${item.rule} ${item.instance} ${item.messageId}`);
    assert.deepEqual(failing, []);
    assert.ok(plan.predicted.some((item) => item.rule === 'restart' && item.instance === 'stage' && item.status === 'pass'));
  });

  it('is accepted: nothing new fails, nobody loses access, four people gain a group', () => {
    assert.equal(plan.accepted, true);
    assert.deepEqual(plan.rejections, []);
    assert.deepEqual(
      plan.access.map((item) => [item.person, item.instance, item.before, item.after]),
      [
        ['minho.kim@acme.example', 'prod', [], ['campaignManagers']],
        ['lucas.martin@acme.example', 'prod', [], ['delivery']],
        ['jane.doe@acme.example', 'stage', [], ['admin']],
        ['jisoo.park@acme.example', 'stage', [], ['delivery']],
      ],
    );
    assert.ok(plan.accessUnchanged > 0);
  });

  it('never plans a secret', () => {
    assert.ok(!JSON.stringify(plan).includes('clientSecret'));
    assert.ok(!JSON.stringify(plan).includes('p8e-'));
  });

  it('is JSON as it is (plan.json)', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(plan)), plan);
  });

  it('keeps to the planes asked for', () => {
    const campaignOnly = planFixes(snapshot, result, { now: NOW, planes: ['campaign'] });
    assert.ok(campaignOnly.changes.every((change) => change.plane === 'campaign'));
    assert.ok(campaignOnly.unaddressed.some((item) => item.rule === 'url-permission' && item.reason.id === 'reasonPlaneLeftOut'));
    // With the Admin Console left out, the renamed group is given its old name back.
    assert.ok(campaignOnly.changes.some((change) => change.record === 'operatorGroup' && change.to === 'campaign_managers'));
  });

  it('with --only, fixes only those rules but still checks every rule after the changes', () => {
    const only = planFixes(snapshot, result, { now: NOW, only: ['ims-server'] });
    assert.deepEqual(
      only.changes.map((change) => change.id),
      ['stage:extAccount:Adobe_Marketing_Cloud:imsServer', 'stage:server:stage:serverStartedAt'],
    );
    assert.ok(only.predicted.every((item) => item.rule === 'ims-server'));
    assert.equal(only.accepted, true, 'url-permission stage was already blocked: not a new failure');
  });

  it('is rejected when a change breaks a rule or takes access away, saying which and whose', () => {
    const reckless: Fixer = {
      rule: 'client-id',
      propose: ({ context }) => {
        const mask: ChangeDraft = {
          plane: 'campaign',
          record: 'extAccount',
          op: 'set',
          instance: 'prod',
          target: 'Adobe_Marketing_Cloud',
          field: 'imsRightsMask',
          from: 'campaign - acme - ',
          to: 'Campaign - Acme - ',
          at: null,
          applyWith: 'package',
          risk: [],
        };
        return options(context?.instance.name === 'stage' ? [mask] : []);
      },
    };
    const plan = planFixes(snapshot, result, { now: NOW, fixers: new Map([['client-id', reckless]]) });
    assert.equal(plan.accepted, false);
    assert.deepEqual(
      plan.rejections.map((item) => item.reason.id),
      ['rejectAccessLost', 'rejectAccessLost', 'rejectAccessLost', 'rejectAccessLost'],
    );
    assert.deepEqual(plan.rejections[0]!.reason.params, { person: 'jane.doe@acme.example', instance: 'prod', groups: ['admin'] });
  });

  it('adds every person left without rights, not only the ten a finding lists (a large export)', () => {
    const plane = snapshot.adminConsole.state === 'ok' ? snapshot.adminConsole.data : undefined;
    assert.ok(plane);
    const users = Array.from({ length: 20_000 }, (_, index) => {
      const user = plane.users[index % plane.users.length]!;
      return { ...user, email: `${index}.${user.email}`, line: index + 2 };
    });
    const large: Snapshot = { ...snapshot, adminConsole: { state: 'ok', data: { ...plane, users, userCount: users.length } } };
    const plan = planFixes(large, runRules(large, RULES, { lang: 'en' }), { now: NOW });
    const add = plan.changes.find((change) => change.op === 'addMembers');
    assert.equal(Array.isArray(add?.to) ? add.to.length : 0, users.filter((user) => user.email.includes('lucas.martin')).length);
    assert.equal(plan.accepted, true);
  });

  it('plans nothing for a healthy result', () => {
    const healthy = { ...result, findings: result.findings.filter((finding) => finding.status === 'pass') };
    const empty = planFixes(snapshot, healthy, { now: NOW });
    assert.deepEqual(empty.changes, []);
    assert.deepEqual(empty.unaddressed, []);
  });
});
