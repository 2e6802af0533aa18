/**
 * Finds English prose in a text meant to be Korean: what is left after removing what may stay
 * English (values in quotes, URLs, paths and positions, identifiers, codes, Campaign's English UI
 * labels given with a Korean gloss) must hold no run of four or more English words.
 */
export function englishRuns(text: string): string[] {
  const stripped = text
    .replace(/"[^"\n]*"|“[^”\n]*”|'[^'\n]*'|`[^`\n]*`/g, ' ')
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ')
    .replace(/(?:[\w.-]+\/)+[\w.-]+(?::\d+){0,2}/g, ' ')
    .replace(/\b[\w.-]+\.(?:xml|yaml|yml|json|csv|har|log|gz|md)\b(?::\d+){0,2}/gi, ' ')
    .replace(/\b[\w.-]+@[\w.-]+\b/g, ' ')
    .replace(/\b[A-Za-z]+[_.][\w.]+\b|\b[a-z]+[A-Z]\w*\b|\b[A-Z]{2,}[\w-]*\b|--?[a-z][\w-]*/g, ' ')
    .replace(/\b[a-z]+(?:-[a-z]+)+\b/g, ' ');
  const runs: string[] = [];
  for (const line of stripped.split('\n')) {
    for (const match of line.matchAll(/[A-Za-z]+(?:[ ,;:]+[A-Za-z]+){3,}/g)) runs.push(match[0]);
  }
  return runs;
}
