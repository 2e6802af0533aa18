import { campaignRedirectUri } from '../domain/facts.js';
import { allowedBy, compilePatterns, escapeLooseDots, looseDots, looseExample, patternFor, sentMatchesCallback } from '../domain/redirect-uri.js';
import { hostOf, isHttps, splitUrl } from '../domain/urls.js';
import { callbackNotProbed } from '../probes/reach.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import { COMMON } from '../i18n/common.js';
import { problemText } from '../i18n/problems.js';
import type { AsSent } from '../model/as-sent.js';
import type { AuthorizeProbe, CallbackProbe } from '../model/probes.js';
import type { Provenance, Sourced } from '../model/provenance.js';
import type { ExternalAccount, ImsPlane, InstanceRole, InstanceSnapshot, ProblemFact } from '../model/snapshot.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

/*
 * Decisions where the checklist is silent: docs/rules/callback-url.md (the redirect URI is the
 * callback as written, spaces included; patterns match the whole string; a pattern's loose dots
 * warn; the allowlist alone skips without IMS; what a recording shows was sent is judged too).
 */

const ROLE: Record<InstanceRole, { en: string; ko: string }> = {
  production: { en: 'production', ko: '프로덕션' },
  stage: { en: 'stage', ko: '스테이징' },
  development: { en: 'development', ko: '개발' },
};
const patternList = (patterns: readonly string[], f: Format): string => f.list(patterns.map((pattern) => f.v(pattern)));

