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
  /** Items joined the language's way ("a, b and c" / "a, b 및 c"), by Intl.ListFormat. */
  list(items: readonly string[], type?: 'and' | 'or'): string;
  /** The form for n, chosen by Intl.PluralRules ("1 warning", "2 warnings"). */
  plural(n: number, forms: { one: string; other: string }): string;
  /** A number written the language's way. */
  n(value: number): string;
  /** Where a value came from: `file:line:col` or the endpoint. */
  at(where: Provenance): string;
  /** An entry of any catalogue, in this language. */
  say<C extends AnyCatalogue>(catalogue: C, ref: MessageRef<C>): string;
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

const LOCALES: Record<Lang, string> = { en: 'en', ko: 'ko' };
const formats = new Map<Lang, Format>();

/** The plain-text format of a language (one per language, built once). */
export function formatFor(lang: Lang): Format {
  let format = formats.get(lang);
  if (format) return format;
  const locale = LOCALES[lang];
  const and = new Intl.ListFormat(locale, { type: 'conjunction' });
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  format = {
    lang,
    v: shown,
    code: exact,
    list: (items, type = 'and') => (type === 'or' ? or : and).format(items),
    plural: (n, forms) => (plurals.select(n) === 'one' ? forms.one : forms.other),
    n: (value) => numbers.format(value),
    at: formatProvenance,
    say: (table, ref) => renderWith(table, ref, format!),
  };
  formats.set(lang, format);
  return format;
}
