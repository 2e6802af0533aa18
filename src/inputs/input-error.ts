/**
 * Bad input, phrased for the person who wrote it: the file, where in it, and a plain sentence.
 * The CLI prints it as `path:line:column: message` and exits with 2, never with a stack trace.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }

  get location(): string {
    let text = this.file;
    if (this.line !== undefined) text += `:${this.line}`;
    if (this.line !== undefined && this.column !== undefined) text += `:${this.column}`;
    return text;
  }

  override toString(): string {
    return `${this.location}: ${this.message}`;
  }
}

/** Line and column (both 1-based) of a character offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
