import { showSpaces } from '../domain/similarity.js';
import { t, type ParamValue } from './rule.js';

/**
 * A list of any length as one message parameter, each item rendered in the report's language:
 * items are chained through the rule's join message (`head` + separator + `tail`), which the
 * rule defines under `joinKey` in every language.
 */
export function listParam(items: readonly ParamValue[], joinKey: string): ParamValue {
  if (items.length === 0) return '';
  let list = items[items.length - 1]!;
  for (let i = items.length - 2; i >= 0; i--) list = t(joinKey, { head: items[i]!, tail: list });
  return list;
}

/**
 * A value in double quotes as the user typed it, invisible characters shown (`·` a space at either
 * end or doubled, `⇥` a tab, `⍽` a no-break space, `\n` and other control characters escaped).
 * Unlike JSON quoting it keeps backslashes single, so a regular expression reads as written.
 */
export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${showSpaces(value).replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1))}"`;
}
