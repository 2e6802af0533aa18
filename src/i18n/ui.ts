import type { Lang } from './lang.js';

type Text = Record<Lang, (p: Record<string, string | number>) => string>;

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
} satisfies Record<string, Text>;

export type UiKey = keyof typeof UI;

export function ui(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return (UI[key][lang] as (p: Record<string, string | number>) => string)(params);
}
