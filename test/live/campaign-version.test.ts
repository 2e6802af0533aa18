import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { collectCampaignPackage } from '../../src/collectors/campaign-package.js';
import { collectWorkspace, type LiveCollectOptions } from '../../src/collectors/collect.js';
import { campaignRelease, nativeLoginRemoved, versionAtLeast } from '../../src/domain/campaign-version.js';
import { runRules } from '../../src/engine/run-rules.js';
import type { Finding } from '../../src/model/finding.js';
import type { CampaignPlane, Snapshot } from '../../src/model/snapshot.js';
import { RULES } from '../../src/rules/index.js';
import { Redactor } from '../../src/security/redact.js';
import { CampaignDouble, type CampaignDoubleOptions } from '../doubles/campaign-server.js';
import { ROOT, Workspace } from '../support/workspace.js';

// Campaign v8.6 no longer allows native logons: the version is read from the package's root or from the
// server's session info, with its provenance, and ims-config and operators use it.

const PASSWORD = 'V8-Op3rator-S3cret!';
const NATIVE_OPERATOR = `    <operator name="legacy.report" label="Legacy report account">
      <access authenticationType="native"/>
      <operatorGroup><group _operation="none" name="report"/></operatorGroup>
    </operator>
  </entities>`;

/** The ACME example, prod's package on the given root attributes, with a native operator and no serverConf. */
function v8Workspace(root: { buildNumber: string; buildVersion?: string }): Workspace {
  return new Workspace()
    .edit(
      'campaign/prod.xml',
      'buildNumber="9381" buildVersion="7.4"',
      `buildNumber="${root.buildNumber}"${root.buildVersion === undefined ? '' : ` buildVersion="${root.buildVersion}"`}`,
    )
    .edit('campaign/prod.xml', / {2}<\/entities>\n<\/package>/, `${NATIVE_OPERATOR}\n</package>`)
    .edit('ims-doctor.yaml', /\n\s*serverConf: campaign\/prod-serverConf\.xml/, '');
}

const verdicts = (findings: Finding[], rule: string, instance = 'prod'): string[] =>
  findings.filter((finding) => finding.rule === rule && finding.instance === instance).map((finding) => `${finding.status} ${finding.messageId}`);

function check(snapshot: Snapshot, lang: 'en' | 'ko' = 'en'): Finding[] {
  return runRules(snapshot, RULES, { lang, only: ['ims-config', 'operators'] }).findings;
}

const liveOptions = (): LiveCollectOptions => ({
  net: { timeoutMs: 5000, retries: 1, backoffMs: 10 },
  secrets: { env: { ACME_PROD_PASSWORD: PASSWORD }, prompt: undefined },
  redactor: new Redactor(),
});

