import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchSymptoms, triage } from '../../src/analyzers/triage.js';
import { ACTIONS, SYMPTOMS } from '../../src/domain/symptoms.js';
import { runRules } from '../../src/engine/run-rules.js';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { findRule, RULES } from '../../src/rules/index.js';
import { runCli } from '../support/cli.js';
import { ACME, Workspace } from '../support/workspace.js';

const best = (text: string): string | undefined => matchSymptoms(text)[0]?.id;

describe('symptom catalogue', () => {
  it('names only rules that exist and actions that are described, in both languages', () => {
    for (const symptom of SYMPTOMS) {
      assert.ok(symptom.title.en && symptom.title.ko, symptom.id);
      assert.ok(symptom.causes.length > 0, `${symptom.id} has no cause`);
      for (const cause of symptom.causes) {
        if ('rule' in cause) assert.ok(findRule(cause.rule), `${symptom.id}: unknown rule ${cause.rule}`);
        else assert.ok(ACTIONS[cause.action], `${symptom.id}: unknown action ${cause.action}`);
        assert.ok(cause.why.en && cause.why.ko);
      }
      assert.ok(symptom.tellApart.length > 0, `${symptom.id} says nothing about telling causes apart`);
    }
  });
});

describe('triage: recognising what the user saw', () => {
  const cases: [string, string][] = [
    ['redirected to adobe.com', 'redirected-to-adobe-com'],
    ['After login I end up on www.adobe.com instead of Campaign', 'redirected-to-adobe-com'],
    ['adobe.com 페이지로 리디렉션', 'redirected-to-adobe-com'],
    ['로그인하면 adobe.com 으로 이동합니다', 'redirected-to-adobe-com'],
    ['Login does not have any right matching the expression', 'no-matching-right'],
    ['로그인에 표현식과 일치하는 권한이 없습니다.', 'no-matching-right'],
    ['"does not have any right matching"', 'no-matching-right'],
    ['권한이 없습니다', 'no-matching-right'],
    ['The Adobe ID login page cannot be reached', 'login-page-unreachable'],
    ['https://ims-na1.adobelogin.com/ims/authorize/v2?error=invalid_scope', 'login-page-unreachable'],
    ['로그인 페이지가 열리지 않아요', 'login-page-unreachable'],
    ['{"error":"invalid_client","error_description":"invalid client_secret parameter"}', 'invalid-client'],
    ['wrong secret', 'invalid-client'],
    ['org mismatch', 'org-mismatch'],
    ['조직이 일치하지 않습니다', 'org-mismatch'],
    ['JST-310027 The URL https://ims-na1.adobelogin.com/ims/token/v3 is not in the allowlist', 'ims-host-blocked'],
    ['urlPermission blocks ims-na1.adobelogin.com', 'ims-host-blocked'],
    ['the client console keeps showing the old login', 'stale-embedded-login'],
    ['콘솔이 예전 계정을 기억합니다', 'stale-embedded-login'],
    ['XSV-350008 Session has expired or is invalid.', 'session-expired'],
    ['세션이 만료되었습니다', 'session-expired'],
    ['XSV-350013', 'ip-security-zone'],
  ];
  for (const [text, id] of cases) {
    it(`"${text}" → ${id}`, () => assert.equal(best(text), id, JSON.stringify(matchSymptoms(text))));
  }

  for (const text of ['hello world', 'I forgot my password', 'the report is slow', '배송이 늦어요']) {
    it(`"${text}" names no symptom`, () => assert.deepEqual(matchSymptoms(text), []));
  }

  it('an exact message or code scores 1, a paraphrase less', () => {
    assert.equal(matchSymptoms('XSV-350008')[0]!.score, 1);
    assert.ok(matchSymptoms('redirected to adobe.com')[0]!.score < 1);
  });

  it('without a workspace every rule cause is unchecked and the checklist is given, ranked by prior', () => {
    const result = triage('Login does not have any right matching the expression', 'ko');
    const [symptom] = result.matched;
    assert.equal(symptom!.id, 'no-matching-right');
    assert.deepEqual(
      symptom!.causes.map((cause) => cause.id),
      ['association-mask', 'association-users', 'scope', 'product-context'],
    );
    assert.ok(symptom!.causes.every((cause) => cause.verdict === 'unchecked'));
    assert.ok(symptom!.checklist.length > 0);
    assert.match(symptom!.title, /로그인에 표현식과 일치하는 권한이 없습니다/);
  });

  it('with a workspace, a failing rule comes before a passing one whatever the priors', async () => {
    const snapshot = await collectWorkspace(ACME);
    const result = runRules(snapshot, RULES, { lang: 'en', only: ['callback-url', 'client-id'] });
    const triaged = triage('redirected to adobe.com', 'en', result);
    const causes = triaged.matched[0]!.causes;
    assert.deepEqual(new Set(causes.map((cause) => cause.id)), new Set(['callback-url', 'client-id']));
    const order = ['confirmed', 'possible', 'unchecked', 'manual', 'ruled-out'];
    for (let i = 1; i < causes.length; i++) assert.ok(order.indexOf(causes[i - 1]!.verdict) <= order.indexOf(causes[i]!.verdict));
  });

  it('a manual cause carries its steps: the WebView2 folders to delete', () => {
    const result = triage('stale login in the client console', 'en');
    const cause = result.matched[0]!.causes[0]!;
    assert.equal(cause.kind, 'action');
    assert.equal(cause.verdict, 'manual');
    const steps = cause.steps.join('\n');
    assert.match(steps, /nlclient/);
    assert.match(steps, /C:\\ProgramData\\Neolane\\NL_5\\nlclient\\/);
    assert.match(steps, /C:\\Users\\<username>\\AppData\\Roaming\\Neolane\\NL_5\\nlclient\\/);
    assert.match(steps, /webview2Cache/);
  });
});

