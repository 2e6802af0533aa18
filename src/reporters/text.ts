import pc from 'picocolors';
import type { CheckResult, Finding, Status } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { formatFor, shown } from '../i18n/catalogue.js';
import { uiText, type UiRef } from '../i18n/ui.js';
import { messageParts } from './message-parts.js';
import { viewWidth, wrap } from './layout.js';
import { byTriageOrder, groupByInstance, STATUS_KEY, STATUS_ORDER, worstStatus } from './shared.js';

export interface TextOptions {
  color: boolean;
  /** Columns to wrap to; default: the terminal's, else COLUMNS, else 100. */
  width?: number;
  /** Details of passes, skips and suppressed findings too. */
  verbose?: boolean;
}

const MARK: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗', skip: '–', error: '✗' };
const SPACE_MARK = '·';

/**
 * For people at a terminal, as `flutter doctor` reads: the summary, one line per instance × rule
 * (✓ ✗ ! –), then the details of failures and warnings only, then the summary again. Wrapped to
 * the terminal with hanging indents; a fix said once is not repeated.
 */
export function renderText(result: CheckResult, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const { lang } = result;
  const say = (ref: UiRef): string => uiText(lang, ref);
  const width = viewWidth(options.width);
  const paint: Record<Status, (text: string) => string> = { pass: c.green, warn: c.yellow, fail: c.red, skip: c.dim, error: c.magenta };
  const out: string[] = [];
  // Colour is applied to whole lines or to their leading mark, after wrapping: widths are of plain text.
  const push = (lines: string[], style: (text: string) => string = (text) => text): void => {
    for (const line of lines) out.push(style(line));
  };
  const summary = say({ id: 'summaryLine', params: { ...result.summary } });
  push(wrap(say({ id: 'heading', params: { workspace: result.workspace } }), width, ''), c.bold);
  push(wrap(summary, width, ''), c.bold);
  out.push('');

  const groups = groupByInstance(result);
  const groupName = (instance: string | null, role?: string): string =>
    instance === null ? say({ id: 'workspaceHeading' }) : role ? say({ id: 'instanceHeading', params: { name: instance, role } }) : instance;

  // The per-rule block: one line per instance × rule, its worst status among the findings not suppressed.
  push([say({ id: 'checksHeading' })], c.bold);
  for (const group of groups) {
    push(wrap(groupName(group.instance, group.role), width, '  '), c.bold);
    const rules: string[] = [];
    for (const finding of group.findings) if (!rules.includes(finding.rule)) rules.push(finding.rule);
    const lines = rules.map((rule) => {
      const findings = group.findings.filter((finding) => finding.rule === rule);
      const counted = findings.filter((finding) => !finding.suppressed);
      const status = worstStatus(counted);
      const count = (s: Status): number => counted.filter((finding) => finding.status === s).length;
      const problems = count('fail') + count('warn') + count('error');
      const notes: string[] = [];
      if (problems > 1) notes.push(say({ id: 'ruleProblemCount', params: { fail: count('fail'), warn: count('warn'), error: count('error') } }));
      if (counted.length === 0) notes.push(say({ id: 'suppressedLabel' }));
      return { rule, status, text: `${findings[0]!.title} (${rule})${notes.length > 0 ? ` — ${notes.join(', ')}` : ''}` };
    });
    lines.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    for (const line of lines) {
      const [head, ...tail] = wrap(line.text, width, '      ', '        ');
      out.push(`    ${paint[line.status](MARK[line.status])} ${head!.slice(6)}`);
      push(tail);
    }
  }
  out.push('');

  // Details: failures, warnings and errors (everything with -v), by instance, problems first.
  // A skip says why a check could not run and what to do next: its message and fix, not its evidence.
  const detailed = (finding: Finding): boolean =>
    options.verbose === true || (!finding.suppressed && ['error', 'fail', 'warn', 'skip'].includes(finding.status));
  const brief = (finding: Finding): boolean => options.verbose !== true && finding.status === 'skip';
  const fixes = new Map<string, Finding>();
  let headed = false;
  for (const group of groups) {
    const findings = group.findings.filter(detailed).sort(byTriageOrder);
    if (findings.length === 0) continue;
    if (!headed) push([say({ id: options.verbose ? 'detailsVerboseHeading' : 'detailsHeading' })], c.bold);
    headed = true;
    push(wrap(groupName(group.instance, group.role), width, '  '), c.bold);
    for (const finding of findings) {
      const label = say({ id: STATUS_KEY[finding.status] });
      const style = finding.suppressed ? c.dim : (text: string): string => c.bold(paint[finding.status](text));
      const [head, ...tail] = wrap(`${label} ${finding.rule}: ${finding.title}`, width, '      ', '        ');
      out.push(`    ${style(`${MARK[finding.status]} ${head!.slice(6, 6 + label.length)}`)}${head!.slice(6 + label.length)}`);
      push(tail);
      if (finding.suppressed) push(wrap(`(${say({ id: 'suppressedLabel' })}: ${finding.suppressed.reason})`, width, '      '), c.dim);
      for (const part of messageParts(finding, 'message', formatFor(lang)))
        if (part.kind === 'text') push(wrap(part.text, width, '      '));
        else {
          // One item a line, its continuation under the item's first word; the tail under the items.
          for (const item of part.items) push(wrap(`- ${item}`, width, '        ', '          '));
          if (part.more) push(wrap(part.more, width, '          '));
        }
      for (const item of brief(finding) ? [] : finding.evidence) {
        const where = formatProvenance(item.at);
        const lines = wrap(`• ${item.label}: ${evidenceValue(item.value)}${where ? ` ${where}` : ''}`, width, '      ', '        ');
        push(lines);
      }
      if (finding.remediation) {
        const fixLabel = `${say({ id: 'fixLabel' })}:`;
        const first = fixes.get(finding.remediation);
        const fix = first ? say({ id: 'sameFixAs', params: { rule: first.rule, instance: first.instance } }) : finding.remediation;
        if (!first) fixes.set(finding.remediation, finding);
        const [head, ...tail] = wrap(`${fixLabel} ${fix}`, width, '      ', '        ');
        out.push(`      ${c.bold(fixLabel)}${head!.slice(6 + fixLabel.length)}`);
        push(tail);
      }
      out.push('');
    }
  }

  if (result.problems.length > 0) {
    push([say({ id: 'problemsHeading' })], (text) => c.bold(c.red(text)));
    for (const problem of result.problems) push(wrap(`${formatProvenance(problem)}: ${problem.message}`, width, '  ', '    '));
    out.push('');
  }
  const notes: string[] = [];
  if (out.some((line) => line.includes(SPACE_MARK))) notes.push(say({ id: 'spaceLegend' }));
  if (!options.verbose) notes.push(say({ id: 'verboseHint' }));
  for (const note of notes) push(wrap(note, width, ''), c.dim);
  push(wrap(summary, width, ''), c.bold);
  return out.join('\n') + '\n';
}

/** An evidence value as read: spaces marked as in messages, backslashes single (a regex reads as written). */
function evidenceValue(value: string): string {
  return shown(value);
}
