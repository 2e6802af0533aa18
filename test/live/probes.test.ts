import assert from 'node:assert/strict';
import { observed } from '../support/observed.js';
import { afterEach, describe, it } from 'node:test';
import type { InstanceProbes } from '../../src/model/probes.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { acmeClients, ACME_PROD_SECRET, LiveRig, TestProxy } from '../support/live-fixture.js';
import { Workspace } from '../support/workspace.js';

function probesOf(snapshot: Snapshot, instance = 'prod'): InstanceProbes {
  const probes = snapshot.instances.find((entry) => entry.name === instance)!.probes;
  assert.ok(probes, `no probes ran for ${instance}`);
  return probes;
}

describe('IMS probes (--probe) against the IMS double', () => {
  let rig: LiveRig | undefined;
  let ws: Workspace | undefined;
  let proxy: TestProxy | undefined;
  afterEach(async () => {
    await rig?.close();
    await proxy?.close();
    rig = undefined;
    proxy = undefined;
    ws?.dispose();
  });

  it('sees a healthy set-up: discovery, the login page, an accepted secret, a sound callback', async () => {
    rig = await LiveRig.start();
    ws = new Workspace();
    const probes = probesOf(await rig.probe(ws.dir));
    assert.equal(probes.discovery?.outcome, 'ok');
    assert.equal(probes.discovery?.issuer, 'https://ims-na1.adobelogin.com');
    assert.deepEqual(probes.discovery?.at, { endpoint: 'https://ims-na1.adobelogin.com/ims/.well-known/openid-configuration', live: true });
    assert.equal(probes.authorize?.outcome, 'login-page', observed.authorize(probes.authorize));
    assert.equal(probes.authorize?.redirectUri, 'https://campaign.acme.example');
    assert.equal(probes.clientSecret?.outcome, 'accepted', observed.clientSecret(probes.clientSecret));
    assert.match(observed.clientSecret(probes.clientSecret), /invalid_grant/);
    assert.equal(probes.callback?.outcome, 'ok', observed.callback(probes.callback));
    assert.ok(probes.callback.daysLeft! >= 88);
    assert.ok(!JSON.stringify(probes).includes(ACME_PROD_SECRET));
  });

  it('classifies a callback that is not allowlisted, a bad scope and a wrong secret', async () => {
    rig = await LiveRig.start({
      clients: acmeClients({ prod: { redirectUriPatterns: ['https://campaign\\.acme\\.example/nl/jsp/.*'], clientSecret: 'rotated-secret-2026' } }),
    });
    ws = new Workspace();
    let probes = probesOf(await rig.probe(ws.dir));
    assert.equal(probes.authorize?.outcome, 'default-redirect');
    assert.equal(probes.authorize?.location, 'https://www.adobe.com/');
    assert.equal(probes.clientSecret?.outcome, 'invalid-client');
    ws.dispose();
    await rig.close();

    rig = await LiveRig.start();
    ws = new Workspace().edit(
      'campaign/prod.xml',
      /userScope="openid,AdobeID,read_organizations,additional_info.projectedProductContext"\n {6}productContext/,
      'userScope="openid,AdobeID,read_organization,additional_info.projectedProductContext"\n      productContext',
    );
    probes = probesOf(await rig.probe(ws.dir));
    assert.equal(probes.authorize?.outcome, 'error');
    assert.equal(probes.authorize?.error, 'invalid_scope');
    assert.match(observed.authorize(probes.authorize), /read_organization\b/);
  });

  it('names a callback certificate for another name, and one about to expire', async () => {
    rig = await LiveRig.start({ campaignNames: ['www.acme.example'] });
    ws = new Workspace();
    let probes = probesOf(await rig.probe(ws.dir));
    assert.equal(probes.callback?.outcome, 'tls-name', observed.callback(probes.callback));
    assert.match(observed.callback(probes.callback), /certificate of campaign\.acme\.example is not valid for that name/);
    await rig.close();
    rig = await LiveRig.start({ campaignDays: 5 });
    probes = probesOf(await rig.probe(ws.dir));
    assert.equal(probes.callback?.outcome, 'tls-expiring');
    assert.match(observed.callback(probes.callback), /expires in [45] days/);
  });

  it('ends a redirect loop and a slow discovery with a finding, never a hang', async () => {
    rig = await LiveRig.start({ imsDiscoveryFault: 'redirect-loop' });
    ws = new Workspace();
    let probes = probesOf(await rig.probe(ws.dir));
    assert.equal(probes.discovery?.outcome, 'redirect');
    await rig.close();
    rig = await LiveRig.start({ imsDiscoveryFault: { slowMs: 3000 } });
    const began = Date.now();
    probes = probesOf(await rig.probe(ws.dir, { timeoutMs: 300 }));
    assert.equal(probes.discovery?.outcome, 'unreachable');
    assert.match(observed.discovery(probes.discovery), /within 0\.3 s/);
    assert.ok(Date.now() - began < 2500);
  });

  it('goes through HTTPS_PROXY with TLS verified end to end, and around it for NO_PROXY hosts', async () => {
    rig = await LiveRig.start();
    proxy = await TestProxy.start({ 'ims-na1.adobelogin.com': rig.ims.port, 'campaign.acme.example': rig.campaign.port, 'www.adobe.com': rig.ims.port });
    ws = new Workspace();
    const env = { HTTPS_PROXY: proxy.url };
    const probes = probesOf(await rig.probe(ws.dir, { connectTo: [], env }));
    assert.equal(probes.discovery?.outcome, 'ok', observed.discovery(probes.discovery));
    assert.equal(probes.callback?.outcome, 'ok', observed.callback(probes.callback));
    assert.ok(proxy.connects.includes('ims-na1.adobelogin.com:443'));
    assert.ok(proxy.connects.includes('campaign.acme.example:443'));

    proxy.connects.length = 0;
    const direct = probesOf(
      await rig.probe(ws.dir, {
        connectTo: rig.connectTo().filter((entry) => entry.host === 'campaign.acme.example'),
        env: { ...env, NO_PROXY: '.acme.example' },
      }),
    );
    assert.equal(direct.callback?.outcome, 'ok');
    assert.ok(!proxy.connects.some((target) => target.startsWith('campaign.acme.example')));
    assert.ok(proxy.connects.includes('ims-na1.adobelogin.com:443'));
  });
});

