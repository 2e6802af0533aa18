import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFor } from '../../src/i18n/catalogue.js';
import type { Lang } from '../../src/i18n/lang.js';

// formatFor writes lists, plurals and numbers without ICU (its data costs a fifth of a check's
// start-up); this pins that it writes exactly what Intl writes for both languages.
const LANGS: Lang[] = ['en', 'ko'];
const LISTS = [[], ['campaign - acme - delivery'], ['prod', 'stage'], ['a', 'b', 'c'], ['한', '두', '세', '네']];
const NUMBERS = [0, 1, 2, 7, 999, 1000, 15_000, 1_000_000, -1234, 1234567890, 2.5, 0.125, 1234.5678];

for (const lang of LANGS) {
  test(`formatFor('${lang}') joins lists as Intl.ListFormat does`, () => {
    const f = formatFor(lang);
    for (const type of ['and', 'or'] as const) {
      const intl = new Intl.ListFormat(lang, { type: type === 'and' ? 'conjunction' : 'disjunction' });
      for (const items of LISTS) assert.equal(f.list(items, type), intl.format(items), `${type} ${JSON.stringify(items)}`);
    }
  });

  test(`formatFor('${lang}') chooses plural forms and writes numbers as Intl does`, () => {
    const f = formatFor(lang);
    const plurals = new Intl.PluralRules(lang);
    const numbers = new Intl.NumberFormat(lang);
    for (const n of NUMBERS) {
      assert.equal(f.plural(n, { one: 'one', other: 'other' }), plurals.select(n) === 'one' ? 'one' : 'other', `plural ${n}`);
      assert.equal(f.n(n), numbers.format(n), `number ${n}`);
    }
  });
}
