import { formatFor, type Format } from '../i18n/catalogue.js';
import { DIFF } from '../i18n/diff.js';
import { FIX } from '../i18n/fix.js';
import type { Lang } from '../i18n/lang.js';
import type { CheckResult } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { summarize } from '../model/finding.js';
import type { SecretRef } from '../model/secret.js';
import { hang, padEnd, viewWidth, widest } from '../reporters/layout.js';
import type { BaselineOutcome, SideValue, SnapshotDiff, ValueChange } from './diff.js';

/** A value of a diff as text: quoted strings, lists, a secret as its fingerprint, a plane as its state. */
function shownValue(value: unknown, f: Format): string {
  if (typeof value === 'string') return f.v(value);
  if (typeof value === 'number') return f.n(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Array.isArray(value)) return `[${value.map((item) => shownValue(item, f)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.fingerprint === 'string' && typeof record.form === 'string' && isSecretForm(record.form))
      return f.say(DIFF, { id: 'secret', params: { fingerprint: record.fingerprint, form: record.form } });
    if (record.state === 'absent' || record.state === 'error') return f.say(DIFF, { id: 'planeState', params: { state: record.state } });
  }
  return JSON.stringify(value);
}

const SECRET_FORMS: readonly string[] = ['plain', 'campaign-encrypted', 'empty', 'not-exported'] satisfies SecretRef['form'][];
const isSecretForm = (form: string): form is SecretRef['form'] => SECRET_FORMS.includes(form);

/** The value diff.ts records for a record that simply exists (an account, a scope, a URL entry, a profile). */
const PRESENT = 'present';

/** One changed value: what and where, then each side on its own line with where it was read. */
function valueLines(item: ValueChange, f: Format, width: number): string[] {
  const lines = hang('  ', f.say(DIFF, { id: 'valueHeading', params: { plane: item.plane, instance: item.instance, key: item.key } }), width, '      ');
  const at = (side: SideValue): string => {
    const where = formatProvenance(side.at);
    return where ? ` ${where}` : '';
  };
  // A record on one side only is added or removed: there is no value to compare.
  const presence = (item.before?.value ?? PRESENT) === PRESENT && (item.after?.value ?? PRESENT) === PRESENT;
  if (presence && (item.before === null || item.after === null)) {
    const side = (item.after ?? item.before)!;
    lines.push(...hang('      ', `${f.say(DIFF, { id: item.after ? 'added' : 'removed' })}${at(side)}`, width, '        '));
    return lines;
  }
  const labels = [f.say(DIFF, { id: 'before' }), f.say(DIFF, { id: 'after' })];
  const labelWidth = widest(labels);
  for (const [index, side] of [item.before, item.after].entries()) {
    const text = side ? `${shownValue(side.value, f)}${at(side)}` : f.say(DIFF, { id: 'none' });
    lines.push(...hang(`      ${padEnd(labels[index]!, labelWidth)} `, text, width, ' '.repeat(labelWidth + 7)));
  }
  return lines;
}

/** A side's name in the heading: the snapshot file when a saved snapshot was given, else the workspace file. */
const snapshotOf = (name: string, workspace: string): string | null => (name === workspace ? null : workspace);

/** `ims-doctor diff A B` as text, wrapped to the terminal. */
export function diffText(diff: SnapshotDiff, lang: Lang, options: { width?: number } = {}): string {
  const f = formatFor(lang);
  const width = viewWidth(options.width);
  const title = f.say(DIFF, {
    id: 'title',
    params: { a: diff.a, b: diff.b, aSnapshotOf: snapshotOf(diff.a, diff.workspaces.a), bSnapshotOf: snapshotOf(diff.b, diff.workspaces.b) },
  });
  const lines = [...hang('', title, width, '  '), '', `${f.say(DIFF, { id: 'values' })}:`];
  if (diff.values.length === 0) lines.push(`  ${f.say(DIFF, { id: 'noValues' })}`);
  for (const item of diff.values) lines.push(...valueLines(item, f, width));
  if (diff.findings) {
    for (const [id, findings] of [
      ['appeared', diff.findings.appeared],
      ['resolved', diff.findings.resolved],
    ] as const) {
      lines.push('', `${f.say(DIFF, { id })}:`);
      if (findings.length === 0) lines.push(`  ${f.say(DIFF, { id: 'noFindings' })}`);
      for (const finding of findings) {
        const status = f.say(FIX, { id: 'mdStatus', params: { status: finding.status, suppressed: false } });
        lines.push(...hang(`  [${status}] `, `${finding.rule}${finding.instance ? ` (${finding.instance})` : ''}: ${finding.message}`, width, '    '));
      }
    }
  }
  lines.push('', `${f.say(DIFF, { id: 'access' })}:`);
  if (diff.access.length === 0) lines.push(...hang('  ', f.say(DIFF, { id: 'noAccess' }), width, '    '));
  for (const item of diff.access) lines.push(...hang('  ', f.say(DIFF, { id: 'accessItem', params: item }), width, '    '));
  return `${lines.join('\n')}\n`;
}

/**
 * The result `check --baseline` reports: only the new findings (and the unreadable sources), with
 * the summary recomputed, so every reporter renders it as it renders a check.
 */
export function baselineResult(current: CheckResult, outcome: BaselineOutcome): CheckResult {
  return { ...current, findings: outcome.newFindings, summary: summarize(outcome.newFindings) };
}

export function baselineSummary(outcome: BaselineOutcome, lang: Lang): string {
  return formatFor(lang).say(DIFF, { id: 'baselineNew', params: { count: outcome.newFindings.length, known: outcome.known.length } });
}
