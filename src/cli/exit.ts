import { EXIT } from '../engine/run-rules.js';
import { InputError } from '../inputs/input-error.js';
import { formatProvenance } from '../model/provenance.js';
import type { ResultProblem } from '../model/finding.js';

export { EXIT };

/** A usage mistake (unknown option value, unknown rule): exit 2 with a sentence. */
export class UsageError extends Error {}

/** Bad input and usage end in one sentence and exit 2; anything else is our bug: exit 1, no stack unless asked. */
export function reportFatal(error: unknown, internalMessage: (detail: string) => string): number {
  if (error instanceof InputError) {
    process.stderr.write(`ims-doctor: ${error.toString()}\n`);
    return EXIT.badInput;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`ims-doctor: ${error.message}\n`);
    return EXIT.badInput;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ims-doctor: ${internalMessage(detail)}\n`);
  if (process.env.IMS_DOCTOR_DEBUG && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return EXIT.internal;
}

/** Unreadable sources, one sentence each on stderr; the run goes on without them. */
export function reportProblems(problems: readonly ResultProblem[]): void {
  for (const problem of problems) process.stderr.write(`ims-doctor: ${formatProvenance(problem)}: ${problem.message}\n`);
}
