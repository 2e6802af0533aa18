import { CANONICAL_IMS_ENDPOINT, CHECKLIST_URL, MAC_ACCOUNT_NAME, PRODUCTION_IMS_HOSTS } from '../domain/facts.js';
import { closest } from '../domain/similarity.js';
import { imsHostKind, normalizeHost, splitUrl } from '../domain/urls.js';
import { adaptLegacyRule, legacyDetail, defineRule, evidence, quote, t, type Params, type Report } from './legacy.js';
import { withLiveCheck } from './live.js';

/*
 * Decisions where the checklist is silent:
 * - A lone trailing slash ("https://ims-na1.adobelogin.com/") is a warning, not a failure: Campaign
 *   appends the IMS paths to this URL [I], giving "//ims/authorize/v2", which IMS has been seen to
 *   tolerate, yet it is not the documented value and it defeats text comparisons (other instances,
 *   urlPermission regexes, log searches). Any longer path is a failure: the paths end up doubled.
 * - Capitals in the scheme or host are a warning: DNS ignores case, text comparisons do not.
 * - An explicit port, even :443, a user name, a query, a fragment or a trailing dot on the host are
 *   failures: the value must be exactly one of the two documented URLs.
 * - The stage IMS fails on every instance, stage ones included (checklist section 3).
 * - Every problem found is its own report, so that each can be fixed and re-checked separately.
 */
const offline = defineRule({
  id: 'ims-server',
  section: 3,
  docUrl: CHECKLIST_URL,
  title: { en: 'IMS server is a production IMS endpoint', ko: 'IMS 서버는 프로덕션 IMS 엔드포인트' },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages: {
    pass: {
      en: (p) => `The IMS server of ${p.name} is ${p.value}, a production IMS endpoint.`,
      ko: (p) => `${p.name}의 IMS 서버는 ${p.value}(으)로, 프로덕션 IMS 엔드포인트입니다.`,
    },
    empty: {
      en: (p) => `The IMS server of ${p.name} is empty: Campaign does not know where to send operators to log in.`,
      ko: (p) => `${p.name}의 IMS 서버가 비어 있습니다. Campaign이 운영자를 어디로 보내 로그인하게 할지 알 수 없습니다.`,
    },
    spaces: {
      en: (p) => `The IMS server ${p.value} contains spaces. Campaign uses the text as written, so the URL is not valid.`,
      ko: (p) => `IMS 서버 ${p.value}에 공백이 들어 있습니다. Campaign은 입력된 그대로 사용하므로 올바른 URL이 아닙니다.`,
    },
    noScheme: {
      en: (p) => `The IMS server ${p.value} does not start with https://.`,
      ko: (p) => `IMS 서버 ${p.value}이(가) https://로 시작하지 않습니다.`,
    },
    notHttps: {
      en: (p) => `The IMS server ${p.value} uses ${p.scheme}://; IMS is reached over https only.`,
      ko: (p) => `IMS 서버 ${p.value}이(가) ${p.scheme}://를 사용합니다. IMS는 https로만 접속합니다.`,
    },
    stage: {
      en: (p) => `The IMS server ${p.value} is the stage IMS ("${p.host}"). Every Campaign instance, stage ones included, must use the production IMS.`,
      ko: (p) => `IMS 서버 ${p.value}은(는) 스테이지 IMS("${p.host}")입니다. 스테이지 인스턴스를 포함한 모든 Campaign 인스턴스는 프로덕션 IMS를 사용해야 합니다.`,
    },
    unknownHost: {
      en: (p) => `The IMS server ${p.value} names the host "${p.host}", which is not a production IMS host (${p.hosts})${p.hint}.`,
      ko: (p) => `IMS 서버 ${p.value}의 호스트 "${p.host}"은(는) 프로덕션 IMS 호스트(${p.hosts})가 아닙니다${p.hint}.`,
    },
    didYouMean: {
      en: (p) => `; did you mean ${p.value}?`,
      ko: (p) => `. ${p.value}의 오타로 보입니다`,
    },
    noHost: {
      en: (p) => `The IMS server ${p.value} names no host.`,
      ko: (p) => `IMS 서버 ${p.value}에 호스트가 없습니다.`,
    },
    trailingDot: {
      en: (p) => `The host of the IMS server ${p.value} ends with a dot ("${p.host}"); neither the documented value nor the IMS certificate has it.`,
      ko: (p) => `IMS 서버 ${p.value}의 호스트가 점으로 끝납니다("${p.host}"). 문서화된 값에도 IMS 인증서에도 끝의 점은 없습니다.`,
    },
    userinfo: {
      en: (p) => `The IMS server ${p.value} carries a user name before the host ("${p.userinfo}@").`,
      ko: (p) => `IMS 서버 ${p.value}의 호스트 앞에 사용자 이름("${p.userinfo}@")이 붙어 있습니다.`,
    },
    port: {
      en: (p) => `The IMS server ${p.value} names a port (":${p.port}"); the IMS server is given as the bare https host.`,
      ko: (p) => `IMS 서버 ${p.value}에 포트(":${p.port}")가 지정되어 있습니다. IMS 서버는 포트 없이 https 호스트만 적어야 합니다.`,
    },
    path: {
      en: (p) => `The IMS server ${p.value} carries a path ("${p.path}"). Campaign appends the IMS paths (/ims/authorize/v2, /ims/token/v3) itself, so they end up doubled.`,
      ko: (p) => `IMS 서버 ${p.value}에 경로("${p.path}")가 붙어 있습니다. Campaign이 IMS 경로(/ims/authorize/v2, /ims/token/v3)를 직접 덧붙이므로 경로가 중복됩니다.`,
    },
    query: {
      en: (p) => `The IMS server ${p.value} carries a query or fragment ("${p.rest}").`,
      ko: (p) => `IMS 서버 ${p.value}에 쿼리나 프래그먼트("${p.rest}")가 붙어 있습니다.`,
    },
    trailingSlash: {
      en: (p) => `The IMS server ${p.value} ends with "/". Campaign appends the IMS paths to it, giving "//ims/…"; IMS usually tolerates this, but it is not the documented value and it defeats text comparisons.`,
      ko: (p) => `IMS 서버 ${p.value}이(가) "/"로 끝납니다. Campaign이 여기에 IMS 경로를 덧붙이면 "//ims/…"가 됩니다. IMS가 대개 허용하지만 문서화된 값이 아니며 문자열 비교를 어긋나게 합니다.`,
    },
    case: {
      en: (p) => `The IMS server ${p.value} is written with capitals. Host names ignore case, but urlPermission patterns and comparisons across instances do not.`,
      ko: (p) => `IMS 서버 ${p.value}에 대문자가 섞여 있습니다. 호스트 이름은 대소문자를 구분하지 않지만 urlPermission 패턴과 인스턴스 간 비교는 구분합니다.`,
    },
    fixServer: {
      en: (p) => `In the external account ${p.name}, set "IMS server" to exactly ${p.suggested} (no spaces, path, port or trailing slash), save, and restart the server.`,
      ko: (p) => `외부 계정 ${p.name}의 "IMS 서버"를 정확히 ${p.suggested}(으)로 설정하고(공백, 경로, 포트, 끝의 슬래시 없이) 저장한 뒤 서버를 다시 시작하십시오.`,
    },
  },
  check({ account }) {
    const server = account!.imsServer;
    const raw = server.value;
    const name = MAC_ACCOUNT_NAME;
    const proof = [evidence('imsServer', server)];
    if (raw.trim() === '') {
      return [{ status: 'fail', message: 'empty', remediation: 'fixServer', params: { name, value: quote(raw), suggested: CANONICAL_IMS_ENDPOINT }, evidence: proof }];
    }

    const parts = splitUrl(raw.trim());
    const host = normalizeHost(parts.host);
    const kind = imsHostKind(host);
    const base = { name, value: quote(raw), suggested: kind === 'production' ? `https://${host}` : CANONICAL_IMS_ENDPOINT };
    const reports: Report<string>[] = [];
    const add = (status: 'fail' | 'warn', message: string, params: Params = {}): void => {
      reports.push({ status, message, remediation: 'fixServer', params: { ...base, ...params }, evidence: proof });
    };

    if (/\s/.test(raw)) add('fail', 'spaces');
    if (parts.scheme === undefined) add('fail', 'noScheme');
    else if (parts.scheme.toLowerCase() !== 'https') add('fail', 'notHttps', { scheme: parts.scheme });
    if (host === '') add('fail', 'noHost');
    else if (kind === 'stage') add('fail', 'stage', { host: parts.host });
    else if (kind === 'other') {
      const near = closest(host, PRODUCTION_IMS_HOSTS);
      add('fail', 'unknownHost', { host: parts.host, hosts: PRODUCTION_IMS_HOSTS.join(', '), hint: near ? t('didYouMean', { value: `https://${near.value}` }) : '' });
    }
    if (parts.host.endsWith('.')) add('fail', 'trailingDot', { host: parts.host });
    if (parts.userinfo !== undefined) add('fail', 'userinfo', { userinfo: parts.userinfo });
    if (parts.port !== undefined) add('fail', 'port', { port: parts.port });
    if (parts.query !== undefined || parts.fragment !== undefined) {
      add('fail', 'query', { rest: (parts.query !== undefined ? `?${parts.query}` : '') + (parts.fragment !== undefined ? `#${parts.fragment}` : '') });
    }
    if (parts.path === '/') add('warn', 'trailingSlash');
    else if (parts.path !== '') add('fail', 'path', { path: parts.path });
    if (kind === 'production' && /[A-Z]/.test(`${parts.scheme ?? ''}${parts.host}`)) add('warn', 'case');

    if (reports.length === 0) reports.push({ status: 'pass', message: 'pass', params: { name, value: quote(raw) }, evidence: proof });
    return reports;
  },
});

