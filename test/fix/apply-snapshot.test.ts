import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { accessChanges, grantsOf, groupsOfPerson } from '../../src/fix/access.js';
import { applyChanges, campaignDate } from '../../src/fix/apply-snapshot.js';
import { planFixes } from '../../src/fix/plan.js';
import type { ChangeDraft } from '../../src/fix/types.js';
import { instanceContext } from '../../src/model/instance-context.js';
import type { CheckResult } from '../../src/model/finding.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { acme, NOW } from './support.js';

const draft = (edit: Partial<ChangeDraft> & Pick<ChangeDraft, 'record' | 'op' | 'target' | 'field' | 'to'>): ChangeDraft => ({
  plane: 'campaign',
  instance: 'prod',
  from: null,
  at: null,
  applyWith: 'package',
  risk: [],
  ...edit,
});

describe('applying changes to a snapshot', () => {
  let snapshot: Snapshot;
  let result: CheckResult;
  before(async () => ({ snapshot, result } = await acme()));

  it('is pure: the snapshot given is left exactly as it was', () => {
    const copy = structuredClone(snapshot);
    const plan = planFixes(snapshot, result, { now: NOW });
    const changed = applyChanges(snapshot, plan.changes, { now: NOW });
    assert.deepEqual(snapshot, copy);
    assert.notDeepEqual(changed, snapshot);
  });

  it('sets an account field with a provenance naming the change, and stamps lastModified as a Campaign save does', () => {
    const changed = applyChanges(
      snapshot,
      [draft({ instance: 'stage', record: 'extAccount', op: 'set', target: 'Adobe_Marketing_Cloud', field: 'clientId', to: 'acme-campaign-stage' })],
      { now: NOW },
    );
    const account = instanceContext(changed, changed.instances[1]!).account!;
    assert.equal(account.clientId.value, 'acme-campaign-stage');
    assert.deepEqual(account.clientId.at, { file: 'plan.json', path: 'changes[@id="stage:extAccount:Adobe_Marketing_Cloud:clientId"]' });
    assert.equal(account.lastModified?.value, campaignDate(NOW));
    assert.equal(campaignDate(NOW), '2026-10-05 10:00:00.000Z');
  });

  it('deletes an account by name, enables one, and restarts the server after every save', () => {
    const changed = applyChanges(
      snapshot,
      [
        draft({ record: 'extAccount', op: 'delete', target: 'Adobe_Marketing_Cloud1', field: 'record', to: null }),
        draft({ record: 'extAccount', op: 'set', target: 'Adobe_Marketing_Cloud', field: 'active', to: '0' }),
        draft({ record: 'server', op: 'restart', target: 'prod', field: 'serverStartedAt', to: null, applyWith: 'steps' }),
      ],
      { now: NOW },
    );
    const prod = changed.instances[0]!;
    const campaign = prod.campaign.state === 'ok' ? prod.campaign.data : undefined;
    assert.deepEqual(
      campaign?.externalAccounts.map((account) => account.name.value),
      ['Adobe_Marketing_Cloud', 'defaultPopAccount'],
    );
    assert.equal(campaign?.externalAccounts[0]!.active.value, false);
    assert.equal(prod.serverStartedAt?.value, '2026-10-05T10:00:01.000Z');
  });

  it('renames an operator group and the operators in it follow', () => {
    const changed = applyChanges(
      snapshot,
      [draft({ record: 'operatorGroup', op: 'rename', target: 'delivery', field: 'name', to: 'deliveryOperators', applyWith: 'steps' })],
      { now: NOW },
    );
    const campaign = changed.instances[0]!.campaign;
    assert.ok(campaign.state === 'ok');
    assert.ok(campaign.data.groups.some((group) => group.name.value === 'deliveryOperators'));
    assert.deepEqual(campaign.data.operators.find((operator) => operator.name.value === 'jisoo.park@acme.example')?.groups, ['deliveryOperators']);
  });

  it('renames a profile and adds people to one, without touching the arrays users share', () => {
    const plane = snapshot.adminConsole.state === 'ok' ? snapshot.adminConsole.data : undefined;
    const before = structuredClone(plane);
    const changed = applyChanges(
      snapshot,
      [
        draft({
          plane: 'adminConsole',
          record: 'profile',
          op: 'addMembers',
          target: 'campaign - acme - delivery',
          field: 'users',
          to: ['LUCAS.MARTIN@acme.example', 'ops.bot@acme.example'],
          applyWith: 'steps',
        }),
        draft({
          plane: 'adminConsole',
          record: 'profile',
          op: 'rename',
          target: 'campaign - acme - report',
          field: 'name',
          to: 'campaign - acme - reports',
          applyWith: 'steps',
        }),
      ],
      { now: NOW },
    );
    assert.deepEqual(plane, before);
    assert.deepEqual(groupsOfPerson(changed, 'prod', 'lucas.martin@acme.example'), ['delivery']);
    assert.deepEqual(groupsOfPerson(changed, 'prod', 'ops.bot@acme.example'), ['delivery']);
    assert.deepEqual(groupsOfPerson(changed, 'prod', 'seoyeon.lee@acme.example'), ['delivery']);
    const after = changed.adminConsole.state === 'ok' ? changed.adminConsole.data : undefined;
    assert.equal(
      after?.profiles.find((profile) => profile.name === 'campaign - acme - delivery')?.userCount,
      (plane?.profiles.find((profile) => profile.name === 'campaign - acme - delivery')?.userCount ?? 0) + 2,
    );
  });

  it('adds a urlPermission entry and sets the redirection IMSOrgId', () => {
    const changed = applyChanges(
      snapshot,
      [
        draft({
          instance: 'stage',
          plane: 'serverConf',
          record: 'urlPermission',
          op: 'add',
          target: 'x',
          field: 'url',
          to: { dnsSuffix: 'adobelogin.com', urlRegEx: 'https://.*' },
          applyWith: 'patch',
        }),
        draft({
          instance: 'stage',
          plane: 'serverConf',
          record: 'redirection',
          op: 'set',
          target: 'x',
          field: 'IMSOrgId',
          to: 'NEW@AdobeOrg',
          applyWith: 'patch',
        }),
      ],
      { now: NOW },
    );
    const conf = changed.instances[1]!.serverConf;
    assert.ok(conf.state === 'ok');
    assert.deepEqual(
      conf.data.urlPermissions.map((entry) => entry.dnsSuffix),
      ['acme.example', 'neolane.net', 'adobelogin.com'],
    );
    assert.equal(conf.data.redirectionImsOrgId?.value, 'NEW@AdobeOrg');
  });

  it('changes the IMS client of every instance that shares it, and only those', () => {
    const changed = applyChanges(
      snapshot,
      [
        draft({
          plane: 'ims',
          record: 'imsClient',
          op: 'set',
          target: 'acme-campaign-prod',
          field: 'productContext',
          to: 'dma_campaign',
          applyWith: 'steps',
        }),
      ],
      { now: NOW },
    );
    const [prod, stage] = changed.instances;
    assert.equal(prod!.ims.state === 'ok' ? prod!.ims.data.productContext?.value : undefined, 'dma_campaign');
    assert.equal(stage!.ims.state === 'ok' ? stage!.ims.data.productContext?.value : undefined, 'dma_campaign_classic');
  });
});

