import { showSpaces } from '../domain/similarity.js';
import type { ParamValue, RenderedParams } from './legacy.js';

/**
 * A list of any length as one message parameter, each item a message of the rule rendered in the
 * report's language. Items are chained: each receives the rest of the list as its `next`
 * parameter and renders it with `rest(p)`, so no message is pure punctuation.
 */
export function listParam(items: readonly ParamValue[]): ParamValue {
  let list: ParamValue = '';
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (typeof item !== 'object') throw new Error('listParam items are messages: build them with t()');
    list = { t: item.t, params: { ...item.params, next: list } };
  }
  return list;
}

/** The rest of a list inside a list item's message: the separator, then the next items; '' after the last. */
export function rest(p: RenderedParams, separator = '; '): string {
  return p.next ? `${separator}${p.next}` : '';
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
