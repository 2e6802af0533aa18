import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Lang } from '../i18n/lang.js';

let base: string | undefined;

/**
 * Where the per-rule pages (docs/rules/<id>.md, Korean twins <id>.ko.md) are read: the
 * IMS_DOCTOR_DOCS_URL environment variable (a hosted copy, ending in `/`), else the docs folder
 * shipped with this installation, as a file: URL. Found once, when a report first needs it.
 */
function docsBase(): string {
  if (base !== undefined) return base;
  const fromEnv = process.env.IMS_DOCTOR_DOCS_URL;
  if (fromEnv && /^https?:\/\/\S+\/$/.test(fromEnv)) return (base = fromEnv);
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (existsSync(candidate)) return (base = pathToFileURL(candidate).toString() + '/');
    dir = path.dirname(dir);
  }
  return (base = 'docs/rules/');
}

/** The documentation page of a rule in a language. */
export function ruleDocUrl(id: string, lang: Lang): string {
  return `${docsBase()}${id}${lang === 'ko' ? '.ko' : ''}.md`;
}
