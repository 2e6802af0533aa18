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
const SHOWN = '\u{E002}';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}|${SHOWN}(\\d+)${CLOSE}`, 'g');

export function sarifTemplate(messages: AnyCatalogue, id: string, params: Record<string, unknown>, lang: Lang, text: string): SarifMessage | undefined {
  if (!(id in messages)) return undefined;
  const names = Object.keys(params).filter((name) => typeof params[name] === 'string');
  const all = templateWith(messages, id, params, new Set(names), lang);
  if (all && fill(all) === text) return all;
  // A renderer that computes on a value (its length, a part of it) cannot take a placeholder for it:
  // keep as placeholders only the parameters that still give the exact text, the others stay written out.
  const kept = new Set<string>();
  for (const name of names) {
    const trial = templateWith(messages, id, params, new Set([...kept, name]), lang);
    if (trial && fill(trial) === text) kept.add(name);
  }
  const message = templateWith(messages, id, params, kept, lang);
  return message && fill(message) === text ? message : undefined;
}

function templateWith(messages: AnyCatalogue, id: string, params: Record<string, unknown>, slots: Set<string>, lang: Lang): SarifMessage | undefined {
  const raw: string[] = [];
  const slotted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && slots.has(name)) slotted[name] = `${OPEN}${raw.push(value) - 1}${CLOSE}`;
    else slotted[name] = value;
  }
  // A value quoted by f.v or f.code becomes an argument shown that way; each use is an argument of its own.
  const shownValues: string[] = [];
  const mark = (value: string, quote: (value: string) => string): string | undefined => {
    const whole = new RegExp(`^${OPEN}(\\d+)${CLOSE}$`).exec(value);
    if (!whole) return undefined;
    const index = shownValues.push(quote(raw[Number(whole[1])]!).slice(1, -1)) - 1;
    return `"${SHOWN}${index}${CLOSE}"`;
  };
  const base = formatFor(lang);
  const format: Format = {
    ...base,
    v: (value) => mark(value, shown) ?? base.v(value),
    code: (value) => mark(value, exact) ?? base.code(value),
    say: (table, ref) => renderWith(table, ref, format),
  };
  let template: string;
  try {
    template = renderWith(messages, { id, params: slotted } as MessageRef<AnyCatalogue>, format);
  } catch {
    return undefined;
  }
  // SARIF writes a literal brace doubled (§3.11.5); placeholders are numbered in order of use.
  const args: string[] = [];
  template = template
    .replace(/[{}]/g, (brace) => brace + brace)
    .replace(SLOT, (_all, plain: string | undefined, quoted: string | undefined) => {
      args.push(plain !== undefined ? raw[Number(plain)]! : shownValues[Number(quoted)]!);
      return `{${args.length - 1}}`;
    });
  return { template, arguments: args };
}

/** A template filled with its arguments, as a SARIF viewer does. */
export function fill(message: SarifMessage): string {
  return message.template.replace(/\{\{|\}\}|\{(\d+)\}/g, (all, index: string | undefined) =>
    index === undefined ? all[0]! : (message.arguments[Number(index)] ?? ''),
  );
}
