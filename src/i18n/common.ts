import type { NearMiss } from '../domain/near-miss.js';
import type { AuthorizeProbe, CallbackProbe, ClientSecretProbe, DiscoveryProbe, NetFailure } from '../model/probes.js';
import type { Provenance } from '../model/provenance.js';
import type { SecretRef } from '../model/secret.js';
import type { AbsentReason, ProblemFact } from '../model/snapshot.js';
import { catalogue, type Format } from './catalogue.js';
import { problemText } from './problems.js';

/**
 * Fragments every rule (and the engine) may use: near-miss reasons, which IMS source a value
 * matches, why a plane was not read, and what each live probe observed. Rules render them inside
 * their own messages with `f.say(COMMON, { id, params })`.
 */
/** Why the IMS side of a comparison is unknown: no IMS client, an unreadable one, or one without the field. */
export type ImsSideUnknown = { state: 'absent' } | { state: 'error'; where: Provenance } | { state: 'noField'; sources: string[] };
export type ImsField = 'clientSecret' | 'orgId' | 'productContext';

export const COMMON = catalogue({
  // ---- Near misses (domain/near-miss.ts) ----
  nearMiss: {
    en: (p: { kind: NearMiss }) =>
      ({
        edgeSpaces: 'they differ only by spaces before or after',
        spaces: 'they differ only by spaces',
        case: 'they differ only in upper/lower case',
        spacesAndCase: 'they differ by spaces and upper/lower case',
        translated: 'the value was translated',
        typo: 'a few characters differ (a typing mistake?)',
      })[p.kind],
    ko: (p) =>
      ({
        edgeSpaces: '앞뒤 공백만 다릅니다',
        spaces: '공백만 다릅니다',
        case: '대소문자만 다릅니다',
        spacesAndCase: '공백과 대소문자가 다릅니다',
        translated: '값이 번역되어 있습니다',
        typo: '몇 글자가 다릅니다(입력 오류?)',
      })[p.kind],
  },

  // ---- Which IMS source a value agrees with, when the client file and the console export disagree ----
  matchesSide: {
    en: (p: { side: 'client' | 'console' | 'neither' }) =>
      ({ client: 'like the client file', console: 'like the Developer Console export', neither: 'like neither' })[p.side],
    ko: (p) => ({ client: '클라이언트 파일과 같음', console: 'Developer Console 내보내기와 같음', neither: '어느 쪽과도 다름' })[p.side],
  },

  // ---- Why a rule did not run (the engine) ----
  absentReason: {
    en: (p: { reason: AbsentReason }) =>
      ({
        serverConfNotConfigured: 'no serverConf.xml is given for this instance in the workspace (add "serverConf:")',
        imsNotConfigured: 'the workspace names no IMS client for this instance (add "ims: { client: … }" or "ims: { console: … }")',
        adminConsoleNotConfigured: 'the workspace names no Admin Console user export (add "adminConsole: { users: … }")',
      })[p.reason],
    ko: (p) =>
      ({
        serverConfNotConfigured: '워크스페이스에 이 인스턴스의 serverConf.xml이 지정되지 않았습니다("serverConf:" 추가)',
        imsNotConfigured: '워크스페이스에 이 인스턴스의 IMS 클라이언트가 지정되지 않았습니다("ims: { client: … }" 또는 "ims: { console: … }" 추가)',
        adminConsoleNotConfigured: '워크스페이스에 Admin Console 사용자 내보내기 파일이 지정되지 않았습니다("adminConsole: { users: … }" 추가)',
      })[p.reason],
  },
  // ---- Why the IMS side of a comparison is unknown (client-secret, org-id, product-context) ----
  imsSideUnknown: {
    en: (p: { side: ImsSideUnknown; field: ImsField }, f: Format): string => {
      const { side } = p;
      if (side.state === 'absent') return 'the workspace names no IMS client for this instance';
      if (side.state === 'error') return `${f.at(side.where)} could not be read`;
      const what = { clientSecret: 'client secret', orgId: 'organization ID', productContext: 'productContext' }[p.field];
      return `${f.list(side.sources)} ${f.plural(side.sources.length, { one: 'gives', other: 'give' })} no ${what}`;
    },
    ko: (p, f): string => {
      const { side } = p;
      if (side.state === 'absent') return '워크스페이스에 이 인스턴스의 IMS 클라이언트가 지정되지 않았습니다';
      if (side.state === 'error') return `${f.at(side.where)} 파일을 읽을 수 없습니다`;
      const what = { clientSecret: '클라이언트 암호가', orgId: '조직 ID가', productContext: 'productContext가' }[p.field];
      return `${f.list(side.sources)}에 ${what} 없습니다`;
    },
  },
  skipPlaneAbsent: {
    en: (p: { reason: AbsentReason }, f: Format): string => `Not checked: ${f.say(COMMON, { id: 'absentReason', params: p })}.`,
    ko: (p, f): string => `확인하지 않음: ${f.say(COMMON, { id: 'absentReason', params: p })}.`,
  },
  skipPlaneError: {
    // The problem is a sentence that follows the position (`path:line:col: is not valid YAML…`), as a terminal prints it.
    en: (p: { where: Provenance; problem: ProblemFact }, f: Format): string =>
      `Not checked: ${f.at(p.where)} could not be read. ${f.at(p.where)}: ${sentence(problemText(p.problem, f.lang))} Fix that file and run again.`,
    ko: (p, f): string =>
      `확인하지 않음: ${f.at(p.where)} 파일을 읽을 수 없습니다. ${f.at(p.where)}: ${sentence(problemText(p.problem, f.lang))} 파일을 고친 뒤 다시 실행하십시오.`,
  },
  skipNoAccount: {
    en: (p: { file: string; name: string }) => `Not checked: ${p.file} has no external account named exactly "${p.name}" (see rule external-account).`,
    ko: (p) => `확인하지 않음: ${p.file}에 내부 이름이 정확히 "${p.name}"인 외부 계정이 없습니다(external-account 규칙 참조).`,
  },
  ruleCrashed: {
    en: (p: { error: string }) => `ims-doctor failed while running this rule (${p.error}). Please report it with the command you ran.`,
    ko: (p) => `이 규칙을 실행하는 중 ims-doctor 내부 오류가 발생했습니다(${p.error}). 실행한 명령과 함께 알려 주십시오.`,
  },
  secretShown: {
    en: (p: { fingerprint: string; form: SecretRef['form'] }) =>
      p.form === 'not-exported'
        ? '(not in this export)'
        : p.form === 'empty'
          ? '(empty)'
          : p.form === 'campaign-encrypted'
            ? `${p.fingerprint} (encrypted by Campaign)`
            : p.fingerprint,
    ko: (p) =>
      p.form === 'not-exported'
        ? '(이 내보내기에 없음)'
        : p.form === 'empty'
          ? '(비어 있음)'
          : p.form === 'campaign-encrypted'
            ? `${p.fingerprint} (Campaign이 암호화함)`
            : p.fingerprint,
  },
  suppressedCli: { en: () => 'ignored on the command line (--ignore)', ko: () => '명령줄에서 제외함(--ignore)' },

  // ---- A request that got no answer (net/http.ts records the facts) ----
  netFailure: {
    en: (p: { failure: NetFailure }, f: Format): string => {
      const { host, code, proxy } = p.failure;
      switch (p.failure.kind) {
        case 'dns':
          return `the name ${host} does not resolve (DNS: ${code ?? '?'})`;
        case 'refused':
          return `${host} refused the connection (nothing listens there, or a firewall rejects it)`;
        case 'unreachable':
          return `${host} cannot be reached from this machine (${code ?? '?'})`;
        case 'timeout':
          return p.failure.timeoutMs ? `no complete answer from ${host} within ${f.n(p.failure.timeoutMs / 1000)} s` : `connecting to ${host} timed out`;
        case 'reset':
          return `${host} closed the connection in the middle of its answer`;
        case 'tls':
          if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return `the TLS certificate of ${host} is not valid for that name`;
          return `the TLS connection to ${host} failed: ${f.say(COMMON, { id: 'tlsReason', params: { code: code ?? '', reason: p.failure.reason ?? '' } })}`;
        case 'proxy':
          return `the proxy ${proxy ?? ''} did not open a connection to ${host}`;
        case 'too-large':
          return `${host} sent more than ${f.n(Math.round((p.failure.limitBytes ?? 0) / 1024 / 1024))} MB`;
        case 'bad-url':
          return `${f.v(host)} is not a valid http(s) URL`;
        // The library's own words, quoted as a value: they are not ims-doctor's sentence.
        default:
          return `the request to ${host} failed${p.failure.reason ? `: ${f.v(p.failure.reason)}` : ''}${code ? ` (${code})` : ''}`;
      }
    },
    ko: (p, f): string => {
      const { host, code, proxy } = p.failure;
      switch (p.failure.kind) {
        case 'dns':
          return `${host} 이름을 확인할 수 없습니다(DNS: ${code ?? '?'})`;
        case 'refused':
          return `${host}에서 연결을 거부했습니다(수신 대기 중인 서비스가 없거나 방화벽이 거부함)`;
        case 'unreachable':
          return `이 컴퓨터에서 ${host}에 연결할 수 없습니다(${code ?? '?'})`;
        case 'timeout':
          return p.failure.timeoutMs
            ? `${f.n(p.failure.timeoutMs / 1000)}초 안에 ${host}에서 완전한 응답을 받지 못했습니다`
            : `${host} 연결 시간이 초과되었습니다`;
        case 'reset':
          return `${host}에서 응답을 끝내지 않고 연결을 닫았습니다`;
        case 'tls':
          if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return `${host}의 TLS 인증서가 그 이름에 유효하지 않습니다`;
          return `${host} 호스트와의 TLS 연결에 실패했습니다: ${f.say(COMMON, { id: 'tlsReason', params: { code: code ?? '', reason: p.failure.reason ?? '' } })}`;
        case 'proxy':
          return `프록시 ${proxy ?? ''}에서 ${host} 호스트로 연결을 열지 못했습니다`;
        case 'too-large':
          return `${host}에서 ${f.n(Math.round((p.failure.limitBytes ?? 0) / 1024 / 1024))}MB보다 많은 데이터를 보냈습니다`;
        case 'bad-url':
          return `${f.v(host)} 값은 올바른 http(s) URL이 아닙니다`;
        default:
          return `${host} 요청에 실패했습니다${p.failure.reason ? `: ${f.v(p.failure.reason)}` : ''}${code ? ` (${code})` : ''}`;
      }
    },
  },
  tlsReason: {
    en: (p: { code: string; reason: string }) =>
      ({
        CERT_HAS_EXPIRED: 'its certificate has expired',
        DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed',
        SELF_SIGNED_CERT_IN_CHAIN: 'its certificate chain ends in a CA this machine does not trust (add it with NODE_EXTRA_CA_CERTS)',
        UNABLE_TO_VERIFY_LEAF_SIGNATURE:
          'its certificate is signed by a CA this machine does not know (missing intermediate, or add the CA with NODE_EXTRA_CA_CERTS)',
        UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate is signed by a CA this machine does not know (add it with NODE_EXTRA_CA_CERTS)',
        CERT_NOT_YET_VALID: 'its certificate is not valid yet',
        ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is not valid for that name',
      })[p.code] ?? `${p.reason || 'TLS error'}${p.code ? ` (${p.code})` : ''}`,
    ko: (p) =>
      ({
        CERT_HAS_EXPIRED: '인증서가 만료되었습니다',
        DEPTH_ZERO_SELF_SIGNED_CERT: '자체 서명된 인증서입니다',
        SELF_SIGNED_CERT_IN_CHAIN: '인증서 체인이 이 컴퓨터가 신뢰하지 않는 CA로 끝납니다(NODE_EXTRA_CA_CERTS로 추가)',
        UNABLE_TO_VERIFY_LEAF_SIGNATURE: '이 컴퓨터가 모르는 CA가 서명한 인증서입니다(중간 인증서 누락, 또는 NODE_EXTRA_CA_CERTS로 CA 추가)',
        UNABLE_TO_GET_ISSUER_CERT_LOCALLY: '이 컴퓨터가 모르는 CA가 서명한 인증서입니다(NODE_EXTRA_CA_CERTS로 추가)',
        CERT_NOT_YET_VALID: '인증서가 아직 유효하지 않습니다',
        ERR_TLS_CERT_ALTNAME_INVALID: '인증서가 그 이름에 유효하지 않습니다',
      })[p.code] ?? `TLS 오류${p.code ? ` (${p.code})` : ''}`,
  },

  // ---- What each live probe observed (probes/ims-probes.ts records the facts) ----
  discoveryObserved: {
    en: (p: { probe: DiscoveryProbe }, f: Format): string => {
      const probe = p.probe;
      switch (probe.outcome) {
        case 'ok':
          return `IMS answered its discovery document (issuer ${probe.issuer ?? '?'})`;
        case 'unreachable':
          return probe.failure ? f.say(COMMON, { id: 'netFailure', params: { failure: probe.failure } }) : 'no answer';
        case 'redirect':
          return `the discovery document answered HTTP ${probe.status ?? '?'}, a redirect to ${probe.location ?? '(no location)'}, where IMS serves it directly`;
        case 'http-error':
          return `the discovery document answered HTTP ${probe.status ?? '?'}`;
        case 'not-json':
          return 'the discovery document is not JSON: this is not an IMS server';
        case 'incomplete':
          return `the discovery document lacks ${f.list(probe.missing ?? [])}`;
      }
    },
    ko: (p, f): string => {
      const probe = p.probe;
      switch (probe.outcome) {
        case 'ok':
          return `IMS가 검색 문서에 응답했습니다(issuer ${probe.issuer ?? '?'})`;
        case 'unreachable':
          return probe.failure ? f.say(COMMON, { id: 'netFailure', params: { failure: probe.failure } }) : '응답 없음';
        case 'redirect':
          return `검색 문서가 HTTP ${probe.status ?? '?'}(${probe.location ?? '위치 없음'}(으)로 리디렉션)로 응답했습니다. IMS는 검색 문서를 직접 제공합니다`;
        case 'http-error':
          return `검색 문서가 HTTP ${probe.status ?? '?'}(으)로 응답했습니다`;
        case 'not-json':
          return '검색 문서가 JSON이 아닙니다. IMS 서버가 아닙니다';
        case 'incomplete':
          return `검색 문서에 ${f.list(probe.missing ?? [])} 항목이 없습니다`;
      }
    },
  },
  authorizeObserved: {
    en: (p: { probe: AuthorizeProbe }, f: Format): string => {
      const probe = p.probe;
      const why = probe.errorDescription ? ` (${f.v(probe.errorDescription)})` : '';
      switch (probe.outcome) {
        case 'login-page':
          return probe.location ? `IMS redirected to its sign-in page (${originAndPath(probe.location)})` : 'IMS answered with its sign-in page';
        case 'callback-redirect':
          return `IMS sent the browser straight back to the callback ${probe.redirectUri} (a session already existed)`;
        case 'default-redirect':
          return `IMS sent the browser to ${probe.location ?? '?'} instead of the callback ${probe.redirectUri}`;
        case 'error':
          return `IMS answered HTTP ${probe.status ?? '?'} with the error "${probe.error ?? '?'}"${why} instead of its login page`;
        case 'unexpected':
          return probe.location
            ? `IMS answered HTTP ${probe.status ?? '?'} with a redirect to ${probe.location}, which is neither its sign-in page, the callback nor the default redirect URI`
            : `IMS answered HTTP ${probe.status ?? '?'}${probe.bodyStart ? `: ${f.v(probe.bodyStart)}` : ''}`;
        case 'unreachable':
          return probe.failure ? f.say(COMMON, { id: 'netFailure', params: { failure: probe.failure } }) : 'no answer';
      }
    },
    ko: (p, f): string => {
      const probe = p.probe;
      const why = probe.errorDescription ? ` (${f.v(probe.errorDescription)})` : '';
      switch (probe.outcome) {
        case 'login-page':
          return probe.location ? `IMS가 로그인 페이지로 리디렉션했습니다(${originAndPath(probe.location)})` : 'IMS가 로그인 페이지로 응답했습니다';
        case 'callback-redirect':
          return `IMS가 브라우저를 곧바로 콜백 ${probe.redirectUri}(으)로 돌려보냈습니다(이미 세션이 있음)`;
        case 'default-redirect':
          return `IMS가 브라우저를 콜백 ${probe.redirectUri} 대신 ${probe.location ?? '?'}(으)로 보냈습니다`;
        case 'error':
          return `IMS가 로그인 페이지 대신 HTTP ${probe.status ?? '?'}, 오류 "${probe.error ?? '?'}"${why}을(를) 반환했습니다`;
        case 'unexpected':
          return probe.location
            ? `IMS가 HTTP ${probe.status ?? '?'}(으)로 ${probe.location}에 리디렉션했습니다. 로그인 페이지도, 콜백도, 기본 리디렉션 URI도 아닙니다`
            : `IMS가 HTTP ${probe.status ?? '?'}(으)로 응답했습니다${probe.bodyStart ? `: ${f.v(probe.bodyStart)}` : ''}`;
        case 'unreachable':
          return probe.failure ? f.say(COMMON, { id: 'netFailure', params: { failure: probe.failure } }) : '응답 없음';
      }
    },
  },
  clientSecretObserved: {
    en: (p: { probe: ClientSecretProbe }, f: Format): string => {
      const probe = p.probe;
      switch (probe.outcome) {
        case 'accepted':
          return `IMS accepted client ${probe.clientId ?? '?'} with the secret ${probe.secretFingerprint ?? '?'} (it answered ${probe.error ? `"${probe.error}" about the probe's made-up code` : `HTTP ${probe.status ?? '?'}`})`;
        case 'invalid-client':
          return `IMS answered "invalid_client" to client ${probe.clientId ?? '?'} with the secret ${probe.secretFingerprint ?? '?'}: the secret (or the client ID) is wrong`;
        case 'no-secret':
          return 'no clear client secret is held on the IMS side (client file or Developer Console export), so none was tried';
        case 'unexpected':
          return `the token endpoint answered HTTP ${probe.status ?? '?'} without an OAuth error`;
        case 'unreachable':
          return probe.failure ? f.say(COMMON, { id: 'netFailure', params: { failure: probe.failure } }) : 'no answer';
        case 'skipped':
          return `the secret was not sent: ${({ 'not-https': 'the token endpoint is not https', 'not-ims-host': 'the token endpoint is not a production IMS host', 'other-origin': "the token endpoint is not on the IMS server's own origin" } as const)[probe.skipped ?? 'not-https']}`;
      }
    },
    ko: (p, f): string => {
      const probe = p.probe;
      switch (probe.outcome) {
        case 'accepted':
          return `IMS가 클라이언트 ID와 암호를 받아들였습니다(클라이언트: ${probe.clientId ?? '?'}, 암호: ${probe.secretFingerprint ?? '?'}; ${probe.error ? `탐지용 가짜 코드에 대한 응답: "${probe.error}"` : `응답: HTTP ${probe.status ?? '?'}`})`;
        case 'invalid-client':
          return `IMS가 "invalid_client" 오류를 반환했습니다(클라이언트: ${probe.clientId ?? '?'}, 암호: ${probe.secretFingerprint ?? '?'}). 암호(또는 클라이언트 ID)가 틀렸습니다`;
        case 'no-secret':
          return 'IMS 쪽(클라이언트 파일 또는 Developer Console 내보내기)에 평문 클라이언트 암호가 없어 시도하지 않았습니다';
        case 'unexpected':
          return `토큰 엔드포인트가 OAuth 오류 없이 응답했습니다(HTTP ${probe.status ?? '?'})`;
        case 'unreachable':
          return probe.failure ? f.say(COMMON, { id: 'netFailure', params: { failure: probe.failure } }) : '응답 없음';
        case 'skipped':
          return `암호를 보내지 않았습니다: ${({ 'not-https': '토큰 엔드포인트가 https가 아닙니다', 'not-ims-host': '토큰 엔드포인트가 프로덕션 IMS 호스트가 아닙니다', 'other-origin': '토큰 엔드포인트가 IMS 서버와 같은 출처가 아닙니다' } as const)[probe.skipped ?? 'not-https']}`;
      }
    },
  },
  callbackObserved: {
    en: (p: { probe: CallbackProbe }, f: Format): string => {
      const probe = p.probe;
      const host = probe.host ?? '?';
      switch (probe.outcome) {
        case 'ok':
          return `${host} resolves (${probe.resolvedByProxy ? 'by the proxy' : f.list(probe.addresses ?? [])}), its certificate is valid for that name until ${probe.certificate?.validTo.slice(0, 10) ?? '?'}, and it answers over https (HTTP ${probe.status ?? '?'})`;
        case 'not-url':
          return `${f.v(host)} is not a URL`;
        case 'not-https':
          return `the callback is not https, so it was not probed`;
        case 'dns':
          return probe.failure ? f.say(COMMON, { id: 'netFailure', params: { failure: probe.failure } }) : `the callback host ${host} does not resolve`;
        case 'tls-expiring':
          return `the certificate of ${host} expires in ${f.plural(probe.daysLeft ?? 0, { one: `${probe.daysLeft} day`, other: `${probe.daysLeft} days` })} (${probe.certificate?.validTo.slice(0, 10) ?? '?'})`;
        case 'http-error':
          return `the callback answered over https, but with HTTP ${probe.status ?? '?'}`;
        default:
          return probe.failure ? f.say(COMMON, { id: 'netFailure', params: { failure: probe.failure } }) : `no answer from ${host}`;
      }
    },
    ko: (p, f): string => {
      const probe = p.probe;
      const host = probe.host ?? '?';
      switch (probe.outcome) {
        case 'ok':
          return `${host} 이름이 확인되고(${probe.resolvedByProxy ? '프록시가 확인' : f.list(probe.addresses ?? [])}) 인증서가 ${probe.certificate?.validTo.slice(0, 10) ?? '?'}까지 그 이름에 유효하며 https로 응답합니다(HTTP ${probe.status ?? '?'})`;
        case 'not-url':
          return `${f.v(host)}은 URL이 아닙니다`;
        case 'not-https':
          return '콜백이 https가 아니어서 확인하지 않았습니다';
        case 'dns':
          return probe.failure ? f.say(COMMON, { id: 'netFailure', params: { failure: probe.failure } }) : `콜백 호스트 ${host} 이름을 확인할 수 없습니다`;
        case 'tls-expiring':
          return `${host}의 인증서가 ${probe.daysLeft}일 후(${probe.certificate?.validTo.slice(0, 10) ?? '?'}) 만료됩니다`;
        case 'http-error':
          return `콜백이 https로 응답했지만 HTTP ${probe.status ?? '?'}입니다`;
        default:
          return probe.failure ? f.say(COMMON, { id: 'netFailure', params: { failure: probe.failure } }) : `${host}에서 응답이 없습니다`;
      }
    },
  },

  // ---- h4: a value really sent (a browser recording) that differs from the configuration ----
  sentNeedsRestart: {
    en: () =>
      'Campaign sends what it read when the server started: restart the server after changing the external account. If it was restarted, the recording is of another instance.',
    ko: () =>
      'Campaign은 서버가 시작할 때 읽은 값을 보냅니다. 외부 계정을 바꾼 뒤에는 서버를 다시 시작하십시오. 이미 다시 시작했다면 이 기록은 다른 인스턴스의 것입니다.',
  },

  // ---- i9a: a field left out while a misnamed attribute probably meant it (Provenance.writtenAs) ----
  skipMisnamed: {
    en: (p: { field: string; attribute: string; at: Provenance }, f: Format) =>
      `Not judged: the account has no "${p.field}" attribute, but writes "${p.attribute}" (${f.at(p.at)}), which Campaign does not read and which probably means ${p.field}. Its value is unknown, not empty (see rule external-account).`,
    ko: (p, f) =>
      `판단하지 않음: 계정에 "${p.field}" 속성이 없고, 대신 Campaign이 읽지 않는 "${p.attribute}" 속성이 있습니다(${f.at(p.at)}). ${p.field} 속성을 뜻하는 것으로 보이므로 값은 비어 있는 것이 아니라 알 수 없습니다(external-account 규칙 참조).`,
  },
  // ---- report: a Developer Console project without an OAuth Web App credential ----
  skipNoWebApp: {
    en: (p: { where: Provenance; kinds: string[] }, f: Format) =>
      `Not checked: the Developer Console project (${f.at(p.where)}) has no OAuth Web App credential, the client of the Adobe ID login${p.kinds.length > 0 ? ` (it holds ${f.list(p.kinds.map((kind) => f.v(kind)))})` : ''}. Add the project's OAuth Web App credential, or give the IMS client file (ims: { client: … }).`,
    ko: (p, f) =>
      `확인하지 않음: Developer Console 프로젝트(${f.at(p.where)})에 Adobe ID 로그인의 클라이언트인 OAuth Web App 자격 증명이 없습니다${p.kinds.length > 0 ? `(있는 자격 증명: ${f.list(p.kinds.map((kind) => f.v(kind)))})` : ''}. 프로젝트에 OAuth Web App 자격 증명을 추가하거나 IMS 클라이언트 파일(ims: { client: … })을 지정하십시오.`,
  },
  // ---- diagnose: an unset environment variable is named once; each skipped rule refers to it in one line ----
  skipSecretNotSet: {
    en: (p: { variable: string; where: Provenance }, f: Format) => `Not checked: environment variable ${p.variable} is not set (${f.at(p.where)}).`,
    ko: (p, f) => `확인하지 않음: 환경 변수 미설정(${p.variable}, ${f.at(p.where)}에서 지정).`,
  },
});

/** A sentence as it ends: with its full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function originAndPath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}
