import type { Lang } from './lang.js';

type Text = Record<Lang, (p: Record<string, string | number>) => string>;

/**
 * Every text of the commands that start from a symptom (explain, triage, har, logs), in every
 * language. The rules' own messages stay with the rules; the symptom catalogue's with the catalogue.
 */
export const DX = {
  // Options and inputs.
  formatInvalid: {
    en: (p) => `--format must be "text" or "json" for this command, not "${p.format}".`,
    ko: (p) => `이 명령의 --format은 "text" 또는 "json"이어야 합니다. "${p.format}"은(는) 사용할 수 없습니다.`,
  },
  statusConfirmed: { en: () => 'CAUSE', ko: () => '원인' },
  statusPossible: { en: () => 'MAYBE', ko: () => '가능' },
  statusUnchecked: { en: () => 'UNCHECKED', ko: () => '미확인' },
  statusRuledOut: { en: () => 'RULED OUT', ko: () => '배제' },
  statusManual: { en: () => 'BY HAND', ko: () => '직접 확인' },
  priorLabel: { en: (p) => `prior ${p.value}`, ko: (p) => `사전 가능성 ${p.value}` },
  onInstances: { en: (p) => `on ${p.instances}`, ko: (p) => `인스턴스: ${p.instances}` },
  fixLabel: { en: () => 'Fix', ko: () => '조치' },
  stepsLabel: { en: () => 'Steps', ko: () => '절차' },
  problemsHeading: { en: () => 'Sources that could not be read', ko: () => '읽을 수 없는 소스' },

  // triage
  triageHeading: { en: (p) => `ims-doctor triage — "${p.query}"`, ko: (p) => `ims-doctor 증상 분석 — "${p.query}"` },
  triageWorkspace: { en: (p) => `Causes ranked by what the checklist finds in ${p.workspace}.`, ko: (p) => `${p.workspace}을(를) 점검한 결과로 원인의 순위를 매겼습니다.` },
  triageNoWorkspace: {
    en: () => 'No workspace given: the causes are ranked by how often they explain this symptom. Add the workspace folder to run the checks: ims-doctor triage "<what the user saw>" <workspace>',
    ko: () => '워크스페이스가 지정되지 않아 이 증상을 일으키는 빈도로 원인의 순위를 매겼습니다. 점검까지 하려면 워크스페이스 폴더를 추가하십시오: ims-doctor triage "<사용자가 본 내용>" <워크스페이스>',
  },
  triageSymptom: { en: (p) => `Symptom: ${p.title}`, ko: (p) => `증상: ${p.title}` },
  triageVia: { en: (p) => `recognised by ${p.kind} "${p.text}" (score ${p.score})`, ko: (p) => `${p.kind} "${p.text}"(으)로 식별(점수 ${p.score})` },
  viaExact: { en: () => 'the message or code', ko: () => '메시지 또는 코드' },
  viaPhrase: { en: () => 'the description', ko: () => '설명' },
  viaKeywords: { en: () => 'the words', ko: () => '단어' },
  causesHeading: { en: () => 'Causes, most likely first', ko: () => '원인(가능성이 높은 순)' },
  tellApartHeading: { en: () => 'What would tell them apart', ko: () => '원인을 가려낼 다음 단서' },
  checklistHeading: { en: () => 'Check by hand', ko: () => '직접 확인할 항목' },
  triageNoMatch: {
    en: (p) => `ims-doctor does not recognise "${p.query}" as a known symptom. Quote the message the user saw, or describe it with one of these:`,
    ko: (p) => `"${p.query}"은(는) ims-doctor가 아는 증상이 아닙니다. 사용자가 본 메시지를 그대로 입력하거나 다음 중 하나로 설명하십시오:`,
  },
  triageSummary: {
    en: (p) => `${p.confirmed} confirmed causes, ${p.possible} possible, ${p.unchecked} unchecked, ${p.ruledOut} ruled out.`,
    ko: (p) => `확인된 원인 ${p.confirmed}, 가능성 있는 원인 ${p.possible}, 미확인 ${p.unchecked}, 배제 ${p.ruledOut}.`,
  },
} satisfies Record<string, Text>;

export type DxKey = keyof typeof DX;

export function dx(lang: Lang, key: DxKey, params: Record<string, string | number> = {}): string {
  return (DX[key][lang] as (p: Record<string, string | number>) => string)(params);
}
