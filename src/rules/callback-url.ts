import { problemText } from '../i18n/problems.js';
import type { ImsPlane, InstanceRole, InstanceSnapshot } from '../model/snapshot.js';
import { formatProvenance } from '../model/provenance.js';
import { campaignRedirectUri, CHECKLIST_URL } from '../domain/facts.js';
import { escapeRegex, hostOf, isHttps, splitUrl, wholeStringRegex } from '../domain/urls.js';
import { shown } from './params.js';
import { adaptLegacyRule, legacyDetail, defineRule, evidence, quote, t, type EvidenceInput, type ParamValue, type Report } from './legacy.js';
import { withLiveCheck } from './live.js';

const ROLE_KEYS: Record<InstanceRole, string> = { production: 'roleProduction', stage: 'roleStage', development: 'roleDevelopment' };

/** Where a pattern has dots that match any character although they read as a literal dot (`.*`, `.+`, `[.]`, `\.` are fine). */
export function looseDots(pattern: string): number[] {
  const positions: number[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '.' && !/[*+?{]/.test(pattern[i + 1] ?? '')) positions.push(i);
  }
  return positions;
}

/** The pattern with those dots escaped. */
function escapeLooseDots(pattern: string, positions: readonly number[]): string {
  return pattern.split('').map((c, i) => (positions.includes(i) ? '\\.' : c)).join('');
}

