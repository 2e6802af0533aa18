import type { Node } from 'jsonc-parser';
import type { JsonKind } from '../i18n/problems.js';
import { InputError } from '../inputs/input-error.js';
import { JsonFile } from '../inputs/json-document.js';
import { RESULT_SCHEMA_VERSION, type CheckResult } from '../model/finding.js';

/**
 * Reads an earlier `check --format json` result for `check --baseline`. Only what a baseline
 * compares is checked (the workspace, each finding's rule, instance, status, message and
 * parameters); a file that is not such a result fails with file:line:column, exit 2.
 */
export async function loadResult(file: string): Promise<CheckResult> {
  const json = await JsonFile.read(file);
  const fail = (node: Node | undefined, path: string, key: string, expected: JsonKind): never => {
    const at = json.at(node);
    throw new InputError(file, { id: 'resultNotCheck', params: { path, key, expected } }, at.line, at.column);
  };
  const need = (parent: Node, key: string, kinds: readonly JsonKind[], path: string): Node | undefined => {
    const node = json.node([key], parent);
    if (!node || !kinds.includes(node.type as JsonKind)) {
      if (node === undefined && kinds.includes('null')) return undefined;
      return fail(node ?? parent, path, key, kinds[0]!);
    }
    return node;
  };
  const root = json.root;
  if (root.type !== 'object') fail(root, '', 'findings', 'object');
  const version = need(root, 'schemaVersion', ['number'], '')!;
  if (json.value(version) !== RESULT_SCHEMA_VERSION) {
    const at = json.at(version);
    throw new InputError(file, { id: 'resultVersion', params: { found: String(json.value(version)), supported: RESULT_SCHEMA_VERSION } }, at.line, at.column);
  }
  need(root, 'workspace', ['string'], '');
  need(root, 'problems', ['array'], '');
  const findings = need(root, 'findings', ['array'], '')!;
  for (const [index, finding] of (findings.children ?? []).entries()) {
    const path = `findings[${index}]`;
    if (finding.type !== 'object') fail(finding, 'findings', String(index), 'object');
    for (const key of ['rule', 'status', 'messageId']) need(finding, key, ['string'], path);
    need(finding, 'instance', ['string', 'null'], path);
    need(finding, 'params', ['object'], path);
  }
  return json.value(root) as CheckResult;
}
