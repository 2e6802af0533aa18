import { render } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { PROBLEMS, type ProblemRef } from '../i18n/problems.js';
import type { ProblemFact, SourceProblem } from '../model/snapshot.js';

/**
 * Bad input, as a fact: the file, where in it, and a reference to the problems catalogue. The CLI
 * prints it as `path:line:column: sentence` in the report's language and exits with 2, never with
 * a stack trace. `message` is the English sentence, for logs and for errors that escape.
 */
export class InputError extends Error {
  readonly problem: ProblemFact;
  private readonly ref: ProblemRef;

  constructor(
    readonly file: string,
    problem: ProblemRef,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(render(PROBLEMS, problem, 'en'));
    this.ref = problem;
    this.problem = problem as ProblemFact;
    this.name = 'InputError';
  }

  get location(): string {
    let text = this.file;
    if (this.line !== undefined) text += `:${this.line}`;
    if (this.line !== undefined && this.column !== undefined) text += `:${this.column}`;
    return text;
  }

  /** The problem as a snapshot records it. */
  toProblem(): SourceProblem {
    return { file: this.file, line: this.line, column: this.column, problem: this.problem };
  }

  /** `path:line:column: sentence` in a language. */
  text(lang: Lang): string {
    return `${this.location}: ${render(PROBLEMS, this.ref, lang)}`;
  }

  override toString(): string {
    return `${this.location}: ${this.message}`;
  }
}

/** Line and column (both 1-based) of a character offset in a text (one position: for many, a LineIndex). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Line starts of a text, found once: positions are then a binary search, not a scan from offset 0
 * (100,000 values of a JSON file were 100,000 scans of the whole file).
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  positionOf(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}
