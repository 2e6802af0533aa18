import { distance } from 'fastest-levenshtein';

export { distance as editDistance };

/** The candidate nearest to `value` within `maxDistance` edits, if any (ties: first wins). */
export function closest(
  value: string,
  candidates: Iterable<string>,
  maxDistance = Math.max(2, Math.floor(value.length / 3)),
): { value: string; distance: number } | undefined {
  let best: { value: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const d = distance(value, candidate);
    if (d <= maxDistance && (!best || d < best.distance)) best = { value: candidate, distance: d };
  }
  return best;
}

/** Collapses runs of whitespace (including no-break spaces) and trims: how people read names. */
export function normalizeSpaces(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Makes invisible characters visible in messages: `·` for a space at either end or doubled, `⇥` for a tab. */
export function showSpaces(value: string): string {
  return value
    .replace(/\t/g, '⇥')
    .replace(/\u00a0/g, '⍽')
    .replace(/ {2,}/g, (run) => '·'.repeat(run.length))
    .replace(/^ +| +$/g, (run) => '·'.repeat(run.length));
}
