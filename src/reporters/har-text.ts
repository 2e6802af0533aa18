import type { HarAnalysis, HarFinding } from '../analyzers/har-analysis.js';
import type { Status } from '../model/finding.js';
import { formatProvenance, type Provenance } from '../model/provenance.js';
import { render, shown } from '../i18n/catalogue.js';
import { dxText } from '../i18n/diagnose.js';
import { HAR_TEXTS } from '../i18n/har.js';
import type { Lang } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';
import stringWidth from 'string-width';
import { colors, type Colors } from './diagnose-shared.js';
import { block, elide, hang, padEnd, viewWidth, widest } from './layout.js';
import { STATUS_KEY } from './shared.js';

function paint(c: Colors, status: Status, text: string): string {
  return status === 'fail' ? c.bold(c.red(text)) : status === 'warn' ? c.bold(c.yellow(text)) : status === 'pass' ? c.green(text) : c.dim(text);
}

/** file:line:col, or the file and the path inside it (a HAR entry has no line worth giving). */
function where(at: Provenance): string {
  const text = formatProvenance(at);
  return at.line === undefined && at.path ? `${text} ${at.path}` : text;
}

function findingLines(c: Colors, lang: Lang, finding: HarFinding, indent: string, labelWidth: number, columns: number): string[] {
  // A rule's judgement of what the browser sent names the rule, so `check --only RULE` is the next step.
  const tag = finding.ruleFinding ? ` ${c.dim(`[${render(HAR_TEXTS, { id: 'ruleTag', params: { rules: [finding.ruleFinding.rule] } }, lang)}]`)}` : '';
  const inner = indent + ' '.repeat(labelWidth + 2);
  const label = paint(c, finding.status, padEnd(uiText(lang, { id: STATUS_KEY[finding.status] }), labelWidth));
  const lines = hang(`${indent}${label}  `, `${finding.message}${tag}`, columns, inner);
  for (const item of finding.evidence)
    lines.push(
      ...hang(`${inner}${c.dim('•')} `, `${item.label}: ${shown(item.value)}${item.at ? ` ${c.dim(`(${where(item.at)})`)}` : ''}`, columns, `${inner}  `),
    );
  if (finding.remediation && finding.status !== 'pass')
    lines.push(...hang(`${inner}${c.bold(uiText(lang, { id: 'fixLabel' }))}: `, finding.remediation, columns, `${inner}  `));
  return lines;
}

/** For people at a terminal: the verdict first, then each attempt with what was sent, its requests and findings. */
export function renderHarText(result: HarAnalysis, options: { color: boolean; width?: number }): string {
  const c = colors(options.color);
  const { lang } = result;
  const columns = viewWidth(options.width);
  const width = widest((['pass', 'warn', 'fail', 'skip'] as Status[]).map((status) => uiText(lang, { id: STATUS_KEY[status] })));
  const creator = `${result.creator.name} ${result.creator.version}`.trim() || '?';
  const lines: string[] = [
    ...block(dxText(lang, { id: 'harHeading', params: { file: result.file } }), columns, '', '  ', c.bold),
    ...block(
      dxText(lang, { id: 'harRecorded', params: { creator, entries: result.entries, pages: result.pages, flows: result.flows.length } }),
      columns,
      '',
      '  ',
      c.dim,
    ),
  ];
  if (result.workspace && result.instance)
    lines.push(...block(dxText(lang, { id: 'harCompared', params: { instance: result.instance, workspace: result.workspace } }), columns, '', '  ', c.dim));
  lines.push('');

  const { verdict } = result;
  const verdictText =
    verdict.status === 'fail' && verdict.stage
      ? dxText(lang, { id: 'harVerdictBroke', params: { stage: verdict.stage, message: verdict.message } })
      : verdict.status === 'pass' || verdict.status === 'skip'
        ? dxText(lang, { id: 'harVerdictOk', params: { message: verdict.message } })
        : verdict.message;
  lines.push(
    ...hang(
      `${paint(c, verdict.status, padEnd(uiText(lang, { id: STATUS_KEY[verdict.status] }), width))}  `,
      c.bold(verdictText),
      columns,
      ' '.repeat(width + 2),
    ),
    '',
  );

  result.flows.forEach((flow, index) => {
    const time = flow.authorize?.startedDateTime ?? flow.steps[0]?.startedDateTime ?? '?';
    lines.push(...block(dxText(lang, { id: 'harAttempt', params: { n: index + 1, time } }), columns, '', '  ', c.bold));
    if (flow.authorize) {
      const sent = flow.authorize;
      lines.push(...hang(`  ${c.bold(dxText(lang, { id: 'harSentHeading' }))}  `, c.dim(sent.host), columns, '    '));
      const rows: [string, string | undefined][] = [
        ['client_id', sent.clientId],
        ['redirect_uri', sent.redirectUri],
        ['scope', sent.scope],
        ['response_type', sent.responseType],
      ];
      // The values sent are shown whole: a long one starts its own line rather than being cut.
      for (const [name, value] of rows)
        lines.push(...hang(`    ${name.padEnd(14)}`, value === undefined ? c.dim(dxText(lang, { id: 'harNotSent' })) : shown(value), columns, '      '));
    }
    lines.push(`  ${c.bold(dxText(lang, { id: 'harStepsHeading' }))}`);
    // Request URLs are cut to the line (the JSON keeps them whole); where one redirected goes under it.
    for (const step of flow.steps) {
      const lead = `    ${c.dim(`[${step.entryIndex}]`)} ${step.method} ${step.error ? c.red(step.error) : String(step.status)} `;
      const room = columns - stringWidth(lead);
      lines.push(`${lead}${elide(step.url, Math.max(room, 20))}`);
      if (step.location) lines.push(c.dim(`${' '.repeat(8)}→ ${elide(step.location, columns - 10)}`));
    }
    for (const finding of flow.findings) lines.push(...findingLines(c, lang, finding, '  ', width, columns));
    lines.push('');
  });

  const configuration = result.findings.filter((finding) => finding.stage === 'configuration');
  if (configuration.length > 0) {
    lines.push(...block(dxText(lang, { id: 'harConfigHeading' }), columns, '', '  ', c.bold));
    for (const finding of configuration) lines.push(...findingLines(c, lang, finding, '  ', width, columns));
    lines.push('');
  }
  const orphan = result.flows.length === 0 ? result.findings.filter((finding) => finding.stage !== 'configuration') : [];
  for (const finding of orphan)
    if (finding.remediation) lines.push(...hang(`${c.bold(uiText(lang, { id: 'fixLabel' }))}: `, finding.remediation, columns, '  '));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
