import pc from 'picocolors';
import type { CauseVerdict, RankedCause } from '../analyzers/causes.js';
import type { Finding } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { formatFor } from '../i18n/catalogue.js';
import { uiText } from '../i18n/ui.js';
import { dxText } from '../i18n/diagnose.js';
import type { Lang } from '../i18n/lang.js';
import { block, hang, padEnd, widest } from './layout.js';

export type Colors = ReturnType<typeof pc.createColors>;

export function colors(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

const VERDICT_KEY: Record<CauseVerdict, 'statusConfirmed' | 'statusPossible' | 'statusUnchecked' | 'statusRuledOut' | 'statusManual'> = {
  confirmed: 'statusConfirmed',
  possible: 'statusPossible',
  unchecked: 'statusUnchecked',
  'ruled-out': 'statusRuledOut',
  manual: 'statusManual',
};

export function verdictLabel(lang: Lang, verdict: CauseVerdict): string {
  return dxText(lang, { id: VERDICT_KEY[verdict] });
}

export function paintVerdict(c: Colors, verdict: CauseVerdict, text: string): string {
  switch (verdict) {
    case 'confirmed':
      return c.bold(c.red(text));
    case 'possible':
      return c.bold(c.yellow(text));
    case 'ruled-out':
      return c.green(text);
    default:
      return c.dim(text);
  }
}

/** A rule finding as `check` shows it: message, evidence with where it was read, fix; wrapped under `indent`. */
export function findingLines(c: Colors, lang: Lang, finding: Finding, indent: string, width: number): string[] {
  const lines = hang(`${indent}${c.dim('–')} `, `${finding.instance ? c.dim(`[${finding.instance}]`) + ' ' : ''}${finding.message}`, width, `${indent}  `);
  if (finding.status === 'pass' || finding.status === 'skip') return lines;
  // Values as `check` prints them: quoted, backslashes single (a regex reads as written), odd spaces marked.
  const f = formatFor(lang);
  for (const item of finding.evidence) {
    const where = formatProvenance(item.at);
    lines.push(...hang(`${indent}    ${c.dim('•')} `, `${item.label}: ${f.v(item.value)}${where ? ` ${c.dim(where)}` : ''}`, width, `${indent}      `));
  }
  if (finding.remediation) lines.push(...hang(`${indent}    ${c.bold(uiText(lang, { id: 'fixLabel' }))}: `, finding.remediation, width, `${indent}      `));
  return lines;
}

/** Ranked causes, aligned by display width: verdict, rule or action id, title, then why, findings and steps. */
export function causeLines(c: Colors, lang: Lang, causes: RankedCause[], indent: string, width: number): string[] {
  const labelWidth = widest(causes.map((cause) => verdictLabel(lang, cause.verdict)));
  const lines: string[] = [];
  const inner = indent + ' '.repeat(labelWidth + 2);
  for (const cause of causes) {
    const label = padEnd(verdictLabel(lang, cause.verdict), labelWidth);
    const where = cause.instances.length > 0 ? ` ${c.dim(`(${dxText(lang, { id: 'onInstances', params: { instances: cause.instances } })})`)}` : '';
    lines.push(...hang(`${indent}${paintVerdict(c, cause.verdict, label)}  `, `${c.cyan(cause.id)}  ${cause.title}${where}`, width, inner));
    lines.push(...block(cause.why, width, inner, inner, c.dim));
    for (const finding of cause.findings) lines.push(...findingLines(c, lang, finding, inner, width));
    cause.steps.forEach((step, index) => lines.push(...hang(`${inner}${index + 1}. `, step, width, `${inner}   `)));
  }
  return lines;
}

export function problemLines(c: Colors, lang: Lang, problems: { file: string; line?: number; column?: number; message: string }[], width: number): string[] {
  if (problems.length === 0) return [];
  return [
    c.bold(c.red(uiText(lang, { id: 'problemsHeading' }))),
    ...problems.flatMap((problem) => hang('  ', `${formatProvenance(problem)}: ${problem.message}`, width, '    ')),
    '',
  ];
}
