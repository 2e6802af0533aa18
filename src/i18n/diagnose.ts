import type { HarStage } from '../analyzers/har-analysis.js';
import type { NearMiss } from '../analyzers/explain.js';
import { MAC_ACCOUNT_NAME, NO_MATCHING_RIGHT_MESSAGE } from '../domain/facts.js';
import type { MissReason } from '../domain/association-mask.js';
import type { AbsentReason, SourceProblem } from '../model/snapshot.js';
import { ASSOCIATION } from './association.js';
import { catalogue, render, type Format, type MessageRef } from './catalogue.js';
import { COMMON } from './common.js';
import type { Lang } from './lang.js';
import { problemLine } from './problems.js';

const VIA = {
  exact: { en: 'the message or code', ko: '메시지 또는 코드' },
  phrase: { en: 'the description', ko: '설명' },
  keywords: { en: 'the words', ko: '단어' },
} as const;

/** Where a login broke, as the verdict names it. */
const STAGES: Record<HarStage, { en: string; ko: string }> = {
  network: { en: 'network', ko: '네트워크' },
  authorize: { en: 'IMS authorize', ko: 'IMS 인증 요청' },
  redirect: { en: 'redirect back', ko: '리디렉션' },
  callback: { en: 'callback', ko: '콜백' },
  token: { en: 'token exchange', ko: '토큰 교환' },
  campaign: { en: 'Campaign rights', ko: 'Campaign 권한' },
  configuration: { en: 'configuration', ko: '구성' },
  recording: { en: 'recording', ko: '기록' },
};

/** IMS's error_description, when it sent one (a value quoted from the recording). */
const describe = (description: string, f: Format): string => (description === '' ? '' : ` (${f.v(description)})`);
const sentValue = (value: string | null, f: Format): string => (value === null ? (f.lang === 'ko' ? '(보내지 않음)' : '(not sent)') : f.v(value));

/** Why the Admin Console export was not read: the plane's own state. */
export type Unread = { state: 'absent'; reason: AbsentReason } | { state: 'error'; problem: SourceProblem };

