import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import { diffSnapshots } from '../../src/diff/diff.js';
import { applyChanges } from '../../src/fix/apply-snapshot.js';
import { fixOutputs } from '../../src/fix/outputs.js';
import { campaignPackage, undoPackage } from '../../src/fix/package-writer.js';
import { planFixes } from '../../src/fix/plan.js';
import { predictedOf } from '../../src/fix/what-if.js';
import type { FixPlan } from '../../src/fix/types.js';
import type { CheckResult } from '../../src/model/finding.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { RULES } from '../../src/rules/index.js';
import { decodePackage, importPackage } from '../support/package-import.js';
import { ACME, Workspace } from '../support/workspace.js';
import { NOW } from './support.js';

/** When the user imports the package, and restarts an hour later. */
const IMPORTED = new Date('2026-10-05T11:00:00.000Z');
const RESTARTED = '2026-10-05T12:00:00Z';

/**
 * The plan's fixed copy of the workspace, made the way a user would: each DIR/campaign/*.xml
 * imported into the export, each serverConf patch applied with git apply -p0 from the workspace
 * folder, and the restart recorded as serverStartedAt in ims-doctor.yaml.
 */
async function fixedCopy(plan: FixPlan, snapshot: Snapshot): Promise<{ ws: Workspace; written: Map<string, string> }> {
  const ws = new Workspace();
  const files = await fixOutputs(plan, snapshot, { lang: 'en' });
  const written = new Map(files.map((file) => [file.path, file.content.toString()]));
  for (const instance of snapshot.instances) {
    const pkg = written.get(`campaign/${instance.name}.xml`);
    if (pkg)
      ws.write(`campaign/${instance.name}.xml`, importPackage(decodePackage(readFileSync(ws.path(`campaign/${instance.name}.xml`))), pkg, { now: IMPORTED }));
    const patch = written.get(`server-conf/${instance.name}.patch`);
    if (patch) {
      ws.write(`${instance.name}.patch`, patch);
      execFileSync('git', ['apply', '-p0', `${instance.name}.patch`], { cwd: ws.dir });
      ws.remove(`${instance.name}.patch`);
    }
  }
  for (const restart of plan.changes.filter((change) => change.op === 'restart')) {
    if (restart.instance === 'prod') ws.edit('ims-doctor.yaml', 'serverStartedAt: "2026-10-01T06:00:00Z"', `serverStartedAt: "${RESTARTED}"`);
    else
      ws.edit('ims-doctor.yaml', `role: ${restart.instance === 'stage' ? 'stage' : restart.instance}\n`, `role: stage\n    serverStartedAt: "${RESTARTED}"\n`);
  }
  return { ws, written };
}

const projection = (items: { rule: string; instance: string | null; status: string; messageId: string; suppressed: boolean }[]): string[] =>
  items.map((item) => `${item.rule} ${item.instance ?? '-'} ${item.status} ${item.messageId}${item.suppressed ? ' (suppressed)' : ''}`);

