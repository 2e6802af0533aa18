import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { analyzeHar, type HarAnalysis } from '../../src/analyzers/har-analysis.js';
import { readHar } from '../../src/analyzers/har-file.js';
import { HarSanitizer } from '../../src/analyzers/har-sanitize.js';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { instanceContext } from '../../src/model/instance-context.js';
import { InputError } from '../../src/inputs/input-error.js';
import { runCli } from '../support/cli.js';
import { ACME, ROOT, Workspace } from '../support/workspace.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/har');
const fixture = (name: string): string => path.join(FIXTURES, name);
const SECRETS: Record<string, string> = JSON.parse(readFileSync(fixture('secrets.json'), 'utf8'));
const tmp = mkdtempSync(path.join(tmpdir(), 'ims-doctor-har-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

async function analyze(name: string, workspace?: string, instance?: string): Promise<HarAnalysis> {
  let compare;
  if (workspace) {
    const snapshot = await collectWorkspace(workspace);
    compare = { workspace, contexts: snapshot.instances.map((item) => instanceContext(snapshot, item)), instance };
  }
  return analyzeHar(name, readHar(fixture(name)), 'en', compare);
}

const ids = (analysis: HarAnalysis): string[] => analysis.findings.map((finding) => finding.id);

function assertNoSecret(text: string, where: string): void {
  for (const [name, value] of Object.entries(SECRETS)) {
    assert.ok(!text.includes(value), `${where} shows the secret ${name}`);
    assert.ok(!text.includes(encodeURIComponent(value)), `${where} shows the secret ${name} URL-encoded`);
  }
}

describe('har: where the recorded login broke', () => {
  it('redirect to adobe.com: IMS sends the browser to www.adobe.com instead of the callback', async () => {
    const analysis = await analyze('redirect-to-adobe-com.har');
    assert.equal(analysis.verdict.status, 'fail');
    assert.equal(analysis.verdict.stage, 'redirect');
    const finding = analysis.findings.find((item) => item.id === 'default-redirect')!;
    assert.equal(finding.symptom, 'redirected-to-adobe-com');
    assert.ok(finding.rules.includes('callback-url'));
    assert.match(finding.message, /redirect_uri "https:\/\/campaign\.acme\.example": it redirected to "https:\/\/www\.adobe\.com\/"/);
    assert.equal(analysis.flows.length, 1);
    assert.equal(analysis.flows[0]!.authorize!.clientId, 'acme-campaign-stage ', 'the client_id is quoted as the browser sent it, trailing space included');
  });

  it('redirect to adobe.com, with the workspace: the stage instance, its callback not allowed, its client ID not provisioned', async () => {
    const analysis = await analyze('redirect-to-adobe-com.har', ACME);
    assert.equal(analysis.instance, 'stage');
    assert.ok(ids(analysis).includes('redirect-uri-not-allowed'));
    assert.ok(ids(analysis).includes('client-id-not-provisioned'));
    const notAllowed = analysis.findings.find((item) => item.id === 'redirect-uri-not-allowed')!;
    assert.match(notAllowed.message, /"https:\/\/campaign-stage\\.acme\\.example\(\/\.\*\)\?"/);
    assert.match(notAllowed.message, /default redirect URI "https:\/\/www\.adobe\.com\/"/);
    assert.deepEqual(
      notAllowed.ruleFinding && [notAllowed.ruleFinding.rule, notAllowed.ruleFinding.messageId],
      ['callback-url', 'sentNotAllowed'],
      'judged by the rule itself',
    );
  });

  it('"Login does not have any right matching the expression": IMS logged the user in, Campaign refused', async () => {
    const analysis = await analyze('no-matching-right.har', ACME);
    assert.equal(analysis.verdict.stage, 'campaign');
    const finding = analysis.findings.find((item) => item.id === 'no-matching-right')!;
    assert.equal(finding.status, 'fail');
    assert.deepEqual(finding.rules, ['association-mask', 'association-users', 'scope', 'product-context']);
    assert.equal(analysis.instance, 'prod');
    assert.ok(ids(analysis).includes('redirect-uri-allowed'));
    const sent = analysis.flows[0]!.authorize!;
    assert.deepEqual(
      [sent.clientId, sent.redirectUri, sent.scope, sent.responseType],
      ['acme-campaign-prod', 'https://campaign.acme.example', 'openid,AdobeID,read_organizations,additional_info.projectedProductContext', 'code'],
    );
  });

  it('login page unreachable: IMS answers error=invalid_scope, the scope rule is named', async () => {
    const analysis = await analyze('login-page-unreachable.har');
    assert.equal(analysis.verdict.stage, 'authorize');
    const finding = analysis.findings.find((item) => item.id === 'ims-error:invalid_scope')!;
    assert.equal(finding.symptom, 'login-page-unreachable');
    assert.equal(finding.rules[0], 'scope');
    assert.match(finding.message, /error=invalid_scope \("invalid scope requested: read_pc\.dma_campaign"\)/);
    assert.equal(analysis.findings.filter((item) => item.id === 'ims-error:invalid_scope').length, 1, 'seen in the redirect and the callback, reported once');
  });

  it('login page unreachable, with the workspace: the scope sent is not provisioned', async () => {
    const analysis = await analyze('login-page-unreachable.har', ACME);
    const finding = analysis.findings.find((item) => item.id === 'scope-not-provisioned')!;
    assert.equal(finding.status, 'fail');
    assert.match(finding.message, /read_pc\.dma_campaign/);
  });

  it('a TLS failure on the way to IMS (status 0, _error)', async () => {
    const analysis = await analyze('tls-failure.har');
    assert.equal(analysis.verdict.stage, 'network');
    assert.deepEqual(ids(analysis), ['ims-tls']);
    assert.match(analysis.findings[0]!.message, /net::ERR_CERT_AUTHORITY_INVALID/);
  });

  it('the token exchange, when the browser makes it: invalid_client names the secret first', async () => {
    const analysis = await analyze('token-invalid-client.har');
    assert.equal(analysis.verdict.stage, 'token');
    const finding = analysis.findings.find((item) => item.id === 'ims-error:invalid_client')!;
    assert.equal(finding.symptom, 'invalid-client');
    assert.deepEqual(finding.rules, ['client-secret', 'client-id']);
    assert.match(finding.message, /The token exchange failed: IMS answered error=invalid_client \("invalid client_secret parameter"\)/);
  });

  it('Campaign failing on the callback (HTTP 500) points at the server-side code exchange', async () => {
    const analysis = await analyze('callback-500.har');
    assert.equal(analysis.verdict.stage, 'callback');
    assert.deepEqual(analysis.findings.find((item) => item.id === 'callback-http-error')!.rules, ['client-secret', 'url-permission', 'ims-server']);
  });

  it('a login that worked passes', async () => {
    const analysis = await analyze('success.har', ACME);
    assert.equal(analysis.verdict.status, 'pass');
    assert.ok(ids(analysis).includes('callback-reached'));
  });

  it('a recording without IMS traffic: nothing found, said plainly', async () => {
    const analysis = await analyze('no-ims.har');
    assert.equal(analysis.verdict.status, 'skip');
    assert.deepEqual(ids(analysis), ['no-ims-traffic']);
    assert.match(analysis.verdict.message, /No IMS traffic in this recording \(2 requests\)/);
  });

  it('the callback really sent differs from the one configured (a server not restarted, or another instance)', async () => {
    const ws = new Workspace().edit(
      'campaign/prod.xml',
      'callbackServer="https://campaign.acme.example"\n      imsOrgId',
      'callbackServer="https://campaign.acme.example/nl"\n      imsOrgId',
    );
    try {
      const analysis = await analyze('no-matching-right.har', ws.dir, 'prod');
      const finding = analysis.findings.find((item) => item.id === 'redirect-uri-differs')!;
      assert.match(
        finding.message,
        /redirect_uri "https:\/\/campaign\.acme\.example"\) differs from the callback server configured for prod \("https:\/\/campaign\.acme\.example\/nl"\)/,
      );
      assert.ok(finding.rules.includes('restart'));
    } finally {
      ws.dispose();
    }
  });

  it('never puts a code, token, cookie or password in its result', async () => {
    for (const name of ['no-matching-right.har', 'redirect-to-adobe-com.har', 'success.har', 'no-ims.har', 'token-invalid-client.har', 'callback-500.har']) {
      assertNoSecret(JSON.stringify(await analyze(name, ACME)), name);
    }
  });

  it('what was sent is judged by the rules, each value pointing at the HAR entry it was read from', async () => {
    const analysis = await analyze('login-page-unreachable.har', ACME);
    const finding = analysis.findings.find((item) => item.id === 'scope-not-provisioned')!;
    assert.deepEqual(finding.ruleFinding && [finding.ruleFinding.rule, finding.ruleFinding.messageId], ['scope', 'sentNotProvisioned']);
    assert.deepEqual(finding.ruleFinding!.params.missing, ['read_pc.dma_campaign']);
    const authorize = analysis.flows[0]!.authorize!.entryIndex;
    assert.deepEqual(finding.evidence[0]!.at, { file: 'login-page-unreachable.har', path: `log.entries[${authorize}].request.url` });
    assert.match(finding.evidence[1]!.at!.file!, /client\.yaml$/);
  });

  it('Korean messages, the comparisons with the workspace included', async () => {
    const snapshot = await collectWorkspace(ACME);
    const compare = { workspace: ACME, contexts: snapshot.instances.map((item) => instanceContext(snapshot, item)) };
    const korean = analyzeHar('x.har', readHar(fixture('redirect-to-adobe-com.har')), 'ko', compare);
    const configuration = korean.findings.filter((item) => item.stage === 'configuration');
    assert.ok(configuration.length >= 3);
    for (const item of configuration) assert.match(`${item.message} ${item.remediation ?? ''}`, /[\uac00-\ud7a3]/, item.message);
    assert.match(korean.findings.find((item) => item.id === 'client-id-not-provisioned')!.message, /앞뒤 공백만 다릅니다/);
  });

  it('Korean messages', () => {
    const analysis = analyzeHar('x.har', readHar(fixture('redirect-to-adobe-com.har')), 'ko');
    assert.match(analysis.verdict.message, /IMS가 브라우저를 redirect_uri/);
  });
});

describe('har: bad input', () => {
  it('a truncated HAR is bad input, with line and column and no snippet of its text', () => {
    assert.throws(
      () => readHar(fixture('truncated.har')),
      (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.match(error.message, /is truncated/);
        assert.ok((error.line ?? 0) > 100);
        assert.ok(error.column !== undefined);
        return true;
      },
    );
  });

  it('JSON that is not a HAR, binary data, an empty file', () => {
    const write = (name: string, content: string | Buffer): string => {
      const file = path.join(tmp, name);
      writeFileSync(file, content);
      return file;
    };
    assert.throws(() => readHar(write('a.json', '{"entries": []}')), /no "log" object/);
    assert.throws(() => readHar(write('b.har', '{"log": {"version": "1.2"}}')), /no "entries" list/);
    assert.throws(() => readHar(write('c.har', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]))), /binary data/);
    assert.throws(() => readHar(write('d.har', '')), /is empty/);
    assert.throws(() => readHar(write('e.har', '{"log": {"entries": [}}')), /is not valid JSON/);
  });
});

