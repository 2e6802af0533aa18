import { diffSnapshots } from '../../diff/diff.js';
import { diffText } from '../../diff/render.js';
import { runRules } from '../../engine/run-rules.js';
import { RULES } from '../../rules/index.js';
import { resolveDiagnoseFormat, writeDiagnosis } from '../diagnose-common.js';
import { EXIT, reportProblems } from '../exit.js';
import type { LiveCliOptions } from '../live-options.js';
import { isSnapshotFile, loadSource } from '../load-source.js';
import { resolveLang } from '../options.js';

export interface DiffOptions extends LiveCliOptions {
  format?: string;
  lang?: string;
}

/**
 * `ims-doctor diff A B`: A and B are saved snapshots (`--save-snapshot`) or workspaces. Prints the
 * values that changed in each plane (with where each side read them), the findings that appeared
 * and those resolved, and who gained or lost operator groups. Exit 0 (a difference is a fact to read, not a
 * failure: `check --baseline` is what fails a pipeline on what is new), 2 for bad input.
 */
export async function runDiff(a: string, b: string, options: DiffOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const format = resolveDiagnoseFormat(options.format, lang);
  const left = await loadSource(a, { ...options, lang });
  const right = await loadSource(b, { ...options, lang });
  const results = { a: runRules(left.snapshot, RULES, { lang }), b: runRules(right.snapshot, RULES, { lang }) };
  reportProblems([...results.a.problems, ...results.b.problems]);
  // A saved snapshot is named as the file given, not as the workspace it was taken of.
  const names = { a: isSnapshotFile(a) ? a : undefined, b: isSnapshotFile(b) ? b : undefined };
  const diff = diffSnapshots(left.snapshot, right.snapshot, results, names);
  writeDiagnosis(diff, format, (value) => diffText(value, lang));
  return results.a.problems.length > 0 || results.b.problems.length > 0 ? EXIT.badInput : EXIT.ok;
}
