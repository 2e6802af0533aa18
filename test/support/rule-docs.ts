import type { Lang } from '../../src/i18n/lang.js';
import type { Rule } from '../../src/rules/rule.js';
import { renderedMessages, type RuleCase } from './rule-tester.js';

export const BLOCK_START = '<!-- messages: generated from test/rules/<id>.cases.ts by `npm run docs:rules`; edit the rule, not this block -->';
export const BLOCK_END = '<!-- /messages -->';

/** The "Messages" block of a rule's page: every message of its catalogue, rendered from the rule's own cases. */
export function messagesBlock(rule: Rule, cases: readonly RuleCase[], lang: Lang): string {
  const rendered = renderedMessages(rule, cases);
  const lines = [BLOCK_START.replace('<id>', rule.id), ''];
  for (const id of Object.keys(rule.messages)) {
    const text = rendered.get(id)?.[lang];
    lines.push(`- \`${id}\`: ${text ?? '(no case renders this message)'}`);
  }
  lines.push('', BLOCK_END);
  return lines.join('\n');
}

/** The page with its messages block replaced (or appended when it has none). */
export function withMessagesBlock(page: string, block: string): string {
  const start = page.indexOf('<!-- messages:');
  const end = page.indexOf(BLOCK_END);
  if (start === -1 || end === -1) return `${page.trimEnd()}\n\n${block}\n`;
  return page.slice(0, start) + block + page.slice(end + BLOCK_END.length);
}