describe('ims-doctor triage (built binary)', () => {
  it('without a workspace: the checklist for the symptom, exit 0', async () => {
    const run = await runCli(['triage', 'redirected to adobe.com', '--format', 'text']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /callback-url/);
    assert.match(run.stdout, /Check by hand/);
  });

  it('with a workspace: the candidate rules run and a failing one ranks first, exit 3', async () => {
    const run = await runCli(['triage', 'adobe.com 페이지로 리디렉션', 'examples/acme', '--format', 'json']);
    assert.equal(run.code, 3, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.matched[0].id, 'redirected-to-adobe-com');
    assert.equal(result.matched[0].causes[0].verdict, 'confirmed');
    assert.deepEqual(result.rulesRun.sort(), ['callback-url', 'client-id']);
  });

  it('unknown text: says so, lists the symptoms it knows, exit 2 (nothing recognised)', async () => {
    const run = await runCli(['triage', 'the coffee machine is broken', '--format', 'text', '--lang', 'ko']);
    assert.equal(run.code, 2);
    assert.match(run.stdout, /아는 증상이 아닙니다/);
    for (const symptom of SYMPTOMS) assert.match(run.stdout, new RegExp(symptom.id));
  });

  it('a pasted address bar is recognised but its code is never echoed', async () => {
    const code = 'eyJhbGciOiJSUzI1NiJ9.eyJpZCI6ImNvZGUifQ.c2lnbmF0dXJl';
    const run = await runCli(['triage', `https://campaign.acme.example/?error=invalid_scope&code=${code}`, '--format', 'json']);
    assert.equal(JSON.parse(run.stdout).matched[0].id, 'login-page-unreachable');
    assert.ok(!run.stdout.includes(code));
  });

  it('a wrong --format is a usage error (exit 2)', async () => {
    const run = await runCli(['triage', 'XSV-350008', '--format', 'html']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--format must be "text" or "json"/);
  });
});

// ---- i9b: what real users write, and the workspace used for every symptom ----
describe('triage: symptoms and paraphrases real users bring', () => {
  const cases: [string, string][] = [
    ['Update required – your browser or operating system is no longer supported', 'client-unsupported'],
    ['After login it lands on the other instance', 'lands-on-other-instance'],
    ['스테이지에서 로그인하면 운영으로 가요', 'lands-on-other-instance'],
    ['error=redirect_uri_mismatch', 'redirect-uri-mismatch'],
    ['The redirect URI does not match', 'redirect-uri-mismatch'],
    ['로그인하면 adobe.com으로 가요', 'redirected-to-adobe-com'],
    ['권한이 없다고 나옴', 'no-matching-right'],
    ['Adobe ID로 로그인이 안 돼요', 'adobe-id-login-fails'],
    ['조직이 다르다고 나와요', 'org-mismatch'],
  ];
  for (const [text, id] of cases) {
    it(`"${text}" → ${id}`, () => assert.equal(best(text), id, JSON.stringify(matchSymptoms(text))));
  }
});

describe('ims-doctor triage uses the workspace for every symptom (built binary)', () => {
  for (const text of ['XSV-350013', '세션이 만료되었습니다', '보안 영역']) {
    it(`"${text}": the workspace is named even when every cause is manual`, async () => {
      const run = await runCli(['triage', text, 'examples/acme', '--format', 'json']);
      const result = JSON.parse(run.stdout);
      assert.ok(result.workspace, run.stdout);
      assert.deepEqual(
        result.instances.map((instance: { name: string }) => instance.name),
        ['prod', 'stage'],
      );
      assert.equal(result.matched[0].causes[0].verdict, 'manual');
    });
  }

  it('an unknown symptom ends by suggesting ims-doctor check, exit 2 with or without a workspace', async () => {
    const run = await runCli(['triage', 'my cat ate the keyboard', 'examples/acme', '--format', 'text']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stdout, /Or run the whole checklist: "ims-doctor check examples\/acme\/ims-doctor\.yaml"\n$/);
    const ko = await runCli(['triage', 'my cat ate the keyboard', 'examples/acme', '--format', 'text', '--lang', 'ko']);
    assert.equal(ko.code, 2);
    assert.match(ko.stdout, /또는 점검 목록 전체를 실행하십시오: "ims-doctor check examples\/acme\/ims-doctor\.yaml"\n$/);
    const json = JSON.parse((await runCli(['triage', 'the coffee machine is broken', '--format', 'json'])).stdout);
    assert.equal(json.suggestCheck, '<workspace>');
  });

  it('a recognised symptom does not suggest the whole checklist', async () => {
    const json = JSON.parse((await runCli(['triage', 'XSV-350008', '--format', 'json'])).stdout);
    assert.equal(json.suggestCheck, null);
  });
});

