import { EXIT } from '../engine/run-rules.js';
import { accessChanges } from '../fix/access.js';
import type { AccessChange } from '../fix/types.js';
import type { CheckResult, Finding } from '../model/finding.js';
import type { Provenance } from '../model/provenance.js';
import type { InstanceSnapshot, PlaneResult, Snapshot } from '../model/snapshot.js';
import { findingKey, isProblem, workspaceFolder } from './finding-key.js';

/**
 * `ims-doctor diff A B`: what changed between two snapshots (each value with where it was read on
 * both sides), which findings appeared and which were resolved, who gained or lost operator
 * groups; and `check --baseline`: the findings that are new since an earlier result.
 */

export type DiffPlane = 'instance' | 'campaign' | 'serverConf' | 'ims' | 'adminConsole';

/** A value as it stood on one side. Secrets are their fingerprint and form, as in the snapshot. */
export interface SideValue {
  value: unknown;
  at: Provenance;
}

export interface ValueChange {
  plane: DiffPlane;
  /** null for the Admin Console, which every instance shares. */
  instance: string | null;
  /** Where in the plane, e.g. `extAccount[Adobe_Marketing_Cloud]/@imsServer`, `urlPermission/url[adobelogin.com https://.*]`. */
  key: string;
  /** null when absent on that side. */
  before: SideValue | null;
  after: SideValue | null;
}

export interface SnapshotDiff {
  schemaVersion: 1;
  kind: 'ims-doctor-diff';
  /** What was compared: the saved snapshot file for a snapshot, else the workspace file. */
  a: string;
  b: string;
  /** The workspace file each side is of (the same as a and b for a workspace). */
  workspaces: { a: string; b: string };
  values: ValueChange[];
  /** Present when both results were given. */
  findings: { appeared: Finding[]; resolved: Finding[] } | null;
  access: AccessChange[];
}

type Flat = Map<string, { plane: DiffPlane; instance: string | null; key: string; value: unknown; at: Provenance }>;

function put(flat: Flat, plane: DiffPlane, instance: string | null, key: string, value: unknown, at: Provenance): void {
  let id = `${plane}\u0000${instance ?? ''}\u0000${key}`;
  // Two records of the same name (a duplicate account): the second is key#2.
  for (let n = 2; flat.has(id); n++) id = `${plane}\u0000${instance ?? ''}\u0000${key}#${n}`;
  flat.set(id, { plane, instance, key: id.split('\u0000')[2]!, value, at });
}

function planeState<T>(flat: Flat, plane: DiffPlane, instance: string | null, result: PlaneResult<T>, fallback: Provenance): T | undefined {
  if (result.state === 'ok') return result.data;
  const at: Provenance = result.state === 'error' ? { file: result.problem.file, line: result.problem.line, column: result.problem.column } : fallback;
  put(
    flat,
    plane,
    instance,
    '(source)',
    result.state === 'error' ? { state: 'error', problem: result.problem.problem.id } : { state: 'absent', reason: result.reason },
    at,
  );
  return undefined;
}

function flattenInstance(flat: Flat, instance: InstanceSnapshot): void {
  const name = instance.name;
  put(flat, 'instance', name, 'role', instance.role, instance.at);
  put(flat, 'instance', name, 'accessUrl', instance.accessUrl.value, instance.accessUrl.at);
  if (instance.serverStartedAt) put(flat, 'instance', name, 'serverStartedAt', instance.serverStartedAt.value, instance.serverStartedAt.at);

  const campaign = planeState(flat, 'campaign', name, instance.campaign, instance.at);
  if (campaign) {
    if (campaign.buildNumber) put(flat, 'campaign', name, 'buildNumber', campaign.buildNumber.value, campaign.buildNumber.at);
    for (const account of campaign.externalAccounts) {
      const base = `extAccount[${account.name.value}]`;
      put(flat, 'campaign', name, base, 'present', account.at);
      const fields = ['label', 'type', 'imsServer', 'clientId', 'callbackServer', 'imsOrgId', 'imsRightsMask', 'userScope', 'server', 'tenant'] as const;
      for (const field of fields) if (account[field].value !== '') put(flat, 'campaign', name, `${base}/@${field}`, account[field].value, account[field].at);
      put(flat, 'campaign', name, `${base}/@active`, account.active.value, account.active.at);
      if (account.clientSecret.value.form !== 'empty') {
        put(
          flat,
          'campaign',
          name,
          `${base}/@clientSecret`,
          { fingerprint: account.clientSecret.value.fingerprint, form: account.clientSecret.value.form },
          account.clientSecret.at,
        );
      }
      if (account.productContext && account.productContext.value !== '')
        put(flat, 'campaign', name, `${base}/@productContext`, account.productContext.value, account.productContext.at);
      if (account.lastModified) put(flat, 'campaign', name, `${base}/@lastModified`, account.lastModified.value, account.lastModified.at);
    }
    for (const group of campaign.groups) put(flat, 'campaign', name, `group[${group.name.value}]`, group.label, group.name.at);
    for (const operator of campaign.operators) {
      put(flat, 'campaign', name, `operator[${operator.name.value}]/groups`, [...operator.groups].sort(), operator.name.at);
      put(flat, 'campaign', name, `operator[${operator.name.value}]/authenticationType`, operator.authenticationType, operator.name.at);
    }
  }

  const conf = planeState(flat, 'serverConf', name, instance.serverConf, instance.at);
  if (conf) {
    put(flat, 'serverConf', name, 'urlPermission/@action', conf.urlPermissionAction.value, conf.urlPermissionAction.at);
    for (const entry of conf.urlPermissions) put(flat, 'serverConf', name, `urlPermission/url[${entry.dnsSuffix} ${entry.urlRegEx}]`, 'present', entry.at);
    if (conf.redirectionImsOrgId) put(flat, 'serverConf', name, 'redirection/@IMSOrgId', conf.redirectionImsOrgId.value, conf.redirectionImsOrgId.at);
    if (conf.authImsEndpoint) put(flat, 'serverConf', name, 'ims/@authIMSEndpoint', conf.authImsEndpoint.value, conf.authImsEndpoint.at);
  }

  const ims = planeState(flat, 'ims', name, instance.ims, instance.at);
  if (ims) {
    for (const field of ['endpoint', 'orgId', 'clientId', 'defaultRedirectUri', 'productContext'] as const) {
      const item = ims[field];
      if (item) put(flat, 'ims', name, field, item.value, item.at);
    }
    if (ims.clientSecret)
      put(flat, 'ims', name, 'clientSecret', { fingerprint: ims.clientSecret.value.fingerprint, form: ims.clientSecret.value.form }, ims.clientSecret.at);
    for (const scope of ims.scopes ?? []) put(flat, 'ims', name, `scope[${scope.value}]`, 'present', scope.at);
    for (const pattern of ims.redirectUriPatterns ?? []) put(flat, 'ims', name, `redirectUriPattern[${pattern.value}]`, 'present', pattern.at);
  }
}

