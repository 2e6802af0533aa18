import { NEAR_MISS_TRANSLATED_MIN_ASCII_SHARE, NEAR_MISS_TYPO_CHARS_PER_EDIT, NEAR_MISS_TYPO_MIN_EDITS, NEAR_MISS_TYPO_MIN_LENGTH } from './facts.js';
import { editDistance } from './similarity.js';

/**
 * Why a value that should equal another does not, when the difference is one people make by hand:
 * - `edgeSpaces`: spaces (or tabs, no-break spaces) before or after, as a copy-paste leaves them;
 * - `spaces`: spaces inside;
 * - `case`: upper/lower case only;
 * - `spacesAndCase`: both;
 * - `translated`: the value was translated (non-ASCII letters where the ASCII value is expected,
 *   as in the Korean edition of the checklist, `dma_campaign_클래식`);
 * - `typo`: a few letters differ.
 */
export type NearMiss = 'edgeSpaces' | 'spaces' | 'case' | 'spacesAndCase' | 'translated' | 'typo';

const SPACE = /[\s\u00a0\u200b\ufeff]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this matches
const NON_ASCII = /[^\x00-\x7f]/;

/** The kind of near miss `found` is of `expected`, or undefined when they are equal or simply different. */
export function nearMiss(found: string, expected: string): NearMiss | undefined {
  if (found === expected) return undefined;
  const trim = (value: string): string => value.replace(/^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b\ufeff]+$/g, '');
  const squeeze = (value: string): string => value.replace(SPACE, '');
  if (trim(found) === trim(expected)) return 'edgeSpaces';
  if (squeeze(found) === squeeze(expected)) return 'spaces';
  if (found.toLowerCase() === expected.toLowerCase()) return 'case';
  if (squeeze(found).toLowerCase() === squeeze(expected).toLowerCase()) return 'spacesAndCase';
  if (NON_ASCII.test(found) && !NON_ASCII.test(expected)) {
    const ascii = found.split(NON_ASCII)[0] ?? '';
    if (ascii.length >= expected.length * NEAR_MISS_TRANSLATED_MIN_ASCII_SHARE && expected.startsWith(ascii)) return 'translated';
  }
  const a = found.trim().toLowerCase();
  const b = expected.trim().toLowerCase();
  // Short values are too easily 'close': two letters make another word.
  if (b.length >= NEAR_MISS_TYPO_MIN_LENGTH && editDistance(a, b) <= Math.max(NEAR_MISS_TYPO_MIN_EDITS, Math.floor(b.length / NEAR_MISS_TYPO_CHARS_PER_EDIT)))
    return 'typo';
  return undefined;
}