function unreadText(unread: Unread, f: Format): string {
  const text = unread.state === 'absent' ? f.say(COMMON, { id: 'absentReason', params: { reason: unread.reason } }) : problemLine(unread.problem, f.lang);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export type Near = Pick<NearMiss, 'email' | 'line' | 'kind' | 'distance'>;

function nearEn(miss: Near, f: Format): string {
  const why =
    miss.kind === 'other-domain'
      ? 'same name at another domain'
      : miss.kind === 'case'
        ? 'other capitals'
        : f.plural(miss.distance, { one: `${f.n(miss.distance)} edit away`, other: `${f.n(miss.distance)} edits away` });
  return `${miss.email} (line ${f.n(miss.line)}, ${why})`;
}

function nearKo(miss: Near, f: Format): string {
  const why = miss.kind === 'other-domain' ? '같은 이름의 다른 도메인' : miss.kind === 'case' ? '대소문자만 다름' : `${f.n(miss.distance)}글자 차이`;
  return `${miss.email}(${f.n(miss.line)}행, ${why})`;
}

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
  onInstances: { en: (p: { instances: string[] }, f: Format) => `on ${f.list(p.instances)}`, ko: (p, f) => `인스턴스: ${f.list(p.instances)}` },

  // triage
  triageHeading: { en: (p: { query: string }, f: Format) => `ims-doctor triage — ${f.v(p.query)}`, ko: (p, f) => `ims-doctor 증상 분석 — ${f.v(p.query)}` },
  triageWorkspace: {
    en: (p: { workspace: string }) => `Causes ranked by what the checklist finds in ${p.workspace}.`,
    ko: (p) => `점검 목록의 결과로 원인의 순위를 매겼습니다(워크스페이스: ${p.workspace}).`,
  },
  triageNoWorkspace: {
    en: () =>
      'No workspace given: the causes are ranked by how often they explain this symptom. Add the workspace folder to run the checks: ims-doctor triage "<what the user saw>" <workspace>',
    ko: () =>
      '워크스페이스가 지정되지 않아 이 증상을 일으키는 빈도로 원인의 순위를 매겼습니다. 점검까지 하려면 워크스페이스 폴더를 추가하십시오: ims-doctor triage "<사용자가 본 내용>" <워크스페이스>',
  },
  triageSymptom: { en: (p: { title: string }) => `Symptom: ${p.title}`, ko: (p) => `증상: ${p.title}` },
  triageVia: {
    en: (p: { kind: 'exact' | 'phrase' | 'keywords'; text: string; score: number }, f: Format) =>
      `recognised by ${VIA[p.kind].en} ${f.v(p.text)} (score ${f.n(p.score)})`,
    ko: (p, f) => `식별 근거: ${VIA[p.kind].ko} ${f.v(p.text)}(점수 ${f.n(p.score)})`,
  },
  causesHeading: { en: () => 'Causes, most likely first', ko: () => '원인(가능성이 높은 순)' },
  tellApartHeading: { en: () => 'What would tell them apart', ko: () => '원인을 가려낼 다음 단서' },
  checklistHeading: { en: () => 'Check by hand', ko: () => '직접 확인할 항목' },
  triageNoMatch: {
    en: (p: { query: string }, f: Format) =>
      `ims-doctor does not recognise ${f.v(p.query)} as a known symptom. Quote the message the user saw, or describe it with one of these:`,
    ko: (p, f) => `ims-doctor가 아는 증상이 아닙니다: ${f.v(p.query)}. 사용자가 본 메시지를 그대로 입력하거나 다음 중 하나로 설명하십시오:`,
  },
  triageSummary: {
    // All zero: every cause is one to check by hand, which no workspace can confirm (the workspace was read all the same).
    en: (p: { confirmed: number; possible: number; unchecked: number; ruledOut: number }, f: Format) =>
      p.confirmed + p.possible + p.unchecked + p.ruledOut === 0
        ? "No cause of this symptom is in the workspace: each cause above is checked by hand, on the operator's machine or the server."
        : `${f.plural(p.confirmed, { one: `${f.n(p.confirmed)} confirmed cause`, other: `${f.n(p.confirmed)} confirmed causes` })}, ${f.n(p.possible)} possible, ${f.n(p.unchecked)} unchecked, ${f.n(p.ruledOut)} ruled out.`,
    ko: (p, f) =>
      p.confirmed + p.possible + p.unchecked + p.ruledOut === 0
        ? '이 증상의 원인은 워크스페이스에 없습니다. 위의 각 원인은 운영자 컴퓨터나 서버에서 직접 확인해야 합니다.'
        : `확인된 원인 ${f.n(p.confirmed)}개, 가능성 있는 원인 ${f.n(p.possible)}개, 미확인 ${f.n(p.unchecked)}개, 배제 ${f.n(p.ruledOut)}개.`,
  },

  // har: findings (params are what the recording shows, secrets already hidden)
  harNoIms: {
    en: (p: { entries: number }, f: Format) =>
      `No IMS traffic in this recording (${f.plural(p.entries, { one: `${f.n(p.entries)} request`, other: `${f.n(p.entries)} requests` })}): no request to an IMS host (adobelogin.com, services.adobe.com), so nothing here shows the login. Nothing found.`,
    ko: (p, f) =>
      `이 기록(요청 ${f.n(p.entries)}개)에는 IMS 트래픽이 없습니다. IMS 호스트(adobelogin.com, services.adobe.com)로 보낸 요청이 없으므로 로그인 과정을 알 수 없습니다. 발견된 문제가 없습니다.`,
  },
  harRecordAgain: {
    en: () =>
      'Record again: open the browser\'s developer tools on the Campaign login page, tick "Preserve log" in the Network panel, log in until the problem shows, then "Save all as HAR".',
    ko: () =>
      'Campaign 로그인 페이지에서 브라우저 개발자 도구를 열고 네트워크(Network) 패널의 로그 보존(Preserve log)을 선택한 뒤, 문제가 나타날 때까지 로그인하고 HAR로 모두 저장(Save all as HAR)으로 다시 기록하십시오.',
  },
  harImsNetwork: {
    en: (p: { host: string; error: string; url: string }, f: Format) =>
      `The browser could not reach ${p.host}: ${f.v(p.error)}. The login stops before IMS answers (${p.url}).`,
    ko: (p, f) => `브라우저가 ${p.host}에 연결하지 못했습니다: ${f.v(p.error)}. IMS가 응답하기 전에 로그인이 멈춥니다(${p.url}).`,
  },
  harImsTls: {
    en: (p: { host: string; error: string; url: string }, f: Format) =>
      `The TLS connection to ${p.host} failed: ${f.v(p.error)}. A proxy or TLS inspection between the browser and IMS is the usual cause (${p.url}).`,
    ko: (p, f) => `${p.host} 호스트와의 TLS 연결에 실패했습니다: ${f.v(p.error)}. 브라우저와 IMS 사이의 프록시나 TLS 검사가 흔한 원인입니다(${p.url}).`,
  },
  harFixImsNetwork: {
    en: (p: { host: string }) =>
      `Check that the external account's IMS server is a production IMS host and that the operators' network (proxy, firewall, TLS inspection) lets browsers reach ${p.host} over https.`,
    ko: (p) =>
      `외부 계정의 IMS 서버가 프로덕션 IMS 호스트인지, 운영자 네트워크(프록시, 방화벽, TLS 검사)가 브라우저의 https 접속을 ${p.host}까지 허용하는지 확인하십시오.`,
  },
  harImsError: {
    en: (p: { code: string; description: string; url: string }, f: Format) =>
      `IMS answered with error=${p.code}${describe(p.description, f)} instead of the login (${p.url}).`,
    ko: (p, f) => `IMS가 로그인 대신 오류를 반환했습니다: error=${p.code}${describe(p.description, f)} (${p.url}).`,
  },
  harTokenError: {
    en: (p: { code: string; description: string; url: string }, f: Format) =>
      `The token exchange failed: IMS answered error=${p.code}${describe(p.description, f)} to ${p.url}. The login code was issued, but the client could not redeem it.`,
    ko: (p, f) =>
      `토큰 교환에 실패했습니다. IMS가 ${p.url}에 오류를 반환했습니다: error=${p.code}${describe(p.description, f)}. 로그인 코드는 발급되었지만 클라이언트가 이를 교환하지 못했습니다.`,
  },
  harImsHttp: {
    en: (p: { status: number; url: string }) => `IMS answered HTTP ${p.status} to ${p.url}.`,
    ko: (p) => `IMS가 ${p.url}에 오류를 반환했습니다(HTTP ${p.status}).`,
  },
  harFixScope: {
    en: () =>
      "Make the external account's scopes a subset of those IMS provisioned for the client (ims-doctor check --only scope), save, and restart the server.",
    ko: () =>
      '외부 계정의 범위를 IMS가 클라이언트에 프로비저닝한 범위의 부분 집합으로 맞추고(ims-doctor check --only scope) 저장한 뒤 서버를 다시 시작하십시오.',
  },
  harFixClient: {
    en: () =>
      'Enter the client ID and secret provisioned for this instance in the external account (ims-doctor check --only client-id,client-secret), then restart the server.',
    ko: () =>
      '이 인스턴스에 프로비저닝된 클라이언트 ID와 암호를 외부 계정에 입력하고(ims-doctor check --only client-id,client-secret) 서버를 다시 시작하십시오.',
  },
  harFixImsError: {
    en: (p: { code: string }, f: Format) =>
      `Look the error up with ims-doctor triage ${f.code(p.code)}, and check the external account against the IMS client.`,
    ko: (p, f) => `오류를 찾아보고(ims-doctor triage ${f.code(p.code)}) 외부 계정을 IMS 클라이언트와 비교하십시오.`,
  },
  harDefaultRedirect: {
    en: (p: { redirectUri: string | null; location: string }, f: Format) =>
      `IMS did not send the browser back to the redirect_uri${p.redirectUri === null ? '' : ` ${f.v(p.redirectUri)}`}: it redirected to ${f.v(p.location)} instead. IMS does that when the redirect_uri matches none of the client's redirect URI patterns: it falls back to the client's default redirect URI.`,
    ko: (p, f) =>
      `IMS가 브라우저를 redirect_uri${p.redirectUri === null ? '' : `(${f.v(p.redirectUri)})`}가 아닌 다른 주소로 보냈습니다: ${f.v(p.location)}. redirect_uri가 클라이언트의 리디렉션 URI 패턴과 하나도 일치하지 않을 때 IMS는 클라이언트의 기본 리디렉션 URI로 보냅니다.`,
  },
  harFixDefaultRedirect: {
    en: () =>
      "Add a redirect URI pattern allowing the callback to the IMS client (Developer Console), or set the external account's callback server to a URL the patterns allow; then restart the server.",
    ko: () =>
      'IMS 클라이언트(Developer Console)에 콜백을 허용하는 리디렉션 URI 패턴을 추가하거나, 외부 계정의 콜백 서버를 패턴이 허용하는 URL로 바꾼 뒤 서버를 다시 시작하십시오.',
  },
  harCallbackNetwork: {
    en: (p: { url: string; error: string }, f: Format) => `IMS sent the browser back, but it could not reach the callback ${p.url}: ${f.v(p.error)}.`,
    ko: (p, f) => `IMS가 브라우저를 돌려보냈지만 브라우저가 콜백 ${p.url}에 연결하지 못했습니다: ${f.v(p.error)}.`,
  },
  harFixCallbackNetwork: {
    en: () => "The callback server must be this instance's https access URL, reachable from the operators' browsers with a certificate valid for its host.",
    ko: () => '콜백 서버는 운영자 브라우저에서 접속할 수 있고 호스트에 맞는 유효한 인증서를 가진, 이 인스턴스의 https 접속 URL이어야 합니다.',
  },
  harNoRight: {
    en: (p: { text: string; url: string; status: number }, f: Format) =>
      `IMS logged the user in, then Campaign refused them: ${f.v(p.text)} (${p.url}, HTTP ${p.status}). No product profile of theirs matched the association mask.`,
    ko: (p, f) =>
      `IMS 로그인은 성공했지만 Campaign이 사용자를 거부했습니다: ${f.v(p.text)} (${p.url}, HTTP ${p.status}). 사용자의 어떤 제품 프로필도 연결 마스크(Association mask)와 일치하지 않았습니다.`,
  },
  harFixNoRight: {
    en: () => "Run ims-doctor explain <user> to see which of the user's profiles match the mask and why not.",
    ko: () => 'ims-doctor explain <사용자>를 실행해 사용자의 어떤 프로필이 마스크와 일치하는지, 왜 일치하지 않는지 확인하십시오.',
  },
  harCampaignSignature: {
    en: (p: { text: string; url: string; status: number }, f: Format) => `Campaign answered with ${f.v(p.text)} (${p.url}, HTTP ${p.status}).`,
    ko: (p, f) => `Campaign의 응답: ${f.v(p.text)} (${p.url}, HTTP ${p.status}).`,
  },
  harCallbackHttp: {
    en: (p: { status: number; url: string }) =>
      `Campaign answered HTTP ${p.status} on the callback ${p.url}: the server failed after IMS sent the user back, typically while exchanging the code (client secret, urlPermission, IMS server).`,
    ko: (p) =>
      `콜백 ${p.url}에서 Campaign이 오류를 반환했습니다(HTTP ${p.status}). IMS가 사용자를 돌려보낸 뒤 서버에서 실패한 것으로, 대개 코드 교환 중 문제입니다(클라이언트 암호, urlPermission, IMS 서버).`,
  },
  harFixCallbackHttp: {
    en: () => 'Read the web server log at that time (ims-doctor logs), and run ims-doctor check --only client-secret,url-permission,ims-server.',
    ko: () => '그 시각의 웹 서버 로그를 확인하고(ims-doctor logs) ims-doctor check --only client-secret,url-permission,ims-server를 실행하십시오.',
  },
  harCallbackReached: {
    en: (p: { url: string; status: number }) =>
      `IMS sent the browser back to ${p.url} with a code, and Campaign answered HTTP ${p.status} without refusing the login.`,
    ko: (p) => `IMS가 코드와 함께 브라우저를 콜백(${p.url})으로 돌려보냈고, Campaign은 로그인을 거부하지 않고 응답했습니다(HTTP ${p.status}).`,
  },
  harStoppedAtSignIn: {
    en: (p: { url: string }) =>
      `The recording stops in the Adobe ID sign-in pages (${p.url}): the login page was reached, but the recording ends before IMS sent the browser back. Nothing found.`,
    ko: (p) =>
      `기록이 Adobe ID 로그인 페이지(${p.url})에서 끝납니다. 로그인 페이지에는 도달했지만 IMS가 브라우저를 돌려보내기 전에 기록이 끝났습니다. 발견된 문제가 없습니다.`,
  },
  // har: the instance the recording is of (what it sent is judged by the rules, as-sent overlay)
  harNoInstance: {
    en: (p: { redirectUri: string | null; clientId: string | null; servers: { instance: string; server: string }[] }, f: Format) =>
      `The recording sent redirect_uri ${sentValue(p.redirectUri, f)} and client_id ${sentValue(p.clientId, f)}, which match no instance of the workspace (${f.list(p.servers.map((item) => `${item.instance}: ${item.server}`))}).`,
    ko: (p, f) =>
      `기록에서 보낸 값이 워크스페이스의 어떤 인스턴스와도 맞지 않습니다: redirect_uri ${sentValue(p.redirectUri, f)}, client_id ${sentValue(p.clientId, f)} (${f.list(p.servers.map((item) => `${item.instance}: ${item.server}`))}).`,
  },
  harFixNoInstance: {
    en: () => 'Name the instance the recording is of with --instance NAME, or record the login on an instance the workspace describes.',
    ko: () => '--instance NAME으로 기록한 인스턴스를 지정하거나, 워크스페이스에 있는 인스턴스에서 로그인을 기록하십시오.',
  },
  harEvidenceRequest: { en: () => 'Request', ko: () => '요청' },
  harEvidenceError: { en: () => 'Error', ko: () => '오류' },
  harEvidenceLocation: { en: () => 'Redirected to', ko: () => '리디렉션 위치' },
  harEvidenceText: { en: () => 'Text in the answer', ko: () => '응답의 텍스트' },
  harEvidenceRedirectUri: { en: () => 'redirect_uri sent', ko: () => '보낸 redirect_uri' },
  // har: text view
  harHeading: { en: (p: { file: string }) => `ims-doctor har — ${p.file}`, ko: (p) => `ims-doctor HAR 분석 — ${p.file}` },
  harRecorded: {
    en: (p: { creator: string; entries: number; pages: number; flows: number }, f: Format) =>
      `Recorded by ${p.creator}: ${f.plural(p.entries, { one: `${f.n(p.entries)} request`, other: `${f.n(p.entries)} requests` })}, ${f.plural(p.pages, { one: `${f.n(p.pages)} page`, other: `${f.n(p.pages)} pages` })}; ${f.plural(p.flows, { one: `${f.n(p.flows)} login attempt`, other: `${f.n(p.flows)} login attempts` })}.`,
    ko: (p, f) => `기록한 프로그램: ${p.creator}. 요청 ${f.n(p.entries)}개, 페이지 ${f.n(p.pages)}개, 로그인 시도 ${f.n(p.flows)}회.`,
  },
  harCompared: {
    en: (p: { instance: string; workspace: string }) => `Compared with instance ${p.instance} of ${p.workspace}.`,
    ko: (p) => `비교한 인스턴스: ${p.instance} (${p.workspace}).`,
  },
  harAttempt: { en: (p: { n: number; time: string }) => `Login attempt ${p.n} (${p.time})`, ko: (p) => `로그인 시도 ${p.n} (${p.time})` },
  harSentHeading: { en: () => 'Sent to IMS by the browser', ko: () => '브라우저가 IMS로 보낸 값' },
  harStepsHeading: { en: () => 'Requests', ko: () => '요청' },
  harConfigHeading: { en: () => 'Compared with the workspace', ko: () => '워크스페이스와 비교' },
  harVerdictBroke: {
    // `message` is the decisive finding's own message, already in this language.
    en: (p: { stage: HarStage; message: string }) => `The login broke at the ${STAGES[p.stage].en} step: ${p.message}`,
    ko: (p) => `로그인이 ${STAGES[p.stage].ko} 단계에서 실패했습니다: ${p.message}`,
  },
  harVerdictOk: { en: (p: { message: string }) => `No failure found: ${p.message}`, ko: (p) => `실패를 찾지 못했습니다: ${p.message}` },
  harNotSent: { en: () => '(not sent)', ko: () => '(보내지 않음)' },
  // har --sanitize
  sanitizeDone: {
    en: (p: { file: string; values: number; replaced: number }) =>
      `wrote ${p.file}: ${p.values} distinct secret values (${p.replaced} occurrences) replaced by stable tokens "redacted-<8 hex>"; the same value has the same token everywhere in the file.`,
    ko: (p) =>
      `${p.file}에 저장했습니다: 서로 다른 비밀 값 ${p.values}개(${p.replaced}곳)를 고정 토큰("redacted-<16진수 8자리>")으로 바꿨습니다. 파일 전체에서 같은 값은 같은 토큰이 됩니다.`,
  },
  sanitizeNeedsOutput: {
    en: () => '--sanitize writes a copy: give it with -o FILE (or -o - for standard output).',
    ko: () => '--sanitize는 사본을 씁니다. -o FILE로 지정하십시오(표준 출력은 -o -).',
  },
  sanitizeOverwrite: {
    en: (p: { file: string }) => `-o ${p.file} is the recording itself; write the shareable copy to another file.`,
    ko: (p) => `-o에 지정한 파일(${p.file})은 원본 기록 파일입니다. 공유용 사본은 다른 파일에 쓰십시오.`,
  },

  // logs
  logsHeading: { en: () => 'ims-doctor logs', ko: () => 'ims-doctor 로그 분석' },
  logsScanned: {
    en: (p: { files: number; size: string; hits: number }, f: Format) =>
      `${f.plural(p.files, { one: `${f.n(p.files)} file`, other: `${f.n(p.files)} files` })}, ${p.size} scanned: ${f.plural(p.hits, { one: `${f.n(p.hits)} line carries`, other: `${f.n(p.hits)} lines carry` })} a known IMS signature.`,
    ko: (p, f) => `파일 ${f.n(p.files)}개(${p.size})를 검사했습니다. 알려진 IMS 서명이 있는 줄은 ${f.n(p.hits)}개입니다.`,
  },
  logsNothing: {
    en: () => 'Nothing found: no line carries a known IMS signature (the messages and codes of the symptom catalogue). Other lines are left alone.',
    ko: () => '발견된 것이 없습니다. 알려진 IMS 서명(증상 목록의 메시지와 코드)이 있는 줄이 없습니다. 그 밖의 줄은 다루지 않습니다.',
  },
  logsEmptyFolder: {
    en: (p: { dir: string }) => `${p.dir} holds no log file (*.log, *.log.gz).`,
    ko: (p) => `로그 파일(*.log, *.log.gz)이 없는 폴더입니다: ${p.dir}`,
  },
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
  logsLines: {
    en: (p: { count: number }, f: Format) => f.plural(p.count, { one: `${f.n(p.count)} line`, other: `${f.n(p.count)} lines` }),
    ko: (p, f) => `${f.n(p.count)}줄`,
  },
  logsUsers: {
    en: (p: { count: number }, f: Format) => f.plural(p.count, { one: `${f.n(p.count)} user`, other: `${f.n(p.count)} users` }),
    ko: (p, f) => `사용자 ${f.n(p.count)}명`,
  },
  logsBetween: { en: (p: { first: string; last: string }) => `${p.first} → ${p.last}`, ko: (p) => `${p.first}부터 ${p.last}까지` },
  logsInferred: { en: () => '(inferred signature)', ko: () => '(추정한 서명)' },
  logsSample: {
    en: (p: { file: string; offset: number; text: string }) => `${p.file} at byte ${p.offset}: ${p.text}`,
    ko: (p) => `${p.file}의 ${p.offset}바이트 위치: ${p.text}`,
  },
  logsWithoutUser: {
    en: (p: { count: number }, f: Format) => `${f.plural(p.count, { one: `${f.n(p.count)} line names`, other: `${f.n(p.count)} lines name` })} no user.`,
    ko: (p, f) => `사용자 이름이 없는 줄: ${f.n(p.count)}줄.`,
  },
  logsUnknownHour: { en: () => 'no time', ko: () => '시각 없음' },
  logsRoutine: { en: () => 'routine', ko: () => '일상적' },

  // explain: the walk
  explainHeading: { en: (p: { who: string }) => `ims-doctor explain — how ${p.who} logs in`, ko: (p) => `ims-doctor explain — ${p.who}의 로그인 과정` },
  explainStep1: { en: () => '1. In the Admin Console export', ko: () => '1. Admin Console 내보내기 파일' },
  explainStep2: { en: () => '2. Product profiles and user groups', ko: () => '2. 제품 프로필과 사용자 그룹' },
  explainStep3: {
    en: () => '3-4. Each profile against the association mask, then the operator group it names',
    ko: () => '3-4. 각 프로필과 연결 마스크(Association mask) 대조, 프로필이 가리키는 운영자 그룹 확인',
  },
  explainStep5: { en: () => '5. Outcome', ko: () => '5. 결과' },
  explainInstance: {
    en: (p: { name: string; role: string; mask: string }, f: Format) => `Instance ${p.name} (${p.role}) — association mask ${f.v(p.mask)}`,
    ko: (p, f) => `인스턴스 ${p.name} (${p.role}) — 연결 마스크(Association mask) ${f.v(p.mask)}`,
  },
  explainInstanceNoMask: { en: (p: { name: string; role: string }) => `Instance ${p.name} (${p.role})`, ko: (p) => `인스턴스 ${p.name} (${p.role})` },
  explainNoExport: {
    en: (p: { unread: Unread }, f: Format) => `Cannot look the person up: ${unreadText(p.unread, f)}`,
    ko: (p, f) => `사용자를 찾을 수 없습니다: ${unreadText(p.unread, f)}`,
  },
  explainCannot: {
    en: (p: { unread: Unread }, f: Format) => `Nothing to explain without the Admin Console user export: ${unreadText(p.unread, f)}`,
    ko: (p, f) => `Admin Console 사용자 내보내기 파일 없이는 설명할 수 없습니다: ${unreadText(p.unread, f)}`,
  },
  explainFound: {
    en: (p: { email: string; source: string; line: number }) => `${p.email} is in the Admin Console export (${p.source}:${p.line}).`,
    ko: (p) => `Admin Console 내보내기 파일에 있는 사용자입니다: ${p.email} (${p.source}:${p.line}).`,
  },
  explainFoundCase: {
    en: (p: { email: string; source: string; line: number; who: string }, f: Format) =>
      `${p.email} is in the Admin Console export (${p.source}:${p.line}), written with other capitals than ${f.v(p.who)}: the same address.`,
    ko: (p, f) =>
      `Admin Console 내보내기 파일에 있는 사용자입니다: ${p.email} (${p.source}:${p.line}). 입력한 주소(${f.v(p.who)})와 대소문자만 다른 같은 주소입니다.`,
  },
  explainNotFound: {
    en: (p: { who: string; source: string; count: number; near: Near[] }, f: Format) =>
      `${f.v(p.who)} is not in the Admin Console export ${p.source} (${f.plural(p.count, { one: `${f.n(p.count)} user`, other: `${f.n(p.count)} users` })}): IMS has no product profile of this organization to give them, so Campaign gives them no rights.${
        p.near.length > 0
          ? ` Did you mean ${f.list(
              p.near.map((miss) => nearEn(miss, f)),
              'or',
            )}?`
          : ''
      }`,
    ko: (p, f) =>
      `Admin Console 내보내기 파일 ${p.source}(사용자 ${f.n(p.count)}명)에 없는 사용자입니다: ${f.v(p.who)}. IMS가 이 조직의 제품 프로필을 전달할 수 없으므로 Campaign도 권한을 주지 않습니다.${
        p.near.length > 0
          ? ` 혹시 다음 사용자입니까: ${f.list(
              p.near.map((miss) => nearKo(miss, f)),
              'or',
            )}?`
          : ''
      }`,
  },
  explainNotFoundSummary: {
    en: (p: { who: string }) => `${p.who} is not in the Admin Console export: check the address, or add them to the organization's Campaign product profiles.`,
    ko: (p) => `Admin Console 내보내기 파일에 없는 사용자입니다: ${p.who}. 주소를 확인하거나 조직의 Campaign 제품 프로필에 사용자를 추가하십시오.`,
  },
  explainNotFoundSentence: {
    en: (p: { who: string; source: string; count: number; near: string[] }, f: Format) =>
      `${f.v(p.who)} is not in the Admin Console export ${p.source} (${f.plural(p.count, { one: `${f.n(p.count)} user`, other: `${f.n(p.count)} users` })}).${p.near.length > 0 ? ` Did you mean ${f.list(p.near, 'or')}?` : ''}`,
    ko: (p, f) =>
      `Admin Console 내보내기 파일 ${p.source}(사용자 ${f.n(p.count)}명)에 없는 사용자입니다: ${f.v(p.who)}.${p.near.length > 0 ? ` 혹시 다음 사용자입니까: ${f.list(p.near, 'or')}?` : ''}`,
  },
  explainProfiles: {
    en: (p: { profiles: string[] }, f: Format) =>
      `They hold ${f.n(p.profiles.length)} product ${p.profiles.length === 1 ? 'profile or user group' : 'profiles / user groups'}: ${f.list(p.profiles.map((name) => f.v(name)))}.`,
    ko: (p, f) => `제품 프로필/사용자 그룹 ${f.n(p.profiles.length)}개를 가지고 있습니다: ${f.list(p.profiles.map((name) => f.v(name)))}.`,
  },
  explainNoProfiles: {
    en: (p: { email: string }, f: Format) =>
      `${p.email} holds no product profile or user group: IMS sends Campaign nothing to match, so the login ends with ${f.v(NO_MATCHING_RIGHT_MESSAGE.en)}.`,
    ko: (p, f) =>
      `${p.email}에게는 제품 프로필이나 사용자 그룹이 없습니다. IMS가 Campaign에 대조할 것을 보내지 않으므로 로그인은 ${f.v(NO_MATCHING_RIGHT_MESSAGE.ko)} 오류로 끝납니다.`,
  },
  prereqOk: {
    en: (p: { instance: string; count: number }, f: Format) => `${p.instance}: all ${f.n(p.count)} checks that apply to everybody pass.`,
    ko: (p, f) => `${p.instance}: 모든 사용자에게 적용되는 점검 ${f.n(p.count)}건이 모두 통과했습니다.`,
  },
  prereqWarn: {
    en: (p: { instance: string; rules: string[] }, f: Format) => `${p.instance}: nothing stops everybody; warnings from ${f.list(p.rules)}.`,
    ko: (p, f) => `${p.instance}: 모든 사용자를 막는 문제는 없지만 경고가 있습니다(규칙: ${f.list(p.rules)}).`,
  },
  prereqBlocked: {
    en: (p: { instance: string; rules: string[] }, f: Format) =>
      `${f.plural(p.rules.length, { one: 'A check fails that stops', other: `${f.n(p.rules.length)} checks fail that stop` })} every login to ${p.instance}, whoever the user: ${f.list(p.rules)}.`,
    ko: (p, f) => `사용자와 관계없이 ${p.instance}의 모든 로그인을 막는 점검 ${f.n(p.rules.length)}건이 실패했습니다: ${f.list(p.rules)}.`,
  },
  prereqSummaryHeading: { en: () => 'Prerequisites (they stop everybody, whoever logs in)', ko: () => '전제 조건(사용자와 관계없이 모든 로그인을 막는 문제)' },
  prereqDetails: {
    // `rules` is pasted on the command line as it is (comma-separated ids).
    en: (p: { instance: string; rules: string }) => `Details and evidence: ims-doctor check --instance ${p.instance} --only ${p.rules}`,
    ko: (p) => `자세한 내용과 근거: ims-doctor check --instance ${p.instance} --only ${p.rules}`,
  },
  explainNoAccount: {
    en: (p: { instance: string }) =>
      `Instance ${p.instance} has no enabled external account named ${MAC_ACCOUNT_NAME}: it offers no Adobe ID login at all (see external-account).`,
    ko: (p) => `인스턴스 ${p.instance}에는 활성 외부 계정(내부 이름: ${MAC_ACCOUNT_NAME})이 없어 Adobe ID 로그인 자체가 불가능합니다(external-account 참조).`,
  },
  explainNoCampaign: {
    en: (p: { instance: string }) => `Instance ${p.instance}: its Campaign export could not be read, so the walk stops here.`,
    ko: (p) => `인스턴스 ${p.instance}: Campaign 내보내기 파일을 읽을 수 없어 여기서 멈춥니다.`,
  },
  stepGrants: {
    en: (p: { profile: string; mask: string; group: string }, f: Format) =>
      `${f.v(p.profile)} matches the mask ${f.v(p.mask)} and names the operator group ${f.v(p.group)}, which exists in Campaign.`,
    ko: (p, f) => `프로필(${f.v(p.profile)})이 마스크(${f.v(p.mask)})와 일치하며, Campaign에 있는 운영자 그룹(${f.v(p.group)})을 가리킵니다.`,
  },
  stepNoMatch: {
    en: (p: { profile: string; mask: string; why: MissReason }, f: Format) =>
      `${f.v(p.profile)} does not match the mask ${f.v(p.mask)}: ${f.say(ASSOCIATION, { id: 'why', params: { why: p.why } })}.`,
    ko: (p, f) => `프로필(${f.v(p.profile)})이 마스크(${f.v(p.mask)})와 일치하지 않습니다: ${f.say(ASSOCIATION, { id: 'why', params: { why: p.why } })}.`,
  },
  stepGroupRenamed: {
    en: (p: { profile: string; mask: string; group: string; closest: string }, f: Format) =>
      `${f.v(p.profile)} matches the mask ${f.v(p.mask)} but names the operator group ${f.v(p.group)}, which does not exist in Campaign; the closest is ${f.v(p.closest)} (renamed?). It grants nothing.`,
    ko: (p, f) =>
      `프로필(${f.v(p.profile)})이 마스크(${f.v(p.mask)})와 일치하지만 Campaign에 없는 운영자 그룹(${f.v(p.group)})을 가리킵니다. 가장 비슷한 그룹: ${f.v(p.closest)}(이름이 바뀌었을 수 있음). 아무 권한도 주지 않습니다.`,
  },
  stepGroupMissing: {
    en: (p: { profile: string; mask: string; group: string }, f: Format) =>
      `${f.v(p.profile)} matches the mask ${f.v(p.mask)} but names the operator group ${f.v(p.group)}, which does not exist in Campaign. It grants nothing.`,
    ko: (p, f) =>
      `프로필(${f.v(p.profile)})이 마스크(${f.v(p.mask)})와 일치하지만 Campaign에 없는 운영자 그룹(${f.v(p.group)})을 가리킵니다. 아무 권한도 주지 않습니다.`,
  },
  outcomeGranted: {
    en: (p: { who: string; instance: string; groups: string[] }, f: Format) =>
      `${p.who} logs in to ${p.instance} with the operator groups ${f.list(p.groups.map((group) => f.v(group)))}.`,
    ko: (p, f) => `${p.instance}에 로그인합니다(사용자: ${p.who}, 운영자 그룹: ${f.list(p.groups.map((group) => f.v(group)))}).`,
  },
  outcomeDenied: {
    en: (p: { who: string; instance: string }, f: Format) =>
      `${p.who} cannot log in to ${p.instance}: no profile grants an existing operator group, and Campaign answers ${f.v(NO_MATCHING_RIGHT_MESSAGE.en)}.`,
    ko: (p, f) =>
      `${p.instance}에 로그인할 수 없습니다(사용자: ${p.who}). 기존 운영자 그룹을 부여하는 프로필이 없어 Campaign이 ${f.v(NO_MATCHING_RIGHT_MESSAGE.en)} 오류를 표시합니다(번역: ${f.v(NO_MATCHING_RIGHT_MESSAGE.ko)}).`,
  },
  outcomeMaskUnusable: {
    en: (p: { who: string; instance: string; mask: string }, f: Format) =>
      `${p.who} cannot log in to ${p.instance}: the association mask ${f.v(p.mask)} can match no profile (see association-mask), so Campaign answers ${f.v(NO_MATCHING_RIGHT_MESSAGE.en)}.`,
    ko: (p, f) =>
      `${p.instance}에 로그인할 수 없습니다(사용자: ${p.who}). 연결 마스크(${f.v(p.mask)})는 어떤 프로필과도 일치할 수 없으므로(association-mask 참조) Campaign이 ${f.v(NO_MATCHING_RIGHT_MESSAGE.en)} 오류를 표시합니다(번역: ${f.v(NO_MATCHING_RIGHT_MESSAGE.ko)}).`,
  },
  outcomeBlocked: {
    en: (p: { who: string; groups: string[]; instance: string; rules: string[] }, f: Format) =>
      `${p.who} would get the operator groups ${f.list(p.groups.map((group) => f.v(group)))} on ${p.instance}, but nobody logs in there until these checks pass: ${f.list(p.rules)}.`,
    ko: (p, f) =>
      `${p.instance}에서 운영자 그룹(${f.list(p.groups.map((group) => f.v(group)))})을 받게 되지만(사용자: ${p.who}), 다음 점검이 통과하기 전에는 아무도 로그인할 수 없습니다: ${f.list(p.rules)}.`,
  },
  explainSummaryAll: {
    en: (p: { who: string }) => `${p.who} can log in to every instance checked.`,
    ko: (p) => `점검한 모든 인스턴스에 로그인할 수 있습니다(사용자: ${p.who}).`,
  },
  explainSummaryNone: {
    en: (p: { who: string }) => `${p.who} cannot log in to any instance checked.`,
    ko: (p) => `점검한 어떤 인스턴스에도 로그인할 수 없습니다(사용자: ${p.who}).`,
  },
  explainSummarySome: {
    en: (p: { who: string; allowed: string[] }, f: Format) => `${p.who} can log in only to ${f.list(p.allowed)}.`,
    ko: (p, f) => `다음 인스턴스에만 로그인할 수 있습니다(사용자: ${p.who}): ${f.list(p.allowed)}.`,
  },
  explainNeedsWho: {
    en: () => 'give the e-mail address or user name of the person to explain.',
    ko: () => '설명할 사용자의 이메일 주소나 사용자 이름을 지정하십시오.',
  },
  // ---- i9b: har, a login that lands on another instance ----
  harOtherInstance: {
    en: (p: { started: string; startedHost: string; landed: string; landedHost: string }) =>
      `The login started on ${p.started} (${p.startedHost}) but sent redirect_uri to ${p.landed} (${p.landedHost}): IMS sends the browser back to the other instance. The callback server of ${p.started}'s external account is ${p.landed}'s URL: the callback-url failure.`,
    ko: (p) =>
      `로그인은 ${p.started}(${p.startedHost})에서 시작했지만 redirect_uri는 ${p.landed}(${p.landedHost})로 보냈습니다. IMS가 브라우저를 다른 인스턴스로 돌려보냅니다. ${p.started} 외부 계정의 콜백 서버가 ${p.landed}의 URL입니다(callback-url 실패).`,
  },
  harFixOtherInstance: {
    en: (p: { started: string; startedHost: string }) =>
      `Set the callback server of ${p.started}'s Adobe_Marketing_Cloud account to its own access URL (https://${p.startedHost}), make sure ${p.started}'s IMS client allows it, and restart the server (see ims-doctor check --only callback-url --instance ${p.started}).`,
    ko: (p) =>
      `${p.started}의 Adobe_Marketing_Cloud 계정 콜백 서버를 자기 접속 URL(https://${p.startedHost})로 바꾸고, ${p.started}의 IMS 클라이언트가 이를 허용하는지 확인한 뒤 서버를 다시 시작하십시오(ims-doctor check --only callback-url --instance ${p.started} 참조).`,
  },
  // ---- i9b: an unknown symptom ends with the whole checklist ----
  triageSuggestCheck: {
    en: (p: { workspace: string }, f: Format) => `Or run the whole checklist: ${f.code(`ims-doctor check ${p.workspace}`)}`,
    ko: (p, f) => `또는 점검 목록 전체를 실행하십시오: ${f.code(`ims-doctor check ${p.workspace}`)}`,
  },
  // ---- i9b: user groups carry profiles the export does not name ----
  explainGroupsUnknown: {
    en: (p: { email: string; groups: string[] }, f: Format) =>
      `${p.email} belongs to the user ${f.plural(p.groups.length, { one: 'group', other: 'groups' })} ${f.list(p.groups.map((group) => f.v(group)))}, which carry product profiles the export does not name: map them in ims-doctor.yaml (adminConsole.userGroups) to know what they grant.`,
    ko: (p, f) =>
      `${p.email}: 사용자 그룹(${f.list(p.groups.map((group) => f.v(group)))})에 속해 있으며, 이 그룹이 가진 제품 프로필은 내보내기에 나오지 않습니다. 무엇을 주는지 알려면 ims-doctor.yaml(adminConsole.userGroups)에 매핑하십시오.`,
  },
  outcomeUnknownGroups: {
    en: (p: { who: string; instance: string; groups: string[] }, f: Format) =>
      `Not known whether ${p.who} can log in to ${p.instance}: no profile held directly grants an operator group, but the user ${f.plural(p.groups.length, { one: 'group', other: 'groups' })} ${f.list(p.groups.map((group) => f.v(group)))} may.`,
    ko: (p, f) =>
      `${p.who}: ${p.instance}에 로그인할 수 있는지 알 수 없습니다. 직접 가진 프로필은 운영자 그룹을 주지 않지만 사용자 그룹(${f.list(p.groups.map((group) => f.v(group)))})이 줄 수 있습니다.`,
  },
  // ---- report: explain finds a person by name, says the fix, why a warning, and no profile as no access ----
  explainFoundByName: {
    en: (p: { email: string; source: string; line: number; who: string; name: string }, f: Format) =>
      `${f.v(p.who)} is ${p.name}, ${p.email} in the Admin Console export (${p.source}:${p.line}).`,
    ko: (p, f) => `입력한 이름(${f.v(p.who)})의 사용자를 Admin Console 내보내기 파일에서 찾았습니다: ${p.name}, ${p.email} (${p.source}:${p.line}).`,
  },
  explainAmbiguous: {
    en: (p: { who: string; source: string; matches: { name: string; email: string; line: number }[] }, f: Format) =>
      `${f.plural(p.matches.length, { one: 'One user', other: `${f.n(p.matches.length)} users` })} of ${p.source} ${p.matches.length === 1 ? 'is' : 'are'} named ${f.v(p.who)}; give the e-mail address of the one you mean:\n${p.matches
        .map((match) => `  - ${match.name}, ${match.email} (line ${f.n(match.line)})`)
        .join('\n')}`,
    ko: (p, f) =>
      `${p.source}에서 이름이 일치하는 사용자가 ${f.n(p.matches.length)}명입니다(입력: ${f.v(p.who)}). 설명할 사용자의 이메일 주소를 지정하십시오.\n${p.matches
        .map((match) => `  - ${match.name}, ${match.email} (${f.n(match.line)}행)`)
        .join('\n')}`,
  },
  outcomeNoProfile: {
    en: (p: { instance: string }) => `No access to ${p.instance}: no profile for it.`,
    ko: (p) => `${p.instance}에 대한 접근 권한 없음: 이 인스턴스용 프로필이 없습니다.`,
  },
  /** The login message, said in full once per walk; later instances refer to it. */
  outcomeDeniedAgain: {
    en: (p: { who: string; instance: string }) =>
      `${p.who} cannot log in to ${p.instance} either: no profile grants an existing operator group (the same message).`,
    ko: (p) => `${p.instance}에도 로그인할 수 없습니다(사용자: ${p.who}). 기존 운영자 그룹을 부여하는 프로필이 없습니다(같은 오류 메시지).`,
  },
  explainSummaryNoProfile: {
    en: (p: { instances: string[] }, f: Format) => `No profile for ${f.list(p.instances)}: no access there.`,
    ko: (p, f) => `프로필이 없어 접근 권한이 없는 인스턴스: ${f.list(p.instances)}.`,
  },
  explainSummaryNoAccess: {
    en: (p: { who: string }) => `${p.who} holds no profile for any instance checked: no access to any.`,
    ko: (p) => `점검한 어떤 인스턴스용 프로필도 없어 접근 권한이 없습니다(사용자: ${p.who}).`,
  },
  explainFixLabel: { en: () => 'Fix:', ko: () => '해결 방법:' },
  explainWhyWarnLabel: { en: () => 'Why a warning:', ko: () => '경고인 이유:' },
  /** What to do for this person on this instance, from the nearest miss. */
  fixRenameProfile: {
    en: (p: { profile: string; expected: string }, f: Format) =>
      `In the Admin Console, rename the product profile ${f.code(p.profile)} to ${f.code(p.expected)} (the name the association mask accepts), or add the person to a profile of that name.`,
    ko: (p, f) =>
      `Admin Console에서 제품 프로필 이름을 연결 마스크가 받아들이는 이름으로 바꾸거나, 그 이름의 프로필에 사용자를 추가하십시오. 현재 이름: ${f.code(p.profile)}, 바꿀 이름: ${f.code(p.expected)}`,
  },
  fixNearProfile: {
    en: (p: { profile: string; mask: string }, f: Format) =>
      `In the Admin Console, rename the product profile ${f.code(p.profile)} so that it starts exactly with the association mask ${f.code(p.mask)}, or add the person to a profile that does.`,
    ko: (p, f) =>
      `Admin Console에서 제품 프로필 이름이 연결 마스크로 정확히 시작하도록 바꾸거나, 그런 프로필에 사용자를 추가하십시오. 프로필: ${f.code(p.profile)}, 마스크: ${f.code(p.mask)}`,
  },
  fixRenamedGroup: {
    en: (p: { profile: string; group: string; closest: string }, f: Format) =>
      `The operator group is called ${f.code(p.closest)} in Campaign: rename the product profile ${f.code(p.profile)} to end with ${f.code(p.closest)}, or create the operator group ${f.code(p.group)} in Campaign (Administration > Access management > Operator groups).`,
    ko: (p, f) =>
      `Campaign의 운영자 그룹 이름은 ${f.code(p.closest)}입니다. 제품 프로필(${f.code(p.profile)}) 이름의 끝을 이 그룹 이름으로 바꾸거나, Campaign에서 운영자 그룹을 만드십시오(관리(Administration) > 접근 관리(Access management) > 운영자 그룹(Operator groups)). 만들 그룹: ${f.code(p.group)}`,
  },
  fixMissingGroup: {
    en: (p: { group: string }, f: Format) =>
      `Create the operator group ${f.code(p.group)} in Campaign (Administration > Access management > Operator groups), or add the person to a profile that names an existing group.`,
    ko: (p, f) =>
      `Campaign에서 운영자 그룹을 만들거나(관리(Administration) > 접근 관리(Access management) > 운영자 그룹(Operator groups)), 기존 그룹을 가리키는 프로필에 사용자를 추가하십시오. 만들 그룹: ${f.code(p.group)}`,
  },
  fixMaskAtFault: {
    en: (p: { instance: string; corrected: string }, f: Format) =>
      `Nothing to change for this person: the association mask itself has stray spaces; set it to ${f.code(p.corrected)} and restart the server (${f.code(`ims-doctor check --instance ${p.instance} --only association-mask`)} tells why).`,
    ko: (p, f) =>
      `이 사용자에 대해 바꿀 것은 없습니다. 연결 마스크(Association mask) 자체에 불필요한 공백이 있으니 마스크를 다음 값으로 고친 뒤 서버를 다시 시작하십시오: ${f.code(p.corrected)} (이유: ${f.code(`ims-doctor check --instance ${p.instance} --only association-mask`)})`,
  },
  /** The placeholder is part of the example profile name: the operator group's internal name, in the report's language. */
  fixAddProfile: {
    en: (p: { prefix: string }, f: Format) =>
      `In the Admin Console, add the person to a product profile the association mask accepts, for example ${f.code(`${p.prefix}<group>`)}.`,
    ko: (p, f) => `Admin Console에서 연결 마스크가 받아들이는 제품 프로필에 사용자를 추가하십시오. 예: ${f.code(`${p.prefix}<운영자 그룹>`)}`,
  },
  fixPrerequisites: {
    en: (p: { instance: string; rules: string }, f: Format) =>
      `Nothing to change for this person: fix the checks that stop everybody first (${f.code(`ims-doctor check --instance ${p.instance} --only ${p.rules}`)} gives each fix).`,
    ko: (p, f) =>
      `이 사용자에 대해 바꿀 것은 없습니다. 먼저 모든 사용자를 막는 점검을 해결하십시오(각 해결 방법: ${f.code(`ims-doctor check --instance ${p.instance} --only ${p.rules}`)}).`,
  },
  warnNearMiss: {
    en: (p: { instance: string }) =>
      `the profile looks meant for ${p.instance} but grants nothing as written; it is a mistake to correct, not a verdict on the login (the outcome below says whether the person gets in).`,
    ko: (p) =>
      `이 프로필은 ${p.instance}용으로 보이지만 지금 이름으로는 아무 권한도 주지 않습니다. 고쳐야 할 실수이며 로그인 결과 자체는 아래 결과 단계에서 판단합니다.`,
  },
  warnFoundCase: {
    en: () => 'IMS compares e-mail addresses without regard to case, so this is the same person; only the spelling you typed differs.',
    ko: () => 'IMS는 이메일 주소의 대소문자를 구분하지 않으므로 같은 사용자입니다. 입력한 표기만 다릅니다.',
  },
  warnPrerequisites: {
    en: () => 'these checks do not stop every login for certain, but each says what may still go wrong; a failure would.',
    ko: () => '이 점검들은 모든 로그인을 확실히 막지는 않지만 각각 무엇이 잘못될 수 있는지 알려 줍니다. 실패였다면 로그인을 막습니다.',
  },
  warnOutcome: {
    en: () => 'the person gets the operator groups, but the warnings of the prerequisites above may still get in the way.',
    ko: () => '사용자는 운영자 그룹을 받지만 위 전제 조건의 경고가 여전히 로그인을 방해할 수 있습니다.',
  },
  warnGroupsUnknown: {
    en: () => 'what the user groups grant is not in the export, so ims-doctor cannot say yes or no.',
    ko: () => '사용자 그룹이 주는 권한이 내보내기 파일에 없어 ims-doctor가 판단할 수 없습니다.',
  },
  // ---- diagnose: explain agrees with the rules (a mask to correct first; a failure that stops no login) ----
  fixMaskThenProfile: {
    en: (p: { mask: string; corrected: string; prefix: string; instance: string }, f: Format) =>
      `The association mask ${f.v(p.mask)} has stray spaces: set it to ${f.code(p.corrected)} first (${f.code(`ims-doctor check --instance ${p.instance} --only association-mask`)} tells why), then add the person in the Admin Console to a product profile it accepts, for example ${f.code(`${p.prefix}<group>`)}.`,
    ko: (p, f) =>
      `연결 마스크(Association mask)에 불필요한 공백이 있습니다: ${f.v(p.mask)}. 먼저 마스크를 다음 값으로 고치십시오(이유: ${f.code(`ims-doctor check --instance ${p.instance} --only association-mask`)}): ${f.code(p.corrected)}. 그다음 Admin Console에서 고친 마스크가 받아들이는 제품 프로필에 사용자를 추가하십시오. 예: ${f.code(`${p.prefix}<운영자 그룹>`)}`,
  },
  prereqStopsNoLogin: {
    en: (p: { instance: string; tidy: string[]; warnings: string[] }, f: Format) =>
      `${p.instance}: nothing stops everybody. ${f.list(p.tidy)} ${p.tidy.length === 1 ? 'fails' : 'fail'} on something Campaign does not read, which stops no login (tidy it up)${p.warnings.length > 0 ? `; warnings from ${f.list(p.warnings)}` : ''}.`,
    ko: (p, f) =>
      `${p.instance}: 모든 사용자를 막는 문제는 없습니다. 실패했지만 Campaign이 읽지 않는 항목에 관한 것이라 로그인을 막지 않는 점검(정리 필요): ${f.list(p.tidy)}${p.warnings.length > 0 ? `. 경고가 있는 점검: ${f.list(p.warnings)}` : ''}.`,
  },
  warnStopsNoLogin: {
    en: () =>
      'a second external account of the Adobe Experience Cloud (MAC) kind beside Adobe_Marketing_Cloud is a failure of check external-account (delete it), but Campaign reads only Adobe_Marketing_Cloud, so it stops no login; a warning does not stop every login for certain either.',
    ko: () =>
      'Adobe_Marketing_Cloud 외에 두 번째 Adobe Experience Cloud(MAC) 외부 계정이 있으면 external-account 점검은 실패하지만(삭제 필요), Campaign은 Adobe_Marketing_Cloud만 읽으므로 로그인을 막지 않습니다. 경고도 모든 로그인을 확실히 막지는 않습니다.',
  },
});

export type DxKey = keyof typeof DX;
export type DxRef = MessageRef<typeof DX>;

/** One text of the symptom-first commands, typed: the key and exactly its parameters. */
export function dxText(lang: Lang, ref: DxRef): string {
  return render(DX, ref, lang);
}