const messages = catalogue({
  pass: {
    en: (p: { value: string; host: string; accessUrl: string; pattern: string }, f: Format) =>
      `The callback server ${f.v(p.value)} uses https and points to this instance (${p.host}, as its access URL ${f.v(p.accessUrl)}), and the IMS redirect URI pattern ${f.v(p.pattern)} allows it.`,
    ko: (p, f) =>
      `콜백 서버가 https를 사용하며 이 인스턴스를 가리킵니다: ${f.v(p.value)}(호스트 ${p.host}, 접속 URL ${f.v(p.accessUrl)}의 호스트와 같음). IMS 리디렉션 URI 패턴도 이 주소를 허용합니다: ${f.v(p.pattern)}.`,
  },
  passWithoutAllowlist: {
    en: (p: { value: string; host: string; accessUrl: string }, f: Format) =>
      `The callback server ${f.v(p.value)} uses https and points to this instance (${p.host}, as its access URL ${f.v(p.accessUrl)}).`,
    ko: (p, f) => `콜백 서버가 https를 사용하며 이 인스턴스를 가리킵니다: ${f.v(p.value)}(호스트 ${p.host}, 접속 URL ${f.v(p.accessUrl)}의 호스트와 같음).`,
  },
  empty: {
    en: () =>
      "The callback server of the external account is empty: Campaign gives IMS no address to send the operator back to, so IMS sends the browser to the client's default redirect URI instead.",
    ko: () =>
      '외부 계정의 콜백 서버가 비어 있습니다. Campaign이 로그인 후 돌아올 주소를 IMS에 알려 주지 않으므로 IMS는 브라우저를 클라이언트의 기본 리디렉션 URI로 보냅니다.',
  },
  fixEmpty: {
    en: (p: { accessUrl: string }, f: Format) =>
      `Set the callback server to this instance's https access URL (${f.code(p.accessUrl)}), then restart the server.`,
    ko: (p, f) => `콜백 서버를 이 인스턴스의 https 접속 URL(${f.code(p.accessUrl)})로 설정한 뒤 서버를 다시 시작하십시오.`,
  },
  spaces: {
    en: (p: { value: string }, f: Format) =>
      `The callback server ${f.v(p.value)} contains spaces (· marks a space, ⇥ a tab, ⍽ a no-break space): the redirect URI sent to IMS carries them, and no redirect URI pattern allows it.`,
    ko: (p, f) =>
      `콜백 서버에 공백이 있습니다: ${f.v(p.value)}(·는 공백, ⇥는 탭, ⍽는 줄바꿈 없는 공백). IMS에 보내는 리디렉션 URI에 공백이 그대로 들어가므로 어떤 리디렉션 URI 패턴과도 일치하지 않습니다.`,
  },
  fixSpaces: {
    en: (p: { suggested: string }, f: Format) => `Write the callback server as ${f.code(p.suggested)}, without spaces, then restart the server.`,
    ko: (p, f) => `콜백 서버를 공백 없이 다음과 같이 적은 뒤 서버를 다시 시작하십시오: ${f.code(p.suggested)}`,
  },
  notHttps: {
    en: (p: { value: string; scheme: string | null }, f: Format) =>
      `The callback server ${f.v(p.value)} does not start with https:// (${p.scheme === null ? 'it has no scheme at all' : `it starts with ${f.v(`${p.scheme}://`)}`}): IMS sends the authorization code only to https addresses on the client's allowlist.`,
    ko: (p, f) =>
      `콜백 서버가 https://로 시작하지 않습니다: ${f.v(p.value)}(${p.scheme === null ? '스킴이 아예 없음' : `시작 부분: ${f.v(`${p.scheme}://`)}`}). IMS는 클라이언트 허용 목록에 있는 https 주소로만 인증 코드를 보냅니다.`,
  },
  fixHttps: {
    en: (p: { suggested: string }, f: Format) => `Set the callback server to ${f.code(p.suggested)}, then restart the server.`,
    ko: (p, f) => `콜백 서버를 다음 값으로 설정한 뒤 서버를 다시 시작하십시오: ${f.code(p.suggested)}`,
  },
  noHost: {
    en: (p: { value: string }, f: Format) => `The callback server ${f.v(p.value)} names no host.`,
    ko: (p, f) => `콜백 서버에 호스트가 없습니다: ${f.v(p.value)}.`,
  },
  otherInstance: {
    en: (p: { value: string; other: string; otherUrl: string; accessUrl: string }, f: Format) =>
      `The callback server ${f.v(p.value)} points to instance ${p.other} (${f.v(p.otherUrl)}), not to this instance (${f.v(p.accessUrl)}): after logging in, this instance's operators land on ${p.other}.`,
    ko: (p, f) =>
      `콜백 서버(${f.v(p.value)})가 이 인스턴스(${f.v(p.accessUrl)})가 아니라 인스턴스 ${p.other}(${f.v(p.otherUrl)})를 가리킵니다. 로그인한 운영자는 이 인스턴스가 아닌 다른 인스턴스(${p.other})에 도착합니다.`,
  },
  prodToNonProd: {
    en: (p: { value: string; other: string; otherUrl: string; role: InstanceRole; accessUrl: string }, f: Format) =>
      `The callback server ${f.v(p.value)} of this production instance points to the ${ROLE[p.role].en} instance ${p.other} (${f.v(p.otherUrl)}): production operators would land on a ${ROLE[p.role].en} server after logging in. Production must redirect to its own production URL (${f.v(p.accessUrl)}).`,
    ko: (p, f) =>
      `이 프로덕션 인스턴스의 콜백 서버(${f.v(p.value)})가 ${ROLE[p.role].ko} 인스턴스 ${p.other}(${f.v(p.otherUrl)})를 가리킵니다. 프로덕션 운영자가 로그인 후 ${ROLE[p.role].ko} 서버에 도착하게 됩니다. 프로덕션은 자신의 프로덕션 URL(${f.v(p.accessUrl)})로 리디렉션해야 합니다.`,
  },
  wrongHost: {
    en: (p: { value: string; host: string; ownHost: string; accessUrl: string }, f: Format) =>
      `The callback server ${f.v(p.value)} points to host ${p.host}, not to this instance's host ${p.ownHost} (access URL ${f.v(p.accessUrl)}): after logging in, operators land elsewhere.`,
    ko: (p, f) =>
      `콜백 서버(${f.v(p.value)})가 이 인스턴스의 호스트(${p.ownHost}, 접속 URL ${f.v(p.accessUrl)})가 아니라 다른 호스트(${p.host})를 가리킵니다. 로그인한 운영자가 다른 곳에 도착합니다.`,
  },
  fixHost: {
    en: (p: { accessUrl: string }, f: Format) => `Set the callback server to this instance's access URL ${f.code(p.accessUrl)}, then restart the server.`,
    ko: (p, f) => `콜백 서버를 이 인스턴스의 접속 URL로 설정한 뒤 서버를 다시 시작하십시오: ${f.code(p.accessUrl)}`,
  },
  notAllowed: {
    en: (p: { value: string; patterns: string[]; defaultRedirectUri: string | null }, f: Format) =>
      `No redirect URI pattern of the IMS client allows ${f.v(p.value)} (patterns: ${patternList(p.patterns, f)}), so IMS sends the browser to ${p.defaultRedirectUri === null ? "the client's default redirect URI (not given in the workspace; typically an adobe.com page)" : `the client's default redirect URI ${f.v(p.defaultRedirectUri)}`} instead: the symptom "redirected to an adobe.com page".`,
    ko: (p, f) =>
      `IMS 클라이언트의 리디렉션 URI 패턴(${patternList(p.patterns, f)}) 중 이 주소를 허용하는 것이 없습니다: ${f.v(p.value)}. 그래서 IMS가 브라우저를 ${p.defaultRedirectUri === null ? '클라이언트의 기본 리디렉션 URI(워크스페이스에 없음, 보통 adobe.com 페이지)' : `클라이언트의 기본 리디렉션 URI(${f.v(p.defaultRedirectUri)})`}로 보냅니다. "adobe.com 페이지로 리디렉션됨" 증상의 원인입니다.`,
  },
  fixNotAllowedHost: {
    en: (p: { accessUrl: string; pattern: string }, f: Format) =>
      `Set the callback server to this instance's access URL ${f.code(p.accessUrl)}, which the pattern ${f.v(p.pattern)} allows, then restart the server.`,
    ko: (p, f) => `콜백 서버를 이 인스턴스의 접속 URL(${f.code(p.accessUrl)}, 패턴 ${f.v(p.pattern)}에서 허용)로 설정한 뒤 서버를 다시 시작하십시오.`,
  },
  fixNotAllowed: {
    en: (p: { value: string; pattern: string }, f: Format) =>
      `Ask Adobe to add a redirect URI pattern allowing ${f.v(p.value)} to the IMS client (for example ${f.code(p.pattern)}), or correct the callback server; then restart the server.`,
    ko: (p, f) =>
      `Adobe에 이 주소(${f.v(p.value)})를 허용하는 리디렉션 URI 패턴(예: ${f.code(p.pattern)})을 IMS 클라이언트에 추가해 달라고 요청하거나 콜백 서버를 고친 뒤 서버를 다시 시작하십시오.`,
  },
  invalidPattern: {
    en: (p: { pattern: string; error: string }, f: Format) =>
      `The IMS redirect URI pattern ${f.v(p.pattern)} is not a valid regular expression (${p.error}): it allows nothing.`,
    ko: (p, f) => `IMS 리디렉션 URI 패턴이 올바른 정규식이 아닙니다: ${f.v(p.pattern)}(${p.error}). 이 패턴은 아무것도 허용하지 않습니다.`,
  },
  fixInvalidPattern: {
    en: () => 'Ask Adobe to correct the redirect URI pattern of the IMS client (dots escaped as "\\.", e.g. "https://campaign\\.example\\.com(/.*)?").',
    ko: () => 'Adobe에 IMS 클라이언트의 리디렉션 URI 패턴을 고쳐 달라고 요청하십시오(점은 "\\."로 이스케이프, 예: "https://campaign\\.example\\.com(/.*)?").',
  },
  looseDots: {
    en: (p: { pattern: string; count: number; example: string | null }, f: Format) =>
      `The IMS redirect URI pattern ${f.v(p.pattern)} has ${f.n(p.count)} unescaped ${f.plural(p.count, { one: 'dot', other: 'dots' })}: "." matches any character, so the pattern also allows addresses that are not yours${p.example === null ? '' : ` (for example ${f.v(p.example)})`}.`,
    ko: (p, f) =>
      `IMS 리디렉션 URI 패턴 ${f.v(p.pattern)}에 이스케이프되지 않은 점이 ${f.n(p.count)}개 있습니다. "."는 모든 문자와 일치하므로 이 패턴은 우리 것이 아닌 주소도 허용합니다${p.example === null ? '' : `(예: ${f.v(p.example)})`}.`,
  },
  fixLooseDots: {
    en: (p: { suggested: string }, f: Format) => `Ask Adobe to escape the dots of the pattern: ${f.code(p.suggested)}.`,
    ko: (p, f) => `Adobe에 패턴의 점을 이스케이프해 달라고 요청하십시오: ${f.code(p.suggested)}`,
  },
  // ---- i9a: a pattern copied with doubled backslashes (from a JSON text or a doc) ----
  doubledBackslash: {
    en: (p: { pattern: string; fixed: string }, f: Format) =>
      `The IMS redirect URI pattern ${f.v(p.pattern)} has doubled backslashes ("\\\\."), as copied from a JSON text or a doc: each pair matches a backslash, so the pattern never matches what it was meant for (${f.v(p.fixed)}).`,
    ko: (p, f) =>
      `IMS 리디렉션 URI 패턴에 백슬래시가 두 번씩 있습니다(JSON 텍스트나 문서에서 복사한 "\\\\."): ${f.v(p.pattern)}. 두 개가 백슬래시 한 글자와 일치하므로 이 패턴은 의도한 주소(${f.v(p.fixed)})와 일치하지 않습니다.`,
  },
  fixDoubledBackslash: {
    en: (p: { fixed: string }, f: Format) =>
      `Ask Adobe to set the pattern with single backslashes: ${f.code(p.fixed)} (and correct the IMS client file if the copy is there).`,
    ko: (p, f) =>
      `Adobe에 백슬래시를 하나씩만 쓴 패턴으로 설정해 달라고 요청하십시오(IMS 클라이언트 파일에 잘못 복사되었다면 그것도 고치십시오): ${f.code(p.fixed)}`,
  },
  allowlistNoIms: {
    en: (p: { unreadable: { where: Provenance; problem: ProblemFact } | null }, f: Format) =>
      `The IMS redirect URI patterns were not checked: ${p.unreadable === null ? 'the workspace names no IMS client for this instance' : `the IMS client at ${f.at(p.unreadable.where)} could not be read (${problemText(p.unreadable.problem, f.lang)})`}.`,
    ko: (p, f) =>
      `IMS 리디렉션 URI 패턴은 확인하지 않았습니다: ${p.unreadable === null ? '워크스페이스에 이 인스턴스의 IMS 클라이언트가 지정되지 않았습니다' : `IMS 클라이언트(${f.at(p.unreadable.where)})를 읽을 수 없습니다(${problemText(p.unreadable.problem, f.lang)})`}.`,
  },
  fixAllowlistNoIms: {
    en: () => 'Describe the IMS client in the workspace (ims: { client: … } or ims: { console: … }) with its redirect URI patterns, then run ims-doctor again.',
    ko: () =>
      '워크스페이스에 리디렉션 URI 패턴을 포함한 IMS 클라이언트를 지정한 뒤(ims: { client: … } 또는 ims: { console: … }) ims-doctor를 다시 실행하십시오.',
  },
  allowlistUnknown: {
    en: (p: { sources: string[] }, f: Format) =>
      `The IMS redirect URI patterns were not checked: ${f.list(p.sources)} ${f.plural(p.sources.length, { one: 'gives', other: 'give' })} none.`,
    ko: (p, f) => `IMS 리디렉션 URI 패턴은 확인하지 않았습니다: 패턴이 없습니다(${f.list(p.sources)}).`,
  },
  fixAllowlistUnknown: {
    en: () =>
      'Copy the redirect URI patterns from Adobe\'s provisioning details into "redirectUriPatterns:" of the IMS client file, then run ims-doctor again.',
    ko: () => 'Adobe의 프로비저닝 정보에 있는 리디렉션 URI 패턴을 IMS 클라이언트 파일의 "redirectUriPatterns:"에 옮겨 적은 뒤 ims-doctor를 다시 실행하십시오.',
  },

  // ---- Live (check --probe): what IMS did with the callback as redirect_uri, and the callback server itself ----
  liveAllowlisted: {
    en: (p: { probe: AuthorizeProbe }, f: Format) =>
      `Live: IMS accepted ${f.v(p.probe.redirectUri)} as redirect_uri (${f.say(COMMON, { id: 'authorizeObserved', params: p })}).`,
    ko: (p, f) => `실시간 확인: IMS가 redirect_uri를 받아들였습니다: ${f.v(p.probe.redirectUri)}(${f.say(COMMON, { id: 'authorizeObserved', params: p })}).`,
  },
  liveDefaultRedirect: {
    en: (p: { probe: AuthorizeProbe }, f: Format) =>
      `Live: ${f.say(COMMON, { id: 'authorizeObserved', params: p })}; operators end on that page instead of Campaign.`,
    ko: (p, f) =>
      `실시간 확인: IMS가 브라우저를 클라이언트의 기본 리디렉션 URI(${p.probe.location ?? '?'})로 보냈습니다. 콜백(${f.v(p.probe.redirectUri)})이 허용 목록에 없어 운영자가 Campaign 대신 그 페이지에 도착합니다.`,
  },
  liveFixAllowlist: {
    en: (p: { redirectUri: string }, f: Format) =>
      `Ask Adobe for a redirect URI pattern of the client that matches ${f.v(p.redirectUri)} whole (or change the patterns in the Developer Console), or correct "Callback server" of the external account; then restart the server.`,
    ko: (p, f) =>
      `이 주소(${f.v(p.redirectUri)}) 전체와 일치하는 리디렉션 URI 패턴을 클라이언트에 추가해 달라고 Adobe에 요청하거나(또는 Developer Console에서 변경) 외부 계정의 Callback server(콜백 서버)를 고친 뒤 서버를 다시 시작하십시오.`,
  },
  liveUnexpected: {
    en: (p: { probe: AuthorizeProbe }, f: Format) => `Live: ${f.say(COMMON, { id: 'authorizeObserved', params: p })}.`,
    ko: (p, f) => `실시간 확인: IMS의 응답이 예상과 다릅니다(${f.say(COMMON, { id: 'authorizeObserved', params: p })}).`,
  },
  liveCallbackOk: {
    en: (p: { probe: CallbackProbe }, f: Format) => `Live: ${f.say(COMMON, { id: 'callbackObserved', params: p })}.`,
    ko: (p, f) => `실시간 확인: 콜백 서버가 정상입니다(${f.say(COMMON, { id: 'callbackObserved', params: p })}).`,
  },
  liveCallbackExpiring: {
    en: (p: { probe: CallbackProbe }, f: Format) => `Live: ${f.say(COMMON, { id: 'callbackObserved', params: p })}; logins break when it expires.`,
    ko: (p, f) => `실시간 확인: 콜백 서버 인증서가 곧 만료됩니다(${f.say(COMMON, { id: 'callbackObserved', params: p })}). 만료되면 로그인이 실패합니다.`,
  },
  liveCallbackBroken: {
    en: (p: { probe: CallbackProbe }, f: Format) =>
      `Live: ${f.say(COMMON, { id: 'callbackObserved', params: p })}: the browser cannot come back to Campaign after the Adobe ID login.`,
    ko: (p, f) =>
      `실시간 확인: 콜백 서버에 문제가 있습니다(${f.say(COMMON, { id: 'callbackObserved', params: p })}). Adobe ID 로그인 후 브라우저가 Campaign으로 돌아올 수 없습니다.`,
  },
  liveCallbackNotProbed: {
    en: (p: { probe: CallbackProbe }, f: Format) =>
      `Live: could not probe the callback from this machine (${f.say(COMMON, { id: 'callbackObserved', params: p })}), which reached no IMS either; this says nothing about the callback server.`,
    ko: (p, f) =>
      `실시간 확인: 이 컴퓨터에서 콜백을 확인할 수 없습니다(${f.say(COMMON, { id: 'callbackObserved', params: p })}). 이 컴퓨터는 IMS에도 접속하지 못했으므로 콜백 서버 설정과는 무관합니다.`,
  },
  liveFixCallback: {
    en: () =>
      'Make the callback host resolve and serve https with a certificate valid for its name (renew it before it expires), then check again with --probe.',
    ko: () => '콜백 호스트 이름이 확인되고 그 이름에 유효한 인증서로 https를 제공하도록 하십시오(만료 전에 갱신). 그런 다음 --probe로 다시 확인하십시오.',
  },

  // ---- As sent (har with a workspace): the redirect_uri a browser recording shows was really sent ----
  sentDiffers: {
    en: (p: { instance: string; sent: string; configured: string }, f: Format) =>
      `The callback the browser really sent (redirect_uri ${f.v(p.sent)}) differs from the callback server configured for ${p.instance} (${f.v(p.configured)}).`,
    ko: (p, f) => `브라우저가 실제로 보낸 콜백(redirect_uri ${f.v(p.sent)})이 ${p.instance}에 구성된 콜백 서버(${f.v(p.configured)})와 다릅니다.`,
  },
  fixSentDiffers: {
    en: (_p: Record<never, never>, f: Format) => f.say(COMMON, { id: 'sentNeedsRestart' }),
    ko: (_p, f) => f.say(COMMON, { id: 'sentNeedsRestart' }),
  },
  sentNotAllowed: {
    en: (p: { instance: string; sent: string; patterns: string[]; defaultRedirectUri: string | null }, f: Format) =>
      `No redirect URI pattern of the IMS client of ${p.instance} allows the redirect_uri sent, ${f.v(p.sent)} (patterns: ${patternList(p.patterns, f)}): IMS sends the browser to the default redirect URI ${p.defaultRedirectUri === null ? '(not given in the workspace; typically an adobe.com page)' : f.v(p.defaultRedirectUri)} instead.`,
    ko: (p, f) =>
      `${p.instance}의 IMS 클라이언트 리디렉션 URI 패턴(${patternList(p.patterns, f)}) 중 보낸 redirect_uri(${f.v(p.sent)})를 허용하는 것이 없습니다. 그래서 IMS는 브라우저를 기본 리디렉션 URI${p.defaultRedirectUri === null ? '(워크스페이스에 없음, 보통 adobe.com 페이지)' : `(${f.v(p.defaultRedirectUri)})`}로 보냅니다.`,
  },
  fixSentNotAllowed: {
    en: () =>
      "Add a redirect URI pattern allowing the callback to the IMS client (Developer Console), or set the external account's callback server to a URL the patterns allow; then restart the server.",
    ko: () =>
      'IMS 클라이언트(Developer Console)에 콜백을 허용하는 리디렉션 URI 패턴을 추가하거나, 외부 계정의 콜백 서버를 패턴이 허용하는 URL로 바꾼 뒤 서버를 다시 시작하십시오.',
  },
  sentAllowed: {
    en: (p: { sent: string; pattern: string }, f: Format) => `The redirect_uri sent, ${f.v(p.sent)}, is allowed by the IMS client's pattern ${f.v(p.pattern)}.`,
    ko: (p, f) => `보낸 redirect_uri(${f.v(p.sent)})를 IMS 클라이언트 패턴(${f.v(p.pattern)})이 허용합니다.`,
  },
});

