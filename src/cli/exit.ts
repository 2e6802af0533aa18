import { EXIT } from '../engine/run-rules.js';
import type { Lang } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';
import { InputError } from '../inputs/input-error.js';
import { formatProvenance } from '../model/provenance.js';
import type { ResultProblem } from '../model/finding.js';

export { EXIT };

/** A usage mistake (unknown option value, unknown rule): exit 2 with a sentence, already in the run's language. */
export class UsageError extends Error {}

/**
 * Bad input and usage end in one sentence and exit 2; anything else is our bug: exit 1, no stack
 * unless asked. Bad input is rendered here, in the run's language.
 */
export function reportFatal(error: unknown, lang: Lang): number {
  if (error instanceof InputError) {
    process.stderr.write(`ims-doctor: ${error.text(lang)}\n`);
    return EXIT.badInput;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`ims-doctor: ${error.message}\n`);
    return EXIT.badInput;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ims-doctor: ${uiText(lang, { id: 'internalError', params: { error: detail } })}\n`);
  if (process.env.IMS_DOCTOR_DEBUG && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return EXIT.internal;
}

/** Unreadable sources, one sentence each on stderr; the run goes on without them. */
export function reportProblems(problems: readonly ResultProblem[]): void {
  for (const problem of problems) process.stderr.write(`ims-doctor: ${formatProvenance(problem)}: ${problem.message}\n`);
}
