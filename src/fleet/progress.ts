import { render } from '../i18n/catalogue.js';
import { FLEET } from '../i18n/fleet.js';
import type { Lang } from '../i18n/lang.js';

/** What the fleet tells while it runs: instances planned, begun and done (keys `workspace/instance`). */
export interface FleetProgress {
  planned(count: number): void;
  begin(key: string): void;
  end(key: string): void;
  /** The run is over: the line is ended. */
  close(): void;
}

/** Where the line goes: process.stderr, or a test's stand-in. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** In flight longer than this, an instance is named on the line. */
const SLOW_MS = 5_000;
const NAMED = 3;

/**
 * One line on stderr, redrawn in place every `intervalMs`: instances done of planned, and the
 * slowest still running. Shown at a terminal, or when forced (`--progress`); never in CI logs or
 * pipes otherwise. Undefined when not shown.
 */
export function fleetProgress(
  lang: Lang,
  options: { force?: boolean; stream?: ProgressStream; intervalMs?: number; now?: () => number } = {},
): FleetProgress | undefined {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  if (!options.force && (!stream.isTTY || process.env.CI)) return undefined;
  let total = 0;
  let done = 0;
  const running = new Map<string, number>();
  const line = (): string => {
    const t = now();
    const slow = [...running]
      .filter(([, since]) => t - since >= SLOW_MS)
      .sort((a, b) => a[1] - b[1])
      .slice(0, NAMED)
      .map(([name, since]) => ({ name, seconds: Math.round((t - since) / 1000) }));
    let text = render(FLEET, { id: 'progress', params: { done, total, slow } }, lang);
    const width = stream.columns ?? 0;
    if (width > 1 && text.length > width - 1) text = `${text.slice(0, width - 2)}…`;
    return text;
  };
  // At a terminal the line is redrawn; forced into a file or pipe, a line is added at most every interval.
  const draw = (): unknown => stream.write(stream.isTTY ? `\r\u001b[2K${line()}` : `${line()}\n`);
  const timer = setInterval(draw, options.intervalMs ?? 250);
  timer.unref();
  return {
    planned: (count) => void (total += count),
    begin: (key) => void (running.has(key) || running.set(key, now())),
    end: (key) => {
      if (running.delete(key)) done++;
    },
    close: () => {
      clearInterval(timer);
      draw();
      if (stream.isTTY) stream.write('\n');
    },
  };
}
