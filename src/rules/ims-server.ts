import { CANONICAL_IMS_ENDPOINT, MAC_ACCOUNT_NAME, PRODUCTION_IMS_HOSTS } from '../domain/facts.js';
import { closest } from '../domain/similarity.js';
import { imsHostKind, sameImsHost } from '../domain/ims-hosts.js';
import { hostOf, normalizeHost, splitUrl } from '../domain/urls.js';
import { catalogue, type Format, type MessageRef } from '../i18n/catalogue.js';
import { COMMON } from '../i18n/common.js';
import type { DiscoveryProbe } from '../model/probes.js';
import type { ExternalAccount, InstanceSnapshot } from '../model/snapshot.js';
import { couldNotProbe } from '../probes/reach.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

/*
 * Decisions where the checklist is silent: docs/rules/ims-server.md (a lone trailing slash and
 * capitals warn, any other departure from the two documented URLs fails, the stage IMS fails
 * everywhere, one report per problem; live: only a complete discovery document passes).
 */

const messages = catalogue({
  pass: {
    en: (p: { name: string; value: string }, f: Format) => `The IMS server of ${p.name} is ${f.v(p.value)}, a production IMS endpoint.`,
    ko: (p, f) => `${p.name}의 IMS 서버는 프로덕션 IMS 엔드포인트입니다: ${f.v(p.value)}.`,
  },
  empty: {
    en: (p: { name: string }) => `The IMS server of ${p.name} is empty: Campaign does not know where to send operators to log in.`,
    ko: (p) => `${p.name}의 IMS 서버가 비어 있습니다. Campaign이 운영자를 어디로 보내 로그인하게 할지 알 수 없습니다.`,
  },
  spaces: {
    en: (p: { value: string }, f: Format) => `The IMS server ${f.v(p.value)} contains spaces. Campaign uses the text as written, so the URL is not valid.`,
    ko: (p, f) => `IMS 서버 값에 공백이 들어 있습니다: ${f.v(p.value)}. Campaign은 입력된 그대로 사용하므로 올바른 URL이 아닙니다.`,
  },
  noScheme: {
    en: (p: { value: string }, f: Format) => `The IMS server ${f.v(p.value)} does not start with https://.`,
    ko: (p, f) => `IMS 서버 값이 https://로 시작하지 않습니다: ${f.v(p.value)}.`,
  },
  notHttps: {
    en: (p: { value: string; scheme: string }, f: Format) => `The IMS server ${f.v(p.value)} uses ${p.scheme}://; IMS is reached over https only.`,
    ko: (p, f) => `IMS 서버 값이 https가 아닌 ${p.scheme}:// 주소입니다: ${f.v(p.value)}. IMS는 https로만 접속합니다.`,
  },
  stage: {
    en: (p: { value: string; host: string }, f: Format) =>
      `The IMS server ${f.v(p.value)} is the stage IMS (${f.v(p.host)}). Every Campaign instance, stage ones included, must use the production IMS.`,
    ko: (p, f) =>
      `IMS 서버(${f.v(p.value)})는 스테이지 IMS(${f.v(p.host)})입니다. 스테이지 인스턴스를 포함한 모든 Campaign 인스턴스는 프로덕션 IMS를 사용해야 합니다.`,
  },
  unknownHost: {
    en: (p: { value: string; host: string; hosts: string[]; suggestion: string | null }, f: Format) =>
      `The IMS server ${f.v(p.value)} names the host ${f.v(p.host)}, which is not a production IMS host (${f.list(p.hosts, 'or')})${p.suggestion ? `; did you mean ${f.code(p.suggestion)}?` : '.'}`,
    ko: (p, f) =>
      `IMS 서버 ${f.v(p.value)}의 호스트(${f.v(p.host)})는 프로덕션 IMS 호스트(${f.list(p.hosts, 'or')})가 아닙니다${p.suggestion ? `. 다음 값의 오타로 보입니다: ${f.code(p.suggestion)}` : ''}.`,
  },
  noHost: {
    en: (p: { value: string }, f: Format) => `The IMS server ${f.v(p.value)} names no host.`,
    ko: (p, f) => `IMS 서버 값에 호스트가 없습니다: ${f.v(p.value)}.`,
  },
  trailingDot: {
    en: (p: { value: string; host: string }, f: Format) =>
      `The host of the IMS server ${f.v(p.value)} ends with a dot (${f.v(p.host)}); neither the documented value nor the IMS certificate has it.`,
    ko: (p, f) => `IMS 서버 ${f.v(p.value)}의 호스트가 점으로 끝납니다(${f.v(p.host)}). 문서화된 값에도 IMS 인증서에도 끝의 점은 없습니다.`,
  },
  userinfo: {
    en: (p: { value: string; userinfo: string }, f: Format) => `The IMS server ${f.v(p.value)} carries a user name before the host (${f.v(`${p.userinfo}@`)}).`,
    ko: (p, f) => `IMS 서버 ${f.v(p.value)}의 호스트 앞에 사용자 이름(${f.v(`${p.userinfo}@`)})이 붙어 있습니다.`,
  },
  port: {
    en: (p: { value: string; port: string }, f: Format) =>
      `The IMS server ${f.v(p.value)} names a port (${f.v(`:${p.port}`)}); the IMS server is given as the bare https host.`,
    ko: (p, f) => `IMS 서버 ${f.v(p.value)}에 포트(${f.v(`:${p.port}`)})가 지정되어 있습니다. IMS 서버는 포트 없이 https 호스트만 적어야 합니다.`,
  },
  path: {
    en: (p: { value: string; path: string }, f: Format) =>
      `The IMS server ${f.v(p.value)} carries a path (${f.v(p.path)}). Campaign appends the IMS paths (/ims/authorize/v2, /ims/token/v3) itself, so they end up doubled.`,
    ko: (p, f) =>
      `IMS 서버 ${f.v(p.value)}에 경로(${f.v(p.path)})가 붙어 있습니다. Campaign이 IMS 경로(/ims/authorize/v2, /ims/token/v3)를 직접 덧붙이므로 경로가 중복됩니다.`,
  },
  query: {
    en: (p: { value: string; rest: string }, f: Format) => `The IMS server ${f.v(p.value)} carries a query or fragment (${f.v(p.rest)}).`,
    ko: (p, f) => `IMS 서버 ${f.v(p.value)}에 쿼리나 프래그먼트(${f.v(p.rest)})가 붙어 있습니다.`,
  },
  trailingSlash: {
    en: (p: { value: string }, f: Format) =>
      `The IMS server ${f.v(p.value)} ends with "/". Campaign appends the IMS paths to it, giving "//ims/…"; IMS usually tolerates this, but it is not the documented value and it defeats text comparisons.`,
    ko: (p, f) =>
      `IMS 서버 값이 "/"로 끝납니다: ${f.v(p.value)}. Campaign이 여기에 IMS 경로를 덧붙이면 "//ims/…"가 됩니다. IMS가 대개 허용하지만 문서화된 값이 아니며 문자열 비교를 어긋나게 합니다.`,
  },
  case: {
    en: (p: { value: string }, f: Format) =>
      `The IMS server ${f.v(p.value)} is written with capitals. Host names ignore case, but urlPermission patterns and comparisons across instances do not.`,
    ko: (p, f) =>
      `IMS 서버 값에 대문자가 섞여 있습니다: ${f.v(p.value)}. 호스트 이름은 대소문자를 구분하지 않지만 urlPermission 패턴과 인스턴스 간 비교는 구분합니다.`,
  },
  fixServer: {
    en: (p: { name: string; suggested: string }, f: Format) =>
      `In the external account ${p.name}, set "IMS server" to exactly ${f.code(p.suggested)} (no spaces, path, port or trailing slash), save, and restart the server.`,
    ko: (p, f) =>
      `외부 계정 ${p.name}의 IMS server(IMS 서버)에 다음 값을 정확히 입력하고(공백, 경로, 포트, 끝의 슬래시 없이) 저장한 뒤 서버를 다시 시작하십시오: ${f.code(p.suggested)}`,
  },
  // ---- Live (check --probe): the discovery document of the IMS server the account names ----
  liveReachable: {
    en: (p: { probe: DiscoveryProbe }, f: Format) => `Live: ${f.say(COMMON, { id: 'discoveryObserved', params: p })}.`,
    ko: (p, f) => `실시간 확인: ${f.say(COMMON, { id: 'discoveryObserved', params: p })}.`,
  },
  liveBroken: {
    en: (p: { probe: DiscoveryProbe }, f: Format) => `Live: ${f.say(COMMON, { id: 'discoveryObserved', params: p })}: Campaign cannot use this IMS server.`,
    ko: (p, f) =>
      `실시간 확인: IMS 서버의 검색 문서에 문제가 있습니다(${f.say(COMMON, { id: 'discoveryObserved', params: p })}). Campaign이 이 IMS 서버를 사용할 수 없습니다.`,
  },
  // ---- i9b: the probe could not run from this machine: a problem of the probe, not a verdict ----
  liveNotProbed: {
    en: (p: { probe: DiscoveryProbe }, f: Format) =>
      `Live: could not probe from this machine (${f.say(COMMON, { id: 'discoveryObserved', params: p })}); this says nothing about Campaign's IMS server.`,
    ko: (p, f) =>
      `실시간 확인: 이 컴퓨터에서 확인할 수 없습니다(${f.say(COMMON, { id: 'discoveryObserved', params: p })}). Campaign의 IMS 서버 설정과는 무관합니다.`,
  },
  // ---- What a browser recording shows was sent (har): the IMS host the authorize request went to ----
  sentDiffers: {
    en: (p: { instance: string; sent: string; configured: string }, f: Format) =>
      `The browser went to the IMS host ${f.v(p.sent)}, but the external account of ${p.instance} names ${f.v(p.configured)}.`,
    ko: (p, f) => `브라우저가 요청한 IMS 호스트(${f.v(p.sent)})가 ${p.instance} 외부 계정에 지정된 IMS 서버(${f.v(p.configured)})와 다릅니다.`,
  },
  fixSentDiffers: {
    en: (_p: Record<never, never>, f: Format) => f.say(COMMON, { id: 'sentNeedsRestart' }),
    ko: (_p, f) => f.say(COMMON, { id: 'sentNeedsRestart' }),
  },
  liveFix: {
    en: () =>
      'Check the "IMS server" of the external account, and that this machine (and the Campaign server) can reach it over https, through the proxy if there is one.',
    ko: () =>
      '외부 계정의 IMS server(IMS 서버) 값을 확인하고, 이 컴퓨터와 Campaign 서버가 (프록시가 있다면 프록시를 통해) https로 접속할 수 있는지 확인하십시오.',
  },
});

