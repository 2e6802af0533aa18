import type { UmapiProgress } from '../collectors/live/umapi.js';
import { render } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { UMAPI } from '../i18n/umapi.js';

/** What the printer writes to: process.stderr, or a test's stand-in. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/**
 * A one-line progress display of a live Admin Console read on stderr, redrawn in place at most
 * every `intervalMs` (waits and the end are always shown). Undefined when stderr is not a
 * terminal: pipelines and CI logs get no progress noise.
 */
export function umapiProgressPrinter(
  lang: Lang,
  stream: ProgressStream = process.stderr,
  intervalMs = 250,
  now: () => number = Date.now,
): ((progress: UmapiProgress) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let last = -Infinity;
  return (progress) => {
    const t = now();
    if (!progress.done && progress.waitingMs === 0 && t - last < intervalMs) return;
    last = t;
    let line = render(UMAPI, { id: 'progress', params: { progress } }, lang);
    // Longer than the terminal, the line would wrap and `\r` would no longer redraw it.
    const width = stream.columns ?? 0;
    if (width > 1) line = fit(line, width - 1);
    stream.write(`\r\u001b[2K${line}${progress.done ? '\n' : ''}`);
  };
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The line cut to `columns` terminal columns (Hangul and other wide characters take two). */
function fit(line: string, columns: number): string {
  const width = (text: string): number => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
  if (width(line) <= columns) return line;
  let used = 0;
  let end = 0;
  for (const char of line) {
    const wide = WIDE.test(char) ? 2 : 1;
    // One column is kept for the ellipsis.
    if (used + wide > columns - 1) return `${line.slice(0, end)}…`;
    used += wide;
    end += char.length;
  }
  return line;
}