type CallbackReport = Report<typeof messages>;

export default defineRule({
  id: 'callback-url',
  section: 6,
  title: {
    en: 'Callback server: https, on the IMS allowlist, pointing to its own instance',
    ko: '콜백 서버: https 사용, IMS 허용 목록에 포함, 자기 인스턴스를 가리킴',
  },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages,
  check({ snapshot, instance, account, ims }): CallbackReport[] {
    const callback = account.callbackServer;
    const raw = callback.value;
    const callbackEvidence = evidence('callbackServer', callback);
    const accessEvidence = evidence('accessUrl', instance.accessUrl);
    const accessUrl = instance.accessUrl.value;
    const reports: CallbackReport[] = [];
    if (raw.trim() === '') {
      reports.push({
        status: 'fail',
        message: { id: 'empty' },
        remediation: { id: 'fixEmpty', params: { accessUrl } },
        evidence: [callbackEvidence, accessEvidence],
      });
      return [...reports, ...asSentReports(instance, account, ims)];
    }

    const value = raw.trim();
    if (/[\s\u00a0]/.test(raw)) {
      reports.push({
        status: 'fail',
        message: { id: 'spaces', params: { value: raw } },
        remediation: { id: 'fixSpaces', params: { suggested: raw.replace(/[\s\u00a0]+/g, '') } },
        evidence: [callbackEvidence],
      });
    }
    const parts = splitUrl(value);
    if (!isHttps(value)) {
      const rest = parts.scheme === undefined ? value : value.slice(parts.scheme.length + 3);
      reports.push({
        status: 'fail',
        message: { id: 'notHttps', params: { value, scheme: parts.scheme ?? null } },
        remediation: { id: 'fixHttps', params: { suggested: `https://${rest}` } },
        evidence: [callbackEvidence],
      });
    }

    const host = hostOf(value);
    const ownHost = hostOf(accessUrl);
    if (host === '') {
      reports.push({
        status: 'fail',
        message: { id: 'noHost', params: { value } },
        remediation: { id: 'fixHost', params: { accessUrl } },
        evidence: [callbackEvidence, accessEvidence],
      });
    } else if (ownHost !== '' && host !== ownHost) {
      reports.push(wrongTarget(snapshot.instances, instance, { value, host, ownHost, accessUrl }, [callbackEvidence, accessEvidence]));
    }

    const allowlist = checkAllowlist(raw, instance, ims, callbackEvidence);
    reports.push(...allowlist.reports);
    if (!reports.some((report) => report.status === 'fail' || report.status === 'warn')) {
      const proof = [callbackEvidence, accessEvidence];
      reports.push(
        allowlist.matched
          ? {
              status: 'pass',
              message: { id: 'pass', params: { value, host, accessUrl, pattern: allowlist.matched.value } },
              evidence: [...proof, evidence('redirectUriPattern', allowlist.matched)],
            }
          : { status: 'pass', message: { id: 'passWithoutAllowlist', params: { value, host, accessUrl } }, evidence: proof },
      );
    }
    return [...reports, ...asSentReports(instance, account, ims)];
  },
  liveCheck(probes): CallbackReport[] {
    const reports: CallbackReport[] = [];
    const authorize = probes.authorize;
    if (authorize) {
      const proof: EvidenceInput[] = [{ field: 'liveAuthorize', value: { id: 'authorizeObserved', params: { probe: authorize } }, at: authorize.at }];
      const params = { probe: authorize };
      if (authorize.outcome === 'default-redirect') {
        reports.push({
          status: 'fail',
          message: { id: 'liveDefaultRedirect', params },
          remediation: { id: 'liveFixAllowlist', params: { redirectUri: authorize.redirectUri } },
          evidence: proof,
        });
      } else if (authorize.outcome === 'login-page' || authorize.outcome === 'callback-redirect') {
        reports.push({ status: 'pass', message: { id: 'liveAllowlisted', params }, evidence: proof });
      } else if (authorize.outcome === 'unexpected') {
        reports.push({ status: 'warn', message: { id: 'liveUnexpected', params }, evidence: proof });
      }
    }
    const callback = probes.callback;
    if (callback && callback.outcome !== 'not-https') {
      const proof: EvidenceInput[] = [{ field: 'liveCallback', value: { id: 'callbackObserved', params: { probe: callback } }, at: callback.at }];
      const params = { probe: callback };
      if (callbackNotProbed(callback, probes.imsReachable)) reports.push({ status: 'skip', message: { id: 'liveCallbackNotProbed', params }, evidence: proof });
      else if (callback.outcome === 'ok') reports.push({ status: 'pass', message: { id: 'liveCallbackOk', params }, evidence: proof });
      else if (callback.outcome === 'tls-expiring')
        reports.push({ status: 'warn', message: { id: 'liveCallbackExpiring', params }, remediation: { id: 'liveFixCallback' }, evidence: proof });
      else reports.push({ status: 'fail', message: { id: 'liveCallbackBroken', params }, remediation: { id: 'liveFixCallback' }, evidence: proof });
    }
    return reports;
  },
});

