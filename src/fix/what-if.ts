import { findingKey, isFailing, isProblem } from '../diff/finding-key.js';
import { runRules, type RunOptions } from '../engine/run-rules.js';
import type { CheckResult, Finding } from '../model/finding.js';
import { instanceContext } from '../model/instance-context.js';
import type { AdminConsoleUser, Snapshot } from '../model/snapshot.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { accessDiff, grantsOf } from './access.js';
import { applyChanges, SETTABLE_ACCOUNT_FIELDS, SETTABLE_IMS_FIELDS, type SettableAccountField, type SettableImsField } from './apply-snapshot.js';
import type { AccessChange, ChangeDraft, FixMessage, PredictedFinding, Rejection } from './types.js';

/**
 * What-if: the check a set of changes would get, and who would gain or lose operator groups,
 * without touching anything. The plan proves itself with it, and `fix --what-if` rehearses a
 * change the user proposes.
 */

export interface CheckRun {
  rules?: readonly Rule[];
  only?: string[];
  instances?: string[];
  ignore?: RunOptions['ignore'];
}

export function runCheck(snapshot: Snapshot, run: CheckRun = {}): CheckResult {
  return runRules(snapshot, run.rules ?? RULES, { lang: 'en', only: run.only, instances: run.instances, ignore: run.ignore });
}

export interface Evaluation {
  snapshot: Snapshot;
  result: CheckResult;
  predicted: PredictedFinding[];
  access: AccessChange[];
  accessUnchanged: number;
  /** Failing after, and not failing before with the same rule, instance and message. */
  newFailures: Finding[];
  /** Failing before and not after (same matching). */
  resolved: Finding[];
  rejections: Rejection[];
}

export function predictedOf(result: CheckResult): PredictedFinding[] {
  return result.findings.map((finding) => ({
    rule: finding.rule,
    instance: finding.instance,
    status: finding.status,
    messageId: finding.messageId,
    suppressed: finding.suppressed !== undefined,
  }));
}

const failureKey = (finding: Finding): string => JSON.stringify([finding.rule, finding.instance, finding.messageId]);

