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
  const arrays =
    (...keys: string[]) =>
    (node: Node, path: string): void => {
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

  // Then every value the rules read, against the model's shape: a wrong type stops here with its
  // position (exit 2), never later in a rule (exit 1).
  const check = (node: Node | undefined, shape: Shape, path: string, key: string): void => {
    if (node === undefined) return;
    if (typeof shape === 'string') {
      if (shape !== 'any' && kindOf(node) !== shape)
        fail(node, { id: 'snapshotWrongType', params: { path, key, expected: shape, found: kindOf(node) ?? 'null' } });
      return;
    }
    if ('optional' in shape) return kindOf(node) === 'null' ? undefined : check(node, shape.optional, path, key);
    if ('array' in shape) {
      if (kindOf(node) !== 'array') fail(node, { id: 'snapshotWrongType', params: { path, key, expected: 'array', found: kindOf(node) ?? 'null' } });
      for (const [index, item] of (node.children ?? []).entries()) check(item, shape.array, path, `${key}[${index}]`);
      return;
    }
    if (kindOf(node) !== 'object') fail(node, { id: 'snapshotWrongType', params: { path, key, expected: 'object', found: kindOf(node) ?? 'null' } });
    const at = join(path, key);
    for (const [name, field] of Object.entries(shape.object)) {
      const child = json.node([name], node);
      const optional = typeof field === 'object' && 'optional' in field;
      if (child === undefined && !optional) fail(node, { id: 'snapshotMissingKey', params: { path: at, key: name } });
      check(child, field, at, name);
    }
  };
  const planeData = (parent: Node, key: string, path: string, shape: Shape): void => {
    const node = json.node([key], parent)!;
    if (json.value(json.node(['state'], node)) === 'ok') check(json.node(['data'], node), shape, join(path, key), 'data');
  };
  check(json.node(['workspace', 'suppressions']), { array: SUPPRESSION }, 'workspace', 'suppressions');
  for (const [index, instance] of (instances.children ?? []).entries()) {
    const path = `instances[${index}]`;
    check(json.node(['at'], instance), PROVENANCE, path, 'at');
    check(json.node(['accessUrl'], instance), sourced('string'), path, 'accessUrl');
    check(json.node(['serverStartedAt'], instance), { optional: sourced('string') }, path, 'serverStartedAt');
    planeData(instance, 'campaign', path, CAMPAIGN);
    planeData(instance, 'serverConf', path, SERVER_CONF);
    planeData(instance, 'ims', path, IMS);
  }
  planeData(root, 'adminConsole', '', ADMIN_CONSOLE);
  // Users point at profiles by index: an index past the list would be read as no profile at all.
  const people = json.node(['adminConsole', 'data']);
  const profileCount = json.node(['profiles'], people ?? root)?.children?.length ?? 0;
  for (const [index, user] of (people ? (json.node(['users'], people)?.children ?? []) : []).entries()) {
    for (const ref of json.node(['profiles'], user)?.children ?? []) {
      const value = json.value(ref);
      if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= profileCount) {
        fail(ref, { id: 'snapshotWrongType', params: { path: `adminConsole.data.users[${index}]`, key: 'profiles', expected: 'number', found: 'number' } });
      }
    }
  }
  return json.value(root) as Snapshot;
}

/** The model's shape (src/model/snapshot.ts), as far as rules read it: kinds, arrays, objects, optional fields. */
type Shape = Kind | 'any' | { optional: Shape } | { array: Shape } | { object: Record<string, Shape> };

const opt = (shape: Shape): Shape => ({ optional: shape });
const PROVENANCE: Shape = {
  object: {
    file: opt('string'),
    line: opt('number'),
    column: opt('number'),
    path: opt('string'),
    endpoint: opt('string'),
    live: opt('boolean'),
    defaulted: opt('boolean'),
  },
};
const sourced = (value: Shape): Shape => ({ object: { value, at: PROVENANCE } });
const SECRET: Shape = { object: { kind: 'string', fingerprint: 'string', form: 'string', length: 'number' } };
const SUPPRESSION: Shape = { object: { rule: 'string', instance: opt('string'), reason: 'string', by: 'string', at: opt(PROVENANCE) } };
const ACCOUNT: Shape = {
  object: {
    at: PROVENANCE,
    name: sourced('string'),
    label: sourced('string'),
    type: sourced('string'),
    active: sourced('boolean'),
    imsServer: sourced('string'),
    clientId: sourced('string'),
    clientSecret: sourced(SECRET),
    callbackServer: sourced('string'),
    imsOrgId: sourced('string'),
    imsRightsMask: sourced('string'),
    userScope: sourced('string'),
    productContext: opt(sourced('string')),
    server: sourced('string'),
    tenant: sourced('string'),
    lastModified: opt(sourced('string')),
    carriesImsFields: 'boolean',
    typeLabel: opt('string'),
  },
};
const CAMPAIGN: Shape = {
  object: {
    source: 'string',
    buildNumber: opt(sourced('string')),
    version: opt(sourced('string')),
    externalAccounts: { array: ACCOUNT },
    groups: { array: { object: { name: sourced('string'), label: 'string' } } },
    operators: { array: { object: { name: sourced('string'), label: 'string', authenticationType: 'string', groups: { array: 'string' } } } },
    live: opt({ object: { endpoint: 'string', macType: opt(sourced('string')), productContextField: 'boolean', instanceName: opt('string') } }),
  },
};
const SERVER_CONF: Shape = {
  object: {
    source: 'string',
    urlPermissionAction: sourced('string'),
    urlPermissions: { array: { object: { dnsSuffix: 'string', urlRegEx: 'string', at: PROVENANCE } } },
    redirectionImsOrgId: opt(sourced('string')),
    authImsEndpoint: opt(sourced('string')),
  },
};
const SOURCED_TEXTS: Shape = opt({ array: sourced('string') });
const IMS: Shape = {
  object: {
    sources: { array: 'string' },
    endpoint: opt(sourced('string')),
    orgId: opt(sourced('string')),
    clientId: opt(sourced('string')),
    clientSecret: opt(sourced(SECRET)),
    scopes: SOURCED_TEXTS,
    scopesRaw: opt(sourced('string')),
    redirectUriPatterns: SOURCED_TEXTS,
    defaultRedirectUri: opt(sourced('string')),
    productContext: opt(sourced('string')),
    conflicts: { array: { object: { field: 'string', client: sourced('string'), console: sourced('string') } } },
  },
};
const ADMIN_CONSOLE: Shape = {
  object: {
    source: 'string',
    userCount: 'number',
    profiles: { array: { object: { name: 'string', at: PROVENANCE, userCount: 'number' } } },
    users: { array: { object: { email: 'string', username: 'string', line: 'number', profiles: { array: 'number' } } } },
  },
};
