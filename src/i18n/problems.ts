import { catalogue, render, type MessageRef } from './catalogue.js';
import type { Lang } from './lang.js';
import type { ProblemFact, SourceProblem } from '../model/snapshot.js';
import { formatProvenance } from '../model/provenance.js';

/**
 * The problems catalogue: every way an input, a network request or a live read can fail, as one
 * sentence in each language. Inputs, collectors, the HTTP layer and the SOAP collector record a
 * reference to an entry (`ProblemRef`) with its facts; the sentence is made here, at the edge.
 * A sentence follows the file's position, as in `path:line:col: is not valid YAML (…)`.
 */
export const PROBLEMS = catalogue({
  // Transitional: a sentence made below the edge, English only. Every producer is being moved to an entry of its own.
  legacy: { en: (p: { text: string }) => p.text, ko: (p) => p.text },
});

export type ProblemRef = MessageRef<typeof PROBLEMS>;

/** Renders a problem recorded in a snapshot (ids are checked when a snapshot is loaded). */
export function problemText(problem: ProblemFact, lang: Lang): string {
  if (!(problem.id in PROBLEMS)) return problem.id;
  return render(PROBLEMS, problem as ProblemRef, lang);
}

/** `path:line:col: sentence`, as a terminal prints it. */
export function problemLine(problem: SourceProblem, lang: Lang): string {
  return `${formatProvenance(problem)}: ${problemText(problem.problem, lang)}`;
}
