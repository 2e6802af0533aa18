import { writeFile } from 'node:fs/promises';
import type { Node } from 'jsonc-parser';
import { isProblemId, type JsonKind, type ProblemRef } from '../i18n/problems.js';
import { InputError } from '../inputs/input-error.js';
import { JsonFile } from '../inputs/json-document.js';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../model/snapshot.js';
import type { Redactor } from '../security/redact.js';

/**
 * A snapshot saved as one JSON file (`check --save-snapshot`) and replayed offline
 * (`check --snapshot`): support can run the rules on a customer's state without access to it.
 * Secrets are already fingerprints in a snapshot; the redactor also blanks any secret a live
 * source may have echoed into a message.
 */
export async function saveSnapshot(file: string, snapshot: Snapshot, redactor?: Redactor): Promise<void> {
  const text = JSON.stringify(snapshot, null, 2) + '\n';
  await writeFile(file, redactor ? redactor.redact(text) : text, 'utf8');
}

type Kind = Exclude<JsonKind, 'null'>;

/** Reads a saved snapshot; a malformed one fails with file:line:column and what is wrong (`path` is a JSON path). */
export async function loadSnapshot(file: string): Promise<Snapshot> {
  const json = await JsonFile.read(file);
  const fail = (node: Node | undefined, problem: ProblemRef): never => {
    const at = json.at(node);
    throw new InputError(file, problem, at.line, at.column);
  };
  const kindOf = (node: Node | undefined): JsonKind | undefined => (node ? (node.type as JsonKind) : undefined);
  const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
  const need = (parent: Node, key: string, kind: Kind, path: string, optional = false): Node | undefined => {
    const node = json.node([key], parent);
    if (!node) {
      if (optional) return undefined;
      return fail(parent, { id: 'snapshotMissingKey', params: { path, key } });
    }
    const found = kindOf(node);
    if (found !== kind) fail(node, { id: 'snapshotWrongType', params: { path, key, expected: kind, found: found ?? 'null' } });
    return node;
  };
  /** A recorded problem: its id must be one this version can render. */
  const problem = (node: Node, path: string): void => {
    const fact = need(node, 'problem', 'object', path)!;
    const id = need(fact, 'id', 'string', join(path, 'problem'))!;
    const value = String(json.value(id));
    if (!isProblemId(value)) fail(id, { id: 'snapshotUnknownProblem', params: { path: join(path, 'problem.id'), id: value } });
  };

  const root = json.root;
  if (kindOf(root) !== 'object') fail(root, { id: 'snapshotNotObject', params: { path: '' } });
  const version = need(root, 'schemaVersion', 'number', '')!;
  if (json.value(version) !== SNAPSHOT_SCHEMA_VERSION) {
    fail(version, { id: 'snapshotVersion', params: { found: String(json.value(version)), supported: SNAPSHOT_SCHEMA_VERSION } });
  }
  need(root, 'collectedAt', 'string', '');
  const workspace = need(root, 'workspace', 'object', '')!;
  need(workspace, 'file', 'string', 'workspace');
  need(workspace, 'suppressions', 'array', 'workspace');
  const problems = need(root, 'problems', 'array', '')!;
  for (const [index, entry] of (problems.children ?? []).entries()) {
    const path = `problems[${index}]`;
    if (kindOf(entry) !== 'object') fail(entry, { id: 'snapshotNotObject', params: { path } });
    problem(entry, path);
  }

  const plane = (parent: Node, key: string, path: string, data: (node: Node, path: string) => void): void => {
    const node = need(parent, key, 'object', path)!;
    const at = join(path, key);
    const state = need(node, 'state', 'string', at)!;
    const value = json.value(state);
    if (value === 'ok') data(need(node, 'data', 'object', at)!, join(at, 'data'));
    else if (value === 'absent') need(node, 'reason', 'string', at);
    else if (value === 'error') problem(need(node, 'problem', 'object', at)!, join(at, 'problem'));
    else fail(state, { id: 'snapshotBadState', params: { path: at, value: String(value) } });
  };
  const arrays = (...keys: string[]) => (node: Node, path: string): void => {
    for (const key of keys) need(node, key, 'array', path);
  };

  const instances = need(root, 'instances', 'array', '')!;
  for (const [index, instance] of (instances.children ?? []).entries()) {
    const path = `instances[${index}]`;
    if (kindOf(instance) !== 'object') fail(instance, { id: 'snapshotNotObject', params: { path } });
    need(instance, 'name', 'string', path);
    need(instance, 'role', 'string', path);
    need(instance, 'accessUrl', 'object', path);
    plane(instance, 'campaign', path, arrays('externalAccounts', 'groups', 'operators'));
    plane(instance, 'serverConf', path, arrays('urlPermissions'));
    plane(instance, 'ims', path, arrays('sources', 'conflicts'));
    need(instance, 'probes', 'object', path, true);
  }
  plane(root, 'adminConsole', '', arrays('profiles', 'users'));
  return json.value(root) as Snapshot;
}
