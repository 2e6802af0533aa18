import { catalogue, render, type Format, type MessageRef } from './catalogue.js';
import type { Lang } from './lang.js';

const VIA = {
  exact: { en: 'the message or code', ko: '메시지 또는 코드' },
  phrase: { en: 'the description', ko: '설명' },
  keywords: { en: 'the words', ko: '단어' },
} as const;

/**
 * Every text of the commands that start from a symptom (explain, triage, har, logs), in every
 * language. The rules' own messages stay with the rules; the symptom catalogue's with the catalogue.
 */
export const DX = catalogue({
  // Options and inputs.
  formatInvalid: {
    en: (p: { format: string }, f: Format) => `--format must be "text" or "json" for this command, not ${f.v(p.format)}.`,
    ko: (p, f) => `이 명령의 --format은 "text" 또는 "json"이어야 합니다(지정한 값: ${f.v(p.format)}).`,
  },
  statusConfirmed: { en: () => 'CAUSE', ko: () => '원인' },
  statusPossible: { en: () => 'MAYBE', ko: () => '가능' },
  statusUnchecked: { en: () => 'UNCHECKED', ko: () => '미확인' },
  statusRuledOut: { en: () => 'RULED OUT', ko: () => '배제' },
  statusManual: { en: () => 'BY HAND', ko: () => '직접 확인' },
  priorLabel: { en: (p: { value: string }) => `prior ${p.value}`, ko: (p) => `사전 가능성 ${p.value}` },
  onInstances: { en: (p: { instances: string[] }, f: Format) => `on ${f.list(p.instances)}`, ko: (p, f) => `인스턴스: ${f.list(p.instances)}` },
  stepsLabel: { en: () => 'Steps', ko: () => '절차' },

  // triage
  triageHeading: { en: (p: { query: string }, f: Format) => `ims-doctor triage — ${f.v(p.query)}`, ko: (p, f) => `ims-doctor 증상 분석 — ${f.v(p.query)}` },
  triageWorkspace: {
    en: (p: { workspace: string }) => `Causes ranked by what the checklist finds in ${p.workspace}.`,
    ko: (p) => `점검 목록의 결과로 원인의 순위를 매겼습니다(워크스페이스: ${p.workspace}).`,
  },
  triageNoWorkspace: {
    en: () => 'No workspace given: the causes are ranked by how often they explain this symptom. Add the workspace folder to run the checks: ims-doctor triage "<what the user saw>" <workspace>',
    ko: () => '워크스페이스가 지정되지 않아 이 증상을 일으키는 빈도로 원인의 순위를 매겼습니다. 점검까지 하려면 워크스페이스 폴더를 추가하십시오: ims-doctor triage "<사용자가 본 내용>" <워크스페이스>',
  },
  triageSymptom: { en: (p: { title: string }) => `Symptom: ${p.title}`, ko: (p) => `증상: ${p.title}` },
  triageVia: {
    en: (p: { kind: 'exact' | 'phrase' | 'keywords'; text: string; score: number }, f: Format) => `recognised by ${VIA[p.kind].en} ${f.v(p.text)} (score ${f.n(p.score)})`,
    ko: (p, f) => `식별 근거: ${VIA[p.kind].ko} ${f.v(p.text)}(점수 ${f.n(p.score)})`,
  },
  viaExact: { en: () => 'the message or code', ko: () => '메시지 또는 코드' },
  viaPhrase: { en: () => 'the description', ko: () => '설명' },
  viaKeywords: { en: () => 'the words', ko: () => '단어' },
  causesHeading: { en: () => 'Causes, most likely first', ko: () => '원인(가능성이 높은 순)' },
  tellApartHeading: { en: () => 'What would tell them apart', ko: () => '원인을 가려낼 다음 단서' },
  checklistHeading: { en: () => 'Check by hand', ko: () => '직접 확인할 항목' },
  triageNoMatch: {
    en: (p: { query: string }, f: Format) => `ims-doctor does not recognise ${f.v(p.query)} as a known symptom. Quote the message the user saw, or describe it with one of these:`,
    ko: (p, f) => `ims-doctor가 아는 증상이 아닙니다: ${f.v(p.query)}. 사용자가 본 메시지를 그대로 입력하거나 다음 중 하나로 설명하십시오:`,
  },
  triageSummary: {
    en: (p: { confirmed: number; possible: number; unchecked: number; ruledOut: number }, f: Format) =>
      `${f.n(p.confirmed)} confirmed causes, ${f.n(p.possible)} possible, ${f.n(p.unchecked)} unchecked, ${f.n(p.ruledOut)} ruled out.`,
    ko: (p, f) => `확인된 원인 ${f.n(p.confirmed)}건, 가능성 있는 원인 ${f.n(p.possible)}건, 미확인 ${f.n(p.unchecked)}건, 배제 ${f.n(p.ruledOut)}건.`,
  },

  // har: findings
  harNoIms: {
    en: (p: { entries: number }) => `No IMS traffic in this recording (${p.entries} requests): no request to an IMS host (adobelogin.com, services.adobe.com), so nothing here shows the login. Nothing found.`,
    ko: (p) => `이 기록(요청 ${p.entries}개)에는 IMS 트래픽이 없습니다. IMS 호스트(adobelogin.com, services.adobe.com)로 보낸 요청이 없으므로 로그인 과정을 알 수 없습니다. 발견된 문제가 없습니다.`,
  },
  harRecordAgain: {
    en: () => 'Record again: open the browser\'s developer tools on the Campaign login page, tick "Preserve log" in the Network panel, log in until the problem shows, then "Save all as HAR".',
    ko: () => 'Campaign 로그인 페이지에서 브라우저 개발자 도구를 열고 네트워크 패널의 "로그 보존"을 선택한 뒤, 문제가 나타날 때까지 로그인하고 "HAR로 모두 저장"으로 다시 기록하십시오.',
  },
  harImsNetwork: {
    en: (p: { host: string; error: string; url: string }) => `The browser could not reach ${p.host}: ${p.error}. The login stops before IMS answers (${p.url}).`,
    ko: (p) => `브라우저가 ${p.host}에 연결하지 못했습니다: ${p.error}. IMS가 응답하기 전에 로그인이 멈춥니다(${p.url}).`,
  },
  harImsTls: {
    en: (p: { host: string; error: string; url: string }) => `The TLS connection to ${p.host} failed: ${p.error}. A proxy or TLS inspection between the browser and IMS is the usual cause (${p.url}).`,
    ko: (p) => `${p.host}와(과)의 TLS 연결이 실패했습니다: ${p.error}. 브라우저와 IMS 사이의 프록시나 TLS 검사가 흔한 원인입니다(${p.url}).`,
  },
  harFixImsNetwork: {
    en: (p: { host: string }) => `Check that the external account's IMS server is a production IMS host and that the operators' network (proxy, firewall, TLS inspection) lets browsers reach ${p.host} over https.`,
    ko: (p) => `외부 계정의 IMS 서버가 프로덕션 IMS 호스트인지, 운영자 네트워크(프록시, 방화벽, TLS 검사)가 브라우저의 https 접속을 ${p.host}까지 허용하는지 확인하십시오.`,
  },
  harImsError: {
    en: (p: { code: string; description: string; url: string }) => `IMS answered with error=${p.code}${p.description} instead of the login (${p.url}).`,
    ko: (p) => `IMS가 로그인 대신 error=${p.code}${p.description}(으)로 응답했습니다(${p.url}).`,
  },
  harTokenError: {
    en: (p: { code: string; description: string; url: string }) => `The token exchange failed: IMS answered error=${p.code}${p.description} to ${p.url}. The login code was issued, but the client could not redeem it.`,
    ko: (p) => `토큰 교환에 실패했습니다: IMS가 ${p.url}에 error=${p.code}${p.description}(으)로 응답했습니다. 로그인 코드는 발급되었지만 클라이언트가 이를 교환하지 못했습니다.`,
  },
  harImsHttp: {
    en: (p: { status: number; url: string }) => `IMS answered HTTP ${p.status} to ${p.url}.`,
    ko: (p) => `IMS가 ${p.url}에 HTTP ${p.status}(으)로 응답했습니다.`,
  },
  harFixScope: {
    en: () => 'Make the external account\'s scopes a subset of those IMS provisioned for the client (ims-doctor check --only scope), save, and restart the server.',
    ko: () => '외부 계정의 범위를 IMS가 클라이언트에 프로비저닝한 범위의 부분 집합으로 맞추고(ims-doctor check --only scope) 저장한 뒤 서버를 다시 시작하십시오.',
  },
  harFixClient: {
    en: () => 'Enter the client ID and secret provisioned for this instance in the external account (ims-doctor check --only client-id,client-secret), then restart the server.',
    ko: () => '이 인스턴스에 프로비저닝된 클라이언트 ID와 암호를 외부 계정에 입력하고(ims-doctor check --only client-id,client-secret) 서버를 다시 시작하십시오.',
  },
  harFixImsError: {
    en: (p: { code: string }) => `Look the error up with ims-doctor triage "${p.code}", and check the external account against the IMS client.`,
    ko: (p) => `ims-doctor triage "${p.code}"로 오류를 찾아보고 외부 계정을 IMS 클라이언트와 비교하십시오.`,
  },
  harDefaultRedirect: {
    en: (p: { redirectUri: string; location: string }) => `IMS did not send the browser back to the redirect_uri "${p.redirectUri}": it redirected to ${p.location} instead. IMS does that when the redirect_uri matches none of the client's redirect URI patterns: it falls back to the client's default redirect URI.`,
    ko: (p) => `IMS가 브라우저를 redirect_uri "${p.redirectUri}"(으)로 돌려보내지 않고 ${p.location}(으)로 보냈습니다. redirect_uri가 클라이언트의 리디렉션 URI 패턴과 하나도 일치하지 않을 때 IMS는 클라이언트의 기본 리디렉션 URI로 보냅니다.`,
  },
  harFixDefaultRedirect: {
    en: () => 'Add a redirect URI pattern allowing the callback to the IMS client (Developer Console), or set the external account\'s callback server to a URL the patterns allow; then restart the server.',
    ko: () => 'IMS 클라이언트(Developer Console)에 콜백을 허용하는 리디렉션 URI 패턴을 추가하거나, 외부 계정의 콜백 서버를 패턴이 허용하는 URL로 바꾼 뒤 서버를 다시 시작하십시오.',
  },
  harCallbackNetwork: {
    en: (p: { url: string; error: string }) => `IMS sent the browser back, but it could not reach the callback ${p.url}: ${p.error}.`,
    ko: (p) => `IMS가 브라우저를 돌려보냈지만 브라우저가 콜백 ${p.url}에 연결하지 못했습니다: ${p.error}.`,
  },
  harFixCallbackNetwork: {
    en: () => 'The callback server must be this instance\'s https access URL, reachable from the operators\' browsers with a certificate valid for its host.',
    ko: () => '콜백 서버는 운영자 브라우저에서 접속할 수 있고 호스트에 맞는 유효한 인증서를 가진, 이 인스턴스의 https 접속 URL이어야 합니다.',
  },
  harNoRight: {
    en: (p: { text: string; url: string; status: number }) => `IMS logged the user in, then Campaign refused them: "${p.text}" (${p.url}, HTTP ${p.status}). No product profile of theirs matched the association mask.`,
    ko: (p) => `IMS 로그인은 성공했지만 Campaign이 사용자를 거부했습니다: "${p.text}"(${p.url}, HTTP ${p.status}). 사용자의 어떤 제품 프로필도 연결 마스크와 일치하지 않았습니다.`,
  },
  harFixNoRight: {
    en: () => 'Run ims-doctor explain <user> to see which of the user\'s profiles match the mask and why not.',
    ko: () => 'ims-doctor explain <사용자>를 실행해 사용자의 어떤 프로필이 마스크와 일치하는지, 왜 일치하지 않는지 확인하십시오.',
  },
  harCampaignSignature: {
    en: (p: { text: string; url: string; status: number }) => `Campaign answered with "${p.text}" (${p.url}, HTTP ${p.status}).`,
    ko: (p) => `Campaign이 "${p.text}"(으)로 응답했습니다(${p.url}, HTTP ${p.status}).`,
  },
  harCallbackHttp: {
    en: (p: { status: number; url: string }) => `Campaign answered HTTP ${p.status} on the callback ${p.url}: the server failed after IMS sent the user back, typically while exchanging the code (client secret, urlPermission, IMS server).`,
    ko: (p) => `콜백 ${p.url}에서 Campaign이 HTTP ${p.status}(으)로 응답했습니다. IMS가 사용자를 돌려보낸 뒤 서버에서 실패한 것으로, 대개 코드 교환 중 문제입니다(클라이언트 암호, urlPermission, IMS 서버).`,
  },
  harFixCallbackHttp: {
    en: () => 'Read the web server log at that time (ims-doctor logs), and run ims-doctor check --only client-secret,url-permission,ims-server.',
    ko: () => '그 시각의 웹 서버 로그를 확인하고(ims-doctor logs) ims-doctor check --only client-secret,url-permission,ims-server를 실행하십시오.',
  },
  harCallbackReached: {
    en: (p: { url: string; status: number }) => `IMS sent the browser back to ${p.url} with a code, and Campaign answered HTTP ${p.status} without refusing the login.`,
    ko: (p) => `IMS가 코드와 함께 브라우저를 ${p.url}(으)로 돌려보냈고, Campaign은 로그인을 거부하지 않고 HTTP ${p.status}(으)로 응답했습니다.`,
  },
  harStoppedAtSignIn: {
    en: (p: { url: string }) => `The recording stops in the Adobe ID sign-in pages (${p.url}): the login page was reached, but the recording ends before IMS sent the browser back. Nothing found.`,
    ko: (p) => `기록이 Adobe ID 로그인 페이지(${p.url})에서 끝납니다. 로그인 페이지에는 도달했지만 IMS가 브라우저를 돌려보내기 전에 기록이 끝났습니다. 발견된 문제가 없습니다.`,
  },
  // har: comparisons with the workspace
  harNoInstance: {
    en: (p: { redirectUri: string; clientId: string; servers: string }) => `The recording sent redirect_uri "${p.redirectUri}" and client_id "${p.clientId}", which match no instance of the workspace (${p.servers}).`,
    ko: (p) => `기록에서 보낸 redirect_uri "${p.redirectUri}"와(과) client_id "${p.clientId}"이(가) 워크스페이스의 어떤 인스턴스와도 맞지 않습니다(${p.servers}).`,
  },
  harFixNoInstance: {
    en: () => 'Name the instance the recording is of with --instance NAME, or record the login on an instance the workspace describes.',
    ko: () => '--instance NAME으로 기록한 인스턴스를 지정하거나, 워크스페이스에 있는 인스턴스에서 로그인을 기록하십시오.',
  },
  harClientIdDiffers: {
    en: (p: { sent: string; instance: string; configured: string }) => `The browser sent client_id "${p.sent}", but the external account of ${p.instance} has "${p.configured}".`,
    ko: (p) => `브라우저는 client_id "${p.sent}"을(를) 보냈지만 ${p.instance}의 외부 계정에는 "${p.configured}"이(가) 있습니다.`,
  },
  harClientIdNotProvisioned: {
    en: (p: { sent: string; instance: string; provisioned: string }) => `The browser sent client_id "${p.sent}", but the client provisioned in IMS for ${p.instance} is "${p.provisioned}".`,
    ko: (p) => `브라우저는 client_id "${p.sent}"을(를) 보냈지만 IMS에 ${p.instance}용으로 프로비저닝된 클라이언트는 "${p.provisioned}"입니다.`,
  },
  harFixClientId: {
    en: () => 'Set the external account\'s client identifier to the client ID provisioned for the instance, then restart the server.',
    ko: () => '외부 계정의 클라이언트 ID를 인스턴스에 프로비저닝된 클라이언트 ID로 설정한 뒤 서버를 다시 시작하십시오.',
  },
  harFixSentDiffers: {
    en: () => 'Campaign sends what it read when it started: restart the server after changing the external account. If it was restarted, the recording is of another instance.',
    ko: () => 'Campaign은 시작할 때 읽은 값을 보냅니다. 외부 계정을 바꾼 뒤에는 서버를 다시 시작하십시오. 이미 다시 시작했다면 이 기록은 다른 인스턴스의 것입니다.',
  },
  harRedirectDiffers: {
    en: (p: { sent: string; instance: string; configured: string }) => `The callback the browser really sent (redirect_uri "${p.sent}") differs from the callback server configured for ${p.instance} ("${p.configured}").`,
    ko: (p) => `브라우저가 실제로 보낸 콜백(redirect_uri "${p.sent}")이 ${p.instance}에 구성된 콜백 서버("${p.configured}")와 다릅니다.`,
  },
  harRedirectNotAllowed: {
    en: (p: { instance: string; sent: string; patterns: string; fallback: string }) => `No redirect URI pattern of the IMS client of ${p.instance} allows the redirect_uri sent, "${p.sent}" (patterns: ${p.patterns}): IMS sends the browser to the default redirect URI ${p.fallback} instead.`,
    ko: (p) => `${p.instance}의 IMS 클라이언트 리디렉션 URI 패턴 중 보낸 redirect_uri "${p.sent}"을(를) 허용하는 것이 없습니다(패턴: ${p.patterns}). 그래서 IMS는 브라우저를 기본 리디렉션 URI ${p.fallback}(으)로 보냅니다.`,
  },
  harRedirectAllowed: {
    en: (p: { sent: string; pattern: string }) => `The redirect_uri sent, "${p.sent}", is allowed by the IMS client's pattern "${p.pattern}".`,
    ko: (p) => `보낸 redirect_uri "${p.sent}"은(는) IMS 클라이언트 패턴 "${p.pattern}"이(가) 허용합니다.`,
  },
  harScopeNotProvisioned: {
    en: (p: { instance: string; missing: string; sent: string }) => `The browser asked for scopes IMS did not provision for the client of ${p.instance}: ${p.missing} (scope sent: "${p.sent}"). IMS answers invalid_scope instead of the login page.`,
    ko: (p) => `브라우저가 IMS가 ${p.instance}의 클라이언트에 프로비저닝하지 않은 범위를 요청했습니다: ${p.missing}(보낸 범위: "${p.sent}"). IMS는 로그인 페이지 대신 invalid_scope로 응답합니다.`,
  },
  harScopeDiffers: {
    en: (p: { sent: string; instance: string; configured: string }) => `The scope sent ("${p.sent}") differs from the external account's scope of ${p.instance} ("${p.configured}").`,
    ko: (p) => `보낸 범위("${p.sent}")가 ${p.instance} 외부 계정의 범위("${p.configured}")와 다릅니다.`,
  },
  harImsHostDiffers: {
    en: (p: { sent: string; instance: string; configured: string }) => `The browser went to the IMS host ${p.sent}, but the external account of ${p.instance} names ${p.configured}.`,
    ko: (p) => `브라우저는 IMS 호스트 ${p.sent}(으)로 갔지만 ${p.instance}의 외부 계정에는 ${p.configured}이(가) 지정되어 있습니다.`,
  },
  harEvidenceRequest: { en: () => 'Request', ko: () => '요청' },
  harEvidenceError: { en: () => 'Error', ko: () => '오류' },
  harEvidenceLocation: { en: () => 'Redirected to', ko: () => '리디렉션 위치' },
  harEvidenceText: { en: () => 'Text in the answer', ko: () => '응답의 텍스트' },
  harEvidenceRedirectUri: { en: () => 'redirect_uri sent', ko: () => '보낸 redirect_uri' },
  harEvidenceConfiguredCallback: { en: () => 'Callback server (external account)', ko: () => '콜백 서버 (외부 계정)' },
  harEvidencePattern: { en: () => 'IMS redirect URI pattern', ko: () => 'IMS 리디렉션 URI 패턴' },
  harEvidenceSentClientId: { en: () => 'client_id sent', ko: () => '보낸 client_id' },
  harEvidenceConfiguredClientId: { en: () => 'Client ID (external account)', ko: () => '클라이언트 ID (외부 계정)' },
  harEvidenceProvisionedClientId: { en: () => 'Client ID provisioned in IMS', ko: () => 'IMS에 프로비저닝된 클라이언트 ID' },
  harEvidenceScope: { en: () => 'scope sent', ko: () => '보낸 범위' },
  harEvidenceProvisionedScopes: { en: () => 'Scopes provisioned in IMS', ko: () => 'IMS에 프로비저닝된 범위' },
  harEvidenceConfiguredScope: { en: () => 'Scope (external account)', ko: () => '범위 (외부 계정)' },
  // har: text view
  harHeading: { en: (p: { file: string }) => `ims-doctor har — ${p.file}`, ko: (p) => `ims-doctor HAR 분석 — ${p.file}` },
  harRecorded: {
    en: (p: { creator: string; entries: number; pages: number; flows: number }) => `Recorded by ${p.creator}: ${p.entries} requests, ${p.pages} pages; ${p.flows} login attempts.`,
    ko: (p) => `${p.creator}에서 기록: 요청 ${p.entries}개, 페이지 ${p.pages}개, 로그인 시도 ${p.flows}회.`,
  },
  harCompared: { en: (p: { instance: string; workspace: string }) => `Compared with instance ${p.instance} of ${p.workspace}.`, ko: (p) => `${p.workspace}의 인스턴스 ${p.instance}와(과) 비교했습니다.` },
  harAttempt: { en: (p: { n: number; time: string }) => `Login attempt ${p.n} (${p.time})`, ko: (p) => `로그인 시도 ${p.n} (${p.time})` },
  harSentHeading: { en: () => 'Sent to IMS by the browser', ko: () => '브라우저가 IMS로 보낸 값' },
  harStepsHeading: { en: () => 'Requests', ko: () => '요청' },
  harConfigHeading: { en: () => 'Compared with the workspace', ko: () => '워크스페이스와 비교' },
  harVerdictBroke: { en: (p: { stage: string; message: string }) => `The login broke at the ${p.stage} step: ${p.message}`, ko: (p) => `로그인이 ${p.stage} 단계에서 실패했습니다: ${p.message}` },
  harVerdictOk: { en: (p: { message: string }) => `No failure found: ${p.message}`, ko: (p) => `실패를 찾지 못했습니다: ${p.message}` },
  harNotSent: { en: () => '(not sent)', ko: () => '(보내지 않음)' },
  stageNetwork: { en: () => 'network', ko: () => '네트워크' },
  stageAuthorize: { en: () => 'IMS authorize', ko: () => 'IMS 인증 요청' },
  stageRedirect: { en: () => 'redirect back', ko: () => '리디렉션' },
  stageCallback: { en: () => 'callback', ko: () => '콜백' },
  stageToken: { en: () => 'token exchange', ko: () => '토큰 교환' },
  stageCampaign: { en: () => 'Campaign rights', ko: () => 'Campaign 권한' },
  stageConfiguration: { en: () => 'configuration', ko: () => '구성' },
  stageRecording: { en: () => 'recording', ko: () => '기록' },
  // har --sanitize
  sanitizeDone: {
    en: (p: { file: string; values: number; replaced: number }) => `wrote ${p.file}: ${p.values} distinct secret values (${p.replaced} occurrences) replaced by stable tokens "redacted-<8 hex>"; the same value has the same token everywhere in the file.`,
    ko: (p) => `${p.file}에 저장했습니다: 서로 다른 비밀 값 ${p.values}개(${p.replaced}곳)를 고정 토큰 "redacted-<16진수 8자리>"로 바꿨습니다. 파일 전체에서 같은 값은 같은 토큰이 됩니다.`,
  },
  sanitizeNeedsOutput: {
    en: () => '--sanitize writes a copy: give it with -o FILE (or -o - for standard output).',
    ko: () => '--sanitize는 사본을 씁니다. -o FILE로 지정하십시오(표준 출력은 -o -).',
  },
  sanitizeOverwrite: {
    en: (p: { file: string }) => `-o ${p.file} is the recording itself; write the shareable copy to another file.`,
    ko: (p) => `-o ${p.file}은(는) 원본 기록 파일입니다. 공유용 사본은 다른 파일에 쓰십시오.`,
  },

  // logs
  logsHeading: { en: () => 'ims-doctor logs', ko: () => 'ims-doctor 로그 분석' },
  logsScanned: {
    en: (p: { files: number; size: string; hits: number }, f: Format) =>
      `${f.plural(p.files, { one: `${f.n(p.files)} file`, other: `${f.n(p.files)} files` })}, ${p.size} scanned: ${f.plural(p.hits, { one: `${f.n(p.hits)} line carries`, other: `${f.n(p.hits)} lines carry` })} a known IMS signature.`,
    ko: (p, f) => `파일 ${f.n(p.files)}개, ${p.size}를 검사했습니다. 알려진 IMS 서명이 있는 줄은 ${f.n(p.hits)}개입니다.`,
  },
  logsNothing: {
    en: () => 'Nothing found: no line carries a known IMS signature (the messages and codes of the symptom catalogue). Other lines are left alone.',
    ko: () => '발견된 것이 없습니다. 알려진 IMS 서명(증상 목록의 메시지와 코드)이 있는 줄이 없습니다. 그 밖의 줄은 다루지 않습니다.',
  },
  logsEmptyFolder: { en: (p: { dir: string }) => `${p.dir} holds no log file (*.log, *.log.gz).`, ko: (p) => `로그 파일(*.log, *.log.gz)이 없는 폴더입니다: ${p.dir}` },
  logsNoInput: {
    en: () => 'give the log files or folders to scan (e.g. ims-doctor logs /usr/local/neolane/nl6/var/acme/log).',
    ko: () => '검사할 로그 파일이나 폴더를 지정하십시오(예: ims-doctor logs /usr/local/neolane/nl6/var/acme/log).',
  },
  logsByMessage: { en: () => 'By message', ko: () => '메시지별' },
  logsByUser: {
    en: (p: { shown: number; total: number }, f: Format) => `By user (${f.n(p.shown)} of ${f.n(p.total)})`,
    ko: (p, f) => `사용자별(${f.n(p.total)}명 중 ${f.n(p.shown)}명)`,
  },
  logsByHour: { en: () => 'By hour (as written in the logs)', ko: () => '시간대별(로그에 기록된 시각 기준)' },
  logsSymptoms: { en: () => 'What it points to', ko: () => '가리키는 증상' },
  logsLines: { en: (p: { count: number }, f: Format) => f.plural(p.count, { one: `${f.n(p.count)} line`, other: `${f.n(p.count)} lines` }), ko: (p, f) => `${f.n(p.count)}줄` },
  logsUsers: { en: (p: { count: number }, f: Format) => f.plural(p.count, { one: `${f.n(p.count)} user`, other: `${f.n(p.count)} users` }), ko: (p, f) => `사용자 ${f.n(p.count)}명` },
  logsBetween: { en: (p: { first: string; last: string }) => `${p.first} → ${p.last}`, ko: (p) => `${p.first}부터 ${p.last}까지` },
  logsInferred: { en: () => '(inferred signature)', ko: () => '(추정한 서명)' },
  logsSample: { en: (p: { file: string; offset: number; text: string }) => `${p.file} at byte ${p.offset}: ${p.text}`, ko: (p) => `${p.file}의 ${p.offset}바이트 위치: ${p.text}` },
  logsWithoutUser: {
    en: (p: { count: number }, f: Format) => `${f.plural(p.count, { one: `${f.n(p.count)} line names`, other: `${f.n(p.count)} lines name` })} no user.`,
    ko: (p, f) => `사용자 이름이 없는 줄: ${f.n(p.count)}줄.`,
  },
  logsUnknownHour: { en: () => 'no time', ko: () => '시각 없음' },
  logsRoutine: { en: () => 'routine', ko: () => '일상적' },
  logsExplainHint: { en: (p: { user: string }) => `run: ims-doctor explain ${p.user}`, ko: (p) => `실행: ims-doctor explain ${p.user}` },

  // explain: the walk
  explainHeading: { en: (p: { who: string }) => `ims-doctor explain — how ${p.who} logs in`, ko: (p) => `ims-doctor explain — ${p.who}의 로그인 과정` },
  explainStep1: { en: () => '1. In the Admin Console export', ko: () => '1. Admin Console 내보내기 파일' },
  explainStep2: { en: () => '2. Product profiles and user groups', ko: () => '2. 제품 프로필과 사용자 그룹' },
  explainStep3: { en: () => '3-4. Each profile against the association mask, then the operator group it names', ko: () => '3-4. 각 프로필과 연결 마스크 대조, 프로필이 가리키는 운영자 그룹 확인' },
  explainStep5: { en: () => '5. Outcome', ko: () => '5. 결과' },
  explainInstance: {
    en: (p: { name: string; role: string; mask: string }, f: Format) => `Instance ${p.name} (${p.role}) — association mask ${f.v(p.mask)}`,
    ko: (p, f) => `인스턴스 ${p.name} (${p.role}) — 연결 마스크(Association mask) ${f.v(p.mask)}`,
  },
  explainInstanceNoMask: { en: (p: { name: string; role: string }) => `Instance ${p.name} (${p.role})`, ko: (p) => `인스턴스 ${p.name} (${p.role})` },
  explainNoExport: {
    en: (p: { reason: string }) => `Cannot look the person up: ${p.reason}.`,
    ko: (p) => `사용자를 찾을 수 없습니다: ${p.reason}.`,
  },
  explainCannot: {
    en: (p: { reason: string }) => `Nothing to explain without the Admin Console user export (${p.reason}).`,
    ko: (p) => `Admin Console 사용자 내보내기 파일 없이는 설명할 수 없습니다(${p.reason}).`,
  },
  explainFound: {
    en: (p: { email: string; source: string; line: number }) => `${p.email} is in the Admin Console export (${p.source}:${p.line}).`,
    ko: (p) => `${p.email}은(는) Admin Console 내보내기 파일에 있습니다(${p.source}:${p.line}).`,
  },
  explainFoundCase: {
    en: (p: { email: string; source: string; line: number; who: string }) => `${p.email} is in the Admin Console export (${p.source}:${p.line}), written with other capitals than "${p.who}": the same address.`,
    ko: (p) => `${p.email}은(는) Admin Console 내보내기 파일에 있습니다(${p.source}:${p.line}). "${p.who}"와(과) 대소문자만 다른 같은 주소입니다.`,
  },
  explainNotFound: {
    en: (p: { who: string; source: string; count: number }) => `"${p.who}" is not in the Admin Console export ${p.source} (${p.count} users): IMS has no product profile of this organization to give them, so Campaign gives them no rights.`,
    ko: (p) => `"${p.who}"은(는) Admin Console 내보내기 파일 ${p.source}(사용자 ${p.count}명)에 없습니다. IMS가 이 조직의 제품 프로필을 전달할 수 없으므로 Campaign도 권한을 주지 않습니다.`,
  },
  explainDidYouMean: { en: (p: { list: string }) => `Did you mean: ${p.list}?`, ko: (p) => `혹시 다음 사용자입니까: ${p.list}?` },
  nearOtherDomain: { en: (p: { email: string; line: number }) => `${p.email} (line ${p.line}, same name at another domain)`, ko: (p) => `${p.email}(${p.line}행, 같은 이름의 다른 도메인)` },
  nearCase: { en: (p: { email: string; line: number }) => `${p.email} (line ${p.line}, other capitals)`, ko: (p) => `${p.email}(${p.line}행, 대소문자만 다름)` },
  nearSimilar: { en: (p: { email: string; line: number; distance: number }) => `${p.email} (line ${p.line}, ${p.distance} edits away)`, ko: (p) => `${p.email}(${p.line}행, ${p.distance}글자 차이)` },
  explainNotFoundSummary: {
    en: (p: { who: string }) => `${p.who} is not in the Admin Console export: check the address, or add them to the organization's Campaign product profiles.`,
    ko: (p) => `${p.who}은(는) Admin Console 내보내기 파일에 없습니다. 주소를 확인하거나 조직의 Campaign 제품 프로필에 사용자를 추가하십시오.`,
  },
  explainNotFoundSentence: {
    en: (p: { who: string; source: string; count: number; near: string[] }, f: Format) =>
      `${f.v(p.who)} is not in the Admin Console export ${p.source} (${f.plural(p.count, { one: `${f.n(p.count)} user`, other: `${f.n(p.count)} users` })}).${p.near.length > 0 ? ` Did you mean ${f.list(p.near, 'or')}?` : ''}`,
    ko: (p, f) => `Admin Console 내보내기 파일 ${p.source}(사용자 ${f.n(p.count)}명)에 없는 사용자입니다: ${f.v(p.who)}.${p.near.length > 0 ? ` 혹시 다음 사용자입니까: ${f.list(p.near, 'or')}?` : ''}`,
  },
  explainNotFoundHint: { en: (p: { list: string }) => ` Did you mean ${p.list}?`, ko: (p) => ` 혹시 ${p.list}입니까?` },
  explainProfiles: {
    en: (p: { count: number; list: string }) => `They hold ${p.count} product ${p.count === 1 ? 'profile or user group' : 'profiles / user groups'}: ${p.list}.`,
    ko: (p) => `제품 프로필/사용자 그룹 ${p.count}개를 가지고 있습니다: ${p.list}.`,
  },
  explainNoProfiles: {
    en: (p: { email: string; en: string; ko: string }) => `${p.email} holds no product profile or user group: IMS sends Campaign nothing to match, so the login ends with "${p.en}".`,
    ko: (p) => `${p.email}에게는 제품 프로필이나 사용자 그룹이 없습니다. IMS가 Campaign에 대조할 것을 보내지 않으므로 로그인은 "${p.ko}" 오류로 끝납니다.`,
  },
  prereqOk: { en: (p: { instance: string; count: number }) => `${p.instance}: all ${p.count} checks that apply to everybody pass.`, ko: (p) => `${p.instance}: 모든 사용자에게 적용되는 점검 ${p.count}개가 모두 통과했습니다.` },
  prereqWarn: { en: (p: { instance: string; rules: string }) => `${p.instance}: nothing stops everybody; warnings from ${p.rules}.`, ko: (p) => `${p.instance}: 모든 사용자를 막는 문제는 없지만 ${p.rules}에서 경고가 있습니다.` },
  prereqBlocked: {
    en: (p: { count: number; instance: string; rules: string }) => `${p.count === 1 ? 'A check fails that stops' : `${p.count} checks fail that stop`} every login to ${p.instance}, whoever the user: ${p.rules}.`,
    ko: (p) => `사용자와 관계없이 ${p.instance}의 모든 로그인을 막는 점검 ${p.count}개가 실패했습니다: ${p.rules}.`,
  },
  prereqSummaryHeading: { en: () => 'Prerequisites (they stop everybody, whoever logs in)', ko: () => '전제 조건(사용자와 관계없이 모든 로그인을 막는 문제)' },
  prereqDetails: {
    en: (p: { instance: string; rules: string }) => `Details and evidence: ims-doctor check --instance ${p.instance} --only ${p.rules}`,
    ko: (p) => `자세한 내용과 근거: ims-doctor check --instance ${p.instance} --only ${p.rules}`,
  },
  explainNoAccount: {
    en: (p: { instance: string; name: string }) => `Instance ${p.instance} has no enabled external account named ${p.name}: it offers no Adobe ID login at all (see external-account).`,
    ko: (p) => `인스턴스 ${p.instance}에는 ${p.name}(이)라는 활성 외부 계정이 없어 Adobe ID 로그인 자체가 불가능합니다(external-account 참조).`,
  },
  explainNoCampaign: {
    en: (p: { instance: string }) => `Instance ${p.instance}: its Campaign export could not be read, so the walk stops here.`,
    ko: (p) => `인스턴스 ${p.instance}: Campaign 내보내기 파일을 읽을 수 없어 여기서 멈춥니다.`,
  },
  stepGrants: {
    en: (p: { profile: string; mask: string; group: string }) => `${p.profile} matches the mask ${p.mask} and names the operator group ${p.group}, which exists in Campaign.`,
    ko: (p) => `${p.profile}은(는) 마스크 ${p.mask}와 일치하며, Campaign에 있는 운영자 그룹 ${p.group}을(를) 가리킵니다.`,
  },
  stepNoMatch: {
    en: (p: { profile: string; mask: string; why: string }) => `${p.profile} does not match the mask ${p.mask}: ${p.why}.`,
    ko: (p) => `${p.profile}은(는) 마스크 ${p.mask}와 일치하지 않습니다: ${p.why}.`,
  },
  stepGroupRenamed: {
    en: (p: { profile: string; mask: string; group: string; closest: string }) => `${p.profile} matches the mask ${p.mask} but names the operator group ${p.group}, which does not exist in Campaign; the closest is ${p.closest} (renamed?). It grants nothing.`,
    ko: (p) => `${p.profile}은(는) 마스크 ${p.mask}와 일치하지만 Campaign에 없는 운영자 그룹 ${p.group}을(를) 가리킵니다. 가장 비슷한 그룹은 ${p.closest}입니다(이름이 바뀌었을 수 있음). 아무 권한도 주지 않습니다.`,
  },
  stepGroupMissing: {
    en: (p: { profile: string; mask: string; group: string }) => `${p.profile} matches the mask ${p.mask} but names the operator group ${p.group}, which does not exist in Campaign. It grants nothing.`,
    ko: (p) => `${p.profile}은(는) 마스크 ${p.mask}와 일치하지만 Campaign에 없는 운영자 그룹 ${p.group}을(를) 가리킵니다. 아무 권한도 주지 않습니다.`,
  },
  outcomeGranted: {
    en: (p: { who: string; instance: string; groups: string }) => `${p.who} logs in to ${p.instance} with the operator groups ${p.groups}.`,
    ko: (p) => `${p.who}은(는) 운영자 그룹 ${p.groups}(으)로 ${p.instance}에 로그인합니다.`,
  },
  outcomeDenied: {
    en: (p: { who: string; instance: string; en: string; ko: string }) => `${p.who} cannot log in to ${p.instance}: no profile grants an existing operator group, and Campaign answers "${p.en}" (Korean UI: "${p.ko}").`,
    ko: (p) => `${p.who}은(는) ${p.instance}에 로그인할 수 없습니다. 기존 운영자 그룹을 부여하는 프로필이 없어 Campaign이 "${p.ko}"(영어 UI: "${p.en}") 오류를 표시합니다.`,
  },
  outcomeNoProfiles: {
    en: (p: { who: string; instance: string; en: string; ko: string }) => `${p.who} cannot log in to ${p.instance}: Campaign answers "${p.en}" (Korean UI: "${p.ko}").`,
    ko: (p) => `${p.who}은(는) ${p.instance}에 로그인할 수 없습니다. Campaign이 "${p.ko}"(영어 UI: "${p.en}") 오류를 표시합니다.`,
  },
  outcomeMaskUnusable: {
    en: (p: { who: string; instance: string; mask: string; en: string; ko: string }) => `${p.who} cannot log in to ${p.instance}: the association mask ${p.mask} can match no profile (see association-mask), so Campaign answers "${p.en}" (Korean UI: "${p.ko}").`,
    ko: (p) => `${p.who}은(는) ${p.instance}에 로그인할 수 없습니다. 연결 마스크 ${p.mask}은(는) 어떤 프로필과도 일치할 수 없으므로(association-mask 참조) Campaign이 "${p.ko}"(영어 UI: "${p.en}") 오류를 표시합니다.`,
  },
  outcomeBlocked: {
    en: (p: { who: string; groups: string; instance: string; rules: string }) => `${p.who} would get the operator groups ${p.groups} on ${p.instance}, but nobody logs in there until these checks pass: ${p.rules}.`,
    ko: (p) => `${p.who}은(는) ${p.instance}에서 운영자 그룹 ${p.groups}을(를) 받게 되지만, 다음 점검이 통과하기 전에는 아무도 로그인할 수 없습니다: ${p.rules}.`,
  },
  explainSummaryAll: { en: (p: { who: string }) => `${p.who} can log in to every instance checked.`, ko: (p) => `${p.who}은(는) 점검한 모든 인스턴스에 로그인할 수 있습니다.` },
  explainSummaryNone: { en: (p: { who: string }) => `${p.who} cannot log in to any instance checked.`, ko: (p) => `${p.who}은(는) 점검한 어떤 인스턴스에도 로그인할 수 없습니다.` },
  explainSummarySome: { en: (p: { who: string; allowed: string }) => `${p.who} can log in only to ${p.allowed}.`, ko: (p) => `${p.who}은(는) ${p.allowed}에만 로그인할 수 있습니다.` },
  explainNeedsWho: { en: () => 'give the e-mail address or user name of the person to explain.', ko: () => '설명할 사용자의 이메일 주소나 사용자 이름을 지정하십시오.' },
});

export type DxKey = keyof typeof DX;
export type DxRef = MessageRef<typeof DX>;

/** One text of the symptom-first commands, typed: the key and exactly its parameters. */
export function dxText(lang: Lang, ref: DxRef): string {
  return render(DX, ref, lang);
}

/**
 * TRANSITIONAL: the untyped lookup, kept for code not yet on typed references (analyzers/explain.ts,
 * analyzers/har-analysis.ts, reporters/har-text.ts, cli/commands/har.ts). New code calls dxText(lang, { id, params }).
 */
export function dx(lang: Lang, key: DxKey, params: Record<string, string | number> = {}): string {
  return render(DX, { id: key, params } as unknown as DxRef, lang);
}