describe('access', () => {
  let snapshot: Snapshot;
  before(async () => ({ snapshot } = await acme()));

  it('reads who gets which group as Campaign maps a login', () => {
    assert.deepEqual(groupsOfPerson(snapshot, 'prod', 'jane.doe@acme.example'), ['admin']);
    assert.deepEqual(groupsOfPerson(snapshot, 'prod', 'seoyeon.lee@acme.example'), ['delivery', 'report']);
    assert.deepEqual(groupsOfPerson(snapshot, 'prod', 'minho.kim@acme.example'), [], 'campaign_managers does not exist');
    assert.deepEqual(groupsOfPerson(snapshot, 'stage', 'jane.doe@acme.example'), [], 'the stage mask matches nothing');
    assert.equal(grantsOf(snapshot, 'nowhere').length, 0);
  });

  it('gives nobody anything when the account is disabled', () => {
    const disabled = applyChanges(snapshot, [draft({ record: 'extAccount', op: 'set', target: 'Adobe_Marketing_Cloud', field: 'active', to: '0' })], {
      now: NOW,
    });
    assert.deepEqual(groupsOfPerson(disabled, 'prod', 'jane.doe@acme.example'), []);
    const { changes } = accessChanges(snapshot, disabled);
    assert.deepEqual(
      changes.map((change) => change.person),
      ['jane.doe@acme.example', 'jisoo.park@acme.example', 'seoyeon.lee@acme.example', 'sofia.garcia@acme.example'],
    );
    assert.ok(changes.every((change) => change.after.length === 0 && change.lost.length > 0));
  });

  it('matches people across exports by e-mail, whatever their order', () => {
    const plane = snapshot.adminConsole.state === 'ok' ? snapshot.adminConsole.data : undefined;
    assert.ok(plane);
    const reversed: Snapshot = { ...snapshot, adminConsole: { state: 'ok', data: { ...plane, users: [...plane.users].reverse() } } };
    assert.deepEqual(accessChanges(snapshot, reversed).changes, []);
  });
});
