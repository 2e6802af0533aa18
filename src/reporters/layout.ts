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
 * `text` after `lead` (a bullet, a painted label, a count), its other lines under `rest`, as
 * `wrap` lays them. When the first piece does not fit after the lead (a long value), the lead
 * stands alone and the piece starts the next line.
 */
export function hang(lead: string, text: string, width: number, rest: string, options: { quotedValues?: boolean } = {}): string[] {
  if (lead.trim() === '') return wrap(text, width, lead, rest, options);
  const pad = ' '.repeat(stringWidth(lead));
  const lines = wrap(text, width, pad, rest, options);
  if (lines[0]!.startsWith(pad)) return [lead + lines[0]!.slice(pad.length), ...lines.slice(1)];
  // The first piece was moved left of the lead's end: the lead stands alone, or, with no room under it, the piece overflows after it.
  if (stringWidth(rest) < pad.length) return [lead.trimEnd(), ...wrap(text, width, rest, rest, options)];
  return [lead + lines[0]!.trimStart(), ...lines.slice(1)];
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