describe('triage: a cause counts only when its finding explains this symptom', () => {
  it('redirected to adobe.com: a client ID IMS does not know (a trailing space) gives an error page, so client-id is ruled out for it, still shown', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const run = await runCli(['triage', 'redirected to adobe.com', 'examples/acme', '--format', 'json', '--lang', lang]);
      assert.equal(run.code, 3, run.stderr);
      const causes = JSON.parse(run.stdout).matched[0].causes as {
        id: string;
        verdict: string;
        otherSymptom?: boolean;
        why: string;
        findings: { messageId: string; params: { nearMiss?: string } }[];
      }[];
      assert.deepEqual(
        causes.map((cause) => [cause.id, cause.verdict]),
        [
          ['callback-url', 'confirmed'],
          ['client-id', 'ruled-out'],
        ],
      );
      const clientId = causes[1]!;
      assert.equal(clientId.otherSymptom, true);
      assert.deepEqual(
        clientId.findings.map((finding) => [finding.messageId, finding.params.nearMiss]),
        [['mismatch', 'edgeSpaces']],
      );
      assert.equal(
        clientId.why,
        lang === 'en'
          ? 'Here the client ID is one IMS does not know (empty, or a near miss of the provisioned one): IMS answers that with an error page, not with this symptom. Fix it all the same.'
          : '여기서는 클라이언트 ID가 IMS가 모르는 값입니다(비어 있거나 프로비저닝된 ID와 조금 다름). 이 경우 IMS는 이 증상이 아니라 오류 페이지로 응답합니다. 그래도 고쳐야 합니다.',
      );
    }
    const text = await runCli(['triage', 'redirected to adobe.com', 'examples/acme', '--format', 'text']);
    assert.match(text.stdout, /RULED OUT {2}client-id/);
    assert.match(text.stdout, /1 confirmed cause, 0 possible, 0 unchecked, 1 ruled out\.\n$/);
  });

  it('the same client-id failure confirms the symptoms it does give (an IMS error page)', async () => {
    const run = await runCli(['triage', 'invalid_client', 'examples/acme', '--format', 'json']);
    const causes = JSON.parse(run.stdout).matched[0].causes as { id: string; verdict: string }[];
    assert.equal(causes.find((cause) => cause.id === 'client-id')!.verdict, 'confirmed');
  });

  it("another client's ID (no near miss) does explain a redirect to adobe.com", async () => {
    const ws = new Workspace().edit('campaign/stage.xml', 'clientId="acme-campaign-stage "', 'clientId="acme-campaign-prod"');
    try {
      const result = triage(
        'redirected to adobe.com',
        'en',
        runRules(await collectWorkspace(ws.dir), RULES, { lang: 'en', only: ['callback-url', 'client-id'] }),
      );
      const clientId = result.matched[0]!.causes.find((cause) => cause.id === 'client-id')!;
      assert.equal(clientId.verdict, 'confirmed');
      assert.equal(clientId.otherSymptom, undefined);
    } finally {
      ws.dispose();
    }
  });

  it('a symptom whose causes are all checked by hand says the workspace holds none of them, not "0 confirmed causes"', async () => {
    for (const [text, lang, expected] of [
      ['XSV-350013', 'en', "No cause of this symptom is in the workspace: each cause above is checked by hand, on the operator's machine or the server."],
      ['보안 영역', 'ko', '이 증상의 원인은 워크스페이스에 없습니다. 위의 각 원인은 운영자 컴퓨터나 서버에서 직접 확인해야 합니다.'],
      ['세션이 만료되었습니다', 'ko', '이 증상의 원인은 워크스페이스에 없습니다. 위의 각 원인은 운영자 컴퓨터나 서버에서 직접 확인해야 합니다.'],
    ] as const) {
      // Unwrapped, so that the sentence reads whole.
      const run = await runCli(['triage', text, 'examples/acme', '--format', 'text', '--lang', lang], { env: { COLUMNS: '1000' } });
      assert.equal(run.code, 0, run.stderr);
      assert.ok(run.stdout.endsWith(`${expected}\n`), run.stdout);
      assert.doesNotMatch(run.stdout, /0 confirmed causes|확인된 원인 0/);
    }
  });
});

describe('triage text: evidence values as written', () => {
  it('a redirect URI pattern keeps its single backslashes (no JSON escaping)', async () => {
    const run = await runCli(['triage', 'redirected to adobe.com', 'examples/acme', '--format', 'text']);
    assert.match(run.stdout, /IMS redirect URI pattern: "https:\/\/campaign-stage\\\.acme\\\.example\(\/\.\*\)\?"/);
    assert.doesNotMatch(run.stdout, /\\\\\./);
  });
});