type ImsServerReport = Report<typeof messages>;
/** A problem of the URL, one report each. */
type UrlProblem = Exclude<
  MessageRef<typeof messages>,
  { id: 'pass' | 'empty' | 'fixServer' | 'liveReachable' | 'liveBroken' | 'liveNotProbed' | 'liveFix' | 'sentDiffers' | 'fixSentDiffers' }
>;

export default defineRule({
  id: 'ims-server',
  section: 3,
  title: { en: 'IMS server is a production IMS endpoint', ko: 'IMS 서버는 프로덕션 IMS 엔드포인트' },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages,
  check({ account, instance }): ImsServerReport[] {
    return [...checkConfigured(account), ...asSentReports(instance, account)];
  },
  liveCheck(probes): ImsServerReport[] {
    const probe = probes.discovery;
    if (!probe) return [];
    const proof: EvidenceInput[] = [{ field: 'liveDiscovery', value: { id: 'discoveryObserved', params: { probe } }, at: probe.at }];
    if (probe.outcome === 'ok') return [{ status: 'pass', message: { id: 'liveReachable', params: { probe } }, evidence: proof }];
    if (couldNotProbe(probe, probes.imsReachable)) return [{ status: 'skip', message: { id: 'liveNotProbed', params: { probe } }, evidence: proof }];
    return [{ status: 'fail', message: { id: 'liveBroken', params: { probe } }, remediation: { id: 'liveFix' }, evidence: proof }];
  },
});

