import stringWidth from 'string-width';
import { terminalWidth, wrap } from './text.js';

/**
 * Laying text out at a terminal for the views of explain, triage, har, logs, diff and fix
 * --what-if, on top of check's `wrap`: columns are display columns (Hangul count two, colour
 * codes none), so a painted lead or label lines up like a plain one.
 */

/** The columns a view wraps to: the one asked for, else the terminal's; never narrower than 40. */
export function viewWidth(width: number | undefined): number {
  return Math.max(40, width ?? terminalWidth());
}

/** `text` padded with spaces to `columns` display columns (a Korean label takes two per syllable). */
export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - stringWidth(text)));
}

export function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - stringWidth(text))) + text;
}

/** The widest of some texts, in display columns. */
export function widest(texts: readonly string[]): number {
  return texts.reduce((most, text) => Math.max(most, stringWidth(text)), 0);
}

/**
 * `text` after `lead` (a bullet, a painted label, a count), its other lines under `rest`. When
 * the first piece does not fit after the lead (a long value), the lead stands alone and the
 * piece starts the next line. A line that is one piece too wide for its indent is moved left
 * rather than broken; only a piece wider than the whole line overflows, whole.
 */
export function hang(lead: string, text: string, width: number, rest: string, options: { quotedValues?: boolean } = {}): string[] {
  const pad = ' '.repeat(stringWidth(lead));
  // Quotes in quoted log text are not values of ours: that text wraps at any space.
  const kept = options.quotedValues === false ? text : keepQuotedWhole(text, width);
  let lines = wrap(kept, width, pad, rest);
  if (stringWidth(lines[0]!) > width && lead.trim() !== '' && stringWidth(rest) < pad.length) {
    lines = [lead.trimEnd(), ...wrap(kept, width, rest, rest)];
  } else {
    lines[0] = lead + lines[0]!.slice(pad.length);
  }
  const keepFirst = lead.trim() !== '';
  return lines.map((line, index) => (index === 0 && keepFirst ? line : fit(line, width)).replaceAll(KEPT_SPACE, ' '));
}

/** Stands for a space inside a quoted value while wrapping: `wrap` breaks only at plain spaces. */
const KEPT_SPACE = '\uE000';

/**
 * A quoted value that fits on a line is never broken at one of its spaces (`wrap` would split a
 * value wider than what is left of a hanging line, and the space it breaks at may be the one the
 * finding is about): it moves to a line of its own instead. Only a value wider than a whole line
 * is broken.
 */
function keepQuotedWhole(text: string, width: number): string {
  return text.replace(/"[^"\n]*"/g, (quoted) => (quoted.includes(' ') && stringWidth(quoted) <= width ? quoted.replaceAll(' ', KEPT_SPACE) : quoted));
}

/** A one-piece line too wide for its indent, moved left as far as it needs (wrap leaves it indented). */
function fit(line: string, width: number): string {
  return stringWidth(line) <= width ? line : padStart(line.trimStart(), width);
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
