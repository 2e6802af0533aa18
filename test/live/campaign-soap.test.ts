import assert from 'node:assert/strict';
import { problemText } from '../../src/i18n/problems.js';
import { afterEach, describe, it } from 'node:test';
import { collectWorkspace, type LiveCollectOptions } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import { formatProvenance } from '../../src/model/provenance.js';
import type { CampaignPlane, PlaneResult, Snapshot } from '../../src/model/snapshot.js';
import { RULES } from '../../src/rules/index.js';
import { Redactor } from '../../src/security/redact.js';
import { CampaignDouble, type CampaignDoubleOptions } from '../doubles/campaign-server.js';
import { TestCa } from '../doubles/tls.js';
import { ACME, Workspace } from '../support/workspace.js';

const PASSWORD = 'Pr0d-Op3rator-S3cret!';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.ims-bearer-token-for-tests.c2lnbmF0dXJl';

/** The ACME example with its production instance read live from `url`. */
function liveWorkspace(url: string, auth = `user: ims-doctor, passwordEnv: ACME_PROD_PASSWORD`): Workspace {
  return new Workspace().edit(
    'ims-doctor.yaml',
    'campaign: { package: campaign/prod.xml }',
    `campaign: { url: "${url}", ${auth}${url.startsWith('http:') ? ', allowInsecureHttp: true' : ''} }`,
  );
}

function liveOptions(
  overrides: Partial<LiveCollectOptions['net']> = {},
  env: NodeJS.ProcessEnv = { ACME_PROD_PASSWORD: PASSWORD, ACME_TOKEN: TOKEN },
): LiveCollectOptions {
  return { net: { timeoutMs: 5000, retries: 1, backoffMs: 10, ...overrides }, secrets: { env, prompt: undefined }, redactor: new Redactor() };
}

function plane(snapshot: Snapshot, instance = 'prod'): PlaneResult<CampaignPlane> {
  return snapshot.instances.find((entry) => entry.name === instance)!.campaign;
}

function errorOf(snapshot: Snapshot): string {
  const result = plane(snapshot);
  assert.equal(result.state, 'error', `expected an error plane, got ${result.state}`);
  return result.state === 'error' ? `${formatProvenance(result.problem)}: ${problemText(result.problem.problem, 'en')}` : '';
}

