import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { openCampaignSession, type CampaignSession } from '../../src/collectors/live/campaign-soap.js';
import { readWorkspaceConfig } from '../../src/collectors/workspace-config.js';
import { applyLive, type InstanceOutcome } from '../../src/fix/apply-live.js';
import type { FixPlan } from '../../src/fix/types.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { ACCOUNT, ApplyRig, STAGE_PASSWORD } from './apply-rig.js';
import { NOW } from './support.js';

describe('applyLive: xtk:session#Write against the Campaign double, read back, restored on any difference', () => {
  // One double and one plan for the file (collecting is the slow part); each test starts from the same records.
  let shared: ApplyRig | undefined;
  let rig: ApplyRig | undefined;
  let session: CampaignSession | undefined;
  let dir: string | undefined;
  before(async () => {
    shared = await ApplyRig.start();
  });
  after(async () => {
    await shared?.close();
  });
  afterEach(async () => {
    await session?.logoff();
    if (rig !== shared) await rig?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    rig = session = dir = undefined;
  });

  /** With `own`, a double of its own: for a test that stops it, or one on another instance or plan. */
  const run = async (
    prepare?: (rig: ApplyRig) => void,
    own?: { instance?: string; replan?: Parameters<typeof ApplyRig.start>[1] },
  ): Promise<InstanceOutcome[]> => {
    rig = own ? await ApplyRig.start(own.instance, own.replan) : shared!;
    rig.reset();
    dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-apply-'));
    const config = await readWorkspaceConfig(rig.ws.dir);
    session = await openCampaignSession(config.instances.find((instance) => instance.name === rig!.instance)!.campaignLive!, rig.live);
    prepare?.(rig);
    return applyLive(rig.plan, rig.snapshot, new Map([[rig.instance, session]]), { outputDir: dir, now: NOW, lang: 'en' });
  };
  const writes = (): string[] => rig!.double.requests.filter((request) => request.soapAction.endsWith('#Write')).map((request) => request.body);

  it('writes only the changed attributes, reads them back, and leaves the fixed record; the backup restores the values read', async () => {
    const outcomes = await run();
    assert.deepEqual(
      outcomes.map((outcome) => [outcome.instance, outcome.status]),
      [
        ['prod', 'skipped'],
        ['stage', 'applied'],
      ],
    );
    assert.deepEqual(outcomes[0], { instance: 'prod', status: 'skipped', reason: { id: 'notLive' } });
    const applied = outcomes[1]!;
    assert.equal(applied.status, 'applied');
    if (applied.status !== 'applied') return;
    assert.deepEqual(applied.accounts, [
      {
        account: ACCOUNT,
        fields: [
          { field: 'productContext', from: '', to: 'dma_campaign_classic' },
          { field: 'imsServer', from: 'https://ims-na1-stg1.adobelogin.com', to: 'https://ims-na1.adobelogin.com' },
          { field: 'imsRightsMask', from: 'campaign - acme-stage  - ', to: 'campaign - acme-stage - ' },
          {
            field: 'userScope',
            from: 'openid, AdobeID,read_organization,additional_info.projectedProductContext',
            to: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext',
          },
          { field: 'callbackServer', from: 'https://campaign.acme.example', to: 'https://campaign-stage.acme.example' },
          { field: 'clientId', from: 'acme-campaign-stage ', to: 'acme-campaign-stage' },
        ],
      },
    ]);
    assert.equal(rig!.assertWhole(), 'fixed');
    const [write] = writes();
    assert.equal(writes().length, 1);
    assert.match(
      write!,
      /<extAccount xtkschema="nms:extAccount" _key="@name" _operation="update" name="Adobe_Marketing_Cloud" productContext="dma_campaign_classic" imsServer="https:\/\/ims-na1.adobelogin.com" imsRightsMask="campaign - acme-stage - " userScope="openid,AdobeID,read_organizations,additional_info.projectedProductContext" callbackServer="https:\/\/campaign-stage.acme.example" clientId="acme-campaign-stage"\/>/,
    );
    assert.doesNotMatch(write!, /clientSecret|password/i);
    assert.equal(applied.backup, path.join(dir!, 'backup', 'stage-20261005T100000Z.xml'));
    const backup = readFileSync(applied.backup, 'utf8');
    assert.ok(
      backup.includes(
        '<extAccount _key="@name" _operation="update" name="Adobe_Marketing_Cloud" productContext="" imsServer="https://ims-na1-stg1.adobelogin.com" imsRightsMask="campaign - acme-stage  - " userScope="openid, AdobeID,read_organization,additional_info.projectedProductContext" callbackServer="https://campaign.acme.example" clientId="acme-campaign-stage "/>',
      ),
      backup,
    );
  });

  it('a refused write (SOAP fault) leaves the original, and says what the server answered', async () => {
    const outcomes = await run((r) => r.fault({ kind: 'refuse', on: 'Write', times: 1 }));
    const stage = outcomes.find((outcome) => outcome.instance === 'stage')!;
    assert.equal(stage.status, 'restored');
    if (stage.status !== 'restored') return;
    assert.equal(stage.failure.kind, 'writeFailed');
    assert.equal(stage.failure.kind === 'writeFailed' && stage.failure.problem.id, 'campaignSoapFault');
    assert.equal(rig!.assertWhole(), 'original');
    assert.equal(writes().length, 2, 'the write, then the backup values');
    assert.doesNotMatch(JSON.stringify(outcomes), new RegExp(STAGE_PASSWORD));
    for (const file of existsSync(path.join(dir!, 'backup')) ? readdirSync(path.join(dir!, 'backup')) : [])
      assert.doesNotMatch(readFileSync(path.join(dir!, 'backup', file), 'utf8'), new RegExp(STAGE_PASSWORD));
  });

  it('a write accepted but read back different is undone', async () => {
    const outcomes = await run((r) => r.fault({ kind: 'misapply', on: 'Write', times: 1, value: 'dma_campaign' }));
    const stage = outcomes.find((outcome) => outcome.instance === 'stage')!;
    assert.equal(stage.status, 'restored');
    if (stage.status !== 'restored') return;
    assert.deepEqual(stage.failure, {
      kind: 'differs',
      account: ACCOUNT,
      fields: [
        { field: 'productContext', expected: 'dma_campaign_classic', got: 'dma_campaign' },
        { field: 'imsServer', expected: 'https://ims-na1.adobelogin.com', got: 'https://ims-na1.adobelogin.com' },
        { field: 'imsRightsMask', expected: 'campaign - acme-stage - ', got: 'campaign - acme-stage - ' },
        {
          field: 'userScope',
          expected: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext',
          got: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext',
        },
        { field: 'callbackServer', expected: 'https://campaign-stage.acme.example', got: 'https://campaign-stage.acme.example' },
        { field: 'clientId', expected: 'acme-campaign-stage', got: 'acme-campaign-stage' },
      ],
    });
    assert.equal(rig!.assertWhole(), 'original');
  });

  it('a connection cut after the write is an error: the backup values go back', async () => {
    const outcomes = await run((r) => r.fault({ kind: 'cut', on: 'Write', times: 1 }));
    const stage = outcomes.find((outcome) => outcome.instance === 'stage')!;
    assert.equal(stage.status, 'restored');
    if (stage.status !== 'restored') return;
    assert.equal(stage.failure.kind, 'writeFailed');
    assert.equal(rig!.assertWhole(), 'original');
  });

  it('a server gone after the write: restore fails, and the outcome says the record could not be read', async () => {
    const outcomes = await run((r) => r.fault({ kind: 'down-after', on: 'Write', times: 1 }), {});
    const stage = outcomes.find((outcome) => outcome.instance === 'stage')!;
    assert.equal(stage.status, 'restoreFailed');
    if (stage.status !== 'restoreFailed') return;
    assert.equal(stage.failure.kind, 'readFailed');
    assert.deepEqual(
      stage.holds.map((held) => [held.account, held.fields.map((field) => field.got), held.problem?.id]),
      [[ACCOUNT, [null, null, null, null, null, null], 'campaignUnreachable']],
    );
    // The server took the whole write before it went: the record is fixed, not half-applied.
    assert.equal(rig!.assertWhole(), 'fixed');
  });

  it('two accounts, the second refused: the first, already written and read back, is put back too', async () => {
    // The example changes one account per instance: two label changes on prod, made by hand.
    const labels = (plan: FixPlan, snapshot: Snapshot): FixPlan['changes'] => {
      const template = plan.changes.find((change) => change.instance === 'prod' && change.record === 'extAccount')!;
      const campaign = snapshot.instances.find((instance) => instance.name === 'prod')!.campaign;
      const accounts = campaign.state === 'ok' ? campaign.data.externalAccounts : [];
      return ['Adobe_Marketing_Cloud', 'defaultPopAccount'].map((target, index) => ({
        ...template,
        id: `prod:extAccount:${target}:label`,
        order: index + 1,
        op: 'set' as const,
        target,
        field: 'label',
        from: accounts.find((account) => account.name.value === target)!.label.value,
        to: `${target} (fixed)`,
      }));
    };
    const [prod] = await run((r) => r.fault({ kind: 'refuse', on: 'Write', skip: 1, times: 1 }), { instance: 'prod', replan: labels });
    assert.equal(prod!.status, 'restored');
    assert.equal(prod!.status === 'restored' && prod!.failure.account, 'defaultPopAccount');
    assert.equal(writes().length, 4, 'two writes, then the backup values of both');
    for (const account of ['Adobe_Marketing_Cloud', 'defaultPopAccount']) assert.equal(rig!.assertWhole(account), 'original');
  });

  it('a value changed on the server since the plan was made: nothing is written', async () => {
    const outcomes = await run((r) => {
      r.double.records('nms:extAccount')[0]!.attributes.set('clientId', { value: 'someone-else', line: 0, column: 0 });
    });
    const stage = outcomes.find((outcome) => outcome.instance === 'stage')!;
    assert.equal(stage.status, 'skipped');
    assert.equal(stage.status === 'skipped' && stage.reason.id, 'changedSince');
    assert.deepEqual(writes(), []);
  });

  it('a backup that cannot be written stops everything before any write', async () => {
    const outcomes = await run(() => {
      // A file where the backup folder should be.
      mkdirSync(dir!, { recursive: true });
      writeFileSync(path.join(dir!, 'backup'), 'not a folder');
    });
    const stage = outcomes.find((outcome) => outcome.instance === 'stage')!;
    assert.equal(stage.status, 'skipped');
    assert.equal(stage.status === 'skipped' && stage.reason.id, 'backupFailed');
    assert.deepEqual(writes(), []);
    assert.equal(rig!.assertWhole(), 'original');
  });
});
