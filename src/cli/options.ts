import { closest } from '../domain/similarity.js';
import { isLang, langFromEnv, type Lang } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';
import type { Rule } from '../rules/rule.js';
import { UsageError } from './exit.js';

export function resolveLang(value: string | undefined): Lang {
  if (value === undefined) return langFromEnv();
  // Told in the environment's language: the one asked for is not known.
  if (!isLang(value)) throw new UsageError(uiText(langFromEnv(), { id: 'langInvalid', params: { value } }));
  return value;
}

/** Text for people at a terminal, JSON when piped (pipelines read it): every command's default. */
export function interactiveDefault(): 'text' | 'json' {
  return process.stdout.isTTY ? 'text' : 'json';
}

export function useColor(): boolean {
  return !!process.stdout.isTTY && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && process.env.TERM !== 'dumb';
}

export function assertRuleIds(ids: string[], rules: readonly Rule[], lang: Lang): void {
  const known: string[] = rules.map((rule) => rule.id);
  for (const id of ids) {
    if (known.includes(id)) continue;
    const near = closest(id, known, 4);
    throw new UsageError(uiText(lang, { id: 'unknownRule', params: { rule: id, suggestion: near?.value ?? null, known } }));
  }
}

export function assertInstances(names: string[], known: string[], lang: Lang): void {
  for (const name of names) {
    if (!known.includes(name)) throw new UsageError(uiText(lang, { id: 'unknownInstance', params: { instance: name, known } }));
  }
}

/** `RULE` or `RULE@INSTANCE`. */
export function parseIgnore(values: string[]): { rule: string; instance?: string }[] {
  return values.map((value) => {
    const at = value.indexOf('@');
    return at === -1 ? { rule: value } : { rule: value.slice(0, at), instance: value.slice(at + 1) };
  });
}

export function collectRepeatable(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}
