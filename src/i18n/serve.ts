import { catalogue, formatFor, render, type Format, type MessageRef } from './catalogue.js';
import type { Lang } from './lang.js';

/**
 * What `ims-doctor serve` says: on the terminal, in its refusals, and on the page. The page's texts
 * take no parameter (`page*`, sent to the browser as one table per language); those with values
 * are rendered here, on the server.
 */
export const SERVE = catalogue({
  // ---- Terminal ----
  listening: {
    en: (p: { workspace: string }) => `ims-doctor serve: the page for ${p.workspace} is at the URL above (Ctrl+C stops it).`,
    ko: (p) => `ims-doctor serve: ${p.workspace} 워크스페이스의 페이지 주소는 위와 같습니다 (Ctrl+C로 종료).`,
  },
  hostWarning: {
    en: (p: { host: string }, f: Format) =>
      `warning: listening on ${f.v(p.host)}, not 127.0.0.1: anyone who can reach this address and learns the URL sees this workspace's configuration.`,
    ko: (p, f) =>
      `경고: 127.0.0.1이 아닌 주소에서 대기합니다: ${f.v(p.host)}. 이 주소에 닿을 수 있고 URL을 아는 사람은 누구나 이 워크스페이스의 구성을 볼 수 있습니다.`,
  },
  portInvalid: {
    en: (p: { value: string }, f: Format) => `--port must be a number from 0 to 65535 (0: any free port), not ${f.v(p.value)}.`,
    ko: (p, f) => `--port 값은 0부터 65535까지의 숫자여야 합니다 (0은 빈 포트 아무거나). 지정한 값: ${f.v(p.value)}`,
  },
  openFailed: {
    en: () => 'could not open a browser: open the URL above by hand.',
    ko: () => '브라우저를 열 수 없습니다. 위 URL을 직접 여십시오.',
  },

  // ---- Refusals (HTTP) ----
  refusedToken: {
    en: () => 'This page needs the access token: open the URL that `ims-doctor serve` printed.',
    ko: () => '이 페이지에는 접근 토큰이 필요합니다. ims-doctor serve 명령이 출력한 URL을 여십시오.',
  },
  refusedHost: {
    en: (p: { host: string }, f: Format) => `Refused: the request was addressed to ${f.v(p.host)}, not to the address this server listens on.`,
    ko: (p, f) => `거부됨: 요청한 주소가 이 서버의 주소가 아닙니다: ${f.v(p.host)}`,
  },
  refusedOrigin: {
    en: (p: { origin: string }, f: Format) => `Refused: a page from ${f.v(p.origin)} may not use this server.`,
    ko: (p, f) => `거부됨: 다른 출처의 페이지는 이 서버를 사용할 수 없습니다: ${f.v(p.origin)}`,
  },
  refusedSize: {
    en: (p: { limit: number }, f: Format) => `Refused: uploads are limited to ${f.n(p.limit / (1 << 20))} MB.`,
    ko: (p, f) => `거부됨: 올릴 수 있는 파일 크기는 최대 ${f.n(p.limit / (1 << 20))}MB입니다.`,
  },
  refusedPath: {
    en: (p: { file: string }, f: Format) => `Refused: ${f.v(p.file)} is not a recording inside the workspace.`,
    ko: (p, f) => `거부됨: 워크스페이스 안의 녹화 파일이 아닙니다: ${f.v(p.file)}`,
  },
  notFound: { en: () => 'Not found.', ko: () => '찾을 수 없습니다.' },
  badRequest: {
    en: (p: { what: string }) => `The request is missing ${p.what}.`,
    ko: (p) => `요청에 빠진 값이 있습니다: ${p.what}`,
  },
  noWorkspace: {
    en: () => 'The workspace could not be read: see the message above, fix the file and re-run.',
    ko: () => '워크스페이스을 읽을 수 없습니다. 위 메시지를 확인하고 파일을 고친 뒤 다시 실행하십시오.',
  },
  noExport: {
    en: () => 'The workspace names no readable Admin Console export: nobody can be looked up.',
    ko: () => '워크스페이스에 읽을 수 있는 Admin Console 내보내기 파일이 없어 사용자를 찾을 수 없습니다.',
  },
  sanitized: {
    en: (p: { values: number; replaced: number }, f: Format) =>
      `${f.plural(p.values, { one: `${f.n(p.values)} secret value`, other: `${f.n(p.values)} secret values` })} replaced (${f.n(p.replaced)} places).`,
    ko: (p, f) => `비밀 값 ${f.n(p.values)}개를 바꿨습니다 (${f.n(p.replaced)}곳).`,
  },
  updatedAt: {
    en: (p: { time: string; version: number }, f: Format) => `Read at ${p.time} (reading ${f.n(p.version)}).`,
    ko: (p, f) => `${p.time}에 읽음 (${f.n(p.version)}번째).`,
  },

  // ---- The page (no parameters) ----
  pageSkip: { en: () => 'Skip to content', ko: () => '본문으로 건너뛰기' },
  pageLanguage: { en: () => 'Language', ko: () => '언어' },
  pageNav: { en: () => 'Sections', ko: () => '메뉴' },
  pageOverview: { en: () => 'Overview', ko: () => '개요' },
  pageExplain: { en: () => 'Explain a person', ko: () => '사용자 로그인 설명' },
  pageTriage: { en: () => 'Triage', ko: () => '증상 진단' },
  pageHar: { en: () => 'HAR recording', ko: () => 'HAR 녹화' },
  pageFix: { en: () => 'Fix plan', ko: () => '수정 계획' },
  pageDiff: { en: () => 'Compare snapshots', ko: () => '스냅샷 비교' },
  pageGrid: { en: () => 'Instances × rules', ko: () => '인스턴스 × 규칙' },
  // Heads the grid's first column, whose rows are the instances (the rules head the other columns).
  pageInstanceColumn: { en: () => 'Instance', ko: () => '인스턴스' },
  pageAllInstances: { en: () => 'Across instances', ko: () => '인스턴스 간' },
  pageFilterStatus: { en: () => 'Status', ko: () => '상태' },
  pageFilterInstance: { en: () => 'Instance', ko: () => '인스턴스' },
  pageAll: { en: () => 'All', ko: () => '전체' },
  pageDetail: { en: () => 'Finding', ko: () => '점검 결과' },
  pagePickCell: {
    en: () => 'Choose a cell of the grid to see its findings, their evidence and the fix.',
    ko: () => '표의 칸을 선택하면 해당 점검 결과와 근거, 조치 방법이 표시됩니다.',
  },
  pageRerun: { en: () => 'Re-run the check', ko: () => '다시 점검' },
  pageRerunProbe: { en: () => 'Re-run with live probes', ko: () => '실시간 프로브로 다시 점검' },
  pagePhaseReading: { en: () => 'Reading the sources…', ko: () => '소스를 읽는 중…' },
  pagePhaseProbing: { en: () => 'Probing IMS and the callbacks…', ko: () => 'IMS와 콜백을 확인하는 중…' },
  pagePhaseChecking: { en: () => 'Checking…', ko: () => '점검하는 중…' },
  pagePhaseDone: { en: () => 'Up to date.', ko: () => '최신 상태입니다.' },
  pagePhaseFailed: { en: () => 'The workspace could not be read.', ko: () => '워크스페이스을 읽을 수 없습니다.' },
  pageChanged: { en: () => 'Workspace files changed: the page shows the new reading.', ko: () => '워크스페이스 파일이 바뀌어 새로 읽은 내용을 표시합니다.' },
  pageWho: { en: () => 'Email, username, first or last name', ko: () => '이메일, 사용자 이름, 이름 또는 성' },
  pageExplainButton: { en: () => 'Explain', ko: () => '설명' },
  pageSuggestions: { en: () => 'Suggestions', ko: () => '추천 항목' },
  pageNoSuggestion: { en: () => 'No one in the export starts so.', ko: () => '내보내기 파일에 일치하는 사용자가 없습니다.' },
  pageStepPerson: { en: () => 'In the Admin Console export', ko: () => 'Admin Console 내보내기 파일' },
  pageStepProfiles: { en: () => 'Product profiles', ko: () => '제품 프로필' },
  pageStepPrerequisites: { en: () => 'Instance prerequisites', ko: () => '인스턴스 전제 조건' },
  pageStepMask: { en: () => 'Association mask', ko: () => '연결 마스크' },
  pageStepOutcome: { en: () => 'Outcome', ko: () => '결과' },
  pageShown: { en: () => 'What Campaign shows', ko: () => 'Campaign에 표시되는 메시지' },
  pageTriageLabel: { en: () => 'What the user saw (English or Korean)', ko: () => '사용자가 본 내용 (영어 또는 한국어)' },
  pageTriageButton: { en: () => 'Find the cause', ko: () => '원인 찾기' },
  pageCauses: { en: () => 'Causes, most likely first', ko: () => '가능성이 높은 순서의 원인' },
  pageTellApart: { en: () => 'What tells them apart', ko: () => '원인을 구분하는 방법' },
  pageNoSymptom: { en: () => 'No known symptom matches. Symptoms ims-doctor knows:', ko: () => '일치하는 증상이 없습니다. ims-doctor가 아는 증상:' },
  pageHarDrop: { en: () => 'Drop a HAR file here, or choose one', ko: () => '여기에 HAR 파일을 끌어다 놓거나 선택하십시오' },
  pageHarLocal: {
    en: () => 'The recording is analysed by ims-doctor on this machine; it is sent nowhere else.',
    ko: () => '녹화 파일은 이 컴퓨터의 ims-doctor가 분석하며 다른 곳으로 보내지 않습니다.',
  },
  pageHarWorkspace: { en: () => 'Recordings in the workspace', ko: () => '워크스페이스의 녹화 파일' },
  pageHarVerdict: { en: () => 'Where the login broke', ko: () => '로그인이 실패한 위치' },
  pageHarSteps: { en: () => 'Requests of the last attempt', ko: () => '마지막 시도의 요청' },
  pageSanitize: { en: () => 'Download a sanitized copy', ko: () => '민감 정보를 지운 사본 내려받기' },
  pageFixChanges: { en: () => 'Changes, in order', ko: () => '변경 사항 (적용 순서)' },
  pageFixHow: { en: () => 'How', ko: () => '방법' },
  pageFixNone: { en: () => 'Nothing to change.', ko: () => '변경할 것이 없습니다.' },
  pageFixAccess: { en: () => 'Who gains and who loses access', ko: () => '접근 권한을 얻거나 잃는 사람' },
  pageFixUnaddressed: { en: () => 'Left as they are', ko: () => '그대로 두는 항목' },
  pageFixAccepted: { en: () => 'The plan breaks nothing that passed.', ko: () => '이 계획은 통과하던 점검을 깨뜨리지 않습니다.' },
  pageFixRejected: { en: () => 'The plan is refused:', ko: () => '이 계획은 거부되었습니다:' },
  pageDownloads: { en: () => 'Downloads', ko: () => '내려받기' },
  pageDownloadPlan: { en: () => 'Plan (Markdown)', ko: () => '계획 (Markdown)' },
  pageDownloadAccess: { en: () => 'Access changes (CSV)', ko: () => '접근 권한 변경 (CSV)' },
  pageDownloadSnapshot: { en: () => 'This workspace as a snapshot (secrets as fingerprints)', ko: () => '현재 워크스페이스 스냅샷 (비밀 값은 지문으로 저장)' },
  pageWhatIf: { en: () => 'What if', ko: () => '가정해 보기' },
  pageWhatIfLabel: { en: () => 'instance.field=value', ko: () => '인스턴스.필드=값' },
  pageWhatIfButton: { en: () => 'Rehearse', ko: () => '시험해 보기' },
  pageDiffA: { en: () => 'Snapshot A (before)', ko: () => '스냅샷 A (이전)' },
  pageDiffB: { en: () => 'Snapshot B (after)', ko: () => '스냅샷 B (이후)' },
  pageDiffButton: { en: () => 'Compare', ko: () => '비교' },
  pageCopy: { en: () => 'Copy', ko: () => '복사' },
  pageCopied: { en: () => 'Copied', ko: () => '복사됨' },
  pageWorking: { en: () => 'Working…', ko: () => '처리 중…' },
  pageNone: { en: () => 'None.', ko: () => '없음.' },
});

export type ServeRef = MessageRef<typeof SERVE>;

export function serveText(lang: Lang, ref: ServeRef): string {
  return render(SERVE, ref, lang);
}

export type PageKey = Extract<keyof typeof SERVE, `page${string}`>;

/** Every text of the page in one language, for the browser. */
export function pageTexts(lang: Lang): Record<PageKey, string> {
  const f = formatFor(lang);
  const out: Partial<Record<PageKey, string>> = {};
  for (const key of Object.keys(SERVE) as (keyof typeof SERVE)[]) {
    if (key.startsWith('page')) out[key as PageKey] = f.say(SERVE, { id: key } as ServeRef);
  }
  return out as Record<PageKey, string>;
}
