import { joinWithMore, moreText, renderWith, type AnyCatalogue, type Format, type MessageRef } from '../i18n/catalogue.js';
import { COMMON } from '../i18n/common.js';
import type { Finding } from '../model/finding.js';
import { RULES } from '../rules/index.js';

/**
 * A finding's message as parts a reporter lays out: running text, and the list parts its catalogue
 * entry wrote with `f.items` (the users, profiles, operators it names), so that a terminal shows
 * them one per line, HTML as a list and Markdown as "- " lines, while JSON, SARIF and JUnit keep
 * the sentence the result carries. The parts are found by rendering the entry once more with a
 * format that marks each list part; they are used only when they give back exactly that sentence.
 */
export type MessagePart = { kind: 'text'; text: string } | { kind: 'list'; items: string[]; more: string };

// Private-use characters around a list part and between its items (html.ts uses U+E000–E003).
const OPEN = '\uE010';
const ITEM = '\uE011';
const TAIL = '\uE012';
const CLOSE = '\uE013';
const PART = /\uE010([^\uE010\uE013]*)\uE013/g;

/** `base` (plain, or a reporter's own, e.g. HTML's value marks) with its list parts marked. */
export function listLayout(base: Format): Format {
  const layout: Format = {
    ...base,
    items: (items, tail) => `${OPEN}${items.join(ITEM)}${TAIL}${moreText(base.lang, items.length, tail)}${CLOSE}`,
    say: (table, ref) => renderWith(table, ref, layout),
  };
  return layout;
}

/** The finding's message or remediation rendered again from its catalogue entry with format `f`; null when that cannot be done. */
export function renderAgain(finding: Finding, which: 'message' | 'remediation', f: Format): string | null {
  const id = which === 'message' ? finding.messageId : finding.remediationId;
  const params = which === 'message' ? finding.params : finding.remediationParams;
  if (!id) return null;
  const table: AnyCatalogue | undefined = id.startsWith('common:') ? COMMON : RULES.find((rule) => rule.id === finding.rule)?.messages;
  if (!table) return null;
  try {
    return renderWith(table, { id: id.replace(/^common:/, ''), params } as unknown as MessageRef<AnyCatalogue>, f);
  } catch {
    return null;
  }
}

/** A text rendered with listLayout, its list parts written as the plain format writes them. */
export function withListsJoined(rendered: string, lang: Format['lang']): string {
  return rendered.replace(PART, (_all, body: string) => {
    const [items, more] = body.split(TAIL) as [string, string];
    return joinWithMore(lang, items === '' ? [] : items.split(ITEM), more);
  });
}

/** A list this short (a few brief items, no "and N more") reads better inside its sentence. */
const INLINE_ITEMS = 3;
const INLINE_CHARACTERS = 60;

/**
 * A text rendered with listLayout as parts: a short list stays in its sentence; a longer one
 * becomes a list part, and the punctuation that ended the sentence right after it (". ", ";") is
 * dropped, since the list now ends its own block; the text before it keeps its colon.
 */
export function splitParts(rendered: string, lang: Format['lang']): MessagePart[] {
  const parts: MessagePart[] = [];
  let pending = '';
  let last = 0;
  const flush = (): void => {
    const trimmed = pending.trim();
    if (trimmed !== '') parts.push({ kind: 'text', text: trimmed });
    pending = '';
  };
  for (const match of rendered.matchAll(PART)) {
    pending += rendered.slice(last, match.index);
    last = match.index + match[0].length;
    const [body, more] = match[1]!.split(TAIL) as [string, string];
    const items = body === '' ? [] : body.split(ITEM);
    const inline = joinWithMore(lang, items, more);
    if (!more && items.length <= INLINE_ITEMS && inline.length <= INLINE_CHARACTERS) {
      pending += inline;
      continue;
    }
    flush();
    parts.push({ kind: 'list', items, more });
    const after = /^[.;,]?(?=\s|$)/.exec(rendered.slice(last));
    last += after ? after[0].length : 0;
  }
  pending += rendered.slice(last);
  flush();
  return parts;
}

/**
 * The message of a finding as parts, rendered with `base` (a reporter's own value marks stay in
 * the parts). `plain` turns `base`'s marks back into the result's text, to check the parts give
 * back exactly the finding's message; when they do not, the message is one text part.
 */
export function messageParts(
  finding: Finding,
  which: 'message' | 'remediation',
  base: Format,
  plain: (text: string) => string = (text) => text,
): MessagePart[] {
  const sentence = finding[which] ?? '';
  const rendered = renderAgain(finding, which, listLayout(base));
  if (rendered === null || plain(withListsJoined(rendered, base.lang)) !== sentence) return sentence === '' ? [] : [{ kind: 'text', text: sentence }];
  return splitParts(rendered, base.lang);
}
