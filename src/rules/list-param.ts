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
