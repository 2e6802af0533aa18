import type { Context } from 'hono';
import { isLang, type Lang } from '../i18n/lang.js';

/** `?lang=` when the page says which (its switch), else the browser's first preference between en and ko. */
export function langOfRequest(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked !== undefined && isLang(asked)) return asked;
  return langOfAcceptLanguage(c.req.header('accept-language'));
}

export function langOfAcceptLanguage(header: string | undefined): Lang {
  const ranked = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = Number(/q=([\d.]+)/.exec(rest.join(';'))?.[1] ?? 1);
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const entry of ranked) {
    if (entry.tag === 'ko' || entry.tag.startsWith('ko-')) return 'ko';
    if (entry.tag === 'en' || entry.tag.startsWith('en-')) return 'en';
  }
  return 'en';
}