/** What a browser recording shows (har): an IMS host other than the configured one means the server runs other settings. */
function asSentReports(instance: InstanceSnapshot, account: ExternalAccount): ImsServerReport[] {
  const sent = instance.asSent?.imsHost;
  if (!sent || sent.value === '' || hostOf(account.imsServer.value) === '' || sameImsHost(sent.value, account.imsServer.value)) return [];
  return [
    {
      status: 'warn',
      message: { id: 'sentDiffers', params: { instance: instance.name, sent: sent.value, configured: account.imsServer.value } },
      remediation: { id: 'fixSentDiffers' },
      evidence: [evidence('sentImsHost', sent), evidence('imsServer', account.imsServer)],
    },
  ];
}

function checkConfigured(account: ExternalAccount): ImsServerReport[] {
  const server = account.imsServer;
  const value = server.value;
  const name = MAC_ACCOUNT_NAME;
  const proof = [evidence('imsServer', server)];
  if (value.trim() === '') {
    return [
      {
        status: 'fail',
        message: { id: 'empty', params: { name } },
        remediation: { id: 'fixServer', params: { name, suggested: CANONICAL_IMS_ENDPOINT } },
        evidence: proof,
      },
    ];
  }

  const parts = splitUrl(value.trim());
  const host = normalizeHost(parts.host);
  const kind = imsHostKind(host);
  const fix = { id: 'fixServer', params: { name, suggested: kind === 'production' ? `https://${host}` : CANONICAL_IMS_ENDPOINT } } as const;
  const reports: ImsServerReport[] = [];
  const add = (status: 'fail' | 'warn', message: UrlProblem): void => {
    reports.push({ status, message, remediation: fix, evidence: proof });
  };

  if (/\s/.test(value)) add('fail', { id: 'spaces', params: { value } });
  if (parts.scheme === undefined) add('fail', { id: 'noScheme', params: { value } });
  else if (parts.scheme.toLowerCase() !== 'https') add('fail', { id: 'notHttps', params: { value, scheme: parts.scheme } });
  if (host === '') add('fail', { id: 'noHost', params: { value } });
  else if (kind === 'stage') add('fail', { id: 'stage', params: { value, host: parts.host } });
  else if (kind === 'other') {
    const near = closest(host, PRODUCTION_IMS_HOSTS);
    add('fail', {
      id: 'unknownHost',
      params: { value, host: parts.host, hosts: [...PRODUCTION_IMS_HOSTS], suggestion: near ? `https://${near.value}` : null },
    });
  }
  if (parts.host.endsWith('.')) add('fail', { id: 'trailingDot', params: { value, host: parts.host } });
  if (parts.userinfo !== undefined) add('fail', { id: 'userinfo', params: { value, userinfo: parts.userinfo } });
  if (parts.port !== undefined) add('fail', { id: 'port', params: { value, port: parts.port } });
  if (parts.query !== undefined || parts.fragment !== undefined) {
    add('fail', {
      id: 'query',
      params: { value, rest: (parts.query !== undefined ? `?${parts.query}` : '') + (parts.fragment !== undefined ? `#${parts.fragment}` : '') },
    });
  }
  if (parts.path === '/') add('warn', { id: 'trailingSlash', params: { value } });
  else if (parts.path !== '') add('fail', { id: 'path', params: { value, path: parts.path } });
  if (kind === 'production' && /[A-Z]/.test(`${parts.scheme ?? ''}${parts.host}`)) add('warn', { id: 'case', params: { value } });

  if (reports.length === 0) reports.push({ status: 'pass', message: { id: 'pass', params: { name, value } }, evidence: proof });
  return reports;
}
