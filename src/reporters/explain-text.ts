import type { ExplainResult, ExplainStep } from '../analyzers/explain.js';
import type { Status } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { dxText } from '../i18n/diagnose.js';
import { uiText } from '../i18n/ui.js';
import { colors, type Colors } from './diagnose-shared.js';
import { STATUS_KEY } from './shared.js';

function paint(c: Colors, status: Status, text: string): string {
  return status === 'fail' || status === 'error'
    ? c.bold(c.red(text))
    : status === 'warn'
      ? c.bold(c.yellow(text))
      : status === 'pass'
        ? c.green(text)
        : c.dim(text);
}

/** For people at a terminal: the walk, step by step, each with its verdict; per instance the prerequisites first. */
export function renderExplainText(result: ExplainResult, options: { color: boolean }): string {
  const c = colors(options.color);
  const { lang } = result;
  const width = Math.max(...(['pass', 'warn', 'fail', 'skip'] as Status[]).map((status) => uiText(lang, { id: STATUS_KEY[status] }).length));
  const label = (status: Status): string => paint(c, status, uiText(lang, { id: STATUS_KEY[status] }).padEnd(width));
  const step = (item: ExplainStep & { whyWarn?: string | null }, indent: string): string => {
    const why =
      item.status === 'warn' && item.whyWarn
        ? `\n${indent}${' '.repeat(width + 2)}${c.dim(`${dxText(lang, { id: 'explainWhyWarnLabel' })} ${item.whyWarn}`)}`
        : '';
    return `${indent}${label(item.status)}  ${item.message}${why}`;
  };
  const lines: string[] = [c.bold(dxText(lang, { id: 'explainHeading', params: { who: result.query } })), c.dim(result.workspace), ''];

  // What would stop everybody comes first, in short: `check` has the evidence.
  if (result.instances.length > 0) {
    lines.push(c.bold(dxText(lang, { id: 'prereqSummaryHeading' })));
    for (const instance of result.instances) {
      const prerequisites = instance.prerequisites;
      lines.push(step(prerequisites, '  '));
      const inner = ' '.repeat(width + 4);
      for (const finding of [...prerequisites.blocking, ...prerequisites.warnings]) {
        lines.push(
          `${inner}${c.dim('–')} ${paint(c, finding.status, uiText(lang, { id: STATUS_KEY[finding.status] }))} ${c.cyan(finding.rule)}: ${finding.message}`,
        );
      }
      const rules = [...new Set([...prerequisites.blocking, ...prerequisites.warnings].map((finding) => finding.rule))];
      if (rules.length > 0) lines.push(c.dim(`${inner}${dxText(lang, { id: 'prereqDetails', params: { instance: instance.name, rules: rules.join(',') } })}`));
    }
    lines.push('');
  }

  lines.push(c.bold(dxText(lang, { id: 'explainStep1' })), step(result.person, '  '));
  if (result.person.found !== null) {
    lines.push(c.bold(dxText(lang, { id: 'explainStep2' })), step(result.memberships, '  '));
  }
  lines.push('');

  for (const instance of result.instances) {
    const heading = instance.mask
      ? dxText(lang, { id: 'explainInstance', params: { name: instance.name, role: instance.role, mask: instance.mask.value } })
      : dxText(lang, { id: 'explainInstanceNoMask', params: { name: instance.name, role: instance.role } });
    lines.push(c.bold(heading) + (instance.mask ? c.dim(`  ${formatProvenance(instance.mask.at)}`) : ''));
    if (instance.profiles.length > 0) {
      lines.push(`  ${c.bold(dxText(lang, { id: 'explainStep3' }))}`);
      for (const profile of instance.profiles) lines.push(step(profile, '    '));
    }
    // The outcome quotes Campaign's message itself (once per walk); the fix is what to change for this person.
    lines.push(`  ${c.bold(dxText(lang, { id: 'explainStep5' }))}`, step(instance.outcome, '    '));
    if (instance.outcome.fix) lines.push(`${' '.repeat(width + 6)}${c.bold(dxText(lang, { id: 'explainFixLabel' }))} ${instance.outcome.fix}`);
    lines.push('');
  }
  lines.push(paint(c, result.summary.status, c.bold(result.summary.message)));
  return lines.join('\n') + '\n';
}
