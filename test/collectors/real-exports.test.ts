import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { explainLogin, PersonFilter } from '../../src/analyzers/explain.js';
import { collectFromConfig, collectWorkspace, type LiveCollectOptions } from '../../src/collectors/collect.js';
import { readWorkspaceConfig } from '../../src/collectors/workspace-config.js';
import { collectCampaignPackage } from '../../src/collectors/campaign-package.js';
import { meantAttribute } from '../../src/collectors/external-account-record.js';
import { collectDeveloperConsoleExport } from '../../src/collectors/ims-client.js';
import { Redactor } from '../../src/security/redact.js';
import { CampaignDouble } from '../doubles/campaign-server.js';
import { runCli } from '../support/cli.js';
import { ROOT, statuses, Workspace } from '../support/workspace.js';

/**
 * Issue 9: verdicts that hold on real exports. A package never carries the client secret, writes no
 * attribute at its default, may come hand-made with other attribute names; the type label is today's.
 */
const HEALTHY = path.join(ROOT, 'test/fixtures/healthy');
const SDK_RECORD = path.join(ROOT, 'test/fixtures/acc-js-sdk/ext-account.xml');

describe('a real-shaped export of a healthy set-up (no secret, current labels)', () => {
  let ws: Workspace | undefined;
  afterEach(() => {
    ws?.dispose();
    ws = undefined;
  });

  for (const lang of ['en', 'ko']) {
    it(`gives no failure and no warning, exit 0 (${lang})`, async () => {
      const run = await runCli(['check', 'test/fixtures/healthy', '--format', 'json', '--lang', lang]);
      const result = JSON.parse(run.stdout) as {
        summary: Record<string, number>;
        findings: { rule: string; status: string; messageId: string }[];
        problems: unknown[];
      };
      const bad = result.findings.filter((finding) => finding.status === 'fail' || finding.status === 'warn' || finding.status === 'error');
      assert.deepEqual(bad, [], JSON.stringify(bad));
      assert.deepEqual(result.problems, []);
      assert.equal(run.code, 0, run.stderr);
      const secret = result.findings.find((finding) => finding.rule === 'client-secret');
      assert.equal(`${secret?.status} ${secret?.messageId}`, 'skip notExported');
    });
  }

  it('reads an absent secret as "not exported" and an absent ordinary attribute as "empty, not written", both at the record\'s line', async () => {
    const plane = await collectCampaignPackage(path.join(HEALTHY, 'campaign/prod.xml'));
    const [mac, pop] = plane.externalAccounts;
    assert.equal(mac!.clientSecret.value.form, 'not-exported');
    assert.deepEqual([mac!.clientSecret.at.line, mac!.clientSecret.at.defaulted], [6, true]);
    assert.equal(mac!.carriesImsFields, true);
    assert.equal(mac!.unrecognised, undefined);
    // The POP account writes no imsServer: empty by default, at its record's line, and not the MAC kind.
    assert.deepEqual([pop!.imsServer.value, pop!.imsServer.at.line, pop!.imsServer.at.defaulted], ['', 17, true]);
    assert.equal(pop!.carriesImsFields, false);
  });

  it('fails when the export carries an empty secret on purpose (clientSecret="")', async () => {
    ws = new Workspace(HEALTHY).edit('campaign/prod.xml', 'clientId="globex-campaign-prod"', 'clientId="globex-campaign-prod" clientSecret=""');
    const findings = await ws.findings('client-secret', 'prod');
    assert.deepEqual(
      findings.map((finding) => `${finding.status} ${finding.messageId}`),
      ['fail empty'],
    );
  });

  it('warns on the MAC account named Adobe_Experience_Cloud, citing both names, and still judges its settings', async () => {
    ws = new Workspace(HEALTHY).edit('campaign/prod.xml', 'name="Adobe_Marketing_Cloud"', 'name="Adobe_Experience_Cloud"');
    const result = await ws.check();
    const external = result.findings.filter((finding) => finding.rule === 'external-account');
    assert.deepEqual(statuses(external), ['warn']);
    assert.match(external[0]!.message, /The checklist asks for Adobe_Marketing_Cloud; Adobe's own screenshots show Adobe_Experience_Cloud/);
    assert.equal(result.findings.find((finding) => finding.rule === 'client-id')!.status, 'pass');
    assert.equal(result.summary.fail, 0);
  });

  it('fails on two MAC accounts, one under the checklist name', async () => {
    ws = new Workspace(HEALTHY).edit(
      'campaign/prod.xml',
      /(<extAccount name="defaultPopAccount")/,
      '<extAccount name="Adobe_Experience_Cloud" label="Adobe Experience Cloud" type="14" active="1" imsServer="https://ims-na1.adobelogin.com" imsRightsMask="campaign - globex - "/>\n    $1',
    );
    const findings = await ws.findings('external-account', 'prod');
    assert.deepEqual(
      findings.map((finding) => `${finding.status} ${finding.messageId}`),
      ['fail duplicate'],
    );
  });
});

describe('a hand-made export with attribute names Campaign does not read', () => {
  let ws: Workspace | undefined;
  afterEach(() => {
    ws?.dispose();
    ws = undefined;
  });
  const handMade = (): Workspace =>
    new Workspace(HEALTHY)
      .edit('campaign/prod.xml', 'clientId="globex-campaign-prod"', 'imsClientId="globex-campaign-prod"')
      .edit('campaign/prod.xml', 'callbackServer="https://campaign.globex.example"', 'imsCallbackServer="https://campaign.globex.example"')
      .edit('campaign/prod.xml', 'userScope=', 'imsScope=');

  it('suggests the name each probably meant', () => {
    assert.equal(meantAttribute('imsClientId'), 'clientId');
    assert.equal(meantAttribute('imsCallbackServer'), 'callbackServer');
    assert.equal(meantAttribute('imsScope'), 'userScope');
    assert.equal(meantAttribute('imsRightMask'), 'imsRightsMask');
    assert.equal(meantAttribute('clientID'), 'clientId');
    assert.equal(meantAttribute('azureTenant'), null);
  });

  it('lists them (a warning, with did-you-mean) and judges none of the fields they meant: no false "is empty" failure', async () => {
    ws = handMade();
    const result = await ws.check();
    const of = (rule: string) => result.findings.filter((finding) => finding.rule === rule).map((finding) => `${finding.status} ${finding.messageId}`);
    assert.deepEqual(of('external-account'), ['warn unrecognised']);
    const listed = result.findings.find((finding) => finding.rule === 'external-account')!;
    assert.match(
      listed.message,
      /"imsClientId" \(did you mean clientId\?\), "imsCallbackServer" \(did you mean callbackServer\?\), and "imsScope" \(did you mean userScope\?\)/,
    );
    assert.deepEqual(of('client-id'), ['skip common:skipMisnamed']);
    assert.deepEqual(of('callback-url'), ['skip common:skipMisnamed']);
    assert.deepEqual(of('scope'), ['skip common:skipMisnamed']);
    assert.match(
      result.findings.find((finding) => finding.rule === 'client-id')!.message,
      /no "clientId" attribute, but writes "imsClientId" \(.*prod\.xml:8:\d+\)/,
    );
    assert.equal(result.summary.fail, 0, JSON.stringify(result.findings.filter((finding) => finding.status === 'fail')));
  });

  it('says it in Korean too', async () => {
    ws = handMade();
    const result = await ws.check({ lang: 'ko' });
    const skip = result.findings.find((finding) => finding.rule === 'client-id')!;
    assert.match(skip.message, /^판단하지 않음: 계정에 "clientId" 속성이 없고/);
  });

  it('still fails a field that is really empty where no misnamed attribute meant it', async () => {
    ws = new Workspace(HEALTHY).edit('campaign/prod.xml', 'clientId="globex-campaign-prod"', 'clientId=""');
    assert.equal((await ws.findings('client-id', 'prod'))[0]!.status, 'fail');
  });
});

describe('the nms:extAccount record acc-js-sdk recorded from a real server', () => {
  let double: CampaignDouble | undefined;
  let ws: Workspace | undefined;
  afterEach(async () => {
    await double?.close();
    double = undefined;
    ws?.dispose();
    ws = undefined;
  });

  it('is read through the live collector with every attribute the rules use (empty on this routing account)', async () => {
    double = await CampaignDouble.start({ packageFile: SDK_RECORD, users: [{ login: 'ims-doctor', password: 'pw' }] });
    ws = new Workspace(HEALTHY).edit(
      'ims-doctor.yaml',
      'campaign: { package: campaign/prod.xml }',
      `campaign: { url: "${double.url}", user: ims-doctor, passwordEnv: SDK_PW, allowInsecureHttp: true }`,
    );
    const live: LiveCollectOptions = {
      net: { timeoutMs: 5000, retries: 0, backoffMs: 10 },
      secrets: { env: { SDK_PW: 'pw' }, prompt: undefined },
      redactor: new Redactor(),
    };
    const snapshot = await collectWorkspace(ws.dir, { live });
    const plane = snapshot.instances[0]!.campaign;
    assert.equal(plane.state, 'ok', JSON.stringify(plane));
    if (plane.state !== 'ok') return;
    const [account] = plane.data.externalAccounts;
    assert.equal(account!.name.value, 'defaultEmailBulk');
    assert.equal(account!.label.value, 'Internal email delivery');
    assert.equal(account!.type.value, '3');
    assert.equal(account!.active.value, true);
    for (const field of ['imsServer', 'clientId', 'callbackServer', 'imsOrgId', 'imsRightsMask', 'userScope', 'server', 'tenant'] as const) {
      assert.equal(account![field].value, '', field);
      assert.equal(account![field].at.live, true, field);
    }
    assert.equal(account!.productContext?.value ?? '', '');
    assert.equal(account!.clientSecret.value.form, 'empty');
    assert.equal(account!.lastModified?.value, '2022-09-16 07:42:37.469Z');
    // A routing account (type 3) carries clientId and callbackServer too, empty: not the MAC kind.
    assert.equal(account!.carriesImsFields, false);
  });

  it('is read by the package collector through the same record builder, with the same values', async () => {
    const plane = await collectCampaignPackage(SDK_RECORD);
    const [account] = plane.externalAccounts;
    assert.deepEqual(
      [account!.name.value, account!.type.value, account!.imsServer.value, account!.imsServer.at.defaulted],
      ['defaultEmailBulk', '3', '', undefined],
    );
    assert.equal(account!.clientSecret.value.form, 'empty', 'written empty: not "not exported"');
    // Names of other settings (awsKey, azureTenant, redirectUrl…) are not taken for misnamed IMS attributes.
    assert.equal(account!.unrecognised, undefined);
    assert.equal(account!.carriesImsFields, false);
  });
});

describe('Developer Console export: the deprecated OAuth Web credential', () => {
  let ws: Workspace | undefined;
  afterEach(() => {
    ws?.dispose();
    ws = undefined;
  });

  it('reads integration_type "oauthweb" as a web app', async () => {
    ws = new Workspace(HEALTHY).edit('ims/console.json', '"integration_type": "oauthwebapp"', '"integration_type": "oauthweb"');
    const plane = await collectDeveloperConsoleExport(ws.path('ims/console.json'));
    assert.equal(plane.clientId?.value, 'globex-campaign-prod');
    assert.equal(plane.redirectUriPatterns?.[0]?.value, 'https://campaign\\.globex\\.example(/.*)?');
  });

  // A project with only server-to-server credentials is a real export: it loads (console-server-to-server.test.ts).
  it('loads an export with no web-app credential (a server-to-server one only), recording that it has none', async () => {
    ws = new Workspace(HEALTHY).edit('ims/console.json', '"integration_type": "oauthwebapp"', '"integration_type": "oauth_server_to_server"');
    const plane = await collectDeveloperConsoleExport(ws.path('ims/console.json'));
    assert.deepEqual(plane.noWebApp?.kinds, ['oauth_server_to_server']);
    assert.equal(plane.clientId, undefined);
  });
});

describe('a group renamed by extending its name (delivery → deliveryOps)', () => {
  let ws: Workspace | undefined;
  afterEach(() => {
    ws?.dispose();
    ws = undefined;
  });

  it('explain names deliveryOps as the closest group of the profile "campaign - globex - delivery"', async () => {
    ws = new Workspace(HEALTHY)
      .edit('campaign/prod.xml', '<group name="delivery" label="Delivery operators"/>', '<group name="deliveryOps" label="Delivery operators"/>')
      .edit('campaign/prod.xml', '<group _operation="none" name="delivery"/>', '<group _operation="none" name="deliveryOps"/>');
    const config = await readWorkspaceConfig(ws.dir);
    const who = 'ana.lima@globex.example';
    const snapshot = await collectFromConfig(config, { adminConsole: { keepUser: new PersonFilter(who).keepUser } });
    const result = explainLogin(who, snapshot, 'en', {});
    const step = result.instances[0]!.profiles.find((profile) => profile.name === 'campaign - globex - delivery')!;
    assert.deepEqual([step.group, step.groupExists, step.closestGroup], ['delivery', false, 'deliveryOps']);
  });

  it('explain names no closest group when none extends or resembles it', async () => {
    ws = new Workspace(HEALTHY).edit(
      'campaign/prod.xml',
      '<group name="delivery" label="Delivery operators"/>',
      '<group name="reporting" label="Report viewers"/>',
    );
    const config = await readWorkspaceConfig(ws.dir);
    const who = 'ana.lima@globex.example';
    const snapshot = await collectFromConfig(config, { adminConsole: { keepUser: new PersonFilter(who).keepUser } });
    const step = explainLogin(who, snapshot, 'en', {}).instances[0]!.profiles.find((profile) => profile.name === 'campaign - globex - delivery')!;
    assert.deepEqual([step.groupExists, step.closestGroup], [false, null]);
  });
});
