import { catalogue, render, type MessageRef } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';

/** The texts of `--help`, in every language (commander prints them; the option names stay as typed). */
export const HELP = catalogue({
  program: {
    en: () => "Runs Adobe's IMS troubleshooting checklist for Adobe Campaign Classic over Campaign, IMS and the Admin Console.",
    ko: () => 'Campaign, IMS, Admin Console을 대상으로 Adobe Campaign Classic용 Adobe IMS 문제 해결 점검 목록을 실행합니다.',
  },
  version: { en: () => 'output the version number', ko: () => '버전 번호 출력' },
  help: { en: () => 'display help for command', ko: () => '명령 도움말 표시' },
  helpCommand: { en: () => 'display help for command', ko: () => '명령 도움말 표시' },
  check: { en: () => 'run every check of the IMS checklist on a workspace', ko: () => '워크스페이스에 IMS 점검 목록의 모든 점검 실행' },
  workspaceArg: {
    en: () => 'workspace folder holding ims-doctor.yaml, or the YAML file itself',
    ko: () => 'ims-doctor.yaml이 있는 워크스페이스 폴더 또는 YAML 파일',
  },
  format: {
    en: () => 'output formats, comma-separated: text, json, html, sarif, junit, markdown (default: text at a terminal, json when piped, all with --output-dir)',
    ko: () =>
      '출력 형식, 쉼표로 구분: text, json, html, sarif, junit, markdown (기본값: 터미널에서는 text, 파이프로 보내면 json, --output-dir을 쓰면 모든 형식)',
  },
  output: {
    en: () => 'write the one format to this file (format from --format or the extension)',
    ko: () => '형식 하나를 이 파일에 쓰기(형식은 --format 또는 확장자로 결정)',
  },
  outputDir: {
    en: () => 'write one file per format: report.txt, .json, .html, .sarif, .xml (junit), .md',
    ko: () => '형식마다 파일 하나씩 쓰기: report.txt, .json, .html, .sarif, .xml (junit), .md',
  },
  lang: { en: () => 'language of the report: en or ko (default: from LANG)', ko: () => '보고서 언어: en 또는 ko (기본값: LANG에 따름)' },
  verbose: {
    en: () => 'text report: details of passes and skips too, not only of failures and warnings',
    ko: () => '텍스트 보고서: 실패와 경고뿐 아니라 통과와 건너뜀의 세부 내용도 표시',
  },
  ignore: { en: () => 'suppress a rule, for one instance or all (repeatable)', ko: () => '규칙 하나를 인스턴스 하나 또는 전체에서 제외(반복 가능)' },
  instance: { en: () => 'check only this instance (repeatable)', ko: () => '이 인스턴스만 점검(반복 가능)' },
  only: { en: () => 'run only this rule (repeatable)', ko: () => '이 규칙만 실행(반복 가능)' },
  probe: {
    en: () => 'also ask IMS and the callback server live: discovery, authorize, client secret, callback TLS',
    ko: () => 'IMS와 콜백 서버에도 실시간으로 확인: discovery, authorize, 클라이언트 암호, 콜백 TLS',
  },
  saveSnapshot: {
    en: () => 'write everything collected (secrets as fingerprints) to one JSON file',
    ko: () => '수집한 모든 내용을 JSON 파일 하나에 쓰기(암호는 지문으로)',
  },
  snapshot: { en: () => 'run the rules on a saved snapshot instead of collecting (offline)', ko: () => '수집하는 대신 저장된 스냅샷으로 규칙 실행(오프라인)' },
  timeout: { en: () => 'deadline of each live request (default: 30)', ko: () => '실시간 요청 하나의 제한 시간, 초 단위 (기본값: 30)' },
  retries: {
    en: () => 'retries of a live request after a transient failure (default: 2)',
    ko: () => '일시적 실패 후 실시간 요청을 다시 시도하는 횟수 (기본값: 2)',
  },
  connectTo: {
    en: () => 'send connections for host:port to host2:port2, keeping the name for TLS (repeatable)',
    ko: () => 'host:port로 가는 연결을 host2:port2로 보내고 TLS에는 원래 이름 사용(반복 가능)',
  },
  formatTextJson: {
    en: () => 'output format: text (default at a terminal) or json (default when piped)',
    ko: () => '출력 형식: text(터미널에서 기본값) 또는 json(파이프로 보낼 때 기본값)',
  },
  langOption: { en: () => 'language: en or ko (default: from LANG)', ko: () => '언어: en 또는 ko (기본값: LANG에 따름)' },
  workspaceOptional: {
    en: () => 'workspace folder (default: the current folder when it holds ims-doctor.yaml)',
    ko: () => '워크스페이스 폴더 (기본값: ims-doctor.yaml이 있으면 현재 폴더)',
  },
  explain: {
    en: () => "walk one person's login as Campaign does: Admin Console export, profiles, association mask, operator groups, outcome",
    ko: () => 'Campaign이 하는 그대로 한 사람의 로그인을 따라가기: Admin Console 내보내기, 프로필, 연결 마스크, 운영자 그룹, 결과',
  },
  whoArg: { en: () => 'the e-mail address or user name of the person', ko: () => '그 사람의 이메일 주소 또는 사용자 이름' },
  explainInstance: { en: () => 'walk the login on this instance only (repeatable)', ko: () => '이 인스턴스에서만 로그인 따라가기(반복 가능)' },
  triage: {
    en: () => 'from what the user saw (a message, a code, a description) to the rules that can cause it, ranked',
    ko: () => '사용자가 본 것(메시지, 코드, 설명)에서 그 원인이 될 수 있는 규칙까지, 순위대로',
  },
  textArg: {
    en: () => 'what the user saw, quoted, e.g. "redirected to adobe.com" or "XSV-350008"',
    ko: () => '사용자가 본 내용, 따옴표로 묶어서. 예: "redirected to adobe.com", "XSV-350008"',
  },
  triageInstance: { en: () => 'run the candidate rules on this instance only (repeatable)', ko: () => '후보 규칙을 이 인스턴스에서만 실행(반복 가능)' },
  har: {
    en: () => 'read a browser recording (HAR 1.2) of the login: where it broke, and the values really sent; --sanitize writes a copy safe to share',
    ko: () => '로그인의 브라우저 기록(HAR 1.2) 읽기: 어디서 끊겼는지와 실제로 보낸 값. --sanitize는 공유해도 안전한 사본을 씀',
  },
  fileArg: { en: () => "the .har file saved from the browser's Network panel", ko: () => '브라우저의 네트워크(Network) 패널에서 저장한 .har 파일' },
  harInstance: {
    en: () => 'compare with this instance (default: the one whose callback the browser sent)',
    ko: () => '이 인스턴스와 비교 (기본값: 브라우저가 보낸 콜백의 인스턴스)',
  },
  sanitize: {
    en: () => 'write a copy with cookies, tokens, codes, passwords and secrets replaced by stable tokens',
    ko: () => '쿠키, 토큰, 코드, 비밀번호, 암호를 고정 토큰으로 바꾼 사본 쓰기',
  },
  harOutput: { en: () => 'where --sanitize writes the copy (- for standard output)', ko: () => '--sanitize가 사본을 쓸 위치(-는 표준 출력)' },
  logs: {
    en: () => 'count the known IMS signatures in Campaign logs (logins.log, web.log, rolled or gzipped) per message, user and hour',
    ko: () => 'Campaign 로그(logins.log, web.log, 순환되거나 gzip으로 압축된 파일 포함)에서 알려진 IMS 서명을 메시지, 사용자, 시간별로 집계',
  },
  pathsArg: {
    en: () => 'log files or folders (searched for *.log and *.log.gz); a workspace folder may come last',
    ko: () => '로그 파일 또는 폴더(*.log와 *.log.gz를 찾음). 마지막에 워크스페이스 폴더를 줄 수 있음',
  },
  logsInstance: {
    en: () => 'with a workspace, run the candidate rules on this instance only (repeatable)',
    ko: () => '워크스페이스가 있으면 후보 규칙을 이 인스턴스에서만 실행(반복 가능)',
  },
  baseline: {
    en: () => 'an earlier check --format json result: report only the findings not in it, and exit on those alone',
    ko: () => '이전 check --format json 결과: 그 결과에 없는 검사 결과만 보고하고 종료 코드도 그것만으로 결정',
  },
  fix: {
    en: () => 'derive a change plan from the findings, prove it on the snapshot, and write it with the packages, patches and steps to make it',
    ko: () => '검사 결과에서 변경 계획을 만들고 스냅샷에서 검증한 뒤, 계획과 적용할 패키지, 패치, 단계를 파일로 쓰기',
  },
  fixOutputDir: {
    en: () => 'write plan.json, plan.md, campaign/<instance>.xml, server-conf/<instance>.patch, admin-console/, ims/ here',
    ko: () => '계획과 파일을 이 폴더에 쓰기: plan.json, plan.md, campaign/<instance>.xml, server-conf/<instance>.patch, admin-console/, ims/',
  },
  fixInstance: { en: () => 'fix only this instance (repeatable)', ko: () => '이 인스턴스만 수정(반복 가능)' },
  fixOnly: {
    en: () => "fix only this rule's findings; every rule is still checked after the changes (repeatable)",
    ko: () => '이 규칙의 검사 결과만 수정. 변경 후에는 모든 규칙을 점검(반복 가능)',
  },
  fixSnapshot: { en: () => 'plan from a saved snapshot instead of collecting (offline)', ko: () => '수집하는 대신 저장된 스냅샷으로 계획(오프라인)' },
  whatIf: {
    en: () => 'rehearse your own change, e.g. stage.imsRightsMask=campaign - acme-stage - : who gains and loses access (repeatable)',
    ko: () => '직접 정한 변경을 미리 시험(예: stage.imsRightsMask=campaign - acme-stage - ): 접근 권한이 생기거나 없어지는 사람(반복 가능)',
  },
  apply: {
    en: () => 'then apply the Campaign changes live over SOAP, after a backup (instances read live only)',
    ko: () => '그다음 백업 후 SOAP으로 Campaign 변경을 실시간 적용(실시간으로 읽은 인스턴스만)',
  },
  yes: { en: () => 'with --apply: do not ask before writing (non-interactive runs)', ko: () => '--apply와 함께: 쓰기 전에 묻지 않음(비대화형 실행)' },
  diff: {
    en: () => 'compare two snapshots or workspaces: values changed per plane, findings appeared and resolved, access gained and lost',
    ko: () => '스냅샷 또는 워크스페이스 두 개 비교: 영역별로 바뀐 값, 새로 나타나거나 해결된 검사 결과, 생기거나 없어진 접근 권한',
  },
  diffA: { en: () => 'the earlier side: a saved snapshot (.json) or a workspace', ko: () => '이전 쪽: 저장된 스냅샷(.json) 또는 워크스페이스' },
  diffB: { en: () => 'the later side: a saved snapshot (.json) or a workspace', ko: () => '이후 쪽: 저장된 스냅샷(.json) 또는 워크스페이스' },
  // ---- report: explain, triage and har on a saved snapshot ----
  snapshotDiagnose: {
    en: () => 'work on a snapshot saved by check --save-snapshot instead of a workspace (offline)',
    ko: () => '워크스페이스 대신 저장된 스냅샷 사용(check --save-snapshot 결과, 오프라인)',
  },
  serve: {
    en: () => 'a local web page over the same checks: overview, explain, triage, HAR, fix plan, diff (first line printed: the URL with its access token)',
    ko: () => '같은 점검을 보여 주는 로컬 웹 페이지: 개요, 사용자 설명, 증상 진단, HAR, 수정 계획, 비교 (첫 줄에 접근 토큰이 담긴 URL 출력)',
  },
  servePort: { en: () => 'port to listen on (0: any free port)', ko: () => '대기할 포트 (0은 빈 포트 아무거나)' },
  serveHost: {
    en: () => 'address to listen on; anything but 127.0.0.1 is reachable by others (a warning is printed)',
    ko: () => '대기할 주소. 127.0.0.1이 아니면 다른 사람도 접속할 수 있음 (경고 출력)',
  },
  serveOpen: { en: () => 'open the page in the default browser', ko: () => '기본 브라우저에서 페이지 열기' },
  serveProbe: {
    en: () => 'let the page re-run the check with live IMS and callback probes',
    ko: () => '페이지에서 IMS와 콜백 실시간 확인을 포함해 다시 점검할 수 있게 함',
  },
  // ---- issue 11: ims-doctor init ----
  init: {
    en: () => 'recognise the exports in a folder by their content and write the ims-doctor.yaml that uses them',
    ko: () => '폴더의 내보내기 파일을 내용으로 인식하여 그 파일을 쓰는 ims-doctor.yaml 작성',
  },
  initFolderArg: { en: () => 'the folder holding the exports', ko: () => '내보내기 파일이 있는 폴더' },
  initForce: { en: () => 'replace an existing ims-doctor.yaml', ko: () => '기존 ims-doctor.yaml 바꾸기' },
  // ---- fleets (src/fleet/) ----
  workspacesArg: {
    en: () => 'workspace folders holding ims-doctor.yaml, or the YAML files themselves; several make a fleet',
    ko: () => 'ims-doctor.yaml이 있는 워크스페이스 폴더 또는 YAML 파일. 여러 개를 지정하면 플릿으로 검사',
  },
  fleet: {
    en: () => 'check the workspaces a fleet file lists (workspaces: [orgs/*/ims-doctor.yaml, {path, label}])',
    ko: () => '플릿 파일에 나열된 워크스페이스 검사(workspaces: [orgs/*/ims-doctor.yaml, {path, label}])',
  },
  concurrency: {
    en: () => 'live instances read at once across the fleet (default: 16)',
    ko: () => '플릿 전체에서 동시에 실시간으로 읽는 인스턴스 수 (기본값: 16)',
  },
  perHost: { en: () => 'live requests in flight to one host (default: 4)', ko: () => '호스트 하나에 동시에 보내는 실시간 요청 수 (기본값: 4)' },
  deadline: {
    en: () => "seconds one instance's live read may take before it ends as a problem of that instance (default: 120)",
    ko: () => '인스턴스 하나를 실시간으로 읽는 데 허용하는 시간, 초 단위. 넘으면 그 인스턴스의 문제로 끝남 (기본값: 120)',
  },
  progress: {
    en: () => 'show progress on stderr even when it is not a terminal (default: at a terminal only, never in CI)',
    ko: () => '터미널이 아니어도 stderr에 진행 상황 표시 (기본값: 터미널에서만, CI에서는 표시 안 함)',
  },
});

export type HelpRef = MessageRef<typeof HELP>;

/** Commander's own headings, in Korean. */
const TITLES_KO: Record<string, string> = {
  'Usage:': '사용법:',
  'Options:': '옵션:',
  'Arguments:': '인수:',
  'Commands:': '명령:',
  'Global Options:': '전역 옵션:',
};

export function helpTitle(lang: Lang, title: string): string {
  return lang === 'ko' ? (TITLES_KO[title] ?? title) : title;
}

export function helpText(lang: Lang, id: HelpRef['id']): string {
  return render(HELP, { id } as HelpRef, lang);
}
