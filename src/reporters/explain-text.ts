import type { ExplainResult, ExplainStep } from '../analyzers/explain.js';
import type { Status } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { dxText } from '../i18n/diagnose.js';
import { uiText } from '../i18n/ui.js';
import { colors, type Colors } from './diagnose-shared.js';
import { block, hang, padEnd, viewWidth, widest } from './layout.js';
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

/** For people at a terminal: the walk, step by step, each with its verdict; per instance the prerequisites first. Wrapped to the terminal. */
export function renderExplainText(result: ExplainResult, options: { color: boolean; width?: number }): string {
  const c = colors(options.color);
  const { lang } = result;
  const columns = viewWidth(options.width);
  const statusText = (status: Status): string => uiText(lang, { id: STATUS_KEY[status] });
  // Display width: "건너뜀" takes six columns, "실패" four.
  const width = widest((['pass', 'warn', 'fail', 'skip'] as Status[]).map(statusText));
  const label = (status: Status): string => paint(c, status, padEnd(statusText(status), width));
  const step = (item: ExplainStep & { whyWarn?: string | null }, indent: string): string[] => {
    const inner = indent + ' '.repeat(width + 2);
    const lines = hang(`${indent}${label(item.status)}  `, item.message, columns, inner);
    if (item.status === 'warn' && item.whyWarn)
      lines.push(...block(`${dxText(lang, { id: 'explainWhyWarnLabel' })} ${item.whyWarn}`, columns, inner, inner, c.dim));
    return lines;
  };
  const lines: string[] = [
    ...block(dxText(lang, { id: 'explainHeading', params: { who: result.query } }), columns, '', '', c.bold),
    c.dim(result.workspace),
    '',
  ];

  // What would stop everybody comes first, in short: `check` has the evidence.
  if (result.instances.length > 0) {
    lines.push(...block(dxText(lang, { id: 'prereqSummaryHeading' }), columns, '', '', c.bold));
    for (const instance of result.instances) {
      const prerequisites = instance.prerequisites;
      lines.push(...step(prerequisites, '  '));
      const inner = ' '.repeat(width + 4);
      for (const finding of [...prerequisites.blocking, ...prerequisites.warnings]) {
        lines.push(
          ...hang(
            `${inner}${c.dim('–')} `,
            `${paint(c, finding.status, statusText(finding.status))} ${c.cyan(finding.rule)}: ${finding.message}`,
            columns,
            `${inner}  `,
          ),
        );
      }
      const rules = [...new Set([...prerequisites.blocking, ...prerequisites.warnings].map((finding) => finding.rule))];
      if (rules.length > 0)
        lines.push(
          ...block(dxText(lang, { id: 'prereqDetails', params: { instance: instance.name, rules: rules.join(',') } }), columns, inner, `${inner}  `, c.dim),
        );
    }
    lines.push('');
  }

  lines.push(...block(dxText(lang, { id: 'explainStep1' }), columns, '', '', c.bold), ...step(result.person, '  '));
  if (result.person.found !== null) {
    lines.push(...block(dxText(lang, { id: 'explainStep2' }), columns, '', '', c.bold), ...step(result.memberships, '  '));
  }
  lines.push('');

  for (const instance of result.instances) {
    const heading = instance.mask
      ? dxText(lang, { id: 'explainInstance', params: { name: instance.name, role: instance.role, mask: instance.mask.value } })
      : dxText(lang, { id: 'explainInstanceNoMask', params: { name: instance.name, role: instance.role } });
    lines.push(...block(`${c.bold(heading)}${instance.mask ? ` ${c.dim(formatProvenance(instance.mask.at))}` : ''}`, columns, '', '  '));
    if (instance.profiles.length > 0) {
      lines.push(...block(dxText(lang, { id: 'explainStep3' }), columns, '  ', '    ', c.bold));
      for (const profile of instance.profiles) lines.push(...step(profile, '    '));
    }
    // The outcome quotes Campaign's message itself (once per walk); the fix is what to change for this person.
    lines.push(...block(dxText(lang, { id: 'explainStep5' }), columns, '  ', '    ', c.bold), ...step(instance.outcome, '    '));
    const inner = ' '.repeat(width + 6);
    if (instance.outcome.fix) lines.push(...hang(`${inner}${c.bold(dxText(lang, { id: 'explainFixLabel' }))} `, instance.outcome.fix, columns, `${inner}  `));
    lines.push('');
  }
  lines.push(...block(result.summary.message, columns, '', '', (line) => paint(c, result.summary.status, c.bold(line))));
  return lines.join('\n') + '\n';
}
