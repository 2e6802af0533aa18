import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import { fixOutputs } from '../../src/fix/outputs.js';
import { planFixes } from '../../src/fix/plan.js';
import type { FixPlan } from '../../src/fix/types.js';
import { RULES } from '../../src/rules/index.js';
import { Workspace } from '../support/workspace.js';
import { NOW } from './support.js';

/** The secrets of the example and of the fixture below: none may be in a plan or its files. */
const SECRETS = ['not-the-provisioned-secret', 'p8e-PROD-U3VwZXJTZWNyZXRQcm9kdWN0aW9uS2V5', 'p8e-STAGE-Q29uZmlkZW50aWFsU3RhZ2VTZWNyZXQ'];

describe('changes made by hand: Developer Console steps and the client secret', () => {
  const workspaces: Workspace[] = [];
  after(() => workspaces.forEach((ws) => ws.dispose()));

  async function planOf(edit: (ws: Workspace) => void): Promise<{ plan: FixPlan; files: Map<string, string> }> {
    const ws = new Workspace();
    workspaces.push(ws);
    edit(ws);
    const snapshot = await collectWorkspace(ws.dir);
    const plan = planFixes(snapshot, runRules(snapshot, RULES, { lang: 'en' }), { now: NOW });
    const files = await fixOutputs(plan, snapshot, { lang: 'en' });
    return { plan, files: new Map(files.map((file) => [file.path, file.content.toString()])) };
  }

  it('a callback of its own instance that no redirect URI pattern allows: the pattern to add, as Developer Console steps with the value to paste', async () => {
    const { plan, files } = await planOf((ws) =>
      ws.edit('ims/client.yaml', 'https://campaign\\.acme\\.example(/.*)?', 'https://campaign-old\\.acme\\.example(/.*)?'),
    );
    const add = plan.changes.find((change) => change.id === 'prod:imsClient:acme-campaign-prod:redirectUriPatterns');
    assert.ok(add, plan.changes.map((change) => change.id).join(', '));
    assert.deepEqual(
      [add.plane, add.op, add.applyWith, add.to, add.fixes],
      ['ims', 'add', 'steps', 'https://campaign\\.acme\\.example(/.*)?', ['callback-url']],
    );
    assert.ok(plan.predicted.filter((item) => item.rule === 'callback-url').every((item) => item.status === 'pass'));
    assert.equal(plan.accepted, true);
    const steps = files.get('ims/prod.md');
    assert.ok(steps, [...files.keys()].join(', '));
    assert.match(steps, /^# Developer Console and IMS steps for prod\n/);
    assert.match(steps, /append to "Redirect URI pattern" \(comma-separated\) exactly "https:\/\/campaign\\\.acme\\\.example\(\/\.\*\)\?" and save/);
    assert.ok(!files.has('campaign/prod.xml') || !files.get('campaign/prod.xml')!.includes('redirect'));
  });

  it('a scope IMS did not provision: removed from the account (a package), provisioning named as the alternative', async () => {
    const { plan } = await planOf((ws) =>
      ws.edit(
        'campaign/prod.xml',
        'userScope="openid,AdobeID,read_organizations,additional_info.projectedProductContext"\n      productContext="dma_campaign_classic"\n      server="https://experience.adobe.com"\n      tenant="acme"\n      lastModified',
        'userScope="openid,AdobeID,read_organizations,additional_info.projectedProductContext,offline_access"\n      productContext="dma_campaign_classic"\n      server="https://experience.adobe.com"\n      tenant="acme"\n      lastModified',
      ),
    );
    const scope = plan.changes.find((change) => change.id === 'prod:extAccount:Adobe_Marketing_Cloud:userScope');
    assert.ok(scope, plan.changes.map((change) => change.id).join(', '));
    assert.equal(scope.to, 'openid,AdobeID,read_organizations,additional_info.projectedProductContext');
    assert.deepEqual(
      scope.alternative?.changes.map((change) => [change.plane, change.op, change.field, change.to]),
      [['ims', 'add', 'scopes', 'offline_access']],
    );
  });

  it('a client secret that differs from IMS: steps only, and no secret anywhere in the plan or its files', async () => {
    const { plan, files } = await planOf((ws) =>
      ws.edit(
        'campaign/prod.xml',
        'clientId="acme-campaign-prod"\n      callbackServer',
        'clientId="acme-campaign-prod"\n      clientSecret="not-the-provisioned-secret"\n      callbackServer',
      ),
    );
    const secret = plan.changes.find((change) => change.id === 'prod:extAccount:Adobe_Marketing_Cloud:clientSecret');
    assert.ok(secret, plan.changes.map((change) => change.id).join(', '));
    assert.deepEqual([secret.applyWith, secret.from, secret.to, secret.fixes], ['steps', null, null, ['client-secret']]);
    assert.ok(plan.predicted.some((item) => item.rule === 'client-secret' && item.instance === 'prod' && item.status === 'pass'));
    assert.ok(!files.get('campaign/prod.xml')?.includes('clientSecret'));
    assert.match(files.get('plan.md')!, /enter the client secret provisioned in IMS in "IMS client secret" \(ims-doctor never holds it\)/);
    const everything = JSON.stringify(plan) + [...files.values()].join('\n');
    for (const value of SECRETS) assert.ok(!everything.includes(value), 'a secret leaked into the plan');
  });
});