describe('the Campaign package of a plan', () => {
  let snapshot: Snapshot;
  let result: CheckResult;
  let plan: FixPlan;
  const workspaces: Workspace[] = [];
  before(async () => {
    snapshot = await collectWorkspace(ACME);
    result = runRules(snapshot, RULES, { lang: 'en' });
    plan = planFixes(snapshot, result, { now: NOW });
  });
  after(() => workspaces.forEach((ws) => ws.dispose()));

  it('is in the xtk:navtree grammar: one extAccount per account, keyed by name, only the attributes to set, deletions first', () => {
    const stage = snapshot.instances.find((instance) => instance.name === 'stage')!;
    const xml = campaignPackage(plan.changes, {
      instance: 'stage',
      now: NOW,
      lang: 'en',
      campaign: stage.campaign.state === 'ok' ? stage.campaign.data : undefined,
    });
    assert.equal(
      xml,
      [
        "<?xml version='1.0' encoding='UTF-8'?>",
        '<package name="ims-doctor-fix-stage" namespace="cus" label="ims-doctor fix (stage)" vendor="ims-doctor" author="ims-doctor" buildNumber="9381">',
        '  <desc>Written by ims-doctor fix for stage: 1 external account to change. Import with Tools &gt; Advanced &gt; Import package.</desc>',
        '  <version buildDate="2026-10-05 10:00:00.000Z"/>',
        '  <entities schema="nms:extAccount">',
        '    <extAccount _key="@name" _operation="update" name="Adobe_Marketing_Cloud" productContext="dma_campaign_classic" imsServer="https://ims-na1.adobelogin.com" imsRightsMask="campaign - acme-stage - " userScope="openid,AdobeID,read_organizations,additional_info.projectedProductContext" callbackServer="https://campaign-stage.acme.example" clientId="acme-campaign-stage"/>',
        '  </entities>',
        '</package>',
        '',
      ].join('\n'),
    );
    const prod = campaignPackage(plan.changes, { instance: 'prod', now: NOW, lang: 'en' })!;
    assert.match(prod, /<extAccount _key="@name" _operation="delete" name="Adobe_Marketing_Cloud1"\/>/);
    assert.doesNotMatch(prod, /_operation="update"/);
  });

  it('says in Korean what it is, in its description', () => {
    const xml = campaignPackage(plan.changes, { instance: 'prod', now: NOW, lang: 'ko' })!;
    assert.match(xml, /<desc>ims-doctor fix가 작성함\(인스턴스: prod\)\. 변경할 외부 계정 1개\./);
  });

  it('never carries a secret', () => {
    for (const instance of ['prod', 'stage']) {
      const xml = campaignPackage(plan.changes, { instance, now: NOW, lang: 'en' }) ?? '';
      assert.doesNotMatch(xml, /clientSecret|@Zk3|p8e-/);
    }
    assert.throws(
      () =>
        campaignPackage([{ ...plan.changes.find((change) => change.field === 'clientId')!, field: 'clientSecret' }], {
          instance: 'stage',
          now: NOW,
          lang: 'en',
        }),
      /never carries clientSecret/,
    );
  });

  it('keeps values exact: spaces, tabs and markup characters survive a parse', () => {
    const change = { ...plan.changes.find((item) => item.field === 'imsRightsMask')!, to: ' a\t"b" & <c> ' };
    const xml = campaignPackage([change], { instance: 'stage', now: NOW, lang: 'en' })!;
    assert.match(xml, /imsRightsMask=" a&#9;&quot;b&quot; &amp; &lt;c&gt; "/);
  });

  it('imported into the export, with the patch applied and the restart made, gives exactly the predicted check', async () => {
    const { ws } = await fixedCopy(plan, snapshot);
    workspaces.push(ws);
    const fixed = await collectWorkspace(ws.dir);
    // What no file carries (the Admin Console and IMS steps) is made on the snapshot, as the person would.
    const steps = plan.changes.filter((change) => change.applyWith === 'steps' && change.op !== 'restart');
    assert.deepEqual(
      steps.map((change) => change.plane),
      ['adminConsole', 'adminConsole'],
    );
    const after = runRules(applyChanges(fixed, steps, { now: IMPORTED }), RULES, { lang: 'en' });
    assert.deepEqual(projection(predictedOf(after)), projection(plan.predicted));
  });

  it('for a plan kept to Campaign: importing the package (and the group rename step) gives exactly the predicted check', async () => {
    const campaignOnly = planFixes(snapshot, result, { now: NOW, planes: ['campaign'] });
    const { ws, written } = await fixedCopy(campaignOnly, snapshot);
    workspaces.push(ws);
    assert.ok(![...written.keys()].some((file) => file.startsWith('server-conf/')));
    const fixed = await collectWorkspace(ws.dir);
    const steps = campaignOnly.changes.filter((change) => change.applyWith === 'steps' && change.op !== 'restart');
    const after = runRules(applyChanges(fixed, steps, { now: IMPORTED }), RULES, { lang: 'en' });
    assert.deepEqual(projection(predictedOf(after)), projection(campaignOnly.predicted));
    // Each failing rule Campaign can fix alone passes.
    for (const rule of ['external-account', 'product-context', 'ims-server', 'ims-server-consistency', 'scope', 'callback-url', 'client-id', 'restart']) {
      assert.ok(
        after.findings.filter((finding) => finding.rule === rule).every((finding) => finding.status === 'pass' || finding.status === 'skip'),
        rule,
      );
    }
  });

  it('has an undo: imported after the package, it gives the export back, and names the deleted account that would come back without its secret', async () => {
    const ws = new Workspace();
    workspaces.push(ws);
    for (const instance of snapshot.instances) {
      const campaign = instance.campaign.state === 'ok' ? instance.campaign.data : undefined;
      const pkg = campaignPackage(plan.changes, { instance: instance.name, now: NOW, lang: 'en', campaign })!;
      const undo = undoPackage(plan.changes, { instance: instance.name, now: NOW, lang: 'en', campaign })!;
      assert.deepEqual(undo.withoutSecret, instance.name === 'prod' ? ['Adobe_Marketing_Cloud1'] : []);
      const file = `campaign/${instance.name}.xml`;
      ws.write(file, importPackage(importPackage(decodePackage(readFileSync(ws.path(file))), pkg), undo.xml));
    }
    const restored = await collectWorkspace(ws.dir);
    const values = diffSnapshots(snapshot, restored).values.map((value) => `${value.instance} ${value.key}`);
    // The export carries no secret, so the restored export is the original; on the server the
    // deleted duplicate would come back without its secret, which withoutSecret says.
    assert.deepEqual(values, []);
  });

  it('diff of the example against its fixed copy lists each change made through a file', async () => {
    const { ws } = await fixedCopy(plan, snapshot);
    workspaces.push(ws);
    const fixed = await collectWorkspace(ws.dir);
    const diff = diffSnapshots(snapshot, fixed);
    const keys = diff.values.map((value) => `${value.instance}/${value.key}`);
    for (const change of plan.changes.filter((item) => item.applyWith !== 'steps')) {
      const key =
        change.record === 'urlPermission'
          ? `${change.instance}/urlPermission/url[adobelogin.com https://.*]`
          : change.op === 'delete'
            ? `${change.instance}/extAccount[${change.target}]`
            : `${change.instance}/extAccount[${change.target}]/@${change.field}`;
      assert.ok(keys.includes(key), `${key} not in ${keys.join(', ')}`);
      const value = diff.values.find((item) => `${item.instance}/${item.key}` === key)!;
      if (change.op === 'delete') assert.equal(value.after, null);
      else if (change.op === 'set') assert.equal(value.after?.value, change.to);
    }
    // Provenance on both sides: the original file, and the fixed copy.
    const mask = diff.values.find((item) => item.key === 'extAccount[Adobe_Marketing_Cloud]/@imsRightsMask')!;
    assert.match(mask.before?.at.file ?? '', /examples\/acme\/campaign\/stage\.xml$/);
    assert.equal(mask.after?.at.file, ws.path('campaign/stage.xml'));
    assert.ok(diff.values.some((item) => item.instance === 'stage' && item.key === 'serverStartedAt' && item.before === null));
  });
});
