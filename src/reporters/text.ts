import pc from 'picocolors';
import type { CheckResult, Finding, Status } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { uiText } from '../i18n/ui.js';
import { STATUS_KEY } from './shared.js';

export interface TextOptions {
  color: boolean;
}


/** For people at a terminal: grouped by instance, problems first within each group. */
export function renderText(result: CheckResult, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const { lang } = result;
  const paint: Record<Status, (text: string) => string> = { pass: c.green, warn: c.yellow, fail: c.red, skip: c.dim, error: c.magenta };
  const order: Status[] = ['error', 'fail', 'warn', 'pass', 'skip'];
  const lines: string[] = [c.bold(uiText(lang, { id: 'heading', params: { workspace: result.workspace } })), ''];
  const width = Math.max(...order.map((status) => uiText(lang, { id: STATUS_KEY[status] }).length));

  const renderFinding = (finding: Finding): void => {
    const label = uiText(lang, { id: STATUS_KEY[finding.status] }).padEnd(width);
    const head = `  ${finding.suppressed ? c.dim(label) : c.bold(paint[finding.status](label))}  ${c.cyan(finding.rule)}  ${finding.message}`;
    lines.push(head);
    const indent = ' '.repeat(width + 4);
    if (finding.suppressed) {
      lines.push(c.dim(`${indent}(${uiText(lang, { id: 'suppressedLabel' })}: ${finding.suppressed.reason})`));
      return;
    }
    if (finding.status === 'pass') return;
    for (const item of finding.evidence) {
      const where = formatProvenance(item.at);
      lines.push(`${indent}${c.dim('•')} ${item.label}: ${JSON.stringify(item.value)}${where ? c.dim(`  ${where}`) : ''}`);
    }
    if (finding.remediation) lines.push(`${indent}${c.bold(uiText(lang, { id: 'fixLabel' }))}: ${finding.remediation}`);
  };

  const byStatus = (a: Finding, b: Finding): number => Number(!!a.suppressed) - Number(!!b.suppressed) || order.indexOf(a.status) - order.indexOf(b.status);
  for (const instance of result.instances) {
    lines.push(c.bold(uiText(lang, { id: 'instanceHeading', params: { name: instance.name, role: instance.role } })));
    result.findings.filter((finding) => finding.instance === instance.name).sort(byStatus).forEach(renderFinding);
    lines.push('');
  }
  const across = result.findings.filter((finding) => finding.instance === null);
  if (across.length > 0) {
    lines.push(c.bold(uiText(lang, { id: 'workspaceHeading' })));
    across.sort(byStatus).forEach(renderFinding);
    lines.push('');
  }
  if (result.problems.length > 0) {
    lines.push(c.bold(c.red(uiText(lang, { id: 'problemsHeading' }))));
    for (const problem of result.problems) lines.push(`  ${formatProvenance(problem)}: ${problem.message}`);
    lines.push('');
  }
  lines.push(c.bold(uiText(lang, { id: 'summaryLine', params: { ...result.summary } })));
  return lines.join('\n') + '\n';
}
