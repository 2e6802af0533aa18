import { CAMPAIGN_SCOPE_SEPARATOR } from './facts.js';
import { SCOPE_SEPARATORS } from './ims-flow.js';
import { closest } from './similarity.js';

/**
 * Scopes, in one place: how a scope text splits into names, and whether names are a subset of
 * those IMS provisioned. The scope rule (configuration, live and as sent) and the HAR analysis use these.
 */

/** Where people slip other separators between scopes: semicolons, spaces, tabs, no-break spaces. */
const ANY_SEPARATOR = /[,;\s\u00a0]+/;

/**
 * The scope names in a text. `ims`: as IMS reads a `scope` parameter (commas or spaces between
 * names, facts SCOPE_SEPARATORS); `meant`: what a person meant, whatever they separated the names with.
 */
export function scopeNames(text: string, read: 'ims' | 'meant' = 'ims'): string[] {
  return text.split(read === 'ims' ? SCOPE_SEPARATORS : ANY_SEPARATOR).filter((name) => name !== '');
}

/** The items of Campaign's scope field as Campaign sends them: split on its separator, nothing trimmed ([I]). */
export function campaignScopeItems(raw: string): string[] {
  return raw.split(CAMPAIGN_SCOPE_SEPARATOR);
}

/** Why a scope name is not among those provisioned: another case of one, a typo of one, or unknown. */
export type ScopeMiss =
  | { name: string; kind: 'case'; provisioned: string }
  | { name: string; kind: 'typo'; provisioned: string; distance: number }
  | { name: string; kind: 'unknown' };

/** Each distinct name that IMS did not provision (IMS compares scope names exactly), in order, with its nearest provisioned scope. */
export function unprovisionedScopes(names: readonly string[], provisioned: readonly string[]): ScopeMiss[] {
  const misses: ScopeMiss[] = [];
  for (const name of new Set(names)) {
    if (provisioned.includes(name)) continue;
    const sameLetters = provisioned.find((item) => item.toLowerCase() === name.toLowerCase());
    if (sameLetters !== undefined) {
      misses.push({ name, kind: 'case', provisioned: sameLetters });
      continue;
    }
    const near = closest(name, provisioned);
    misses.push(near ? { name, kind: 'typo', provisioned: near.value, distance: near.distance } : { name, kind: 'unknown' });
  }
  return misses;
}

/** True when two lists hold the same scope names, in any order (IMS reads the scope as a set). */
export function sameScopeSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((name) => right.has(name));
}