/** The callback points to another host: another instance of the workspace (production to non-production has its own message), or an unknown host. */
function wrongTarget(
  instances: readonly InstanceSnapshot[],
  instance: InstanceSnapshot,
  params: { value: string; host: string; ownHost: string; accessUrl: string },
  base: EvidenceInput[],
): CallbackReport {
  const remediation = { id: 'fixHost', params: { accessUrl: params.accessUrl } } as const;
  const other = instances.find((candidate) => candidate.name !== instance.name && hostOf(candidate.accessUrl.value) === params.host);
  if (!other) return { status: 'fail', message: { id: 'wrongHost', params }, remediation, evidence: base };
  const proof = [...base, evidence('accessUrl', other.accessUrl)];
  const about = { value: params.value, other: other.name, otherUrl: other.accessUrl.value, accessUrl: params.accessUrl };
  if (instance.role === 'production' && other.role !== 'production') {
    return { status: 'fail', message: { id: 'prodToNonProd', params: { ...about, role: other.role } }, remediation, evidence: proof };
  }
  return { status: 'fail', message: { id: 'otherInstance', params: about }, remediation, evidence: proof };
}

/** Section 6's allowlist: the redirect URI Campaign sends must match one IMS redirect URI pattern as a whole string. */
function checkAllowlist(
  callbackServer: string,
  instance: InstanceSnapshot,
  ims: ImsPlane | undefined,
  callbackEvidence: EvidenceInput,
): { reports: CallbackReport[]; matched: Sourced<string> | undefined } {
  if (!ims) {
    const plane = instance.ims;
    const unreadable =
      plane.state === 'error'
        ? { where: { file: plane.problem.file, line: plane.problem.line, column: plane.problem.column }, problem: plane.problem.problem }
        : null;
    return {
      reports: [{ status: 'skip', message: { id: 'allowlistNoIms', params: { unreadable } }, remediation: { id: 'fixAllowlistNoIms' } }],
      matched: undefined,
    };
  }
  const patterns = ims.redirectUriPatterns ?? [];
  if (patterns.length === 0) {
    return {
      reports: [{ status: 'skip', message: { id: 'allowlistUnknown', params: { sources: ims.sources } }, remediation: { id: 'fixAllowlistUnknown' } }],
      matched: undefined,
    };
  }

  const reports: CallbackReport[] = [];
  const redirectUri = campaignRedirectUri(callbackServer);
  const ownUrl = instance.accessUrl.value.trim();
  const compiled = compilePatterns(patterns);
  for (const item of compiled) {
    if ('error' in item) {
      reports.push({
        status: 'warn',
        message: { id: 'invalidPattern', params: { pattern: item.pattern.value, error: item.error } },
        remediation: { id: 'fixInvalidPattern' },
        evidence: [evidence('redirectUriPattern', item.pattern)],
      });
      continue;
    }
    if (item.pattern.value.includes('\\\\')) {
      const fixed = item.pattern.value.replace(/\\\\/g, '\\');
      reports.push({
        status: 'warn',
        message: { id: 'doubledBackslash', params: { pattern: item.pattern.value, fixed } },
        remediation: { id: 'fixDoubledBackslash', params: { fixed } },
        evidence: [evidence('redirectUriPattern', item.pattern)],
      });
      continue;
    }
    const dots = looseDots(item.pattern.value);
    if (dots.length > 0) {
      reports.push({
        status: 'warn',
        message: {
          id: 'looseDots',
          params: { pattern: item.pattern.value, count: dots.length, example: looseExample(item.regex, [redirectUri, campaignRedirectUri(ownUrl)]) ?? null },
        },
        remediation: { id: 'fixLooseDots', params: { suggested: escapeLooseDots(item.pattern.value, dots) } },
        evidence: [evidence('redirectUriPattern', item.pattern)],
      });
    }
  }
  const matched = allowedBy(redirectUri, compiled);
  if (!matched) {
    const allowsOwn = allowedBy(campaignRedirectUri(ownUrl), compiled);
    const fixToOwn = allowsOwn !== undefined && hostOf(callbackServer) !== hostOf(ownUrl);
    reports.push({
      status: 'fail',
      message: {
        id: 'notAllowed',
        params: { value: redirectUri, patterns: patterns.map((pattern) => pattern.value), defaultRedirectUri: ims.defaultRedirectUri?.value ?? null },
      },
      remediation:
        fixToOwn && allowsOwn
          ? { id: 'fixNotAllowedHost', params: { accessUrl: ownUrl, pattern: allowsOwn.value } }
          : { id: 'fixNotAllowed', params: { value: redirectUri, pattern: patternFor(callbackServer.trim()) } },
      evidence: [
        callbackEvidence,
        ...patterns.map((pattern) => evidence('redirectUriPattern', pattern)),
        ...(ims.defaultRedirectUri ? [evidence('defaultRedirectUri', ims.defaultRedirectUri)] : []),
      ],
    });
  }
  return { reports, matched };
}

