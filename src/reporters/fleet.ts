import { fleetText } from '../i18n/fleet.js';
import { summarize, worstStatus, STATUS_ORDER, type CheckResult, type Status, type Summary } from '../model/finding.js';
import { uiText } from '../i18n/ui.js';
import type { Format, RenderOptions } from './index.js';
import { escapeXml, groupByInstance, STATUS_KEY } from './shared.js';

/**
 * A fleet's reports: the fleet table first (workspace × instance, worst status, counts, worst
 * first), then the findings as each format shows one workspace's, instances named
 * `workspace/instance`; SARIF with one run per workspace, JUnit with one suite per workspace.
 * Nothing here decides a status: rows count the findings the result holds.
 */

export interface FleetRow {
  workspace: string;
  /** null: the workspace's own findings (across its instances) or, with workspace null, the fleet's. */
  instance: string | null;
  status: Status;
  counts: Summary;
  /** Unreadable sources: those its skipped checks name; the rest of its workspace's on the workspace's first row. */
  problems: number;
}

export function fleetRows(result: CheckResult): FleetRow[] {
  const rows: FleetRow[] = [];
  const row = (workspace: string, instance: string | null): FleetRow => {
    const findings = result.findings.filter(
      (finding) => (finding.workspace ?? null) === (workspace === '' ? null : workspace) && finding.instance === instance,
    );
    const counted = findings.filter((finding) => !finding.suppressed);
    const item = { workspace, instance, status: worstStatus(counted), counts: summarize(findings), problems: unreadSources(findings) };
    rows.push(item);
    return item;
  };
  for (const workspace of result.workspaces ?? []) {
    const hasOwn = result.findings.some((finding) => finding.workspace === workspace.label && finding.instance === null);
    const own = workspace.instances.length === 0 || hasOwn ? [row(workspace.label, null)] : [];
    const ofInstances = workspace.instances.map((instance) => row(workspace.label, instance.name));
    // Problems no skipped check names (a workspace file that cannot be read) go on the workspace's first row.
    const first = own[0] ?? ofInstances[0];
    const told = [...own, ...ofInstances].reduce((total, item) => total + item.problems, 0);
    if (first && workspace.problems.length > told) first.problems += workspace.problems.length - told;
  }
  if (result.findings.some((finding) => finding.workspace === null)) row('', null);
  // Worst first: rows whose verdict is incomplete (a source unread), then by status.
  return rows
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        Number(b.item.problems > 0) - Number(a.item.problems > 0) ||
        STATUS_ORDER.indexOf(a.item.status) - STATUS_ORDER.indexOf(b.item.status) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}

/** The distinct unreadable sources the row's skipped checks name (common:skipPlaneError's `where`). */
function unreadSources(findings: CheckResult['findings']): number {
  const files = new Set<string>();
  for (const finding of findings) {
    if (finding.status !== 'skip' || finding.messageId !== 'common:skipPlaneError') continue;
    const where = (finding.params as { where?: { file?: string } }).where;
    files.add(where?.file ?? '');
  }
  return files.size;
}

/** The fleet as one workspace's result: instances named `workspace/instance`, a workspace's own findings under its label. */
export function flatResult(result: CheckResult): CheckResult {
  const name = (workspace: string | null | undefined, instance: string | null): string | null =>
    workspace == null ? instance : instance === null ? workspace : `${workspace}/${instance}`;
  return {
    ...result,
    instances: result.instances.map((instance) => ({ name: name(instance.workspace, instance.name)!, role: instance.role })),
    findings: result.findings.map((finding) => ({ ...finding, instance: name(finding.workspace, finding.instance) })),
  };
}

/** One workspace's part of a fleet's result, as a run of that workspace alone would give it (the fleet's own findings: label ''). */
export function workspaceSlices(result: CheckResult): { label: string; result: CheckResult }[] {
  const slices = (result.workspaces ?? []).map((workspace) => ({
    label: workspace.label,
    result: {
      ...result,
      workspace: workspace.file,
      instances: workspace.instances,
      summary: workspace.summary,
      problems: workspace.problems,
      findings: result.findings.filter((finding) => finding.workspace === workspace.label),
      workspaces: undefined,
    },
  }));
  const across = result.findings.filter((finding) => finding.workspace === null);
  if (across.length > 0)
    slices.push({ label: '', result: { ...result, instances: [], summary: summarize(across), problems: [], findings: across, workspaces: undefined } });
  return slices;
}

const COUNTED: Status[] = ['fail', 'warn', 'pass', 'skip', 'error'];

/** Unread sources and nothing worse than a skip or a pass to show: the row's verdict is not whole. */
const incomplete = (row: FleetRow): boolean => row.problems > 0 && (row.status === 'pass' || row.status === 'skip');

interface Cells {
  workspace: string;
  instance: string;
  status: string;
  counts: string;
  problems: string;
}

function tableCells(result: CheckResult): { header: Cells; rows: (Cells & { status: string; raw: FleetRow })[] } {
  const { lang } = result;
  const header: Cells = {
    workspace: fleetText(lang, { id: 'columnWorkspace' }),
    instance: fleetText(lang, { id: 'columnInstance' }),
    status: fleetText(lang, { id: 'columnStatus' }),
    counts: fleetText(lang, { id: 'columnCounts' }),
    problems: fleetText(lang, { id: 'columnProblems' }),
  };
  const rows = fleetRows(result).map((row) => ({
    raw: row,
    workspace: row.workspace === '' ? fleetText(lang, { id: 'acrossFleet' }) : row.workspace,
    instance: row.instance ?? (row.workspace === '' ? '' : fleetText(lang, { id: 'wholeWorkspace' })),
    // A failure or warning stays what it is; a row otherwise "passing" with an unread source is not whole.
    status: incomplete(row) ? fleetText(lang, { id: 'incomplete' }) : uiText(lang, { id: STATUS_KEY[row.status] }),
    counts: COUNTED.map((status) => row.counts[status]).join('/'),
    problems: row.problems > 0 ? fleetText(lang, { id: 'problemsCount', params: { count: row.problems } }) : '',
  }));
  return { header, rows };
}

