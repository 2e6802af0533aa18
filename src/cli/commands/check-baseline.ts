import { baseline } from '../../diff/diff.js';
import { baselineResult, baselineSummary } from '../../diff/render.js';
import { loadResult } from '../../diff/result-file.js';
import type { CheckResult } from '../../model/finding.js';
import { writeResult, type OutputOptions } from '../output.js';

/**
 * `check --baseline EARLIER.json`: reports only the findings (fail, warn, error) that are not in the
 * earlier result, with a one-line count on stderr, and the exit code judged on those alone:
 * pipelines fail only on what is new. The earlier result is an input: never written over.
 */
export async function reportAgainstBaseline(result: CheckResult, file: string, options: OutputOptions, inputs: readonly string[]): Promise<number> {
  const earlier = await loadResult(file);
  const outcome = baseline(result, earlier);
  await writeResult(baselineResult(result, outcome), options, [...inputs, file]);
  process.stderr.write(`ims-doctor: ${baselineSummary(outcome, result.lang)}\n`);
  return outcome.exitCode;
}
