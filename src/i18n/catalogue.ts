import type { Provenance } from '../model/provenance.js';
import { formatProvenance } from '../model/provenance.js';
import { showSpaces } from '../domain/similarity.js';
import type { Lang } from './lang.js';

/**
 * Typed message catalogues. A catalogue is a table of `{ en, ko }` renderers; the parameter type of
 * each entry is inferred from its English renderer, so a reference to an entry (`MessageRef`) must
 * name an existing key with exactly its parameters: a misspelt key, a missing or an extra
 * parameter is a compile error. Parameters are data (strings, numbers, unions of literals, lists,
 * provenance, references to other catalogues); sentences are made only here, at the edge.
 */

/** How a renderer writes values, bound to one language. */
export interface Format {
  readonly lang: Lang;
  /** A value quoted from an input, in double quotes, invisible characters marked (`·` a space at either end or doubled). */
  v(value: string): string;
  /** A value the user is asked to type or paste: exact, in double quotes, never marked. */
  code(value: string): string;
  /** Items joined the language's way ("a, b, and c" / "a, b 및 c"), as Intl.ListFormat joins them. */
  list(items: readonly string[], type?: 'and' | 'or'): string;
  /**
   * A list part: the things a message enumerates (users, profiles, groups, operators), which each
   * reporter lays out its own way (text: one bullet per line; HTML: a list; Markdown: "- " lines).
   * Written here, and in JSON, SARIF and JUnit, as a sentence's list: "a, b, and 3 more" / "a, b 외 3명".
   * `tail.total` counts every item, shown or not; `tail.unit` picks the Korean counter (명 or 개).
   * Put it last in its sentence (a reporter drops the punctuation right after a laid-out list).
   */
  items(items: readonly string[], tail?: ListTail): string;
  /** The form for n, as Intl.PluralRules chooses it ("1 warning", "2 warnings"; Korean has one form). */
  plural(n: number, forms: { one: string; other: string }): string;
  /** A number written the language's way. */
  n(value: number): string;
  /** Where a value came from: `file:line:col` or the endpoint. */
  at(where: Provenance): string;
  /** An entry of any catalogue, in this language. */
  say<C extends AnyCatalogue>(catalogue: C, ref: MessageRef<C>): string;
}

/** How many items a list part has in all, and what they count (the Korean counter of "외 N명/개"). */
export interface ListTail {
  total: number;
  unit: 'people' | 'things';
}

export type Renderer<P> = (params: P, f: Format) => string;

export interface Entry<P> {
  readonly en: Renderer<P>;
  readonly ko: Renderer<P>;
}

// `never` as the parameter makes every entry assignable: renderers are contravariant in their parameters.
export type AnyCatalogue = { readonly [id: string]: Entry<never> };

export type ParamsOf<E> = E extends Entry<infer P> ? P : never;

/** A reference to one entry of catalogue C with exactly its parameters (optional when it takes none). */
export type MessageRef<C> = {
  [K in keyof C & string]: C[K] extends Entry<infer P>
    ? // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` tests "takes no parameter"
      {} extends P
      ? { id: K; params?: P }
      : { id: K; params: P }
    : never;
}[keyof C & string];

/**
 * Declares a catalogue. Annotate the English renderer's parameters (`(p: { name: string }, f: Format) =>`);
 * the Korean one is typed from it.
 */
export function catalogue<T>(entries: { [K in keyof T]: Entry<T[K]> }): { readonly [K in keyof T]: Entry<T[K]> } {
  return entries;
}

/** Renders one entry in one language. */
export function render<C extends AnyCatalogue>(table: C, ref: MessageRef<C>, lang: Lang): string {
  return renderWith(table, ref, formatFor(lang));
}

/** Renders one entry with a given format (a reporter's own, e.g. one that leaves placeholders). */
export function renderWith<C extends AnyCatalogue>(table: C, ref: MessageRef<C>, f: Format): string {
  const entry = table[ref.id] as Entry<unknown> | undefined;
  if (!entry) throw new Error(`message "${ref.id}" is not defined`);
  return entry[f.lang]((ref as { params?: unknown }).params ?? {}, f);
}

/** Marks invisible characters and escapes control characters; backslashes stay single, so a regex reads as written. */
export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
  return `"${showSpaces(value).replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1))}"`;
}

/** A value to paste: exact, only control characters escaped so the line stays one line. */
export function exact(value: string): string {
  // eslint-disable-next-line no-control-regex -- see shown()
  return `"${value.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1))}"`;
}

// Intl.ListFormat, PluralRules and NumberFormat give the same results for these two languages,
// but the first Intl object of a process loads ICU data (50–80 ms, a fifth of a `check`): the
// rules of en and ko are a few lines, and ICU is asked only for what they do not cover.
const WORDS: Record<Lang, { and: string; or: string; serial: string }> = {
  en: { and: ' and ', or: ' or ', serial: ',' },
  ko: { and: ' 및 ', or: ' 또는 ', serial: '' },
};

/** "a", "a and b", "a, b, and c" (en) / "a 및 b", "a, b 및 c" (ko). */
function joinList(lang: Lang, items: readonly string[], type: 'and' | 'or'): string {
  const words = WORDS[lang];
  if (items.length <= 2) return items.join(words[type]);
  return `${items.slice(0, -1).join(', ')}${words.serial}${words[type]}${items[items.length - 1]!}`;
}

/** "and 3 more" / "외 3명": the tail of a list part, or '' when every item is shown. */
export function moreText(lang: Lang, shownCount: number, tail: ListTail | undefined): string {
  const more = tail ? tail.total - shownCount : 0;
  if (more <= 0) return '';
  return lang === 'ko' ? `외 ${writeNumber(lang, more)}${tail!.unit === 'people' ? '명' : '개'}` : `and ${writeNumber(lang, more)} more`;
}

/** A list part as a sentence's list: "a, b, and 3 more" (en) / "a, b 외 3명" (ko). */
export function itemsSentence(lang: Lang, items: readonly string[], tail?: ListTail): string {
  return joinWithMore(lang, items, moreText(lang, items.length, tail));
}

/** Items and an already written tail ("and 3 more", "외 3명", or '') as one sentence's list. */
export function joinWithMore(lang: Lang, items: readonly string[], more: string): string {
  if (!more) return joinList(lang, items, 'and');
  return lang === 'ko' ? `${joinList(lang, items, 'and')} ${more}` : joinList(lang, [...items, more.replace(/^and /, '')], 'and');
}

const fractions: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** Both languages group digits by three with a comma; ICU only for fractions, which few messages have. */
function writeNumber(lang: Lang, value: number): string {
  if (Number.isSafeInteger(value)) return (value < 0 ? '-' : '') + String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  fractions[lang] ??= new Intl.NumberFormat(lang);
  return fractions[lang].format(value);
}

const formats = new Map<Lang, Format>();

/** The plain-text format of a language (one per language, built once). */
export function formatFor(lang: Lang): Format {
  let format = formats.get(lang);
  if (format) return format;
  format = {
    lang,
    v: shown,
    code: exact,
    list: (items, type = 'and') => joinList(lang, items, type),
    // English "one" is exactly 1 (Intl.PluralRules('en') agrees); Korean nouns do not inflect.
    items: (items, tail) => itemsSentence(lang, items, tail),
    plural: (n, forms) => (lang === 'en' && n === 1 ? forms.one : forms.other),
    n: (value) => writeNumber(lang, value),
    at: formatProvenance,
    say: (table, ref) => renderWith(table, ref, format!),
  };
  formats.set(lang, format);
  return format;
}
