export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** The language from the environment, as POSIX orders it: LC_ALL, LC_MESSAGES, LANG. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ko([_.@-]|$)/i.test(value) ? 'ko' : 'en';
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
