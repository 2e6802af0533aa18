import { catalogue, render, type Format, type MessageRef } from './catalogue.js';
import type { Lang } from './lang.js';
import { secretEn, secretKo, type SecretWhat } from './problems.js';

/** What commander refused on the command line. */
export type CommanderKind = 'unknownOption' | 'unknownCommand' | 'missingArgument' | 'optionMissingArgument' | 'excessArguments' | 'other';

const suggestEn = (value: string | null, f: Format): string => (value !== null ? ` (did you mean ${f.code(value)}?)` : '');
const suggestKo = (value: string | null, f: Format): string => (value !== null ? ` (혹시 이 값을 뜻했습니까? ${f.code(value)})` : '');

/** Every text the tool itself says (outside the rules' own messages and the problems catalogue), in every language. */
export const UI = catalogue({
  heading: {
    en: (p: { workspace: string }) => `ims-doctor — IMS login checklist for ${p.workspace}`,
    ko: (p) => `ims-doctor — IMS 로그인 점검 목록: ${p.workspace}`,
  },
  instanceHeading: { en: (p: { name: string; role: string }) => `Instance ${p.name} (${p.role})`, ko: (p) => `인스턴스 ${p.name} (${p.role})` },
  workspaceHeading: { en: () => 'Across instances', ko: () => '인스턴스 간 점검' },
  problemsHeading: { en: () => 'Sources that could not be read', ko: () => '읽을 수 없는 소스' },
  summaryLine: {
    en: (p: { fail: number; warn: number; pass: number; skip: number; error: number; suppressed: number }, f: Format) =>
      `${f.n(p.fail)} failed, ${f.plural(p.warn, { one: `${f.n(p.warn)} warning`, other: `${f.n(p.warn)} warnings` })}, ${f.n(p.pass)} passed, ${f.n(p.skip)} skipped, ${f.plural(p.error, { one: `${f.n(p.error)} error`, other: `${f.n(p.error)} errors` })}, ${f.n(p.suppressed)} suppressed`,
    ko: (p, f) =>
      `실패 ${f.n(p.fail)}건, 경고 ${f.n(p.warn)}건, 통과 ${f.n(p.pass)}건, 건너뜀 ${f.n(p.skip)}건, 오류 ${f.n(p.error)}건, 제외 ${f.n(p.suppressed)}건`,
  },
  fixLabel: { en: () => 'Fix', ko: () => '조치' },
  docLabel: { en: () => 'Docs', ko: () => '문서' },
  statusPass: { en: () => 'PASS', ko: () => '통과' },
  statusWarn: { en: () => 'WARN', ko: () => '경고' },
  statusFail: { en: () => 'FAIL', ko: () => '실패' },
  statusSkip: { en: () => 'SKIP', ko: () => '건너뜀' },
  statusError: { en: () => 'ERROR', ko: () => '오류' },
  suppressedLabel: { en: () => 'suppressed', ko: () => '제외됨' },

  // ---- Usage errors (exit 2 before any work is done) ----
  unknownRule: {
    en: (p: { rule: string; suggestion: string | null; known: string[] }, f: Format) =>
      `unknown rule ${f.v(p.rule)}${suggestEn(p.suggestion, f)}. Known rules: ${p.known.join(', ')}.`,
    ko: (p, f) => `알 수 없는 규칙입니다: ${f.v(p.rule)}${suggestKo(p.suggestion, f)}. 사용 가능한 규칙: ${p.known.join(', ')}.`,
  },
  didYouMean: { en: (p: { value: string }, f: Format) => suggestEn(p.value, f), ko: (p, f) => suggestKo(p.value, f) },
  unknownInstance: {
    en: (p: { instance: string; known: string[] }, f: Format) => `unknown instance ${f.v(p.instance)}. The workspace describes: ${p.known.join(', ')}.`,
    ko: (p, f) => `알 수 없는 인스턴스입니다: ${f.v(p.instance)}. 워크스페이스의 인스턴스: ${p.known.join(', ')}.`,
  },
  internalError: {
    // The error's own words: an internal error is a bug, and its message is what a report needs.
    en: (p: { error: string }) => `ims-doctor stopped on an internal error: ${p.error}. Please report it with the command you ran.`,
    ko: (p) => `ims-doctor가 내부 오류로 중단되었습니다: ${p.error}. 실행한 명령과 함께 알려 주십시오.`,
  },
  langInvalid: {
    en: (p: { value: string }, f: Format) => `--lang must be "en" or "ko", not ${f.v(p.value)}.`,
    ko: (p, f) => `--lang은 "en" 또는 "ko"여야 합니다(지정한 값: ${f.v(p.value)}).`,
  },
  timeoutInvalid: {
    en: (p: { value: string }, f: Format) => `--timeout is a number of seconds between 0 and 3600, not ${f.v(p.value)}.`,
    ko: (p, f) => `--timeout은 0보다 크고 3600 이하인 초 단위 숫자여야 합니다(지정한 값: ${f.v(p.value)}).`,
  },
  retriesInvalid: {
    en: (p: { value: string }, f: Format) => `--retries is a whole number from 0 to 10, not ${f.v(p.value)}.`,
    ko: (p, f) => `--retries는 0에서 10까지의 정수여야 합니다(지정한 값: ${f.v(p.value)}).`,
  },
  connectToInvalid: {
    en: (p: { value: string }, f: Format) => `--connect-to takes HOST1:PORT1:HOST2:PORT2 (either port may be empty), not ${f.v(p.value)}.`,
    ko: (p, f) => `--connect-to 형식은 HOST1:PORT1:HOST2:PORT2입니다(포트는 비워 둘 수 있음). 지정한 값: ${f.v(p.value)}.`,
  },
  probeWithSnapshot: {
    en: () => '--probe asks the servers now; it cannot be combined with --snapshot, which replays what was saved.',
    ko: () => '--probe는 지금 서버에 묻고 --snapshot은 저장된 내용을 재생하므로 함께 사용할 수 없습니다.',
  },
  commandLine: {
    en: (p: { kind: CommanderKind; value: string | null; suggestions: string[] }, f: Format) =>
      `${({ unknownOption: 'unknown option', unknownCommand: 'unknown command', missingArgument: 'missing argument', optionMissingArgument: 'the option needs a value', excessArguments: 'too many arguments', other: 'the command line is not valid' } as const)[p.kind]}${p.value !== null ? ` ${f.v(p.value)}` : ''}${
        p.suggestions.length > 0
          ? ` (did you mean ${f.list(
              p.suggestions.map((item) => f.code(item)),
              'or',
            )}?)`
          : ''
      }; see ims-doctor --help.`,
    ko: (p, f) =>
      `${({ unknownOption: '알 수 없는 옵션입니다', unknownCommand: '알 수 없는 명령입니다', missingArgument: '필요한 인수가 없습니다', optionMissingArgument: '옵션에 값이 필요합니다', excessArguments: '인수가 너무 많습니다', other: '명령줄이 올바르지 않습니다' } as const)[p.kind]}${p.value !== null ? `: ${f.v(p.value)}` : ''}${
        p.suggestions.length > 0
          ? ` (혹시 이 값을 뜻했습니까? ${f.list(
              p.suggestions.map((item) => f.code(item)),
              'or',
            )})`
          : ''
      }. ims-doctor --help를 참조하십시오.`,
  },
  secretPrompt: {
    en: (p: { variable: string; secret: SecretWhat }, f: Format) => `${secretEn(p.secret, f)} (environment variable ${p.variable} is not set):`,
    ko: (p, f) => `${secretKo(p.secret, f)} 입력(환경 변수 ${p.variable} 설정 안 됨):`,
  },

  // ---- Output: --format, --output, --output-dir ----
  unknownFormat: {
    en: (p: { format: string; suggestion: string | null; known: string[] }, f: Format) =>
      `--format must be one of ${p.known.join(', ')}, not ${f.v(p.format)}${suggestEn(p.suggestion, f)}.`,
    ko: (p, f) => `--format은 ${p.known.join(', ')} 중 하나여야 합니다. 지원하지 않는 형식입니다: ${f.v(p.format)}${suggestKo(p.suggestion, f)}.`,
  },
  formatListNeedsDir: {
    en: (p: { count: number; formats: string[] }) =>
      `--format lists ${p.count} formats (${p.formats.join(', ')}) but standard output takes one; add --output-dir DIR to write one file per format.`,
    ko: (p) =>
      `--format에 형식이 ${p.count}개(${p.formats.join(', ')}) 지정되었지만 표준 출력에는 하나만 쓸 수 있습니다. 형식마다 파일을 하나씩 쓰려면 --output-dir DIR을 추가하십시오.`,
  },
  outputOneFormat: {
    en: (p: { count: number; formats: string[] }) =>
      `--output writes one file, but --format lists ${p.count} formats (${p.formats.join(', ')}); give one format, or use --output-dir DIR for one file per format.`,
    ko: (p) =>
      `--output은 파일 하나만 쓰지만 --format에 형식이 ${p.count}개(${p.formats.join(', ')}) 지정되었습니다. 형식을 하나만 지정하거나, 형식마다 파일을 하나씩 쓰려면 --output-dir DIR을 사용하십시오.`,
  },
  outputAndDir: {
    en: () => '--output and --output-dir cannot be used together: --output writes one format to one file, --output-dir writes one file per format.',
    ko: () => '--output과 --output-dir은 함께 사용할 수 없습니다. --output은 형식 하나를 파일 하나에 쓰고, --output-dir은 형식마다 파일을 하나씩 씁니다.',
  },
  formatFromExtension: {
    en: (p: { file: string; known: string[] }) => `cannot tell the format of ${p.file} from its extension; add --format (${p.known.join(', ')}).`,
    ko: (p) => `확장자로는 형식을 알 수 없습니다: ${p.file}. --format을 추가하십시오(${p.known.join(', ')}).`,
  },
  writeFailed: {
    // `error` is the system's code (EACCES, ENOTDIR, …): the same in every language.
    en: (p: { file: string; error: string }) => `cannot write ${p.file}: ${p.error}.`,
    ko: (p) => `파일에 쓸 수 없습니다: ${p.file} (${p.error}).`,
  },

  // ---- Reports (HTML, Markdown, SARIF, JUnit) ----
  reportTitle: { en: (p: { workspace: string }) => `IMS login checklist: ${p.workspace}`, ko: (p) => `IMS 로그인 점검 결과: ${p.workspace}` },
  reportGenerated: {
    en: (p: { version: string; workspace: string }) => `Generated by ims-doctor ${p.version} from ${p.workspace}.`,
    ko: (p) => `생성: ims-doctor ${p.version}, 점검 대상: ${p.workspace}.`,
  },
  summaryHeading: { en: () => 'Summary', ko: () => '요약' },
  findingsHeading: { en: () => 'Findings', ko: () => '점검 결과' },
  problemsListHeading: { en: () => 'Problems to fix', ko: () => '조치가 필요한 문제' },
  noProblems: { en: () => 'No problems found.', ko: () => '발견된 문제가 없습니다.' },
  passesCounted: {
    en: (p: { pass: number; skip: number; suppressed: number }, f: Format) =>
      `${f.plural(p.pass, { one: `${f.n(p.pass)} check passed`, other: `${f.n(p.pass)} checks passed` })} and ${f.plural(p.skip, { one: `${f.n(p.skip)} was`, other: `${f.n(p.skip)} were` })} skipped (not listed); ${f.plural(p.suppressed, { one: `${f.n(p.suppressed)} finding is`, other: `${f.n(p.suppressed)} findings are` })} suppressed.`,
    ko: (p, f) => `통과한 점검 ${f.n(p.pass)}건과 건너뛴 점검 ${f.n(p.skip)}건은 목록에서 생략했습니다. 제외된 결과는 ${f.n(p.suppressed)}건입니다.`,
  },
  instanceColumn: { en: () => 'Instance', ko: () => '인스턴스' },
  suppressedColumn: { en: () => 'SUPPRESSED', ko: () => '제외' },
  totalRow: { en: () => 'Total', ko: () => '합계' },
  filtersHeading: { en: () => 'Filter', ko: () => '필터' },
  filterStatus: { en: () => 'Status', ko: () => '상태' },
  filterInstance: { en: () => 'Instance', ko: () => '인스턴스' },
  filterSuppressed: { en: () => 'Show suppressed findings', ko: () => '제외된 결과 표시' },
  // {shown} and {total} are filled in by the report's own script as the filters change.
  filterShowing: { en: () => 'Showing {shown} of {total} findings', ko: () => '전체 {total}건 중 {shown}건 표시' },
  filterNone: { en: () => 'No finding matches the filters.', ko: () => '필터와 일치하는 결과가 없습니다.' },
  evidenceColumn: { en: () => 'Evidence', ko: () => '근거' },
  valueColumn: { en: () => 'Value', ko: () => '값' },
  sourceColumn: { en: () => 'Where it came from', ko: () => '출처' },
  defaultedNote: { en: () => 'not in the source: the documented default applies', ko: () => '소스에 없음: 문서에 명시된 기본값 적용' },
  liveNote: { en: () => 'read live', ko: () => '실시간 조회' },
  sectionLabel: { en: (p: { section: number }) => `Checklist section ${p.section}`, ko: (p) => `점검 목록 ${p.section}항` },
  suppressedBecause: { en: (p: { reason: string }) => `Suppressed: ${p.reason}`, ko: (p) => `제외됨: ${p.reason}` },
  ruleFullDescription: {
    en: (p: { title: string; section: number }) => `${p.title}. Section ${p.section} of Adobe's IMS troubleshooting checklist for Adobe Campaign Classic.`,
    ko: (p) => `${p.title}. Adobe Campaign Classic IMS 문제 해결 점검 목록의 ${p.section}항입니다.`,
  },
  ruleHelp: {
    en: (p: { section: number; url: string }) => `Follow section ${p.section} of Adobe's IMS troubleshooting checklist: ${p.url}`,
    ko: (p) => `Adobe IMS 문제 해결 점검 목록의 ${p.section}항을 따르십시오: ${p.url}`,
  },

  // ---- i12: the text report (per-rule block, details, legend) and the HTML report's additions ----
  checksHeading: { en: () => 'Checks', ko: () => '점검 항목' },
  detailsHeading: { en: () => 'Failures, warnings and skipped checks', ko: () => '실패, 경고, 건너뛴 점검' },
  detailsVerboseHeading: { en: () => 'Details', ko: () => '세부 내용' },
  ruleProblemCount: {
    en: (p: { fail: number; warn: number; error: number }, f: Format) =>
      [
        p.error > 0 ? f.plural(p.error, { one: `${f.n(p.error)} error`, other: `${f.n(p.error)} errors` }) : '',
        p.fail > 0 ? f.plural(p.fail, { one: `${f.n(p.fail)} failure`, other: `${f.n(p.fail)} failures` }) : '',
        p.warn > 0 ? f.plural(p.warn, { one: `${f.n(p.warn)} warning`, other: `${f.n(p.warn)} warnings` }) : '',
      ]
        .filter(Boolean)
        .join(', '),
    ko: (p, f) =>
      [p.error > 0 ? `오류 ${f.n(p.error)}건` : '', p.fail > 0 ? `실패 ${f.n(p.fail)}건` : '', p.warn > 0 ? `경고 ${f.n(p.warn)}건` : '']
        .filter(Boolean)
        .join(', '),
  },
  sameFixAs: {
    en: (p: { rule: string; instance: string | null }) => `same fix as above (${p.rule}${p.instance !== null ? `, ${p.instance}` : ''}).`,
    ko: (p) => `위와 같습니다(${p.rule}${p.instance !== null ? `, ${p.instance}` : ''}).`,
  },
  spaceLegend: {
    en: () => 'In quoted values, · stands for a space (at either end, or one of several in a row); the values a Fix asks you to type are exact, without marks.',
    ko: () => '따옴표 안의 값에서 ·는 공백 한 칸을 나타냅니다(값의 앞뒤 공백이나 연속된 공백). 조치에서 입력하라고 한 값은 표시 없이 정확한 값입니다.',
  },
  verboseHint: {
    en: () => 'Passes are one line each; -v shows the details of every check.',
    ko: () => '통과한 점검은 한 줄씩만 표시합니다. 모든 점검의 세부 내용은 -v로 볼 수 있습니다.',
  },
  tocHeading: { en: () => 'Contents', ko: () => '목차' },
  showPasses: {
    en: (p: { count: number }, f: Format) => f.plural(p.count, { one: `${f.n(p.count)} passing check`, other: `${f.n(p.count)} passing checks` }),
    ko: (p, f) => `통과한 점검 ${f.n(p.count)}건`,
  },
  copyLabel: { en: () => 'Copy', ko: () => '복사' },
  copiedLabel: { en: () => 'Copied', ko: () => '복사됨' },
  htmlSpaceLegend: {
    en: () =>
      'Values show their spaces as they are; a space at either end of a value, or one of several in a row, is highlighted. A value with a Copy button is exact: copy it as it is.',
    ko: () => '값의 공백은 있는 그대로 표시하며, 값의 앞뒤 공백과 연속된 공백은 색으로 강조합니다. 복사 버튼이 있는 값은 정확한 값이므로 그대로 복사하십시오.',
  },
  fixApplyUnavailable: {
    en: () => 'fix --apply is not available in this build: the plan and its files are written; import and apply them by hand.',
    ko: () => '이 빌드에서는 fix --apply를 쓸 수 없습니다. 계획과 파일은 작성되었으니 직접 가져오고 적용하십시오.',
  },
});

export type UiKey = keyof typeof UI;
export type UiRef = MessageRef<typeof UI>;

/** One text of the tool, typed: the key and exactly its parameters. */
export function uiText(lang: Lang, ref: UiRef): string {
  return render(UI, ref, lang);
}
