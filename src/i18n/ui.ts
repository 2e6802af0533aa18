import { say, type Lang, type TextTable } from './lang.js';

/** Every text the tool itself says (outside the rules' own messages), in every language. */
export const UI = {
  serverConfNotConfigured: { en: () => 'no serverConf.xml is given for this instance in the workspace (add "serverConf:")', ko: () => '워크스페이스에 이 인스턴스의 serverConf.xml이 지정되지 않았습니다("serverConf:" 추가)' },
  imsNotConfigured: { en: () => 'the workspace names no IMS client for this instance (add "ims: { client: … }" or "ims: { console: … }")', ko: () => '워크스페이스에 이 인스턴스의 IMS 클라이언트가 지정되지 않았습니다("ims: { client: … }" 또는 "ims: { console: … }" 추가)' },
  adminConsoleNotConfigured: { en: () => 'the workspace names no Admin Console user export (add "adminConsole: { users: … }")', ko: () => '워크스페이스에 Admin Console 사용자 내보내기 파일이 지정되지 않았습니다("adminConsole: { users: … }" 추가)' },
  skipPlaneAbsent: { en: (p) => `Not checked: ${p.reason}.`, ko: (p) => `확인하지 않음: ${p.reason}.` },
  skipPlaneError: { en: (p) => `Not checked: ${p.where} could not be read (${p.problem}). Fix that file and run again.`, ko: (p) => `확인하지 않음: ${p.where} 파일을 읽을 수 없습니다(${p.problem}). 파일을 고친 뒤 다시 실행하십시오.` },
  skipNoAccount: { en: (p) => `Not checked: ${p.file} has no external account named exactly "${p.name}" (see rule external-account).`, ko: (p) => `확인하지 않음: ${p.file}에 내부 이름이 정확히 "${p.name}"인 외부 계정이 없습니다(external-account 규칙 참조).` },
  ruleCrashed: { en: (p) => `ims-doctor failed while running this rule (${p.error}). Please report it with the command you ran.`, ko: (p) => `이 규칙을 실행하는 중 ims-doctor 내부 오류가 발생했습니다(${p.error}). 실행한 명령과 함께 알려 주십시오.` },
  suppressedCli: { en: () => 'ignored on the command line (--ignore)', ko: () => '명령줄에서 제외함(--ignore)' },
  heading: { en: (p) => `ims-doctor — IMS login checklist for ${p.workspace}`, ko: (p) => `ims-doctor — ${p.workspace}의 IMS 로그인 점검 목록` },
  instanceHeading: { en: (p) => `Instance ${p.name} (${p.role})`, ko: (p) => `인스턴스 ${p.name} (${p.role})` },
  workspaceHeading: { en: () => 'Across instances', ko: () => '인스턴스 간 점검' },
  problemsHeading: { en: () => 'Sources that could not be read', ko: () => '읽을 수 없는 소스' },
  summaryLine: {
    en: (p) => `${p.fail} failed, ${p.warn} warnings, ${p.pass} passed, ${p.skip} skipped, ${p.error} errors, ${p.suppressed} suppressed`,
    ko: (p) => `실패 ${p.fail}, 경고 ${p.warn}, 통과 ${p.pass}, 건너뜀 ${p.skip}, 오류 ${p.error}, 제외 ${p.suppressed}`,
  },
  fixLabel: { en: () => 'Fix', ko: () => '조치' },
  docLabel: { en: () => 'Docs', ko: () => '문서' },
  statusPass: { en: () => 'PASS', ko: () => '통과' },
  statusWarn: { en: () => 'WARN', ko: () => '경고' },
  statusFail: { en: () => 'FAIL', ko: () => '실패' },
  statusSkip: { en: () => 'SKIP', ko: () => '건너뜀' },
  statusError: { en: () => 'ERROR', ko: () => '오류' },
  suppressedLabel: { en: () => 'suppressed', ko: () => '제외됨' },
  unknownRule: { en: (p) => `unknown rule "${p.rule}"${p.hint}. Known rules: ${p.known}.`, ko: (p) => `알 수 없는 규칙 "${p.rule}"${p.hint}. 사용 가능한 규칙: ${p.known}.` },
  didYouMean: { en: (p) => ` (did you mean "${p.value}"?)`, ko: (p) => ` ("${p.value}"을(를) 의미했습니까?)` },
  unknownInstance: { en: (p) => `unknown instance "${p.instance}". The workspace describes: ${p.known}.`, ko: (p) => `알 수 없는 인스턴스 "${p.instance}". 워크스페이스의 인스턴스: ${p.known}.` },
  noWorkspace: { en: (p) => `${p.dir} holds no ims-doctor.yaml; give the workspace folder (for example: ims-doctor check examples/acme).`, ko: (p) => `${p.dir}에 ims-doctor.yaml이 없습니다. 워크스페이스 폴더를 지정하십시오(예: ims-doctor check examples/acme).` },
  internalError: { en: (p) => `ims-doctor stopped on an internal error: ${p.error}. Please report it with the command you ran.`, ko: (p) => `ims-doctor가 내부 오류로 중단되었습니다: ${p.error}. 실행한 명령과 함께 알려 주십시오.` },
  // Output: --format, --output, --output-dir.
  unknownFormat: {
    en: (p) => `--format must be one of ${p.known}, not "${p.format}"${p.hint}.`,
    ko: (p) => `--format은 ${p.known} 중 하나여야 합니다. "${p.format}"은(는) 지원하지 않는 형식입니다${p.hint}.`,
  },
  formatListNeedsDir: {
    en: (p) => `--format lists ${p.count} formats (${p.formats}) but standard output takes one; add --output-dir DIR to write one file per format.`,
    ko: (p) => `--format에 형식이 ${p.count}개(${p.formats}) 지정되었지만 표준 출력에는 하나만 쓸 수 있습니다. 형식마다 파일을 하나씩 쓰려면 --output-dir DIR을 추가하십시오.`,
  },
  outputOneFormat: {
    en: (p) => `--output writes one file, but --format lists ${p.count} formats (${p.formats}); give one format, or use --output-dir DIR for one file per format.`,
    ko: (p) => `--output은 파일 하나만 쓰지만 --format에 형식이 ${p.count}개(${p.formats}) 지정되었습니다. 형식을 하나만 지정하거나, 형식마다 파일을 하나씩 쓰려면 --output-dir DIR을 사용하십시오.`,
  },
  outputAndDir: {
    en: () => '--output and --output-dir cannot be used together: --output writes one format to one file, --output-dir writes one file per format.',
    ko: () => '--output과 --output-dir은 함께 사용할 수 없습니다. --output은 형식 하나를 파일 하나에 쓰고, --output-dir은 형식마다 파일을 하나씩 씁니다.',
  },
  formatFromExtension: {
    en: (p) => `cannot tell the format of ${p.file} from its extension; add --format (${p.known}).`,
    ko: (p) => `${p.file}의 확장자로는 형식을 알 수 없습니다. --format을 추가하십시오(${p.known}).`,
  },
  writeFailed: { en: (p) => `cannot write ${p.file}: ${p.error}.`, ko: (p) => `${p.file}에 쓸 수 없습니다: ${p.error}.` },
  // Reports (HTML, Markdown, SARIF, JUnit).
  reportTitle: { en: (p) => `IMS login checklist: ${p.workspace}`, ko: (p) => `IMS 로그인 점검 결과: ${p.workspace}` },
  reportGenerated: { en: (p) => `Generated by ims-doctor ${p.version} from ${p.workspace}.`, ko: (p) => `ims-doctor ${p.version}이(가) ${p.workspace}을(를) 점검해 생성했습니다.` },
  summaryHeading: { en: () => 'Summary', ko: () => '요약' },
  findingsHeading: { en: () => 'Findings', ko: () => '점검 결과' },
  problemsListHeading: { en: () => 'Problems to fix', ko: () => '조치가 필요한 문제' },
  noProblems: { en: () => 'No problems found.', ko: () => '발견된 문제가 없습니다.' },
  passesCounted: {
    en: (p) => `${p.pass} checks passed and ${p.skip} were skipped (not listed); ${p.suppressed} findings are suppressed.`,
    ko: (p) => `통과한 점검 ${p.pass}건과 건너뛴 점검 ${p.skip}건은 목록에서 생략했습니다. 제외된 결과는 ${p.suppressed}건입니다.`,
  },
  instanceColumn: { en: () => 'Instance', ko: () => '인스턴스' },
  suppressedColumn: { en: () => 'SUPPRESSED', ko: () => '제외' },
  totalRow: { en: () => 'Total', ko: () => '합계' },
  filtersHeading: { en: () => 'Filter', ko: () => '필터' },
  filterStatus: { en: () => 'Status', ko: () => '상태' },
  filterInstance: { en: () => 'Instance', ko: () => '인스턴스' },
  filterSuppressed: { en: () => 'Show suppressed findings', ko: () => '제외된 결과 표시' },
  filterShowing: { en: () => 'Showing {shown} of {total} findings', ko: () => '전체 {total}건 중 {shown}건 표시' },
  filterNone: { en: () => 'No finding matches the filters.', ko: () => '필터와 일치하는 결과가 없습니다.' },
  evidenceColumn: { en: () => 'Evidence', ko: () => '근거' },
  valueColumn: { en: () => 'Value', ko: () => '값' },
  sourceColumn: { en: () => 'Where it came from', ko: () => '출처' },
  defaultedNote: { en: () => 'not in the source: the documented default applies', ko: () => '소스에 없음: 문서에 명시된 기본값 적용' },
  liveNote: { en: () => 'read live', ko: () => '실시간 조회' },
  sectionLabel: { en: (p) => `Checklist section ${p.section}`, ko: (p) => `점검 목록 ${p.section}항` },
  suppressedBecause: { en: (p) => `Suppressed: ${p.reason}`, ko: (p) => `제외됨: ${p.reason}` },
  ruleFullDescription: {
    en: (p) => `${p.title}. Section ${p.section} of Adobe's IMS troubleshooting checklist for Adobe Campaign Classic.`,
    ko: (p) => `${p.title}. Adobe Campaign Classic IMS 문제 해결 점검 목록의 ${p.section}항입니다.`,
  },
  ruleHelp: {
    en: (p) => `Follow section ${p.section} of Adobe's IMS troubleshooting checklist: ${p.url}`,
    ko: (p) => `Adobe IMS 문제 해결 점검 목록의 ${p.section}항을 따르십시오: ${p.url}`,
  },
} satisfies TextTable;

export type UiKey = keyof typeof UI;

export function ui(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return say(UI, lang, key, params);
}