function heading(result: CheckResult): string {
  return fleetText(result.lang, { id: 'tableHeading', params: { workspaces: result.workspaces?.length ?? 0, instances: result.instances.length } });
}

const KEYS: (keyof Cells)[] = ['workspace', 'instance', 'status', 'counts', 'problems'];

export function fleetTableText(result: CheckResult, width: (text: string) => number): string {
  const { header, rows } = tableCells(result);
  const all = [header, ...rows];
  const widths = KEYS.map((key) => Math.max(...all.map((cells) => width(cells[key]))));
  const line = (cells: Cells): string =>
    KEYS.map((key, index) => cells[key] + ' '.repeat(widths[index]! - width(cells[key])))
      .join('  ')
      .trimEnd();
  return [heading(result), `  ${line(header)}`, ...rows.map((cells) => `  ${line(cells)}`), ''].join('\n') + '\n';
}

export function fleetTableMarkdown(result: CheckResult, text: (value: string) => string): string {
  const { header, rows } = tableCells(result);
  const line = (cells: Cells): string => `| ${KEYS.map((key) => text(cells[key])).join(' | ')} |`;
  return [`## ${text(heading(result))}`, '', line(header), `| ${KEYS.map(() => '---').join(' | ')} |`, ...rows.map(line), '', ''].join('\n');
}

/**
 * The fleet table of the HTML report, styled as its summary table (html.ts STYLE): each row links to
 * its workspace's (or instance's) findings, the group the page shows for `workspace/instance`.
 */
export function fleetTableHtml(result: CheckResult): string {
  const { header, rows } = tableCells(result);
  // The page's groups, in the order renderHtml numbers them (group-1, group-2…).
  const groups = groupByInstance(flatResult(result), { sort: true }).map((group) => group.instance);
  const target = (row: FleetRow): string | null => {
    const name = row.workspace === '' ? null : row.instance === null ? row.workspace : `${row.workspace}/${row.instance}`;
    const at = groups.indexOf(name);
    return at < 0 ? null : `#group-${at + 1}`;
  };
  const th = (key: keyof Cells): string => `<th scope="col"${key === 'counts' ? ' class="n"' : ''}>${escapeXml(header[key])}</th>`;
  const row = (cells: Cells & { raw: FleetRow }): string => {
    const href = target(cells.raw);
    // The link is on the instance (or "(workspace)"), so that each link names where it goes; the fleet's row links its label.
    const linked = (text: string): string => (href ? `<a href="${href}">${escapeXml(text)}</a>` : escapeXml(text));
    return [
      `<tr class="status-${cells.raw.status}"><th scope="row">${cells.instance ? escapeXml(cells.workspace) : linked(cells.workspace)}</th>`,
      `<td>${cells.instance ? linked(cells.instance) : ''}</td>`,
      `<td><span class="badge ${incomplete(cells.raw) ? 'error' : cells.raw.status}">${escapeXml(cells.status)}</span></td>`,
      `<td class="n">${escapeXml(cells.counts)}</td>`,
      `<td${cells.problems ? ' class="has-fail"' : ''}>${escapeXml(cells.problems)}</td></tr>`,
    ].join('');
  };
  return [
    `<section id="fleet" class="fleet" aria-labelledby="fleet-h"><h2 id="fleet-h">${escapeXml(heading(result))}</h2>`,
    `<div class="scroll" tabindex="0" role="region" aria-labelledby="fleet-h"><table class="summary fleet"><thead><tr>${KEYS.map(th).join('')}</tr></thead><tbody>`,
    ...rows.map(row),
    '</tbody></table></div></section>',
  ].join('\n');
}

/** Every format of a fleet's result but JSON (which is the result itself). */
export async function renderFleet(format: Exclude<Format, 'json'>, result: CheckResult, options: RenderOptions): Promise<string> {
  switch (format) {
    case 'text': {
      const stringWidth = (await import('string-width')).default;
      return fleetTableText(result, stringWidth) + '\n' + (await import('./text.js')).renderText(flatResult(result), options);
    }
    case 'markdown': {
      const markdown = await import('./markdown.js');
      return fleetTableMarkdown(result, markdown.text) + markdown.renderMarkdown(flatResult(result));
    }
    case 'html': {
      const page = (await import('./html.js')).renderHtml(flatResult(result));
      return page.replace('<main>', `<main>\n${fleetTableHtml(result)}`);
    }
    case 'sarif': {
      const { renderSarif } = await import('./sarif.js');
      const logs = workspaceSlices(result).map((slice) => {
        const log = JSON.parse(renderSarif(slice.result, options)) as { runs: Record<string, unknown>[] };
        // One run per workspace, told apart as SARIF does (automationDetails.id: category/instance).
        return log.runs.map((run) => ({ ...run, automationDetails: { id: `ims-doctor/${slice.label || 'fleet'}/` } }));
      });
      const first = JSON.parse(renderSarif({ ...result, findings: [], workspaces: undefined }, options)) as Record<string, unknown>;
      return JSON.stringify({ ...first, runs: logs.flat() }, null, 2) + '\n';
    }
    case 'junit':
      return (await import('./junit.js')).renderJunitSuites(
        workspaceSlices(result).map((slice) => ({ name: slice.label || 'fleet', result: slice.result })),
        result,
      );
  }
}
