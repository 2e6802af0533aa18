import { catalogue, render, type Format, type MessageRef } from './catalogue.js';
import type { Lang } from './lang.js';

/** The texts of fleet runs (src/fleet/, the fleet table of the reports), in both languages. */
export const FLEET = catalogue({
  // ---- usage ----
  countInvalid: {
    en: (p: { option: '--concurrency' | '--per-host'; value: string }, f: Format) => `${p.option} is a whole number from 1 to 256, not ${f.v(p.value)}.`,
    ko: (p, f) => `${p.option}은 1에서 256 사이의 정수여야 합니다(지정한 값: ${f.v(p.value)}).`,
  },
  deadlineInvalid: {
    en: (p: { value: string }, f: Format) => `--deadline is a number of seconds between 0 and 86400, not ${f.v(p.value)}.`,
    ko: (p, f) => `--deadline은 0보다 크고 86400 이하인 초 단위 숫자여야 합니다(지정한 값: ${f.v(p.value)}).`,
  },
  fleetWithWorkspaces: {
    en: () => '--fleet takes its workspaces from the fleet file: give either --fleet or workspace folders, not both.',
    ko: () => '--fleet은 플릿 파일에서 워크스페이스를 읽습니다. --fleet과 워크스페이스 폴더 중 하나만 지정하십시오.',
  },
  snapshotInFleet: {
    en: (p: { option: '--snapshot' | '--save-snapshot' }) => `${p.option} works on one workspace; a fleet run checks several.`,
    ko: (p) => `${p.option} 옵션은 워크스페이스 하나에만 쓸 수 있습니다. 플릿 실행은 여러 워크스페이스를 검사합니다.`,
  },
  // ---- progress on a terminal ----
  progress: {
    en: (p: { done: number; total: number; slow: { name: string; seconds: number }[] }, f: Format) =>
      `${f.n(p.done)}/${f.n(p.total)} instances checked${p.slow.length ? ` · waiting for ${p.slow.map((item) => `${item.name} (${f.n(item.seconds)} s)`).join(', ')}` : ''}`,
    ko: (p, f) =>
      `인스턴스 ${f.n(p.done)}/${f.n(p.total)}개 검사함${p.slow.length ? ` · 응답 대기: ${p.slow.map((item) => `${item.name}(${f.n(item.seconds)}초)`).join(', ')}` : ''}`,
  },
  // ---- the fleet table of the reports ----
  tableHeading: {
    en: (p: { workspaces: number; instances: number }, f: Format) =>
      `Fleet: ${f.n(p.workspaces)} ${f.plural(p.workspaces, { one: 'workspace', other: 'workspaces' })}, ${f.n(p.instances)} ${f.plural(p.instances, { one: 'instance', other: 'instances' })} (worst first)`,
    ko: (p, f) => `플릿: 워크스페이스 ${f.n(p.workspaces)}개, 인스턴스 ${f.n(p.instances)}개(심각한 순)`,
  },
  columnWorkspace: { en: () => 'Workspace', ko: () => '워크스페이스' },
  columnInstance: { en: () => 'Instance', ko: () => '인스턴스' },
  columnStatus: { en: () => 'Worst', ko: () => '최악 상태' },
  columnCounts: { en: () => 'fail/warn/pass/skip/error', ko: () => '실패/경고/통과/건너뜀/오류' },
  columnProblems: { en: () => 'Unread', ko: () => '못 읽음' },
  /** A row whose verdict is not whole: a source of it could not be read (its checks were skipped). */
  incomplete: { en: () => 'INCOMPLETE', ko: () => '불완전' },
  acrossFleet: { en: () => '(across the fleet)', ko: () => '(플릿 전체)' },
  wholeWorkspace: { en: () => '(workspace)', ko: () => '(워크스페이스)' },
  workspaceHeading: {
    en: (p: { label: string; file: string }) => `Workspace ${p.label} (${p.file})`,
    ko: (p) => `워크스페이스 ${p.label} (${p.file})`,
  },
  problemsCount: {
    en: (p: { count: number }, f: Format) => f.plural(p.count, { one: `${f.n(p.count)} source`, other: `${f.n(p.count)} sources` }),
    ko: (p, f) => `소스 ${f.n(p.count)}개`,
  },
});

export type FleetRef = MessageRef<typeof FLEET>;

export function fleetText(lang: Lang, ref: FleetRef): string {
  return render(FLEET, ref, lang);
}