describe('probe results are findings of the same rules, with live evidence', () => {
  it('reports configuration and live truth side by side', async () => {
    const { runRules } = await import('../../src/engine/run-rules.js');
    const { RULES } = await import('../../src/rules/index.js');
    const rig = await LiveRig.start({ clients: acmeClients({ prod: { redirectUriPatterns: ['https://other\\.acme\\.example'], clientSecret: 'rotated' } }) });
    const ws = new Workspace();
    try {
      const snapshot = await rig.probe(ws.dir);
      const findings = runRules(snapshot, RULES, { lang: 'en', instances: ['prod'] }).findings;
      const live = (rule: string) => findings.filter((finding) => finding.rule === rule && finding.messageId.startsWith('live'));
      assert.deepEqual(
        live('callback-url').map((f) => `${f.messageId}:${f.status}`),
        ['liveDefaultRedirect:fail', 'liveCallbackOk:pass'],
      );
      assert.deepEqual(
        live('client-secret').map((f) => `${f.messageId}:${f.status}`),
        ['liveInvalidClient:fail'],
      );
      assert.deepEqual(
        live('ims-server').map((f) => `${f.messageId}:${f.status}`),
        ['liveReachable:pass'],
      );
      const evidence = live('callback-url')[0]!.evidence[0]!;
      assert.equal(evidence.at.live, true);
      assert.match(evidence.at.endpoint!, /^https:\/\/ims-na1\.adobelogin\.com\/ims\/authorize\/v2\?client_id=acme-campaign-prod&redirect_uri=/);
      assert.equal(evidence.label, 'Live: IMS authorize request');
      // Offline findings are still there, next to the live ones.
      assert.ok(findings.some((finding) => finding.rule === 'callback-url' && !finding.messageId.startsWith('live')));
      const ko = runRules(snapshot, RULES, { lang: 'ko', instances: ['prod'] }).findings.filter((f) => f.messageId === 'liveDefaultRedirect');
      assert.match(ko[0]!.message, /기본 리디렉션 URI/);
    } finally {
      ws.dispose();
      await rig.close();
    }
  });

  it('reports a client ID that IMS does not know as a live finding of client-id', async () => {
    const { runRules } = await import('../../src/engine/run-rules.js');
    const { RULES } = await import('../../src/rules/index.js');
    const rig = await LiveRig.start();
    // The account names a client IMS was never provisioned with (the client file agrees, so only the live probe can tell).
    const ws = new Workspace()
      .edit('campaign/prod.xml', /clientId="acme-campaign-prod"/, 'clientId="acme-campaign-prd"')
      .edit('ims/client.yaml', 'clientId: acme-campaign-prod', 'clientId: acme-campaign-prd')
      .edit('ims/console.json', '"client_id": "acme-campaign-prod"', '"client_id": "acme-campaign-prd"');
    try {
      const snapshot = await rig.probe(ws.dir);
      const findings = runRules(snapshot, RULES, { lang: 'en', instances: ['prod'], only: ['client-id'] }).findings;
      assert.deepEqual(
        findings.map((f) => `${f.messageId}:${f.status}`),
        ['pass:pass', 'liveUnknown:fail'],
      );
      assert.match(findings[1]!.message, /IMS refused the client ID "acme-campaign-prd" at authorize with invalid_client/);
      assert.equal(findings[1]!.evidence[0]!.at.live, true);
    } finally {
      ws.dispose();
      await rig.close();
    }
  });
});

