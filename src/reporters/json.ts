import type { CheckResult } from '../model/finding.js';

/** The canonical result, as it is: every other format is a view of this. */
export function renderJson(result: CheckResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
