import type { HarAnalysis, HarFinding } from '../analyzers/har-analysis.js';
import type { Status } from '../model/finding.js';
import { formatProvenance, type Provenance } from '../model/provenance.js';
import { render, shown } from '../i18n/catalogue.js';
import { dxText } from '../i18n/diagnose.js';
import { HAR_TEXTS } from '../i18n/har.js';
import type { Lang } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';
import { colors, type Colors } from './diagnose-shared.js';
import { STATUS_KEY } from './shared.js';

/** Long URLs cut for the terminal (the JSON keeps them whole). */
function elide(url: string, max = 140): string {
  return url.length <= max ? url : `${url.slice(0, max - 1)}…`;
}

function paint(c: Colors, status: Status, text: string): string {
  return status === 'fail' ? c.bold(c.red(text)) : status === 'warn' ? c.bold(c.yellow(text)) : status === 'pass' ? c.green(text) : c.dim(text);
}

/** file:line:col, or the file and the path inside it (a HAR entry has no line worth giving). */
function where(at: Provenance): string {
  const text = formatProvenance(at);
  return at.line === undefined && at.path ? `${text} ${at.path}` : text;
}

function findingLines(c: Colors, lang: Lang, finding: HarFinding, indent: string, width: number): string[] {
  // A rule's judgement of what the browser sent names the rule, so `check --only RULE` is the next step.
  const tag = finding.ruleFinding ? ` ${c.dim(`[${render(HAR_TEXTS, { id: 'ruleTag', params: { rules: [finding.ruleFinding.rule] } }, lang)}]`)}` : '';
  const lines = [`${indent}${paint(c, finding.status, uiText(lang, { id: STATUS_KEY[finding.status] }).padEnd(width))}  ${finding.message}${tag}`];
  const inner = indent + ' '.repeat(width + 2);
  for (const item of finding.evidence) lines.push(`${inner}${c.dim('•')} ${item.label}: ${shown(item.value)}${item.at ? c.dim(` (${where(item.at)})`) : ''}`);
  if (finding.remediation && finding.status !== 'pass') lines.push(`${inner}${c.bold(uiText(lang, { id: 'fixLabel' }))}: ${finding.remediation}`);
  return lines;
}

/** For people at a terminal: the verdict first, then each attempt with what was sent, its requests and findings. */
export function renderHarText(result: HarAnalysis, options: { color: boolean }): string {
  const c = colors(options.color);
  const { lang } = result;
  const width = Math.max(...(['pass', 'warn', 'fail', 'skip'] as Status[]).map((status) => uiText(lang, { id: STATUS_KEY[status] }).length));
  const creator = `${result.creator.name} ${result.creator.version}`.trim() || '?';
  const lines: string[] = [
    c.bold(dxText(lang, { id: 'harHeading', params: { file: result.file } })),
    c.dim(dxText(lang, { id: 'harRecorded', params: { creator, entries: result.entries, pages: result.pages, flows: result.flows.length } })),
  ];
  if (result.workspace && result.instance)
    lines.push(c.dim(dxText(lang, { id: 'harCompared', params: { instance: result.instance, workspace: result.workspace } })));
  lines.push('');

  const { verdict } = result;
  const verdictText =
    verdict.status === 'fail' && verdict.stage
      ? dxText(lang, { id: 'harVerdictBroke', params: { stage: verdict.stage, message: verdict.message } })
      : verdict.status === 'pass' || verdict.status === 'skip'
        ? dxText(lang, { id: 'harVerdictOk', params: { message: verdict.message } })
        : verdict.message;
  lines.push(`${paint(c, verdict.status, uiText(lang, { id: STATUS_KEY[verdict.status] }))}  ${c.bold(verdictText)}`, '');

  result.flows.forEach((flow, index) => {
    lines.push(
      c.bold(dxText(lang, { id: 'harAttempt', params: { n: index + 1, time: flow.authorize?.startedDateTime ?? flow.steps[0]?.startedDateTime ?? '?' } })),
    );
    if (flow.authorize) {
      const sent = flow.authorize;
      lines.push(`  ${c.bold(dxText(lang, { id: 'harSentHeading' }))}  ${c.dim(sent.host)}`);
      const rows: [string, string | undefined][] = [
        ['client_id', sent.clientId],
        ['redirect_uri', sent.redirectUri],
        ['scope', sent.scope],
        ['response_type', sent.responseType],
      ];
      for (const [name, value] of rows) lines.push(`    ${name.padEnd(14)}${value === undefined ? c.dim(dxText(lang, { id: 'harNotSent' })) : shown(value)}`);
    }
    lines.push(`  ${c.bold(dxText(lang, { id: 'harStepsHeading' }))}`);
    for (const step of flow.steps) {
      const status = step.error ? c.red(step.error) : String(step.status);
      lines.push(`    ${c.dim(`[${step.entryIndex}]`)} ${step.method} ${status} ${elide(step.url)}${step.location ? c.dim(` → ${elide(step.location)}`) : ''}`);
    }
    for (const finding of flow.findings) lines.push(...findingLines(c, lang, finding, '  ', width));
    lines.push('');
  });

  const configuration = result.findings.filter((finding) => finding.stage === 'configuration');
  if (configuration.length > 0) {
    lines.push(c.bold(dxText(lang, { id: 'harConfigHeading' })));
    for (const finding of configuration) lines.push(...findingLines(c, lang, finding, '  ', width));
    lines.push('');
  }
  const orphan = result.flows.length === 0 ? result.findings.filter((finding) => finding.stage !== 'configuration') : [];
  for (const finding of orphan) if (finding.remediation) lines.push(`${c.bold(uiText(lang, { id: 'fixLabel' }))}: ${finding.remediation}`);
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