// ---- i9b: a machine that cannot reach IMS does not blame Campaign ----
describe('--probe from a machine that cannot reach IMS', () => {
  it('is a problem of the probe (exit 2), not a failure of ims-server', async () => {
    const { exitCodeOf, runRules } = await import('../../src/engine/run-rules.js');
    const { RULES } = await import('../../src/rules/index.js');
    const rig = await LiveRig.start({ imsDiscoveryFault: { slowMs: 3000 } });
    const ws = new Workspace();
    try {
      const snapshot = await rig.probe(ws.dir, { timeoutMs: 300 });
      // (stage names the stage IMS host, which the double does not serve: not reachable either.)
      const ofProd = snapshot.problems.filter((problem) => (problem.problem.params as { instance?: string }).instance === 'prod');
      assert.deepEqual(
        ofProd.map((problem) => problem.problem.id),
        ['probeUnreachable'],
      );
      const result = runRules(snapshot, RULES, { lang: 'en', instances: ['prod'] });
      const ims = result.findings.filter((finding) => finding.rule === 'ims-server' && finding.messageId.startsWith('live'));
      assert.deepEqual(
        ims.map((f) => `${f.messageId}:${f.status}`),
        ['liveNotProbed:skip'],
      );
      assert.ok(
        result.problems.some((problem) => /could not probe IMS from this machine for instance prod: .*This says nothing about Campaign/.test(problem.message)),
      );
      assert.equal(exitCodeOf(result), 2);
    } finally {
      ws.dispose();
      await rig.close();
    }
  });

  it('still judges a probe that reached IMS (no problem recorded)', async () => {
    const rig = await LiveRig.start();
    const ws = new Workspace();
    try {
      const snapshot = await rig.probe(ws.dir);
      assert.deepEqual(
        snapshot.problems.filter((problem) => (problem.problem.params as { instance?: string }).instance === 'prod'),
        [],
      );
    } finally {
      ws.dispose();
      await rig.close();
    }
  });
});

describe('--probe from a machine that resolves no name at all', () => {
  /** A resolver that knows no name, as on a machine without DNS. */
  const noDns = ((host: string, _options: unknown, callback: (error: NodeJS.ErrnoException) => void) => {
    const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${host}`);
    error.code = 'ENOTFOUND';
    process.nextTick(() => callback(error));
  }) as unknown as import('node:net').LookupFunction;

  it('blames neither the stage IMS host nor the callbacks: every verdict that needs the network is skipped, exit 2', async () => {
    const { exitCodeOf, runRules } = await import('../../src/engine/run-rules.js');
    const { RULES } = await import('../../src/rules/index.js');
    const rig = await LiveRig.start();
    const ws = new Workspace();
    try {
      const snapshot = await rig.probe(ws.dir, { connectTo: [], lookup: noDns, timeoutMs: 2000 });
      assert.deepEqual(
        snapshot.instances.map((instance) => [instance.name, instance.probes?.imsReachable]),
        [
          ['prod', false],
          ['stage', false],
        ],
      );
      assert.deepEqual(
        snapshot.problems
          .filter((problem) => problem.problem.id === 'probeUnreachable')
          .map((problem) => (problem.problem.params as { instance: string }).instance),
        ['prod', 'stage'],
      );
      const result = runRules(snapshot, RULES, { lang: 'en', only: ['ims-server', 'callback-url'] });
      const live = result.findings.filter((finding) => finding.messageId.startsWith('live'));
      assert.deepEqual(
        live.map((finding) => `${finding.rule}@${finding.instance} ${finding.messageId}:${finding.status}`),
        [
          'ims-server@prod liveNotProbed:skip',
          'ims-server@stage liveNotProbed:skip',
          'callback-url@prod liveCallbackNotProbed:skip',
          'callback-url@stage liveCallbackNotProbed:skip',
        ],
      );
      const callback = live.find((finding) => finding.messageId === 'liveCallbackNotProbed')!;
      assert.match(callback.message, /^Live: could not probe the callback from this machine \(.*campaign\.acme\.example.*\), which reached no IMS either/);
      const ko = runRules(snapshot, RULES, { lang: 'ko', only: ['callback-url'], instances: ['prod'] }).findings.find(
        (finding) => finding.messageId === 'liveCallbackNotProbed',
      )!;
      assert.match(ko.message, /^실시간 확인: 이 컴퓨터에서 콜백을 확인할 수 없습니다\(.*\)\. 이 컴퓨터는 IMS에도 접속하지 못했으므로/);
      assert.equal(exitCodeOf(result), 2);
    } finally {
      ws.dispose();
      await rig.close();
    }
  });

  it('still fails a stage IMS host that does not resolve while this machine reaches the production IMS', async () => {
    const { runRules } = await import('../../src/engine/run-rules.js');
    const { RULES } = await import('../../src/rules/index.js');
    const rig = await LiveRig.start();
    const ws = new Workspace();
    try {
      const snapshot = await rig.probe(ws.dir, { lookup: noDns, timeoutMs: 2000 });
      assert.equal(probesOf(snapshot, 'stage').imsReachable, true);
      const stage = runRules(snapshot, RULES, { lang: 'en', only: ['ims-server'], instances: ['stage'] }).findings;
      assert.deepEqual(
        stage.filter((finding) => finding.messageId.startsWith('live')).map((finding) => `${finding.messageId}:${finding.status}`),
        ['liveBroken:fail'],
      );
      assert.equal(snapshot.problems.filter((problem) => problem.problem.id === 'probeUnreachable').length, 0);
    } finally {
      ws.dispose();
      await rig.close();
    }
  });
});