function flatten(snapshot: Snapshot): Flat {
  const flat: Flat = new Map();
  for (const instance of snapshot.instances) flattenInstance(flat, instance);
  const admin = planeState(flat, 'adminConsole', null, snapshot.adminConsole, { file: snapshot.workspace.file });
  if (admin) {
    for (const profile of admin.profiles) {
      put(flat, 'adminConsole', null, `profile[${profile.name}]`, 'present', profile.at);
      put(flat, 'adminConsole', null, `profile[${profile.name}]/users`, profile.userCount, profile.at);
    }
    for (const user of admin.users) {
      const names = user.profiles.map((index) => admin.profiles[index]?.name ?? '').sort();
      put(flat, 'adminConsole', null, `user[${(user.email || user.username).toLowerCase()}]/profiles`, names, { file: admin.source, line: user.line });
    }
  }
  return flat;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The values that differ between two snapshots, in A's order then B's additions. */
export function diffValues(a: Snapshot, b: Snapshot): ValueChange[] {
  const before = flatten(a);
  const after = flatten(b);
  const changes: ValueChange[] = [];
  for (const [id, left] of before) {
    const right = after.get(id);
    if (right && same(left.value, right.value)) continue;
    changes.push({
      plane: left.plane,
      instance: left.instance,
      key: left.key,
      before: { value: left.value, at: left.at },
      after: right ? { value: right.value, at: right.at } : null,
    });
  }
  for (const [id, right] of after) {
    if (!before.has(id))
      changes.push({ plane: right.plane, instance: right.instance, key: right.key, before: null, after: { value: right.value, at: right.at } });
  }
  return changes;
}

/** Findings that are a problem (fail, error, warn) in B and not in A, and the reverse. */
export function diffFindings(a: CheckResult, b: CheckResult): { appeared: Finding[]; resolved: Finding[] } {
  const baseA = workspaceFolder(a.workspace);
  const baseB = workspaceFolder(b.workspace);
  const keysA = new Set(a.findings.filter(isProblem).map((finding) => findingKey(finding, baseA)));
  const keysB = new Set(b.findings.filter(isProblem).map((finding) => findingKey(finding, baseB)));
  return {
    appeared: b.findings.filter((finding) => isProblem(finding) && !keysA.has(findingKey(finding, baseB))),
    resolved: a.findings.filter((finding) => isProblem(finding) && !keysB.has(findingKey(finding, baseA))),
  };
}

/** `names`: the snapshot file a side was read from, when it was a saved snapshot. */
export function diffSnapshots(a: Snapshot, b: Snapshot, results?: { a: CheckResult; b: CheckResult }, names: { a?: string; b?: string } = {}): SnapshotDiff {
  return {
    schemaVersion: 1,
    kind: 'ims-doctor-diff',
    a: names.a ?? a.workspace.file,
    b: names.b ?? b.workspace.file,
    workspaces: { a: a.workspace.file, b: b.workspace.file },
    values: diffValues(a, b),
    findings: results ? diffFindings(results.a, results.b) : null,
    access: accessChanges(a, b).changes,
  };
}

export interface BaselineOutcome {
  /** Failing or warning findings not in the earlier result (same rule, instance, message and parameters). */
  newFindings: Finding[];
  /** The current problems that were there already. */
  known: Finding[];
  /** 2 for unreadable sources, else 1, 3, 4 or 0 judged on the new findings only. */
  exitCode: number;
}

/** `check --baseline EARLIER.json`: pipelines fail only on what is new. */
export function baseline(current: CheckResult, earlier: CheckResult): BaselineOutcome {
  const baseEarlier = workspaceFolder(earlier.workspace);
  const baseCurrent = workspaceFolder(current.workspace);
  const before = new Set(earlier.findings.filter(isProblem).map((finding) => findingKey(finding, baseEarlier)));
  const problems = current.findings.filter(isProblem);
  const newFindings = problems.filter((finding) => !before.has(findingKey(finding, baseCurrent)));
  const known = problems.filter((finding) => before.has(findingKey(finding, baseCurrent)));
  const has = (status: Finding['status']): boolean => newFindings.some((finding) => finding.status === status);
  const exitCode = current.problems.length > 0 ? EXIT.badInput : has('error') ? EXIT.internal : has('fail') ? EXIT.fail : has('warn') ? EXIT.warn : EXIT.ok;
  return { newFindings, known, exitCode };
}
