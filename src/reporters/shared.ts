import { STATUS_ORDER, type CheckResult, type Finding, type Status } from '../model/finding.js';

export { STATUS_ORDER, summarize as countFindings, worstStatus } from '../model/finding.js';
/** What reporters share: grouping, ordering and escaping. Nothing here decides a status. */

export type StatusKey = 'statusPass' | 'statusWarn' | 'statusFail' | 'statusSkip' | 'statusError';

export const STATUS_KEY: Record<Status, StatusKey> = { pass: 'statusPass', warn: 'statusWarn', fail: 'statusFail', skip: 'statusSkip', error: 'statusError' };

/** The statuses that ask someone to do something (when not suppressed). */
export const PROBLEM_STATUSES: readonly Status[] = ['error', 'fail', 'warn'];

export function isProblem(finding: Finding): boolean {
  return !finding.suppressed && PROBLEM_STATUSES.includes(finding.status);
}

export function byTriageOrder(a: Finding, b: Finding): number {
  return Number(!!a.suppressed) - Number(!!b.suppressed) || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
}

export interface FindingGroup {
  /** null: the findings that look across instances. */
  instance: string | null;
  role?: string;
  findings: Finding[];
}

/**
 * Findings by instance, in the result's instance order, then the cross-instance ones. An instance a
 * finding names but the result does not list still gets its group: nothing is ever dropped.
 */
export function groupByInstance(result: CheckResult, options: { sort?: boolean } = {}): FindingGroup[] {
  const groups: FindingGroup[] = result.instances.map((instance) => ({ instance: instance.name, role: instance.role, findings: [] }));
  const across: FindingGroup = { instance: null, findings: [] };
  for (const finding of result.findings) {
    if (finding.instance === null) {
      across.findings.push(finding);
      continue;
    }
    let group = groups.find((candidate) => candidate.instance === finding.instance);
    if (!group) groups.push((group = { instance: finding.instance, findings: [] }));
    group.findings.push(finding);
  }
  if (across.findings.length > 0) groups.push(across);
  if (options.sort) for (const group of groups) group.findings.sort(byTriageOrder);
  return groups;
}

/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab and line breaks, lone
 * surrogates, U+FFFE, U+FFFF). Customer files may still carry them (JSON, CSV): they are shown
 * as `\u{…}` rather than making the report unreadable.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function visibleControls(text: string): string {
  return text.replace(NOT_XML_CHAR, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML and HTML, in element content and in double- or single-quoted attributes alike. */
export function escapeXml(text: string): string {
  return visibleControls(text).replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

/** Only web links become links; anything else (javascript:, data:) is shown as text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}