describe('live Campaign over SOAP (acc-js-sdk against the Campaign double)', () => {
  let double: CampaignDouble | undefined;
  let ws: Workspace | undefined;
  const start = async (options: Partial<CampaignDoubleOptions> = {}): Promise<CampaignDouble> => {
    double = await CampaignDouble.start({
      packageFile: `${ACME}/campaign/prod.xml`,
      users: [{ login: 'ims-doctor', password: PASSWORD }],
      bearerTokens: [TOKEN],
      ...options,
    });
    return double;
  };
  afterEach(async () => {
    await double?.close();
    double = undefined;
    ws?.dispose();
    ws = undefined;
  });

  it('reads the same records as the package export, with live provenance', async () => {
    const server = await start();
    ws = liveWorkspace(server.url);
    const snapshot = await collectWorkspace(ws.dir, { live: liveOptions() });
    const offline = await collectWorkspace(ACME);
    const livePlane = plane(snapshot);
    const filePlane = plane(offline);
    assert.equal(livePlane.state, 'ok', JSON.stringify(livePlane));
    assert.equal(filePlane.state, 'ok');
    if (livePlane.state !== 'ok' || filePlane.state !== 'ok') return;
    const live = livePlane.data;
    const file = filePlane.data;

    const values = (p: CampaignPlane) => ({
      build: p.buildNumber?.value,
      accounts: p.externalAccounts
        .map((a) => ({
          name: a.name.value,
          label: a.label.value,
          type: a.type.value,
          active: a.active.value,
          imsServer: a.imsServer.value,
          clientId: a.clientId.value,
          callback: a.callbackServer.value,
          org: a.imsOrgId.value,
          mask: a.imsRightsMask.value,
          scope: a.userScope.value,
          productContext: a.productContext?.value,
          server: a.server.value,
          tenant: a.tenant.value,
          ims: a.carriesImsFields,
        }))
        .sort((x, y) => x.name.localeCompare(y.name)),
      groups: p.groups.map((g) => [g.name.value, g.label]).sort(),
      operators: p.operators.map((o) => [o.name.value, o.label, o.authenticationType, o.groups.join(',')]).sort(),
    });
    assert.deepEqual(values(live), values(file));
    // i9a: the export leaves the secret out; the server holds it, and a live read returns it encrypted.
    const secretForms = (p: CampaignPlane) => p.externalAccounts.map((a) => `${a.name.value}:${a.clientSecret.value.form}`).sort();
    assert.deepEqual(secretForms(file), ['Adobe_Marketing_Cloud1:not-exported', 'Adobe_Marketing_Cloud:not-exported', 'defaultPopAccount:not-exported']);
    assert.deepEqual(secretForms(live), ['Adobe_Marketing_Cloud1:campaign-encrypted', 'Adobe_Marketing_Cloud:campaign-encrypted', 'defaultPopAccount:empty']);
    assert.equal(live.live?.macType?.value, '14');
    assert.equal(live.live?.productContextField, true);
    const account = live.externalAccounts.find((a) => a.name.value === 'Adobe_Marketing_Cloud')!;
    assert.deepEqual(account.imsServer.at, {
      endpoint: `${server.url}/nl/jsp/soaprouter.jsp`,
      live: true,
      path: 'extAccount[@name="Adobe_Marketing_Cloud"]/@imsServer',
    });
    assert.equal(account.typeLabel, 'Adobe Experience Cloud (MAC)');
    assert.equal(live.externalAccounts.find((a) => a.name.value === 'defaultPopAccount')!.carriesImsFields, false);
    // The SDK spoke the documented protocol: test, logon, schemas, queries, logoff.
    assert.deepEqual(
      [...new Set(server.soapCalls)],
      ['xtk:session#Logon', 'xtk:persist#GetEntityIfMoreRecent', 'xtk:queryDef#ExecuteQuery', 'xtk:session#Logoff'],
    );
    assert.equal(server.requests[0]!.path, '/r/test');

    // Same rule verdicts, offline and live; client-secret skips for either reason (not in the export / stored encrypted).
    const verdicts = (s: Snapshot) => runRules(s, RULES, { lang: 'en', instances: ['prod'] }).findings.map((f) => `${f.rule}:${f.status}:${f.messageId}`);
    assert.deepEqual(
      verdicts(snapshot),
      verdicts(offline).map((v) => (v === 'client-secret:skip:notExported' ? 'client-secret:skip:encrypted' : v)),
    );
  });

  it('logs on with an IMS bearer token (BearerTokenLogon)', async () => {
    const server = await start();
    ws = liveWorkspace(server.url, 'tokenEnv: ACME_TOKEN');
    const snapshot = await collectWorkspace(ws.dir, { live: liveOptions() });
    assert.equal(plane(snapshot).state, 'ok');
    assert.ok(server.soapCalls.includes('xtk:session#BearerTokenLogon'));
    assert.equal(server.requests.find((r) => r.soapAction.endsWith('BearerTokenLogon'))!.body.includes(TOKEN), true);
  });

  it('does not ask for productContext on a build whose schema lacks it (the field is build-dependent)', async () => {
    const server = await start({ productContextField: false, buildNumber: '8977' });
    ws = liveWorkspace(server.url);
    const snapshot = await collectWorkspace(ws.dir, { live: liveOptions() });
    const result = plane(snapshot);
    assert.equal(result.state, 'ok', JSON.stringify(result));
    if (result.state !== 'ok') return;
    assert.equal(result.data.buildNumber?.value, '8977');
    assert.equal(result.data.live?.productContextField, false);
    assert.ok(result.data.externalAccounts.every((account) => account.productContext === undefined));
  });

  it('says which credentials were refused, with the XSV code, and never the password', async () => {
    const server = await start({ users: [{ login: 'ims-doctor', password: 'another one' }] });
    ws = liveWorkspace(server.url);
    const snapshot = await collectWorkspace(ws.dir, { live: liveOptions() });
    const message = errorOf(snapshot);
    assert.match(message, /Campaign refused the login and password of operator "ims-doctor" \(XSV-350022/);
    // Facts below, sentences at the edge: the same problem in Korean, with Campaign's own words quoted.
    const result = plane(snapshot);
    assert.equal(result.state, 'error');
    if (result.state !== 'error') return;
    const fact = result.problem.problem as { id: string; params: { user: string; fault: { code: string } } };
    assert.equal(fact.id, 'campaignLogonRefused');
    assert.deepEqual([fact.params.user, fact.params.fault.code], ['ims-doctor', 'XSV-350022']);
    assert.match(problemText(result.problem.problem, 'ko'), /^Campaign이 운영자 로그인과 암호를 거부했습니다\(운영자: "ims-doctor"; XSV-350022/);
    assert.ok(!JSON.stringify(snapshot).includes(PASSWORD));
    assert.equal(snapshot.problems.length, 1);
  });

  it('retries a GET cut off mid-body (/r/test) and then reads normally; never retries a SOAP POST cut off mid-body, which may have been received', async () => {
    let server = await start({ faults: [{ kind: 'cut', on: '/r/test', times: 1 }] });
    ws = liveWorkspace(server.url);
    assert.equal(plane(await collectWorkspace(ws.dir, { live: liveOptions() })).state, 'ok');
    assert.equal(server.requests.filter((request) => request.path === '/r/test').length, 2, 'the GET was sent again');
    await server.close();
    ws.dispose();
    // Formerly retried too; a POST now gets one attempt (issue 8), even with retries allowed.
    server = await start({ faults: [{ kind: 'cut', on: 'ExecuteQuery', times: 1 }] });
    ws = liveWorkspace(server.url);
    assert.match(errorOf(await collectWorkspace(ws.dir, { live: liveOptions() })), /closed the connection in the middle of its answer/);
    assert.equal(server.soapCalls.filter((call) => call === 'xtk:queryDef#ExecuteQuery').length, 1, 'the POST was not sent again');
  });

  it('sends SOAP bodies with their Content-Length, never chunked', async () => {
    const server = await start();
    ws = liveWorkspace(server.url);
    assert.equal(plane(await collectWorkspace(ws.dir, { live: liveOptions() })).state, 'ok');
    const posts = server.requests.filter((request) => request.method === 'POST');
    assert.ok(posts.length > 0);
    for (const request of posts) {
      assert.equal(request.headers['transfer-encoding'], undefined);
      assert.equal(request.headers['content-length'], String(Buffer.byteLength(request.body)));
    }
  });

  it('fails with a sentence when the password variable is not set, without a terminal to ask on', async () => {
    const server = await start();
    ws = liveWorkspace(server.url);
    const snapshot = await collectWorkspace(ws.dir, { live: liveOptions({}, {}) });
    assert.match(
      errorOf(snapshot),
      /ims-doctor\.yaml:\d+:\d+: the environment variable ACME_PROD_PASSWORD holding the password of Campaign operator "ims-doctor" .* is not set/,
    );
    assert.equal(server.requests.length, 0);
  });

  it('names DNS, refused, timeout and TLS failures', async () => {
    // DNS: the resolver says the name does not exist.
    ws = liveWorkspace('https://campaign.acme.invalid');
    const lookup = ((_host: string, _options: unknown, callback: (error: NodeJS.ErrnoException) => void) => {
      const error = Object.assign(new Error('getaddrinfo ENOTFOUND campaign.acme.invalid'), { code: 'ENOTFOUND' });
      process.nextTick(() => callback(error));
    }) as unknown as LiveCollectOptions['net']['lookup'];
    assert.match(
      errorOf(await collectWorkspace(ws.dir, { live: liveOptions({ lookup }) })),
      /the name campaign\.acme\.invalid does not resolve \(DNS: ENOTFOUND\)/,
    );
    ws.dispose();

    // Refused: nothing listens on the port any more.
    const closed = await start();
    const url = closed.url;
    await closed.close();
    double = undefined;
    ws = liveWorkspace(url);
    const began = Date.now();
    assert.match(errorOf(await collectWorkspace(ws.dir, { live: liveOptions() })), /refused the connection/);
    assert.ok(Date.now() - began < 3000);
    ws.dispose();

    // Timeout: the server takes longer than the deadline.
    const slow = await start({ faults: [{ kind: 'slow', on: '/r/test', delayMs: 2000 }] });
    ws = liveWorkspace(slow.url);
    const t0 = Date.now();
    assert.match(
      errorOf(await collectWorkspace(ws.dir, { live: liveOptions({ timeoutMs: 300 }) })),
      /no complete answer from 127\.0\.0\.1:\d+ within 0\.3 s.*raise --timeout/,
    );
    assert.ok(Date.now() - t0 < 1500, 'the deadline holds');
    await slow.close();
    double = undefined;
    ws.dispose();

    // TLS: a certificate from a CA this machine does not trust, then one for another name.
    const ca = await TestCa.create();
    const untrusted = await start({ tls: await ca.issue(['127.0.0.1', 'localhost']) });
    ws = liveWorkspace(untrusted.url);
    assert.match(errorOf(await collectWorkspace(ws.dir, { live: liveOptions() })), /TLS connection to 127\.0\.0\.1:\d+ failed: .*NODE_EXTRA_CA_CERTS/);
    assert.equal(plane(await collectWorkspace(ws.dir, { live: liveOptions({ ca: ca.cert }) })).state, 'ok', 'trusted once the CA is given');
    await untrusted.close();
    double = undefined;
    ws.dispose();
    const otherName = await start({ tls: await ca.issue(['other.acme.example']) });
    ws = liveWorkspace(otherName.url.replace('127.0.0.1', 'localhost'));
    assert.match(errorOf(await collectWorkspace(ws.dir, { live: liveOptions({ ca: ca.cert }) })), /certificate of localhost:\d+ is not valid for that name/);
  });
});
