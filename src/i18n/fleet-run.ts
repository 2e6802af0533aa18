import { catalogue, render, type Format, type MessageRef } from './catalogue.js';
import type { Lang } from './lang.js';

/** Usage texts of a fleet run's options (src/fleet/run-fleet.ts), in both languages. */
export const FLEET_RUN = catalogue({
  unknownFleetInstance: {
    en: (p: { instance: string; workspaces: number; suggestion: { name: string; workspace: string } | null }, f: Format) =>
      `unknown instance ${f.v(p.instance)}: none of the ${f.n(p.workspaces)} ${f.plural(p.workspaces, { one: 'workspace', other: 'workspaces' })} of the fleet describes it` +
      (p.suggestion ? ` (did you mean ${f.code(p.suggestion.name)}, in ${f.v(p.suggestion.workspace)}?).` : '.'),
    ko: (p, f) =>
      `알 수 없는 인스턴스입니다: ${f.v(p.instance)}. 플릿의 워크스페이스 ${f.n(p.workspaces)}개 어디에도 없습니다` +
      (p.suggestion ? ` (혹시 이 값을 뜻했습니까? ${f.code(p.suggestion.name)}, 워크스페이스 ${f.v(p.suggestion.workspace)}).` : '.'),
  },
});

export type FleetRunRef = MessageRef<typeof FLEET_RUN>;

export function fleetRunText(lang: Lang, ref: FleetRunRef): string {
  return render(FLEET_RUN, ref, lang);
}