describe('Campaign version: v8.6 refuses native logons whatever serverConf says', () => {
  let ws: Workspace | undefined;
  let double: CampaignDouble | undefined;
  afterEach(async () => {
    ws?.dispose();
    ws = undefined;
    await double?.close();
    double = undefined;
  });

  /** Serves the workspace's prod package from the Campaign double and reads prod live with a password. */
  async function readLive(base: Workspace, options: Partial<CampaignDoubleOptions>): Promise<{ snapshot: Snapshot; prod: CampaignPlane }> {
    double = await CampaignDouble.start({ packageFile: base.path('campaign/prod.xml'), users: [{ login: 'ims-doctor', password: PASSWORD }], ...options });
    ws = base.edit(
      'ims-doctor.yaml',
      'campaign: { package: campaign/prod.xml }',
      `campaign: { url: "${double.url}", user: ims-doctor, passwordEnv: ACME_PROD_PASSWORD, allowInsecureHttp: true }`,
    );
    const snapshot = await collectWorkspace(ws.dir, { live: liveOptions() });
    const plane = snapshot.instances.find((instance) => instance.name === 'prod')!.campaign;
    assert.equal(plane.state, 'ok', JSON.stringify(plane));
    return { snapshot, prod: plane.state === 'ok' ? plane.data : assert.fail('prod not read') };
  }

  it('reads buildVersion from the package root with file:line:col', async () => {
    ws = v8Workspace({ buildNumber: '9650', buildVersion: '8.6.1' });
    const plane = await collectCampaignPackage(ws.path('campaign/prod.xml'));
    assert.equal(plane.version?.value, '8.6.1');
    assert.equal(plane.version?.at.line, 2);
    assert.equal(plane.version?.at.path, 'package/@buildVersion');
    assert.ok((plane.version?.at.column ?? 0) > 1);
  });

  it('package v8.6.1 without serverConf: ims-config says native logons are gone, operators warns on the native one', async () => {
    ws = v8Workspace({ buildNumber: '9650', buildVersion: '8.6.1' });
    const snapshot = await collectWorkspace(ws.dir);
    const findings = check(snapshot);
    assert.deepEqual(verdicts(findings, 'ims-config'), ['pass nativeGone']);
    assert.deepEqual(verdicts(findings, 'operators'), ['warn nativeRemoved']);
    const gone = findings.find((finding) => finding.messageId === 'nativeGone')!;
    assert.match(gone.message, /Campaign v8\.6\.1 \(version "8\.6\.1"\) no longer allows native/);
    assert.equal(gone.evidence[0]!.at.line, 2);
    assert.match(gone.evidence[0]!.at.file ?? '', /prod\.xml$/);
    const removed = findings.find((finding) => finding.messageId === 'nativeRemoved')!;
    assert.deepEqual(removed.params.operators, ['legacy.report']);
    // The stage instance (v7.4, serverConf read) is judged as before.
    assert.deepEqual(verdicts(findings, 'ims-config', 'stage'), ['pass open']);
  });

  it('package v7.4 with the same operator and no serverConf: ims-config skips, operators passes', async () => {
    ws = v8Workspace({ buildNumber: '9383', buildVersion: '7.4' });
    const findings = check(await collectWorkspace(ws.dir));
    assert.deepEqual(verdicts(findings, 'ims-config'), ['skip common:skipPlaneAbsent']);
    assert.deepEqual(verdicts(findings, 'operators'), ['pass pass']);
  });

  it('live: serverInfo 8.6.1 (a password logon) gives the version at the endpoint, a warning for the logon and the native operator', async () => {
    const { snapshot, prod } = await readLive(v8Workspace({ buildNumber: '9650', buildVersion: '8.6.1' }), { serverVersion: '8.6.1' });
    assert.equal(prod.version?.value, '8.6.1');
    assert.equal(prod.version?.at.endpoint, `${double!.url}/nl/jsp/soaprouter.jsp`);
    const findings = check(snapshot);
    assert.deepEqual(verdicts(findings, 'ims-config'), ['warn nativeGoneLiveUser']);
    assert.deepEqual(verdicts(findings, 'operators'), ['warn nativeRemoved']);
    const ko = check(snapshot, 'ko').find((finding) => finding.messageId === 'nativeGoneLiveUser')!;
    assert.match(ko.message, /Campaign v8\.6\.1\(버전 "8\.6\.1"\): 기본\(로그인과 암호\) 로그온을 더 이상 허용하지 않는/);
  });

  it('live: a v7 server answers its internal version (6.7.0, as the SDK recorded): no v8 verdict', async () => {
    const { snapshot, prod } = await readLive(v8Workspace({ buildNumber: '9383' }), {});
    assert.equal(prod.version?.value, '6.7.0');
    assert.deepEqual(campaignRelease(prod), { release: '7.4.1', basis: 'publishedBuild', written: '9383', at: prod.buildNumber!.at });
    const findings = check(snapshot);
    assert.deepEqual(verdicts(findings, 'ims-config'), ['skip common:skipPlaneAbsent']);
    assert.deepEqual(verdicts(findings, 'operators'), ['pass pass']);
  });
});

describe('a healthy real-shaped export on v8.6 (buildVersion 8.6.1)', () => {
  it('gives no failure and no warning; ims-config says native logons are gone', async () => {
    const ws = new Workspace(path.join(ROOT, 'test/fixtures/healthy')).edit('campaign/prod.xml', 'buildVersion="7.4"', 'buildVersion="8.6.1"');
    try {
      const findings = runRules(await collectWorkspace(ws.dir), RULES, { lang: 'en' }).findings;
      const bad = findings.filter((finding) => ['fail', 'warn', 'error'].includes(finding.status));
      assert.deepEqual(bad, []);
      assert.deepEqual(verdicts(findings, 'ims-config'), ['pass nativeGone']);
    } finally {
      ws.dispose();
    }
  });
});

describe('campaignRelease: which source tells the release', () => {
  const at = { file: 'campaign/prod.xml', line: 2, column: 10 };
  const plane = (edit: Partial<CampaignPlane>): CampaignPlane => ({
    source: 'x',
    buildNumber: undefined,
    externalAccounts: [],
    groups: [],
    operators: [],
    ...edit,
  });
  it('compares dotted versions', () => {
    assert.equal(versionAtLeast('8.6', '8.6'), true);
    assert.equal(versionAtLeast('8.10.1', '8.6'), true);
    assert.equal(versionAtLeast('8.5.3', '8.6'), false);
    assert.equal(versionAtLeast('v8.6.1', '8.6'), true);
    assert.equal(versionAtLeast('eight', '8.6'), false);
  });
  it('prefers the version, then a published build, then the v8.6 build threshold', () => {
    assert.equal(nativeLoginRemoved(plane({ version: { value: '8.6', at } }))?.basis, 'version');
    assert.equal(nativeLoginRemoved(plane({ version: { value: '7.4', at }, buildNumber: { value: '9831', at } })), undefined);
    assert.equal(nativeLoginRemoved(plane({ buildNumber: { value: '9831', at } }))?.release, '8.9.2');
    assert.equal(nativeLoginRemoved(plane({ buildNumber: { value: '9400', at } })), undefined);
    assert.equal(nativeLoginRemoved(plane({ buildNumber: { value: '10020', at } }))?.basis, 'buildFloor');
    assert.equal(nativeLoginRemoved(plane({ buildNumber: { value: '9381', at } })), undefined);
    assert.equal(nativeLoginRemoved(undefined), undefined);
  });
});
