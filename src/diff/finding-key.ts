import type { Finding } from '../model/finding.js';

const PROVENANCE_KEYS = new Set(['file', 'line', 'column', 'path', 'endpoint', 'live', 'defaulted']);

function isProvenance(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => PROVENANCE_KEYS.has(key)) && ('line' in value || 'file' in value || 'endpoint' in value);
}

/**
 * A file as compared across machines: `/` as separator, named relative to the workspace folder
 * (`base`); a file outside it by its name alone. So a workspace copied elsewhere, or a snapshot
 * saved on a customer's machine (Windows paths included), names its files as here.
 */
export function stablePath(file: string, base: string): string {
  const clean = (text: string): string =>
    text
      .replaceAll('\\', '/')
      .replace(/^(\.\/)+/, '')
      .replace(/\/+$/, '');
  const slashed = clean(file);
  const folder = clean(base) === '.' ? '' : clean(base);
  if (folder !== '' && slashed.startsWith(`${folder}/`)) return slashed.slice(folder.length + 1);
  const outside = folder !== '' || slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed) || slashed.startsWith('../');
  return outside ? slashed.slice(slashed.lastIndexOf('/') + 1) : slashed;
}

/** The files a parameter tree names in its provenances, so a plain string naming one of them is read as that file. */
function provenanceFiles(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) provenanceFiles(item, into);
  else if (value !== null && typeof value === 'object') {
    if (isProvenance(value) && typeof (value as { file?: unknown }).file === 'string') into.add((value as { file: string }).file);
    for (const item of Object.values(value)) provenanceFiles(item, into);
  }
  return into;
}

/**
 * Parameters as compared across two runs: a provenance keeps its file and path but not its line
 * and column, since a line added above a value moves it without making it another finding; and a
 * file, in a provenance or as a plain parameter, is named as stablePath names it, so the identity
 * of a finding does not depend on where the workspace sits. Object keys are sorted, so the text
 * is the same whatever order a rule wrote them in.
 */
export function stableParams(value: unknown, base?: string): unknown {
  return stable(value, base, base === undefined ? new Set() : provenanceFiles(value, new Set()));
}

function stable(value: unknown, base: string | undefined, files: ReadonlySet<string>): unknown {
  if (typeof value === 'string') {
    if (base === undefined) return value;
    const underBase = base !== '' && (value.startsWith(`${base}/`) || value.startsWith(`${base}\\`));
    return underBase || files.has(value) ? stablePath(value, base) : value;
  }
  if (Array.isArray(value)) return value.map((item) => stable(item, base, files));
  if (value === null || typeof value !== 'object') return value;
  const strip = isProvenance(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (strip && (key === 'line' || key === 'column')) continue;
    out[key] = stable((value as Record<string, unknown>)[key], base, files);
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
