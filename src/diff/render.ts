import { formatFor, type Format } from '../i18n/catalogue.js';
import { DIFF } from '../i18n/diff.js';
import { FIX } from '../i18n/fix.js';
import type { Lang } from '../i18n/lang.js';
import type { CheckResult } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { summarize } from '../model/finding.js';
import type { BaselineOutcome, SideValue, SnapshotDiff } from './diff.js';

/** A value of a diff as text: quoted strings, lists, a secret as its fingerprint, a plane as its state. */
function shownValue(value: unknown, f: Format): string {
  if (typeof value === 'string') return f.v(value);
  if (typeof value === 'number') return f.n(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Array.isArray(value)) return `[${value.map((item) => shownValue(item, f)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.fingerprint === 'string' && typeof record.form === 'string')
      return f.say(DIFF, { id: 'secret', params: { fingerprint: record.fingerprint, form: record.form } });
    if (record.state === 'absent' || record.state === 'error') return f.say(DIFF, { id: 'planeState', params: { state: record.state } });
  }
  return JSON.stringify(value);
}

const sideText = (item: SideValue | null, f: Format): { value: string | null; at: string | null } =>
  item ? { value: shownValue(item.value, f), at: formatProvenance(item.at) || null } : { value: null, at: null };

/** `ims-doctor diff A B` as text. */
export function diffText(diff: SnapshotDiff, lang: Lang): string {
  const f = formatFor(lang);
  const lines = [f.say(DIFF, { id: 'title', params: { a: diff.a, b: diff.b } }), '', `${f.say(DIFF, { id: 'values' })}:`];
  if (diff.values.length === 0) lines.push(`  ${f.say(DIFF, { id: 'noValues' })}`);
  for (const item of diff.values) {
    const before = sideText(item.before, f);
    const after = sideText(item.after, f);
    lines.push(
      `  ${f.say(DIFF, { id: 'value', params: { plane: item.plane, instance: item.instance, key: item.key, before: before.value, beforeAt: before.at, after: after.value, afterAt: after.at } })}`,
    );
  }
  if (diff.findings) {
    for (const [id, findings] of [
      ['appeared', diff.findings.appeared],
      ['resolved', diff.findings.resolved],
    ] as const) {
      lines.push('', `${f.say(DIFF, { id })}:`);
      if (findings.length === 0) lines.push(`  ${f.say(DIFF, { id: 'noFindings' })}`);
      for (const finding of findings)
        lines.push(
          `  [${f.say(FIX, { id: 'mdStatus', params: { status: finding.status, suppressed: false } })}] ${finding.rule}${finding.instance ? ` (${finding.instance})` : ''}: ${finding.message}`,
        );
    }
  }
  lines.push('', `${f.say(DIFF, { id: 'access' })}:`);
  if (diff.access.length === 0) lines.push(`  ${f.say(DIFF, { id: 'noAccess' })}`);
  for (const item of diff.access) lines.push(`  ${f.say(DIFF, { id: 'accessItem', params: item })}`);
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
