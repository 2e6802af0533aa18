export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language the tool speaks; a missing language is a type error. */
export type Localized<P = Record<string, never>> = Record<Lang, (params: P) => string>;

/** The language from the environment, as POSIX orders it: LC_ALL, LC_MESSAGES, LANG. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ko([_.@-]|$)/i.test(value) ? 'ko' : 'en';
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** A table of texts, each in every language, rendered with named parameters. */
export type TextTable = Record<string, Record<Lang, (params: Record<string, string | number>) => string>>;

/** Renders one text of a table in one language. */
export function say<T extends TextTable>(table: T, lang: Lang, key: keyof T, params: Record<string, string | number> = {}): string {
  return table[key]![lang](params);
}