/** Applies the changes to `before`, checks the result, and says what the changes break or take away. */
export function evaluate(before: Snapshot, beforeResult: CheckResult, changes: readonly ChangeDraft[], options: { now: Date; run?: CheckRun }): Evaluation {
  const snapshot = applyChanges(before, changes, { now: options.now });
  const result = runCheck(snapshot, options.run);
  const failingBefore = new Set(beforeResult.findings.filter(isFailing).map(failureKey));
  const failingAfter = new Set(result.findings.filter(isFailing).map(failureKey));
  const newFailures = result.findings.filter((finding) => isFailing(finding) && !failingBefore.has(failureKey(finding)));
  const resolved = beforeResult.findings.filter((finding) => isFailing(finding) && !failingAfter.has(failureKey(finding)));
  const access = accessDiff(before, snapshot);
  const wrong = calledWrong(before, beforeResult);
  const lost = access.changes.filter((change, index) => change.lost.length > 0 && !wrong(change, access.users[index]));
  const rejections: Rejection[] = [
    ...dedupe(newFailures).map((finding): Rejection => ({
      reason: { id: 'rejectNewFailure', params: { rule: finding.rule, instance: finding.instance, messageId: finding.messageId } },
    })),
    ...lost
      .slice(0, LOSSES_LISTED)
      .map((change): Rejection => ({ reason: { id: 'rejectAccessLost', params: { person: change.person, instance: change.instance, groups: change.lost } } })),
    ...(lost.length > LOSSES_LISTED ? [{ reason: { id: 'rejectAccessLostMore', params: { count: lost.length - LOSSES_LISTED } } } satisfies Rejection] : []),
  ];
  return { snapshot, result, predicted: predictedOf(result), access: access.changes, accessUnchanged: access.unchanged, newFailures, resolved, rejections };
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = failureKey(finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** People whose losses are listed one by one in the rejections; the rest are counted. */
const LOSSES_LISTED = 20;

/**
 * A loss the findings called wrong: a finding of that instance (or of every instance) that is not
 * a pass names the person, or a profile that granted the lost group (a profile a finding says is
 * misnamed, say). The people's profiles are indexed once, and only when a loss needs them.
 */
function calledWrong(before: Snapshot, result: CheckResult): (change: AccessChange, user: AdminConsoleUser | undefined) => boolean {
  // Every string the problem findings of an instance (or of every instance) name, once.
  const named = new Map<string, Set<string>>();
  const namedOn = (instance: string): Set<string> => {
    let strings = named.get(instance);
    if (!strings) {
      strings = new Set();
      for (const finding of result.findings)
        if (isProblem(finding) && (finding.instance === instance || finding.instance === null)) collectStrings(finding.params, strings);
      named.set(instance, strings);
    }
    return strings;
  };
  const plane = before.adminConsole.state === 'ok' ? before.adminConsole.data : undefined;
  const grants = new Map<string, (string | null)[]>();
  return (change, user) => {
    const strings = namedOn(change.instance);
    if (strings.has(change.person)) return true;
    if (!plane || !user) return false;
    let granted = grants.get(change.instance);
    if (!granted) grants.set(change.instance, (granted = grantsOf(before, change.instance)));
    const lost = granted;
    return user.profiles.some((index) => change.lost.includes(lost[index] ?? '') && strings.has(plane.profiles[index]!.name));
  };
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, into);
}

// ---- --what-if 'instance.field=value' ----

export type WhatIfTarget =
  { plane: 'campaign'; field: SettableAccountField } | { plane: 'ims'; field: SettableImsField } | { plane: 'serverConf'; field: 'IMSOrgId' };

export interface WhatIf {
  instance: string;
  target: WhatIfTarget;
  value: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: FixMessage };

/**
 * Reads `instance.field=value` (an account field: `stage.imsRightsMask=campaign - acme-stage - `),
 * `instance.ims.field=value` or `instance.serverConf.IMSOrgId=value`. The value is taken as
 * written after the first `=`, spaces kept; a value in double quotes is read as a JSON string (for
 * tabs and the like). Instance names may hold dots when the known names are given.
 */
export function parseWhatIf(text: string, instances: readonly string[] = []): Parsed<WhatIf> {
  const equals = text.indexOf('=');
  if (equals === -1) return { ok: false, error: { id: 'whatIfSyntax', params: { text } } };
  const left = text.slice(0, equals).trim();
  let raw = text.slice(equals + 1);
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    try {
      const decoded: unknown = JSON.parse(raw);
      if (typeof decoded === 'string') raw = decoded;
    } catch {
      return { ok: false, error: { id: 'whatIfSyntax', params: { text } } };
    }
  }
  const known = [...instances].sort((a, b) => b.length - a.length).find((name) => left.startsWith(`${name}.`));
  const instance = known ?? left.slice(0, Math.max(0, left.indexOf('.')));
  if (instance === '') return { ok: false, error: { id: 'whatIfSyntax', params: { text } } };
  if (instances.length > 0 && !instances.includes(instance))
    return { ok: false, error: { id: 'whatIfUnknownInstance', params: { instance, known: [...instances] } } };
  const path = left.slice(instance.length + 1);
  const fields = [...SETTABLE_ACCOUNT_FIELDS, ...SETTABLE_IMS_FIELDS.map((field) => `ims.${field}`), 'serverConf.IMSOrgId'];
  if (path === 'clientSecret' || path === 'ims.clientSecret') return { ok: false, error: { id: 'whatIfSecret' } };
  if ((SETTABLE_ACCOUNT_FIELDS as readonly string[]).includes(path))
    return { ok: true, value: { instance, target: { plane: 'campaign', field: path as SettableAccountField }, value: raw } };
  if (path.startsWith('ims.') && (SETTABLE_IMS_FIELDS as readonly string[]).includes(path.slice(4))) {
    return { ok: true, value: { instance, target: { plane: 'ims', field: path.slice(4) as SettableImsField }, value: raw } };
  }
  if (path === 'serverConf.IMSOrgId') return { ok: true, value: { instance, target: { plane: 'serverConf', field: 'IMSOrgId' }, value: raw } };
  return { ok: false, error: { id: 'whatIfUnknownField', params: { field: path, known: fields } } };
}

