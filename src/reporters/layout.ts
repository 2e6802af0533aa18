import stringWidth from 'string-width';

/**
 * Laying text out at a terminal for the views of explain, triage, har, logs, diff and fix
 * --what-if, with the same `wrap` as check's report: columns are display columns (Hangul count two, colour
 * codes none), so a painted lead or label lines up like a plain one.
 */

/** Columns of the terminal, else COLUMNS, else 100 (a file or a pipe). */
export function terminalWidth(): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  if (columns && columns > 0) return columns;
  const env = Number(process.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : 100;
}

/**
 * Words laid into lines of at most `width` display columns (Hangul count two), the first line
 * after `first`, the others after `rest` (a hanging indent). A double-quoted value that fits on a
 * line is never broken at one of its spaces (the space may be what the finding is about): a piece
 * too wide for its indent gets a line of its own, moved left as far as it needs. Only a piece wider
 * than a whole line is broken at its spaces, or overflows whole when it has none.
 * `quotedValues: false` (quoted log text, whose quotes are not our values) wraps at any space.
 */
export function wrap(text: string, width: number, first: string, rest: string = first, options: { quotedValues?: boolean } = {}): string[] {
  const lines: string[] = [];
  // A blank indent may give way to a piece too wide for it; a lead with text stays as written.
  const placed = (indent: string, w: number): string => (indent.trim() === '' && stringWidth(indent) + w > width ? ' '.repeat(Math.max(0, width - w)) : indent);
  for (const paragraph of text.split('\n')) {
    const start = lines.length === 0 ? first : rest;
    let line = start;
    let lineWidth = stringWidth(line);
    let empty = true;
    for (const word of words(paragraph, width, options.quotedValues !== false)) {
      const w = stringWidth(word);
      if (empty) {
        line = placed(start, w) + word;
        lineWidth = stringWidth(line);
        empty = false;
        continue;
      }
      if (lineWidth + 1 + w > width) {
        lines.push(line);
        line = placed(rest, w) + word;
        lineWidth = stringWidth(line);
        continue;
      }
      line += ' ' + word;
      lineWidth += 1 + w;
    }
    lines.push(line);
  }
  return lines;
}

/** The unbreakable pieces of a paragraph: words, a double-quoted value whole with its spaces (unless wider than a line). */
function words(paragraph: string, width: number, keepQuoted: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  let quoted = false;
  for (const char of paragraph) {
    if (char === '"' && keepQuoted) quoted = !quoted;
    if (char === ' ' && !quoted) {
      if (piece !== '') pieces.push(piece);
      piece = '';
    } else piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces.flatMap((item) => (stringWidth(item) > width ? item.split(' ').filter(Boolean) : [item]));
}

/** The columns a view wraps to: the one asked for, else the terminal's; never narrower than 40. */
export function viewWidth(width: number | undefined): number {
  return Math.max(40, width ?? terminalWidth());
}

/** `text` padded with spaces to `columns` display columns (a Korean label takes two per syllable). */
export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - stringWidth(text)));
}

/** The widest of some texts, in display columns. */
export function widest(texts: readonly string[]): number {
  return texts.reduce((most, text) => Math.max(most, stringWidth(text)), 0);
}

/**
 * `text` after `lead` (a bullet, a painted label, a count), its other lines under `rest`, as
 * `wrap` lays them. When the first piece does not fit after the lead (a long value), the lead
 * stands alone and the piece starts the next line.
 */
export function hang(lead: string, text: string, width: number, rest: string, options: { quotedValues?: boolean } = {}): string[] {
  if (lead.trim() === '') return wrap(text, width, lead, rest, options);
  const pad = ' '.repeat(stringWidth(lead));
  const lines = wrap(text, width, pad, rest, options);
  if (lines[0]!.startsWith(pad)) return [lead + lines[0]!.slice(pad.length), ...lines.slice(1)];
  // The first piece does not fit after the lead: the lead stands alone, the text starts under it.
  return [lead.trimEnd(), ...wrap(text, width, rest, rest, options)];
}

/** Lines of `text` indented by `indent` (hanging by `rest`), each painted whole. */
export function block(text: string, width: number, indent: string, rest: string = indent, paint: (line: string) => string = (line) => line): string[] {
  return hang(indent, text, width, rest).map(paint);
}

/** A one-line value (a URL in a list of requests) cut to `columns` display columns with an ellipsis. */
export function elide(text: string, columns: number): string {
  if (stringWidth(text) <= columns) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    used += stringWidth(char);
    if (used > columns - 1) break;
    out += char;
  }
  return `${out}…`;
}
