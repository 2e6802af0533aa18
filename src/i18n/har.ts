import { catalogue, type Format } from './catalogue.js';

/**
 * Texts of `ims-doctor har` that are no rule's (the text view's labels). What the browser sent is
 * judged by the rules themselves (as-sent overlay); the rest of har's texts are in diagnose.ts.
 */

export const HAR_TEXTS = catalogue({
  ruleTag: { en: (p: { rules: string[] }, f: Format) => `rule ${f.list(p.rules)}`, ko: (p, f) => `규칙: ${f.list(p.rules)}` },
});