/**
 * What a browser recording shows was really sent (`har` with a workspace): the redirect_uri against
 * the callback server configured (a difference: the server was not restarted, or another instance),
 * and against the IMS redirect URI patterns (what IMS really judged).
 */
function asSentReports(instance: InstanceSnapshot, account: ExternalAccount, ims: ImsPlane | undefined): CallbackReport[] {
  const sent: AsSent['redirectUri'] = instance.asSent?.redirectUri;
  if (!sent) return [];
  const reports: CallbackReport[] = [];
  const sentEvidence = evidence('sentRedirectUri', sent);
  const configured = campaignRedirectUri(account.callbackServer.value);
  if (!sentMatchesCallback(sent.value, account.callbackServer.value)) {
    reports.push({
      status: 'fail',
      message: { id: 'sentDiffers', params: { instance: instance.name, sent: sent.value, configured } },
      remediation: { id: 'fixSentDiffers' },
      evidence: [sentEvidence, evidence('callbackServer', account.callbackServer)],
    });
  }
  const patterns = ims?.redirectUriPatterns;
  if (ims && patterns && patterns.length > 0) {
    const allowed = allowedBy(sent.value, compilePatterns(patterns));
    if (allowed) {
      reports.push({
        status: 'pass',
        message: { id: 'sentAllowed', params: { sent: sent.value, pattern: allowed.value } },
        evidence: [sentEvidence, evidence('redirectUriPattern', allowed)],
      });
    } else {
      reports.push({
        status: 'fail',
        message: {
          id: 'sentNotAllowed',
          params: {
            instance: instance.name,
            sent: sent.value,
            patterns: patterns.map((pattern) => pattern.value),
            defaultRedirectUri: ims.defaultRedirectUri?.value ?? null,
          },
        },
        remediation: { id: 'fixSentNotAllowed' },
        evidence: [
          sentEvidence,
          ...patterns.map((pattern) => evidence('redirectUriPattern', pattern)),
          ...(ims.defaultRedirectUri ? [evidence('defaultRedirectUri', ims.defaultRedirectUri)] : []),
        ],
      });
    }
  }
  return reports;
}
