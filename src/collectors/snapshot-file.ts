import { writeFile } from 'node:fs/promises';
import type { Node } from 'jsonc-parser';
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

type Kind = 'object' | 'array' | 'string' | 'number' | 'boolean';

/** Reads a saved snapshot; a malformed one fails with file:line:column and what is wrong. */
export async function loadSnapshot(file: string): Promise<Snapshot> {
  const json = await JsonFile.read(file);
  const fail = (node: Node | undefined, message: string): never => {
    const at = json.at(node);
    throw new InputError(file, message, at.line, at.column);
  };
  const kindOf = (node: Node | undefined): Kind | 'null' | undefined => (node ? (node.type === 'null' ? 'null' : (node.type as Kind)) : undefined);
  const need = (parent: Node, key: string, kind: Kind, where: string, optional = false): Node | undefined => {
    const node = json.node([key], parent);
    if (!node) {
      if (optional) return undefined;
      return fail(parent, `is not an ims-doctor snapshot: ${where} has no "${key}".`);
    }
    if (kindOf(node) !== kind) fail(node, `is not an ims-doctor snapshot: "${key}" of ${where} should be ${kind === 'array' ? 'an' : 'a'} ${kind}, not ${kindOf(node)}.`);
    return node;
  };

  const root = json.root;
  if (kindOf(root) !== 'object') fail(root, 'is not an ims-doctor snapshot: it should hold a JSON object.');
  const version = need(root, 'schemaVersion', 'number', 'the snapshot')!;
  if (json.value(version) !== SNAPSHOT_SCHEMA_VERSION) {
    fail(version, `is a snapshot of schema version ${String(json.value(version))}; this ims-doctor reads version ${SNAPSHOT_SCHEMA_VERSION}.`);
  }
  need(root, 'collectedAt', 'string', 'the snapshot');
  const workspace = need(root, 'workspace', 'object', 'the snapshot')!;
  need(workspace, 'file', 'string', '"workspace"');
  need(workspace, 'suppressions', 'array', '"workspace"');
  need(root, 'problems', 'array', 'the snapshot');

  const plane = (parent: Node, key: string, where: string, data: (node: Node, where: string) => void): void => {
    const node = need(parent, key, 'object', where)!;
    const state = need(node, 'state', 'string', `"${key}" of ${where}`)!;
    const value = json.value(state);
    if (value === 'ok') data(need(node, 'data', 'object', `"${key}" of ${where}`)!, `"${key}.data" of ${where}`);
    else if (value === 'absent') need(node, 'reason', 'string', `"${key}" of ${where}`);
    else if (value === 'error') need(need(node, 'problem', 'object', `"${key}" of ${where}`)!, 'message', 'string', `"${key}.problem" of ${where}`);
    else fail(state, `is not an ims-doctor snapshot: "state" of "${key}" should be "ok", "absent" or "error", not ${JSON.stringify(value)}.`);
  };
  const arrays = (...keys: string[]) => (node: Node, where: string): void => {
    for (const key of keys) need(node, key, 'array', where);
  };

  const instances = need(root, 'instances', 'array', 'the snapshot')!;
  for (const [index, instance] of (instances.children ?? []).entries()) {
    const where = `instance #${index + 1}`;
    if (kindOf(instance) !== 'object') fail(instance, `is not an ims-doctor snapshot: ${where} should be an object.`);
    need(instance, 'name', 'string', where);
    need(instance, 'role', 'string', where);
    need(instance, 'accessUrl', 'object', where);
    plane(instance, 'campaign', where, arrays('externalAccounts', 'groups', 'operators'));
    plane(instance, 'serverConf', where, arrays('urlPermissions'));
    plane(instance, 'ims', where, arrays('sources', 'conflicts'));
    need(instance, 'probes', 'object', where, true);
  }
  plane(root, 'adminConsole', 'the snapshot', arrays('profiles', 'users'));
  return json.value(root) as Snapshot;
}
