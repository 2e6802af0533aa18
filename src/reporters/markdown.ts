import type { CheckResult, Finding, Status } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { formatFor } from '../i18n/catalogue.js';
import { uiText } from '../i18n/ui.js';
import { messageParts } from './message-parts.js';
import { countFindings, groupByInstance, isProblem, isWebUrl, STATUS_KEY, STATUS_ORDER, visibleControls } from './shared.js';

/**
 * Short, for a ticket or a chat: the summary table, then each problem (fail, warn, error; not
 * suppressed) with its evidence and its fix. Passes, skips and suppressed findings are only counted.
 */
export function renderMarkdown(result: CheckResult): string {
  const { lang } = result;
  const out: string[] = [];
  out.push(`## ${text(uiText(lang, { id: 'heading', params: { workspace: result.workspace } }))}`, '');
  out.push(text(uiText(lang, { id: 'summaryLine', params: { ...result.summary } })), '');

  const columns: (Status | 'suppressed')[] = [...STATUS_ORDER, 'suppressed'];
  const header = (column: Status | 'suppressed'): string => text(uiText(lang, { id: column === 'suppressed' ? 'suppressedColumn' : STATUS_KEY[column] }));
  out.push(`| ${text(uiText(lang, { id: 'instanceColumn' }))} | ${columns.map(header).join(' | ')} |`);
  out.push(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
  const groups = groupByInstance(result, { sort: true });
  const groupName = (instance: string | null, role?: string): string =>
    instance === null ? uiText(lang, { id: 'workspaceHeading' }) : role ? `${instance} (${role})` : instance;
  for (const group of groups) {
    const counts = countFindings(group.findings);
    out.push(`| ${text(groupName(group.instance, group.role))} | ${columns.map((column) => counts[column]).join(' | ')} |`);
  }
  out.push(`| **${text(uiText(lang, { id: 'totalRow' }))}** | ${columns.map((column) => `**${result.summary[column]}**`).join(' | ')} |`, '');

  if (result.problems.length > 0) {
    out.push(`### ${text(uiText(lang, { id: 'problemsHeading' }))}`, '');
    for (const problem of result.problems) out.push(`- ${code(formatProvenance(problem))} ${text(problem.message)}`);
    out.push('');
  }

  const problems = groups.flatMap((group) => group.findings.filter(isProblem));
  out.push(`### ${text(uiText(lang, { id: 'problemsListHeading' }))}`, '');
  if (problems.length === 0) out.push(text(uiText(lang, { id: 'noProblems' })), '');
  for (const finding of problems) out.push(...renderProblem(finding, lang), '');

  if (problems.some((finding) => finding.message.includes('·') || finding.evidence.some((item) => / {2}|^ | $/.test(item.value))))
    out.push(`_${text(uiText(lang, { id: 'spaceLegend' }))}_`, '');
  out.push(
    `_${text(uiText(lang, { id: 'passesCounted', params: { pass: result.summary.pass, skip: result.summary.skip, suppressed: result.summary.suppressed } }))}_`,
  );
  return out.join('\n') + '\n';
}

function renderProblem(finding: Finding, lang: CheckResult['lang']): string[] {
  const where = finding.instance === null ? uiText(lang, { id: 'workspaceHeading' }) : finding.instance;
  const lines = [`#### ${text(uiText(lang, { id: STATUS_KEY[finding.status] }))} · ${code(finding.rule)} · ${text(where)} — ${text(finding.title)}`, ''];
  // A list part of the message as "- " lines after its paragraph (a bullet list may follow a paragraph line).
  for (const part of messageParts(finding, 'message', formatFor(lang)))
    if (part.kind === 'text') lines.push(text(part.text), '');
    else {
      if (lines[lines.length - 1] === '') lines.pop();
      lines.push(...part.items.map((item) => `- ${text(item)}`), ...(part.more ? [`- ${text(part.more)}`] : []), '');
    }
  for (const item of finding.evidence) {
    const source = formatProvenance(item.at);
    lines.push(`- ${text(item.label)}: ${code(item.value)}${source ? ` — ${code(source)}` : ''}`);
  }
  if (finding.evidence.length > 0) lines.push('');
  const doc = isWebUrl(finding.docUrl) ? ` ([${text(uiText(lang, { id: 'docLabel' }))}](<${finding.docUrl.replace(/[<>]/g, encodeURIComponent)}>))` : '';
  if (finding.remediation) lines.push(`**${text(uiText(lang, { id: 'fixLabel' }))}:** ${text(finding.remediation)}${doc}`);
  else if (doc) lines.push(doc.trim());
  return lines;
}

/**
 * Plain text that no Markdown (CommonMark, GitHub) reads as markup, escaping no more than that so
 * it still reads well where Markdown is not rendered (some chats): backslash, backtick, `*`, `[`,
 * `]`, `<`, `~`, `#` and `|` always; `_` unless inside a word (where it emphasises nothing); `&` only
 * where it would start an entity; a list, quote or heading marker at the start. Line breaks
 * become spaces, so that a value cannot start a block of its own.
 */
export function text(value: string): string {
  return visibleControls(value)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*[\]<~#|]/g, (char) => `\\${char}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^(\s*)([>+=-]|\d+[.)])/, (_match, space: string, marker: string) => `${space}${marker.replace(/^(\d*)(.)$/, '$1\\$2')}`);
}

/** A code span that holds any value: the fence is longer than any run of backticks inside. */
export function code(value: string): string {
  const flat = visibleControls(value).replace(/\r\n|\r|\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