/** The change a parsed what-if makes on this snapshot, its `from` read from it. */
export function whatIfChange(snapshot: Snapshot, whatIf: WhatIf): Parsed<ChangeDraft> {
  const instance = snapshot.instances.find((candidate) => candidate.name === whatIf.instance);
  if (!instance)
    return { ok: false, error: { id: 'whatIfUnknownInstance', params: { instance: whatIf.instance, known: snapshot.instances.map((item) => item.name) } } };
  const context = instanceContext(snapshot, instance);
  const { target, value } = whatIf;
  if (target.plane === 'campaign') {
    const account = context.account;
    if (!account) return { ok: false, error: { id: 'whatIfNoPlane', params: { instance: instance.name, plane: 'campaign' } } };
    const current = target.field === 'active' ? { value: account.active.value ? '1' : '0', at: account.active.at } : account[target.field];
    return {
      ok: true,
      value: {
        plane: 'campaign',
        record: 'extAccount',
        op: 'set',
        instance: instance.name,
        target: account.name.value,
        field: target.field,
        from: current?.value ?? null,
        to: value,
        at: current?.at ?? null,
        applyWith: 'package',
        risk: [],
      },
    };
  }
  if (target.plane === 'ims') {
    const ims = context.ims;
    if (!ims) return { ok: false, error: { id: 'whatIfNoPlane', params: { instance: instance.name, plane: 'ims' } } };
    const current = ims[target.field];
    return {
      ok: true,
      value: {
        plane: 'ims',
        record: 'imsClient',
        op: 'set',
        instance: instance.name,
        target: ims.clientId?.value ?? instance.name,
        field: target.field,
        from: current?.value ?? null,
        to: value,
        at: current?.at ?? null,
        applyWith: 'steps',
        risk: [],
      },
    };
  }
  const conf = context.serverConf;
  if (!conf) return { ok: false, error: { id: 'whatIfNoPlane', params: { instance: instance.name, plane: 'serverConf' } } };
  return {
    ok: true,
    value: {
      plane: 'serverConf',
      record: 'redirection',
      op: 'set',
      instance: instance.name,
      target: conf.source,
      field: 'IMSOrgId',
      from: conf.redirectionImsOrgId?.value ?? null,
      to: value,
      at: conf.redirectionImsOrgId?.at ?? null,
      applyWith: 'patch',
      risk: [],
    },
  };
}

export interface WhatIfResult extends Omit<Evaluation, 'snapshot' | 'result' | 'newFailures' | 'resolved'> {
  schemaVersion: 1;
  kind: 'ims-doctor-what-if';
  changes: ChangeDraft[];
  /** Failing findings the changes add or resolve, by rule, instance and message. */
  newFailures: { rule: string; instance: string | null; messageId: string }[];
  resolved: { rule: string; instance: string | null; messageId: string }[];
  accepted: boolean;
}

/** Rehearses changes: the check after them, who gains and loses groups, and whether they would be refused. */
export function whatIf(snapshot: Snapshot, result: CheckResult, changes: readonly ChangeDraft[], options: { now?: Date; run?: CheckRun } = {}): WhatIfResult {
  const evaluation = evaluate(snapshot, result, changes, { now: options.now ?? new Date(), run: options.run });
  const brief = (finding: Finding): { rule: string; instance: string | null; messageId: string } => ({
    rule: finding.rule,
    instance: finding.instance,
    messageId: finding.messageId,
  });
  const uniq = (items: Finding[]): { rule: string; instance: string | null; messageId: string }[] => [
    ...new Map(items.map((item) => [findingKey({ ...item, params: {} }), brief(item)])).values(),
  ];
  return {
    schemaVersion: 1,
    kind: 'ims-doctor-what-if',
    changes: [...changes],
    predicted: evaluation.predicted,
    access: evaluation.access,
    accessUnchanged: evaluation.accessUnchanged,
    newFailures: uniq(evaluation.newFailures),
    resolved: uniq(evaluation.resolved),
    rejections: evaluation.rejections,
    accepted: evaluation.rejections.length === 0,
  };
}
