import type { Finding } from '../model/finding.js';

const PROVENANCE_KEYS = new Set(['file', 'line', 'column', 'path', 'endpoint', 'live', 'defaulted']);

function isProvenance(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => PROVENANCE_KEYS.has(key)) && ('line' in value || 'file' in value || 'endpoint' in value);
}

/**
 * Parameters as compared across two runs: a provenance keeps its file and path but not its line
 * and column, since a line added above a value moves it without making it another finding; and a
 * file under the workspace folder (`base`) is named relative to it, so two copies of a workspace
 * compare. Object keys are sorted, so the text is the same whatever order a rule wrote them in.
 */
export function stableParams(value: unknown, base?: string): unknown {
  if (typeof value === 'string') return base && value.startsWith(`${base}/`) ? value.slice(base.length + 1) : value;
  if (Array.isArray(value)) return value.map((item) => stableParams(item, base));
  if (value === null || typeof value !== 'object') return value;
  const strip = isProvenance(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (strip && (key === 'line' || key === 'column')) continue;
    out[key] = stableParams((value as Record<string, unknown>)[key], base);
  }
  return out;
}

/** The folder a result's paths are under: its workspace file's folder. */
export function workspaceFolder(workspace: string): string {
  const slash = Math.max(workspace.lastIndexOf('/'), workspace.lastIndexOf('\\'));
  return slash === -1 ? '' : workspace.slice(0, slash);
}

/** One finding's identity across runs: rule, instance, message and its parameters (see stableParams). */
export function findingKey(finding: Pick<Finding, 'rule' | 'instance' | 'messageId' | 'params'>, base?: string): string {
  return JSON.stringify([finding.rule, finding.instance, finding.messageId, stableParams(finding.params, base)]);
}

export const isFailing = (finding: Finding): boolean => !finding.suppressed && (finding.status === 'fail' || finding.status === 'error');
export const isProblem = (finding: Finding): boolean =>
  !finding.suppressed && (finding.status === 'fail' || finding.status === 'error' || finding.status === 'warn');
