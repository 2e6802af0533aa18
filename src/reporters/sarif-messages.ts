import { exact, formatFor, renderWith, shown, type AnyCatalogue, type Format, type MessageRef } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';

/**
 * SARIF's way of keeping messages as data: a rule's `messageStrings` hold templates with `{0}`,
 * `{1}`… placeholders, and a result names one with `message.id` and fills it with `arguments`.
 * The template of a finding is its catalogue entry rendered with each text parameter replaced by a
 * placeholder; it is used only when filling it gives back exactly the finding's message. Entries
 * whose wording depends on more than their text parameters (a near-miss kind, a list) may give
 * several templates: the first keeps the message id, the others get `id~2`, `id~3`….
 */
export interface SarifMessage {
  template: string;
  arguments: string[];
}

const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

export function sarifTemplate(messages: AnyCatalogue, id: string, params: Record<string, unknown>, lang: Lang, text: string): SarifMessage | undefined {
  if (!(id in messages)) return undefined;
  const raw: string[] = [];
  const slotted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') slotted[name] = `${OPEN}${raw.push(value) - 1}${CLOSE}`;
    else slotted[name] = value;
  }
  // How each argument is shown; a placeholder shown two ways cannot be one argument.
  const shownAs: (((value: string) => string) | undefined)[] = [];
  let conflict = false;
  const mark = (value: string, form: (value: string) => string): string | undefined => {
    const whole = new RegExp(`^${OPEN}(\\d+)${CLOSE}$`).exec(value);
    if (!whole) return undefined;
    const index = Number(whole[1]);
    if (shownAs[index] && shownAs[index] !== form) conflict = true;
    shownAs[index] = form;
    return `"${value}"`;
  };
  const base = formatFor(lang);
  const unquoted = (quote: (value: string) => string) => (value: string) => quote(value).slice(1, -1);
  const format: Format = {
    ...base,
    v: (value) => mark(value, unquoted(shown)) ?? base.v(value),
    code: (value) => mark(value, unquoted(exact)) ?? base.code(value),
    say: (table, ref) => renderWith(table, ref, format),
  };
  let template: string;
  try {
    template = renderWith(messages, { id, params: slotted } as MessageRef<AnyCatalogue>, format);
  } catch {
    return undefined;
  }
  if (conflict) return undefined;
  // SARIF writes a literal brace doubled (§3.11.5).
  template = template.replace(/[{}]/g, (brace) => brace + brace);
  const args = raw.map((value, index) => (shownAs[index] ?? ((plain: string) => plain))(value));
  // Placeholders in order of first use, numbered from 0.
  const order: number[] = [];
  template = template.replace(SLOT, (_all, index: string) => {
    let position = order.indexOf(Number(index));
    if (position === -1) position = order.push(Number(index)) - 1;
    return `{${position}}`;
  });
  const message = { template, arguments: order.map((index) => args[index]!) };
  return fill(message) === text ? message : undefined;
}

/** A template filled with its arguments, as a SARIF viewer does. */
export function fill(message: SarifMessage): string {
  return message.template.replace(/\{\{|\}\}|\{(\d+)\}/g, (all, index: string | undefined) => (index === undefined ? all[0]! : (message.arguments[Number(index)] ?? '')));
}
