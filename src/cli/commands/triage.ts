import { candidateRules } from '../../analyzers/causes.js';
import { matchSymptoms, triage } from '../../analyzers/triage.js';
import { symptomById } from '../../domain/symptoms.js';
import { EXIT, exitCodeOf, runRules } from '../../engine/run-rules.js';
import type { CheckResult } from '../../model/finding.js';
import { RULES } from '../../rules/index.js';
import { renderTriageText } from '../../reporters/triage-text.js';
import { loadState, optionalWorkspace, resolveDiagnoseFormat, writeDiagnosis, type DiagnoseOptions } from '../diagnose-common.js';
import { reportProblems } from '../exit.js';
import { resolveLang } from '../options.js';

/**
 * `ims-doctor triage "<what the user saw>" [workspace]`: recognises the symptom, then ranks the rules
 * that can cause it by what they find in the workspace (or prints the checklist without one).
 * Exit: 0 informational (no workspace, or nothing found), 3 a candidate rule fails, 4 warnings only,
 * 2 bad input — a text that names no known symptom included: nothing was recognised, so no verdict
 * (it lists the symptoms it knows and suggests `ims-doctor check`).
 */
export async function runTriage(text: string, workspace: string | undefined, options: DiagnoseOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const format = resolveDiagnoseFormat(options.format, lang);
  const target = options.snapshot === undefined ? optionalWorkspace(workspace) : undefined;

  let result: CheckResult | undefined;
  const symptoms = matchSymptoms(text).map((match) => symptomById(match.id)!);
  const rules = candidateRules(symptoms);
  // The workspace is used for every symptom, even one whose causes are manual (its problems, its instances).
  const state = await loadState(target, options, lang);
  if (state !== undefined) {
    const { snapshot } = state;
    result = runRules(snapshot, rules.length > 0 ? RULES : [], { lang, only: rules, instances: options.instance });
    reportProblems(result.problems);
  }
  const triaged = triage(text, lang, result);
  writeDiagnosis(triaged, format, renderTriageText);
  if (triaged.matched.length === 0) return EXIT.badInput;
  return result ? exitCodeOf(result) : EXIT.ok;
}