/** A URL the pattern accepts only because a dot matches any character: one of the URLs' dots replaced by "x". */
function looseExample(regex: RegExp, urls: readonly string[]): string | undefined {
  for (const url of urls) {
    if (!regex.test(url)) continue;
    for (let i = url.indexOf('.'); i !== -1; i = url.indexOf('.', i + 1)) {
      const candidate = `${url.slice(0, i)}x${url.slice(i + 1)}`;
      if (regex.test(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The pattern an IMS client needs for a callback server: its origin, escaped, with any path. */
function patternFor(url: string): string {
  const parts = splitUrl(url);
  const origin = `https://${parts.host}${parts.port !== undefined ? `:${parts.port}` : ''}`;
  return `${escapeRegex(origin)}(/.*)?`;
}

const offline = defineRule({
  id: 'callback-url',
  section: 6,
  docUrl: CHECKLIST_URL,
  title: {
    en: 'Callback server: https, on the IMS allowlist, pointing to its own instance',
    ko: '콜백 서버: https 사용, IMS 허용 목록에 포함, 자기 인스턴스를 가리킴',
  },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages: {
    roleProduction: { en: () => 'production', ko: () => '프로덕션' },
    roleStage: { en: () => 'stage', ko: () => '스테이징' },
    roleDevelopment: { en: () => 'development', ko: () => '개발' },
    pass: {
      en: (p) => `The callback server ${p.value} uses https and points to this instance (${p.host}, as its access URL ${p.accessUrl}), and the IMS redirect URI pattern ${p.pattern} allows it.`,
      ko: (p) => `콜백 서버 ${p.value}은(는) https를 사용하며 이 인스턴스를 가리킵니다(접속 URL ${p.accessUrl}과 같은 호스트 ${p.host}). IMS 리디렉션 URI 패턴 ${p.pattern}도 이 주소를 허용합니다.`,
    },
    passWithoutAllowlist: {
      en: (p) => `The callback server ${p.value} uses https and points to this instance (${p.host}, as its access URL ${p.accessUrl}).`,
      ko: (p) => `콜백 서버 ${p.value}은(는) https를 사용하며 이 인스턴스를 가리킵니다(접속 URL ${p.accessUrl}과 같은 호스트 ${p.host}).`,
    },
    empty: {
      en: () => 'The callback server of the external account is empty: Campaign gives IMS no address to send the operator back to, so IMS sends the browser to the client\'s default redirect URI instead.',
      ko: () => '외부 계정의 콜백 서버가 비어 있습니다. Campaign이 로그인 후 돌아올 주소를 IMS에 알려 주지 않으므로 IMS는 브라우저를 클라이언트의 기본 리디렉션 URI로 보냅니다.',
    },
    fixEmpty: {
      en: (p) => `Set the callback server to this instance's https access URL (${p.accessUrl}), then restart the server.`,
      ko: (p) => `콜백 서버를 이 인스턴스의 https 접속 URL(${p.accessUrl})로 설정한 뒤 서버를 다시 시작하십시오.`,
    },
    spaces: {
      en: (p) => `The callback server ${p.value} contains spaces (· marks a space, ⇥ a tab, ⍽ a no-break space): the redirect URI sent to IMS carries them, and no redirect URI pattern allows it.`,
      ko: (p) => `콜백 서버 ${p.value}에 공백이 있습니다(·는 공백, ⇥는 탭, ⍽는 줄바꿈 없는 공백). IMS에 보내는 리디렉션 URI에 공백이 그대로 들어가므로 어떤 리디렉션 URI 패턴과도 일치하지 않습니다.`,
    },
    fixSpaces: {
      en: (p) => `Write the callback server as ${p.suggested}, without spaces, then restart the server.`,
      ko: (p) => `콜백 서버를 공백 없이 ${p.suggested}(으)로 적은 뒤 서버를 다시 시작하십시오.`,
    },
    notHttps: {
      en: (p) => `The callback server ${p.value} does not start with https:// (${p.scheme}): IMS sends the authorization code only to https addresses on the client's allowlist.`,
      ko: (p) => `콜백 서버 ${p.value}이(가) https://로 시작하지 않습니다(${p.scheme}). IMS는 클라이언트 허용 목록에 있는 https 주소로만 인증 코드를 보냅니다.`,
    },
    schemeFound: { en: (p) => `it starts with ${p.scheme}`, ko: (p) => `${p.scheme}(으)로 시작함` },
    noScheme: { en: () => 'it has no scheme at all', ko: () => '스킴이 아예 없음' },
    fixHttps: {
      en: (p) => `Set the callback server to ${p.suggested}, then restart the server.`,
      ko: (p) => `콜백 서버를 ${p.suggested}(으)로 설정한 뒤 서버를 다시 시작하십시오.`,
    },
    noHost: {
      en: (p) => `The callback server ${p.value} names no host.`,
      ko: (p) => `콜백 서버 ${p.value}에 호스트가 없습니다.`,
    },
    otherInstance: {
      en: (p) => `The callback server ${p.value} points to instance ${p.other} (${p.otherUrl}), not to this instance (${p.accessUrl}): after logging in, this instance's operators land on ${p.other}.`,
      ko: (p) => `콜백 서버 ${p.value}은(는) 이 인스턴스(${p.accessUrl})가 아니라 인스턴스 ${p.other}(${p.otherUrl})를 가리킵니다. 로그인한 운영자는 이 인스턴스가 아닌 ${p.other}(으)로 이동합니다.`,
    },
    prodToNonProd: {
      en: (p) => `The callback server ${p.value} of this production instance points to the ${p.role} instance ${p.other} (${p.otherUrl}): production operators would land on a ${p.role} server after logging in. Production must redirect to its own production URL (${p.accessUrl}).`,
      ko: (p) => `이 프로덕션 인스턴스의 콜백 서버 ${p.value}은(는) ${p.role} 인스턴스 ${p.other}(${p.otherUrl})를 가리킵니다. 프로덕션 운영자가 로그인 후 ${p.role} 서버로 이동하게 됩니다. 프로덕션은 자신의 프로덕션 URL(${p.accessUrl})로 리디렉션해야 합니다.`,
    },
    wrongHost: {
      en: (p) => `The callback server ${p.value} points to host ${p.host}, not to this instance's host ${p.ownHost} (access URL ${p.accessUrl}): after logging in, operators land elsewhere.`,
      ko: (p) => `콜백 서버 ${p.value}은(는) 이 인스턴스의 호스트 ${p.ownHost}(접속 URL ${p.accessUrl})가 아니라 호스트 ${p.host}를 가리킵니다. 로그인한 운영자가 다른 곳으로 이동합니다.`,
    },
    fixHost: {
      en: (p) => `Set the callback server to this instance's access URL ${p.accessUrl}, then restart the server.`,
      ko: (p) => `콜백 서버를 이 인스턴스의 접속 URL ${p.accessUrl}(으)로 설정한 뒤 서버를 다시 시작하십시오.`,
    },
    notAllowed: {
      en: (p) => `No redirect URI pattern of the IMS client allows ${p.value} (patterns: ${p.patterns}), so IMS sends the browser to ${p.landing} instead: the symptom "redirected to an adobe.com page".`,
      ko: (p) => `IMS 클라이언트의 리디렉션 URI 패턴 중 ${p.value}을(를) 허용하는 것이 없습니다(패턴: ${p.patterns}). 그래서 IMS가 브라우저를 ${p.landing}(으)로 보냅니다. "adobe.com 페이지로 리디렉션됨" 증상의 원인입니다.`,
    },
    landingKnown: {
      en: (p) => `the client's default redirect URI ${p.uri}`,
      ko: (p) => `클라이언트의 기본 리디렉션 URI ${p.uri}`,
    },
    landingUnknown: {
      en: () => 'the client\'s default redirect URI (not given in the workspace; typically an adobe.com page)',
      ko: () => '클라이언트의 기본 리디렉션 URI(워크스페이스에 없음, 보통 adobe.com 페이지)',
    },
    fixNotAllowedHost: {
      en: (p) => `Set the callback server to this instance's access URL ${p.accessUrl}, which the pattern ${p.pattern} allows, then restart the server.`,
      ko: (p) => `콜백 서버를 패턴 ${p.pattern}이(가) 허용하는 이 인스턴스의 접속 URL ${p.accessUrl}(으)로 설정한 뒤 서버를 다시 시작하십시오.`,
    },
    fixNotAllowed: {
      en: (p) => `Ask Adobe to add a redirect URI pattern allowing ${p.value} to the IMS client (for example ${p.pattern}), or correct the callback server; then restart the server.`,
      ko: (p) => `Adobe에 ${p.value}을(를) 허용하는 리디렉션 URI 패턴(예: ${p.pattern})을 IMS 클라이언트에 추가해 달라고 요청하거나 콜백 서버를 고친 뒤 서버를 다시 시작하십시오.`,
    },
    invalidPattern: {
      en: (p) => `The IMS redirect URI pattern ${p.pattern} is not a valid regular expression (${p.error}): it allows nothing.`,
      ko: (p) => `IMS 리디렉션 URI 패턴 ${p.pattern}은(는) 올바른 정규식이 아닙니다(${p.error}). 이 패턴은 아무것도 허용하지 않습니다.`,
    },
    fixInvalidPattern: {
      en: () => 'Ask Adobe to correct the redirect URI pattern of the IMS client (dots escaped as "\\.", e.g. "https://campaign\\.example\\.com(/.*)?").',
      ko: () => 'Adobe에 IMS 클라이언트의 리디렉션 URI 패턴을 고쳐 달라고 요청하십시오(점은 "\\."로 이스케이프, 예: "https://campaign\\.example\\.com(/.*)?").',
    },
    looseDots: {
      en: (p) => `The IMS redirect URI pattern ${p.pattern} has ${p.count} unescaped ${p.count === 1 ? 'dot' : 'dots'}: "." matches any character, so the pattern also allows addresses that are not yours${p.example}.`,
      ko: (p) => `IMS 리디렉션 URI 패턴 ${p.pattern}에 이스케이프되지 않은 점이 ${p.count}개 있습니다. "."는 모든 문자와 일치하므로 이 패턴은 우리 것이 아닌 주소도 허용합니다${p.example}.`,
    },
    looseExample: { en: (p) => ` (for example ${p.example})`, ko: (p) => `(예: ${p.example})` },
    fixLooseDots: {
      en: (p) => `Ask Adobe to escape the dots of the pattern: ${p.suggested}.`,
      ko: (p) => `Adobe에 패턴의 점을 이스케이프해 달라고 요청하십시오: ${p.suggested}.`,
    },
    allowlistNoIms: {
      en: (p) => `The IMS redirect URI patterns were not checked: ${p.reason}.`,
      ko: (p) => `IMS 리디렉션 URI 패턴은 확인하지 않았습니다: ${p.reason}.`,
    },
    imsAbsent: {
      en: () => 'the workspace names no IMS client for this instance',
      ko: () => '워크스페이스에 이 인스턴스의 IMS 클라이언트가 지정되지 않았습니다',
    },
    imsUnreadable: {
      en: (p) => `the IMS client at ${p.where} could not be read (${p.problem})`,
      ko: (p) => `${p.where}의 IMS 클라이언트를 읽을 수 없습니다(${p.problem})`,
    },
    fixAllowlistNoIms: {
      en: () => 'Describe the IMS client in the workspace (ims: { client: … } or ims: { console: … }) with its redirect URI patterns, then run ims-doctor again.',
      ko: () => '워크스페이스에 리디렉션 URI 패턴을 포함한 IMS 클라이언트를 지정한 뒤(ims: { client: … } 또는 ims: { console: … }) ims-doctor를 다시 실행하십시오.',
    },
    allowlistUnknown: {
      en: (p) => `The IMS redirect URI patterns were not checked: ${p.sources} give none.`,
      ko: (p) => `IMS 리디렉션 URI 패턴은 확인하지 않았습니다: ${p.sources}에 패턴이 없습니다.`,
    },
    fixAllowlistUnknown: {
      en: () => 'Copy the redirect URI patterns from Adobe\'s provisioning details into "redirectUriPatterns:" of the IMS client file, then run ims-doctor again.',
      ko: () => 'Adobe의 프로비저닝 정보에 있는 리디렉션 URI 패턴을 IMS 클라이언트 파일의 "redirectUriPatterns:"에 옮겨 적은 뒤 ims-doctor를 다시 실행하십시오.',
    },
  },
  check({ snapshot, instance, account, ims }) {
    const callback = account!.callbackServer;
    const raw = callback.value;
    const callbackEvidence = evidence('callbackServer', callback);
    const accessEvidence = evidence('accessUrl', instance.accessUrl);
    const accessUrl = quote(instance.accessUrl.value);
    if (raw.trim() === '') return [{ status: 'fail', message: 'empty', remediation: 'fixEmpty', params: { accessUrl }, evidence: [callbackEvidence, accessEvidence] }];

    const reports: Report<string>[] = [];
    const value = raw.trim();
    if (/[\s\u00a0]/.test(raw)) {
      reports.push({ status: 'fail', message: 'spaces', remediation: 'fixSpaces', params: { value: shown(raw), suggested: quote(raw.replace(/[\s\u00a0]+/g, '')) }, evidence: [callbackEvidence] });
    }
    const parts = splitUrl(value);
    if (!isHttps(value)) {
      const rest = parts.scheme === undefined ? value : value.slice(parts.scheme.length + 3);
      reports.push({
        status: 'fail', message: 'notHttps', remediation: 'fixHttps',
        params: { value: quote(value), scheme: parts.scheme === undefined ? t('noScheme') : t('schemeFound', { scheme: quote(`${parts.scheme}://`) }), suggested: quote(`https://${rest}`) },
        evidence: [callbackEvidence],
      });
    }

    const host = hostOf(value);
    const ownHost = hostOf(instance.accessUrl.value);
    if (host === '') {
      reports.push({ status: 'fail', message: 'noHost', remediation: 'fixHost', params: { value: quote(value), accessUrl }, evidence: [callbackEvidence, accessEvidence] });
    } else if (ownHost !== '' && host !== ownHost) {
      reports.push(wrongTarget(snapshot.instances, instance, { value: quote(value), host, ownHost, accessUrl }, [callbackEvidence, accessEvidence]));
    }

    const allowlist = checkAllowlist(raw, instance, ims, callbackEvidence);
    reports.push(...allowlist.reports);
    if (!reports.some((report) => report.status === 'fail' || report.status === 'warn')) {
      reports.push({
        status: 'pass', message: allowlist.matched ? 'pass' : 'passWithoutAllowlist',
        params: { value: quote(value), host, accessUrl, pattern: allowlist.matched ? shown(allowlist.matched.value) : '' },
        evidence: [callbackEvidence, accessEvidence, ...(allowlist.matched ? [evidence('redirectUriPattern', allowlist.matched)] : [])],
      });
    }
    return reports;
  },
});

/** The callback points to another host: another instance of the workspace (production to non-production has its own message), or an unknown host. */
function wrongTarget(instances: readonly InstanceSnapshot[], instance: InstanceSnapshot, params: Record<string, string>, base: EvidenceInput[]): Report<string> {
  const other = instances.find((candidate) => candidate.name !== instance.name && hostOf(candidate.accessUrl.value) === params.host);
  if (!other) return { status: 'fail', message: 'wrongHost', remediation: 'fixHost', params, evidence: base };
  const otherParams = { ...params, other: other.name, otherUrl: quote(other.accessUrl.value), role: t(ROLE_KEYS[other.role]) };
  const otherEvidence = evidence('accessUrl', other.accessUrl);
  const message = instance.role === 'production' && other.role !== 'production' ? 'prodToNonProd' : 'otherInstance';
  return { status: 'fail', message, remediation: 'fixHost', params: otherParams, evidence: [...base, otherEvidence] };
}

/** Section 6's allowlist: the redirect URI Campaign sends must match one IMS redirect URI pattern as a whole string. */
function checkAllowlist(
  callbackServer: string,
  instance: InstanceSnapshot,
  ims: ImsPlane | undefined,
  callbackEvidence: EvidenceInput,
): { reports: Report<string>[]; matched: { value: string; at: EvidenceInput['at'] } | undefined } {
  if (!ims) {
    const plane = instance.ims;
    const reason: ParamValue = plane.state === 'error'
      ? t('imsUnreadable', { where: formatProvenance({ file: plane.problem.file, line: plane.problem.line, column: plane.problem.column }), problem: problemText(plane.problem.problem, "en") })
      : t('imsAbsent');
    return { reports: [{ status: 'skip', message: 'allowlistNoIms', remediation: 'fixAllowlistNoIms', params: { reason } }], matched: undefined };
  }
  const patterns = ims.redirectUriPatterns ?? [];
  if (patterns.length === 0) {
    return { reports: [{ status: 'skip', message: 'allowlistUnknown', remediation: 'fixAllowlistUnknown', params: { sources: ims.sources.join(', ') } }], matched: undefined };
  }

  const reports: Report<string>[] = [];
  const redirectUri = campaignRedirectUri(callbackServer);
  const ownUrl = instance.accessUrl.value.trim();
  const compiled = patterns.map((pattern) => ({ pattern, compiled: wholeStringRegex(pattern.value) }));
  let matched: (typeof patterns)[number] | undefined;
  let allowsOwn: (typeof patterns)[number] | undefined;
  for (const { pattern, compiled: result } of compiled) {
    if ('error' in result) {
      reports.push({ status: 'warn', message: 'invalidPattern', remediation: 'fixInvalidPattern', params: { pattern: shown(pattern.value), error: result.error }, evidence: [evidence('redirectUriPattern', pattern)] });
      continue;
    }
    if (!matched && result.regex.test(redirectUri)) matched = pattern;
    if (!allowsOwn && result.regex.test(campaignRedirectUri(ownUrl))) allowsOwn = pattern;
    const dots = looseDots(pattern.value);
    if (dots.length > 0) {
      const example = looseExample(result.regex, [redirectUri, campaignRedirectUri(ownUrl)]);
      reports.push({
        status: 'warn', message: 'looseDots', remediation: 'fixLooseDots',
        params: { pattern: shown(pattern.value), count: dots.length, example: example ? t('looseExample', { example: quote(example) }) : '', suggested: shown(escapeLooseDots(pattern.value, dots)) },
        evidence: [evidence('redirectUriPattern', pattern)],
      });
    }
  }
  if (!matched) {
    const fixToOwn = allowsOwn !== undefined && hostOf(callbackServer) !== hostOf(ownUrl);
    reports.push({
      status: 'fail',
      message: 'notAllowed',
      remediation: fixToOwn ? 'fixNotAllowedHost' : 'fixNotAllowed',
      params: {
        value: quote(redirectUri),
        patterns: patterns.map((pattern) => shown(pattern.value)).join(', '),
        landing: ims.defaultRedirectUri ? t('landingKnown', { uri: quote(ims.defaultRedirectUri.value) }) : t('landingUnknown'),
        accessUrl: quote(ownUrl),
        pattern: fixToOwn ? shown(allowsOwn!.value) : shown(patternFor(callbackServer.trim())),
      },
      evidence: [
        callbackEvidence,
        ...patterns.map((pattern) => evidence('redirectUriPattern', pattern)),
        ...(ims.defaultRedirectUri ? [evidence('defaultRedirectUri', ims.defaultRedirectUri)] : []),
      ],
    });
  }
  return { reports, matched };
}

// ---- Live (check --probe): what IMS did with the callback as redirect_uri, and the callback server itself. ----
const legacyRule = withLiveCheck(offline, {
  messages: {
    liveAllowlisted: {
      en: (p) => `Live: IMS accepted ${p.redirectUri} as redirect_uri (${p.detail}).`,
      ko: (p) => `실시간 확인: IMS가 ${p.redirectUri}을(를) redirect_uri로 받아들였습니다(${p.detail}).`,
    },
    liveDefaultRedirect: {
      en: (p) => `Live: ${p.detail}; operators end on that page instead of Campaign.`,
      ko: (p) => `실시간 확인: IMS가 브라우저를 클라이언트의 기본 리디렉션 URI(${p.location})로 보냈습니다. 콜백 ${p.redirectUri}이(가) 허용 목록에 없어 운영자가 Campaign 대신 그 페이지에 도착합니다.`,
    },
    liveFixAllowlist: {
      en: (p) => `Ask Adobe (or change in the Developer Console) a redirect URI pattern of the client that matches ${p.redirectUri} whole, or correct "Callback server" of the external account, then restart the server.`,
      ko: (p) => `${p.redirectUri} 전체와 일치하는 리디렉션 URI 패턴을 클라이언트에 추가해 달라고 Adobe에 요청하거나(또는 Developer Console에서 변경) 외부 계정의 "콜백 서버"를 고친 뒤 서버를 다시 시작하십시오.`,
    },
    liveUnexpected: { en: (p) => `Live: ${p.detail}.`, ko: (p) => `실시간 확인: IMS의 응답이 예상과 다릅니다(${p.detail}).` },
    liveCallbackOk: { en: (p) => `Live: ${p.detail}.`, ko: (p) => `실시간 확인: 콜백 서버가 정상입니다(${p.detail}).` },
    liveCallbackExpiring: { en: (p) => `Live: ${p.detail}; logins break when it expires.`, ko: (p) => `실시간 확인: 콜백 서버 인증서가 곧 만료됩니다(${p.detail}). 만료되면 로그인이 실패합니다.` },
    liveCallbackBroken: {
      en: (p) => `Live: ${p.detail}: the browser cannot come back to Campaign after the Adobe ID login.`,
      ko: (p) => `실시간 확인: 콜백 서버에 문제가 있습니다(${p.detail}). Adobe ID 로그인 후 브라우저가 Campaign으로 돌아올 수 없습니다.`,
    },
    liveFixCallback: {
      en: () => 'Make the callback host resolve and serve https with a certificate valid for its name (renew it before it expires), then check again with --probe.',
      ko: () => '콜백 호스트 이름이 확인되고 그 이름에 유효한 인증서로 https를 제공하도록 하십시오(만료 전에 갱신). 그런 다음 --probe로 다시 확인하십시오.',
    },
  },
  check(probes) {
    const reports: Report<'liveAllowlisted' | 'liveDefaultRedirect' | 'liveFixAllowlist' | 'liveUnexpected' | 'liveCallbackOk' | 'liveCallbackExpiring' | 'liveCallbackBroken' | 'liveFixCallback'>[] = [];
    const authorize = probes.authorize;
    if (authorize) {
      const proof = [{ field: 'liveAuthorize' as const, value: legacyDetail(authorize), at: authorize.at }];
      const params = { detail: legacyDetail(authorize), redirectUri: authorize.redirectUri, location: authorize.location ?? '' };
      if (authorize.outcome === 'default-redirect') reports.push({ status: 'fail', message: 'liveDefaultRedirect', remediation: 'liveFixAllowlist', params, evidence: proof });
      else if (authorize.outcome === 'login-page' || authorize.outcome === 'callback-redirect') reports.push({ status: 'pass', message: 'liveAllowlisted', params, evidence: proof });
      else if (authorize.outcome === 'unexpected') reports.push({ status: 'warn', message: 'liveUnexpected', params, evidence: proof });
    }
    const callback = probes.callback;
    if (callback && callback.outcome !== 'not-https') {
      const proof = [{ field: 'liveCallback' as const, value: legacyDetail(callback), at: callback.at }];
      const params = { detail: legacyDetail(callback) };
      if (callback.outcome === 'ok') reports.push({ status: 'pass', message: 'liveCallbackOk', params, evidence: proof });
      else if (callback.outcome === 'tls-expiring') reports.push({ status: 'warn', message: 'liveCallbackExpiring', remediation: 'liveFixCallback', params, evidence: proof });
      else reports.push({ status: 'fail', message: 'liveCallbackBroken', remediation: 'liveFixCallback', params, evidence: proof });
    }
    return reports;
  },
});

export default adaptLegacyRule(legacyRule);