// ---- Live (check --probe): the discovery document of the IMS server the account names. ----
const legacyRule = withLiveCheck(offline, {
  messages: {
    liveReachable: { en: (p) => `Live: ${p.detail}.`, ko: (p) => `실시간 확인: IMS 서버가 검색 문서에 응답했습니다(${p.detail}).` },
    liveBroken: {
      en: (p) => `Live: ${p.detail}: Campaign cannot use this IMS server.`,
      ko: (p) => `실시간 확인: IMS 서버 검색 문서에 문제가 있습니다(${p.detail}). Campaign이 이 IMS 서버를 사용할 수 없습니다.`,
    },
    liveFix: {
      en: () => 'Check the "IMS server" of the external account, and that this machine (and the Campaign server) can reach it over https, through the proxy if there is one.',
      ko: () => '외부 계정의 "IMS 서버" 값을 확인하고, 이 컴퓨터와 Campaign 서버가 (프록시가 있다면 프록시를 통해) https로 접속할 수 있는지 확인하십시오.',
    },
  },
  check(probes) {
    const probe = probes.discovery;
    if (!probe) return [];
    const proof = [{ field: 'liveDiscovery' as const, value: legacyDetail(probe), at: probe.at }];
    return probe.outcome === 'ok'
      ? [{ status: 'pass', message: 'liveReachable', params: { detail: legacyDetail(probe) }, evidence: proof }]
      : [{ status: 'fail', message: 'liveBroken', remediation: 'liveFix', params: { detail: legacyDetail(probe) }, evidence: proof }];
  },
});

export default adaptLegacyRule(legacyRule);
