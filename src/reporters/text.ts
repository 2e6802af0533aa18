import pc from 'picocolors';
import type { CheckResult, Finding, Status } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { ui, type UiKey } from '../i18n/ui.js';

export interface TextOptions {
  color: boolean;
}

const STATUS_KEY: Record<Status, UiKey> = { pass: 'statusPass', warn: 'statusWarn', fail: 'statusFail', skip: 'statusSkip', error: 'statusError' };

/** For people at a terminal: grouped by instance, problems first within each group. */
export function renderText(result: CheckResult, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const { lang } = result;
  const paint: Record<Status, (text: string) => string> = { pass: c.green, warn: c.yellow, fail: c.red, skip: c.dim, error: c.magenta };
  const order: Status[] = ['error', 'fail', 'warn', 'pass', 'skip'];
  const lines: string[] = [c.bold(ui(lang, 'heading', { workspace: result.workspace })), ''];
  const width = Math.max(...order.map((status) => ui(lang, STATUS_KEY[status]).length));

  const renderFinding = (finding: Finding): void => {
    const label = ui(lang, STATUS_KEY[finding.status]).padEnd(width);
    const head = `  ${finding.suppressed ? c.dim(label) : c.bold(paint[finding.status](label))}  ${c.cyan(finding.rule)}  ${finding.message}`;
    lines.push(head);
    const indent = ' '.repeat(width + 4);
    if (finding.suppressed) {
      lines.push(c.dim(`${indent}(${ui(lang, 'suppressedLabel')}: ${finding.suppressed.reason})`));
      return;
    }
    if (finding.status === 'pass') return;
    for (const item of finding.evidence) {
      const where = formatProvenance(item.at);
      lines.push(`${indent}${c.dim('•')} ${item.label}: ${JSON.stringify(item.value)}${where ? c.dim(`  ${where}`) : ''}`);
    }
    if (finding.remediation) lines.push(`${indent}${c.bold(ui(lang, 'fixLabel'))}: ${finding.remediation}`);
  };

  const byStatus = (a: Finding, b: Finding): number => Number(!!a.suppressed) - Number(!!b.suppressed) || order.indexOf(a.status) - order.indexOf(b.status);
  for (const instance of result.instances) {
    lines.push(c.bold(ui(lang, 'instanceHeading', { name: instance.name, role: instance.role })));
    result.findings.filter((finding) => finding.instance === instance.name).sort(byStatus).forEach(renderFinding);
    lines.push('');
  }
  const across = result.findings.filter((finding) => finding.instance === null);
  if (across.length > 0) {
    lines.push(c.bold(ui(lang, 'workspaceHeading')));
    across.sort(byStatus).forEach(renderFinding);
    lines.push('');
  }
  if (result.problems.length > 0) {
    lines.push(c.bold(c.red(ui(lang, 'problemsHeading'))));
    for (const problem of result.problems) lines.push(`  ${formatProvenance(problem)}: ${problem.message}`);
    lines.push('');
  }
  lines.push(c.bold(ui(lang, 'summaryLine', { ...result.summary })));
  return lines.join('\n') + '\n';
}