describe('har --sanitize', () => {
  for (const name of [
    'no-matching-right.har',
    'redirect-to-adobe-com.har',
    'success.har',
    'no-ims.har',
    'login-page-unreachable.har',
    'token-invalid-client.har',
  ]) {
    it(`${name}: no secret left, still a HAR, still the same diagnosis`, () => {
      const har = readHar(fixture(name));
      const before = analyzeHar(name, readHar(fixture(name)), 'en');
      new HarSanitizer().sanitize(har);
      const text = JSON.stringify(har, null, 2);
      assertNoSecret(text, `sanitized ${name}`);
      const file = path.join(tmp, `clean-${name}`);
      writeFileSync(file, text);
      const again = readHar(file);
      assert.equal(again.log.version, '1.2');
      assert.equal(again.log.entries.length, before.entries);
      const after = analyzeHar(name, again, 'en');
      assert.deepEqual(ids(after), ids(before));
      assert.deepEqual(
        after.flows.map((flow) => flow.authorize),
        before.flows.map((flow) => flow.authorize),
      );
    });
  }

  it('the same value gets the same token everywhere; names, attributes and other values stay', () => {
    const har = readHar(fixture('no-matching-right.har'));
    new HarSanitizer().sanitize(har);
    const entries = har.log.entries;
    const code = entries[7]!.request!.queryString!.find((item) => item.name === 'code')!.value;
    assert.match(code, /^redacted-[0-9a-f]{8}$/);
    assert.ok(entries[6]!.response!.redirectURL!.includes(`code=${code}`), 'the Location carries the same token as the callback');
    assert.ok(entries[7]!.request!.url!.includes(`code=${code}`));
    const setCookie = entries[1]!.response!.headers!.find((item) => item.name === 'set-cookie')!.value;
    assert.match(setCookie, /^ims_sid=redacted-[0-9a-f]{8}; Path=\/ims; Secure; HttpOnly; SameSite=None$/);
    const cookie = entries[6]!.request!.headers!.find((item) => item.name === 'cookie')!.value;
    assert.equal(cookie.split('=')[1], setCookie.split(';')[0]!.split('=')[1], 'the cookie sent has the token of the cookie set');
    const authorization = entries[6]!.request!.headers!.find((item) => item.name === 'authorization')!.value;
    assert.match(authorization, /^Bearer redacted-[0-9a-f]{8}$/);
    const login = JSON.parse(entries[5]!.request!.postData!.text!);
    assert.equal(login.username, 'jane.doe@acme.example');
    assert.match(login.password, /^redacted-/);
    assert.equal(entries[1]!.request!.queryString!.find((item) => item.name === 'client_id')!.value, 'acme-campaign-prod');
    assert.equal(entries[0]!.request!.headers!.find((item) => item.name === ':authority')!.value, 'campaign.acme.example');
  });

  it('two runs use two keys: tokens cannot be matched across shared files', () => {
    const a = new HarSanitizer().token('same');
    const b = new HarSanitizer().token('same');
    assert.notEqual(a, b);
  });

  it('the command writes the copy, says how many values it replaced, and prints no secret', async () => {
    const out = path.join(tmp, 'shared.har');
    const run = await runCli(['har', '--sanitize', 'test/fixtures/har/no-ims.har', '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /distinct secret values .* replaced by stable tokens/);
    assertNoSecret(readFileSync(out, 'utf8') + run.stdout + run.stderr, 'har --sanitize');
    const soap = readHar(out).log.entries[1]!.request!.postData!.text!;
    assert.match(soap, /<sPassword xsi:type="xsd:string">redacted-[0-9a-f]{8}<\/sPassword>/);
    assert.match(soap, /<sLogin xsi:type="xsd:string">admin<\/sLogin>/);
  });

  it('--sanitize without -o is a usage error', async () => {
    const run = await runCli(['har', '--sanitize', 'test/fixtures/har/no-ims.har']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /-o FILE/);
  });
});

describe('ims-doctor har (built binary)', () => {
  it('exit 3 on a failure, JSON result, no secret in text or JSON', async () => {
    for (const format of ['json', 'text']) {
      const run = await runCli(['har', 'test/fixtures/har/no-matching-right.har', 'examples/acme', '--format', format]);
      assert.equal(run.code, 3, run.stderr);
      assertNoSecret(run.stdout + run.stderr, `har --format ${format}`);
      if (format === 'json') assert.equal(JSON.parse(run.stdout).verdict.stage, 'campaign');
      else assert.match(run.stdout, /The login broke at the Campaign rights step/);
    }
  });

  it('exit 0 when the login worked, and when the recording holds no IMS traffic', async () => {
    assert.equal((await runCli(['har', 'test/fixtures/har/success.har', '--format', 'json'])).code, 0);
    const none = await runCli(['har', 'test/fixtures/har/no-ims.har', '--format', 'text']);
    assert.equal(none.code, 0);
    assert.match(none.stdout, /No IMS traffic/);
  });

  it('bad input: a sentence with file:line:col and exit 2, never a stack trace', async () => {
    const truncated = await runCli(['har', 'test/fixtures/har/truncated.har']);
    assert.equal(truncated.code, 2);
    assert.match(truncated.stderr, /^ims-doctor: test\/fixtures\/har\/truncated\.har:\d+:\d+: is truncated/);
    assert.doesNotMatch(truncated.stderr, /\n\s+at /);
    const missing = await runCli(['har', 'test/fixtures/har/nope.har']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /does not exist/);
  });
});

// ---- i9b: a login that starts on one instance and lands on another ----
describe('har: a login that lands on the other instance', () => {
  it('stage → production callback: the callback-url failure, judged against the instance it started on', async () => {
    const har = JSON.parse(readFileSync(fixture('success.har'), 'utf8'));
    har.log.entries[0].request.url = 'https://campaign-stage.acme.example/view/home';
    const file = path.join(tmp, 'stage-to-prod.har');
    writeFileSync(file, JSON.stringify(har));
    const snapshot = await collectWorkspace(ACME);
    const analysis = analyzeHar(file, readHar(file), 'en', { workspace: ACME, contexts: snapshot.instances.map((item) => instanceContext(snapshot, item)) });
    const finding = analysis.findings.find((item) => item.id === 'lands-on-other-instance');
    assert.ok(finding, JSON.stringify(ids(analysis)));
    assert.equal(finding.status, 'fail');
    assert.deepEqual(finding.rules, ['callback-url']);
    assert.equal(finding.symptom, 'lands-on-other-instance');
    assert.match(
      finding.message,
      /started on stage \(campaign-stage\.acme\.example\) but sent redirect_uri to prod \(campaign\.acme\.example\).*callback-url failure/,
    );
    assert.equal(analysis.instance, 'stage');
    assert.equal(analysis.verdict.status, 'fail');
  });

  it('a login that starts and lands on the same instance says nothing of the kind', async () => {
    const analysis = await analyze('success.har', ACME);
    assert.ok(!ids(analysis).includes('lands-on-other-instance'));
    assert.equal(analysis.instance, 'prod');
  });
});
