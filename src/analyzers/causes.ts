import type { CheckResult, Finding, Status } from '../model/finding.js';
import { ACTIONS, type Symptom } from '../domain/symptoms.js';
import type { Lang } from '../i18n/lang.js';
import { findRule } from '../rules/index.js';

/**
 * What the workspace says about one possible cause of a symptom:
 * - confirmed: its rule fails on some instance;
 * - possible: its rule warns;
 * - unchecked: its rule could not run (a source is missing or unreadable), or no workspace was given;
 * - ruled-out: its rule passes everywhere it ran;
 * - manual: nothing in a workspace can tell (a fix on the operator's computer, a log to read).
 */
export type CauseVerdict = 'confirmed' | 'possible' | 'unchecked' | 'ruled-out' | 'manual';

export interface RankedCause {
  kind: 'rule' | 'action';
  /** The rule id (as in `check`) or the action id. */
  id: string;
  title: string;
  /** [I] prior likelihood from the symptom catalogue. */
  prior: number;
  why: string;
  verdict: CauseVerdict;
  /** The instances where the rule failed or warned. */
  instances: string[];
  /** The rule's findings that decided the verdict (problems first). */
  findings: Finding[];
  /** For an action: what to do, step by step. */
  steps: string[];
  /** The rule fails, but in none of the ways that give this symptom: ruled out for it (its findings say what it gives instead). */
  otherSymptom?: boolean;
}

const VERDICT_ORDER: Record<CauseVerdict, number> = { confirmed: 0, possible: 1, unchecked: 2, manual: 2, 'ruled-out': 3 };

/** The rule ids a set of symptoms can be caused by, each once, in catalogue order. */
export function candidateRules(symptoms: readonly Symptom[]): string[] {
  const ids: string[] = [];
  for (const symptom of symptoms) {
    for (const cause of symptom.causes) if ('rule' in cause && !ids.includes(cause.rule)) ids.push(cause.rule);
  }
  return ids;
}

/**
 * Ranks the causes of a symptom by what the checklist found (confirmed, possible, unchecked,
 * ruled out), then by prior likelihood. Without a result every rule cause stays "unchecked".
 */
export function rankCauses(symptom: Symptom, lang: Lang, result?: CheckResult): RankedCause[] {
  const ranked = symptom.causes.map((cause): RankedCause => {
    if ('action' in cause) {
      const action = ACTIONS[cause.action];
      return {
        kind: 'action',
        id: cause.action,
        title: action.title[lang],
        prior: cause.prior,
        why: cause.why[lang],
        verdict: 'manual',
        instances: [],
        findings: [],
        steps: action.steps.map((step) => step[lang]),
      };
    }
    const rule = findRule(cause.rule);
    const base = { kind: 'rule' as const, id: cause.rule, title: rule?.title[lang] ?? cause.rule, prior: cause.prior, why: cause.why[lang], steps: [] };
    if (!result) return { ...base, verdict: 'unchecked', instances: [], findings: [] };
    const all = result.findings.filter((finding) => finding.rule === cause.rule);
    const active = all.filter((finding) => !finding.suppressed);
    const considered = active.length > 0 ? active : all;
    const failing = considered.filter((finding) => finding.status === 'fail' || finding.status === 'warn');
    // A failure that would give another symptom is no cause of this one: ruled out, still shown with what it gives instead.
    if (cause.explains && failing.length > 0 && !failing.some((finding) => cause.explains!(finding))) {
      return {
        ...base,
        why: cause.otherwise?.[lang] ?? base.why,
        verdict: 'ruled-out',
        instances: [...new Set(failing.map((finding) => finding.instance ?? '*'))],
        findings: failing,
        otherSymptom: true,
      };
    }
    const explaining = cause.explains ? considered.filter((finding) => !failing.includes(finding) || cause.explains!(finding)) : considered;
    const verdict = verdictOf(explaining.map((finding) => finding.status));
    const decisive = explaining.filter((finding) => statusVerdict(finding.status) === verdict);
    return {
      ...base,
      verdict,
      instances: [...new Set(explaining.filter((finding) => finding.status === 'fail' || finding.status === 'warn').map((finding) => finding.instance ?? '*'))],
      findings: decisive,
    };
  });
  return ranked.sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.prior - a.prior);
}

function statusVerdict(status: Status): CauseVerdict {
  switch (status) {
    case 'fail':
      return 'confirmed';
    case 'warn':
      return 'possible';
    case 'pass':
      return 'ruled-out';
    default:
      return 'unchecked';
  }
}

function verdictOf(statuses: Status[]): CauseVerdict {
  if (statuses.includes('fail')) return 'confirmed';
  if (statuses.includes('warn')) return 'possible';
  if (statuses.length > 0 && statuses.every((status) => status === 'pass')) return 'ruled-out';
  return 'unchecked';
}
