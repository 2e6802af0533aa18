import path from 'node:path';
import type { CampaignSession } from '../collectors/live/campaign-soap.js';
import { executeQuery } from '../collectors/live/campaign-soap.js';
import type { Lang } from '../i18n/lang.js';
import type { ProblemRef } from '../i18n/problems.js';
import type { Snapshot } from '../model/snapshot.js';
import { SETTABLE_ACCOUNT_FIELDS } from './apply-snapshot.js';
import { packagedChanges, undoPackage, xmlAttribute } from './package-writer.js';
import type { ChangeDraft, FixPlan } from './types.js';
import { writeFileAtomic } from './write-files.js';

/**
 * `fix --apply` for the instances read live over SOAP (issue 13): the backup first (the undo
 * package, written atomically, or nothing is written), then each account's changed attributes
 * through xtk:session#Write, a fresh read of them, and a comparison. On any difference or error
 * every account written on that instance gets its backup values back and is read again, so an
 * instance ends applied or as it was, and the outcome says which, as data.
 */

/** One attribute of one account: the value the plan read, the one it sets. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export interface AccountChanges {
  account: string;
  fields: FieldChange[];
}

/** An attribute as read back from the server; null when it could not be read. */
export interface FieldHeld {
  field: string;
  expected: string;
  got: string | null;
}

/** What went wrong on the way, for one account. */
export type ApplyFailure =
  | { kind: 'writeFailed'; account: string; problem: ProblemRef }
  | { kind: 'readFailed'; account: string; problem: ProblemRef }
  | { kind: 'noRecord'; account: string }
  /** Every attribute written, as read back; at least one differs. */
  | { kind: 'differs'; account: string; fields: FieldHeld[] };

/** Why an instance was left alone. */
export type SkipReason =
  | { id: 'notLive' }
  | { id: 'unreadable' }
  | { id: 'notConnected'; problem: ProblemRef | null }
  | { id: 'onlyDeletes'; accounts: string[] }
  | { id: 'secretField'; account: string; field: string }
  | { id: 'unknownField'; account: string; field: string }
  | { id: 'changedSince'; account: string; fields: FieldHeld[] }
  | { id: 'readFailed'; failure: ApplyFailure }
  | { id: 'backupFailed'; file: string; error: string }
  | { id: 'otherBackupFailed'; instance: string };

/** An account whose backup values did not come back: what it holds, and why. */
export interface Held {
  account: string;
  fields: FieldHeld[];
  problem: ProblemRef | null;
}

export type InstanceOutcome =
  | { instance: string; status: 'applied'; backup: string; accounts: AccountChanges[]; notDeleted: string[] }
  | { instance: string; status: 'restored'; backup: string; failure: ApplyFailure; accounts: AccountChanges[]; notDeleted: string[] }
  | {
      instance: string;
      status: 'restoreFailed';
      backup: string;
      failure: ApplyFailure;
      /** Per account written, what it holds now (null where it could not be read). */
      holds: Held[];
      notDeleted: string[];
    }
  | { instance: string; status: 'skipped'; reason: SkipReason };

export interface ApplyLiveOptions {
  /** The backup goes to `<outputDir>/backup/<instance>-<UTC time>.xml`. */
  outputDir: string;
  now: Date;
  lang: Lang;
}

/** What the session is needed for, so that tests and the SDK meet in one place. */
type Session = Pick<CampaignSession, 'client' | 'dom' | 'describe'>;

/** Internal names are identifiers; anything else cannot be quoted into a query condition safely. */
const ACCOUNT_NAME = /^[A-Za-z0-9_]+$/;
const WRITABLE = new Set<string>(SETTABLE_ACCOUNT_FIELDS);
const SECRETS = new Set(['clientSecret', 'password']);

/** `DIR/backup/<instance>-20261201T215245Z.xml`. */
export function backupPath(outputDir: string, instance: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return path.join(outputDir, 'backup', `${instance}-${stamp}.xml`);
}

/** The instances the plan changes an account of through a package, in the snapshot's order. */
export function instancesToApply(plan: FixPlan, snapshot: Snapshot): string[] {
  return snapshot.instances.map((instance) => instance.name).filter((name) => packagedChanges(plan.changes, name).length > 0);
}

interface Prepared {
  instance: string;
  session: Session;
  accounts: AccountChanges[];
  setChanges: ChangeDraft[];
  notDeleted: string[];
  backup: string;
}

/**
 * Applies the plan's account changes to each instance that has a session. Instances without one
 * are reported skipped (`notLive`, or `notConnected` with the reason given in `unconnected`).
 */
export async function applyLive(
  plan: FixPlan,
  snapshot: Snapshot,
  sessions: ReadonlyMap<string, Session>,
  options: ApplyLiveOptions & { unconnected?: ReadonlyMap<string, ProblemRef | null> },
): Promise<InstanceOutcome[]> {
  const outcomes = new Map<string, InstanceOutcome>();
  const prepared: Prepared[] = [];
  for (const name of instancesToApply(plan, snapshot)) {
    const result = await prepare(plan, snapshot, name, sessions.get(name), options);
    if ('status' in result) outcomes.set(name, result);
    else prepared.push(result);
  }

  // 1. Every backup before any write: one that cannot be written stops the whole run.
  for (const item of prepared) {
    const campaign = snapshot.instances.find((instance) => instance.name === item.instance)?.campaign;
    const undo = undoPackage(item.setChanges, {
      instance: item.instance,
      now: options.now,
      lang: options.lang,
      campaign: campaign?.state === 'ok' ? campaign.data : undefined,
    });
    try {
      await writeFileAtomic(item.backup, undo!.xml);
    } catch (error) {
      const failed: SkipReason = { id: 'backupFailed', file: item.backup, error: (error as NodeJS.ErrnoException).code ?? String(error) };
      for (const other of prepared)
        outcomes.set(other.instance, {
          instance: other.instance,
          status: 'skipped',
          reason: other === item ? failed : { id: 'otherBackupFailed', instance: item.instance },
        });
      return order(outcomes, plan, snapshot);
    }
  }

  // 2. The writes, one instance after the other.
  for (const item of prepared) outcomes.set(item.instance, await applyInstance(item));
  return order(outcomes, plan, snapshot);
}

function order(outcomes: ReadonlyMap<string, InstanceOutcome>, plan: FixPlan, snapshot: Snapshot): InstanceOutcome[] {
  return instancesToApply(plan, snapshot).flatMap((name) => outcomes.get(name) ?? []);
}

async function prepare(
  plan: FixPlan,
  snapshot: Snapshot,
  name: string,
  session: Session | undefined,
  options: ApplyLiveOptions & { unconnected?: ReadonlyMap<string, ProblemRef | null> },
): Promise<Prepared | InstanceOutcome> {
  const skipped = (reason: SkipReason): InstanceOutcome => ({ instance: name, status: 'skipped', reason });
  const plane = snapshot.instances.find((instance) => instance.name === name)?.campaign;
  if (!plane || plane.state !== 'ok') return skipped({ id: 'unreadable' });
  if (!plane.data.live) return skipped({ id: 'notLive' });
  if (!session) return skipped({ id: 'notConnected', problem: options.unconnected?.get(name) ?? null });

  const changes = packagedChanges(plan.changes, name);
  // A deleted account could not come back whole (its secret is never exported): deletion stays with the package.
  const notDeleted = [...new Set(changes.filter((change) => change.op === 'delete').map((change) => change.target))];
  const setChanges = changes.filter((change) => change.op === 'set' && typeof change.to === 'string');
  if (setChanges.length === 0) return skipped({ id: 'onlyDeletes', accounts: notDeleted });

  const accounts: AccountChanges[] = [];
  for (const change of setChanges) {
    if (SECRETS.has(change.field)) return skipped({ id: 'secretField', account: change.target, field: change.field });
    if (!WRITABLE.has(change.field)) return skipped({ id: 'unknownField', account: change.target, field: change.field });
    if (change.field === 'productContext' && !plane.data.live.productContextField)
      return skipped({ id: 'unknownField', account: change.target, field: change.field });
    if (!ACCOUNT_NAME.test(change.target)) return skipped({ id: 'unknownField', account: change.target, field: 'name' });
    let account = accounts.find((entry) => entry.account === change.target);
    if (!account) accounts.push((account = { account: change.target, fields: [] }));
    account.fields.push({ field: change.field, from: typeof change.from === 'string' ? change.from : '', to: change.to as string });
  }

  // The plan was made from what was read then: if the server holds something else now, it is stale.
  for (const account of accounts) {
    const read = await readBack(
      session,
      account.account,
      account.fields.map((field) => ({ field: field.field, expected: field.from })),
    );
    if ('kind' in read) return skipped({ id: 'readFailed', failure: read });
    const moved = read.filter((field) => field.got !== field.expected);
    if (moved.length > 0) return skipped({ id: 'changedSince', account: account.account, fields: moved });
  }
  return { instance: name, session, accounts, setChanges, notDeleted, backup: backupPath(options.outputDir, name, options.now) };
}

async function applyInstance(item: Prepared): Promise<InstanceOutcome> {
  const { instance, session, accounts, notDeleted, backup } = item;
  const written: AccountChanges[] = [];
  for (const account of accounts) {
    // Written as soon as it is sent: a write whose answer was lost may have gone through.
    written.push(account);
    const failure = await writeAndCheck(
      session,
      account.account,
      account.fields.map((field) => [field.field, field.to]),
    );
    if (!failure) continue;
    const holds: Held[] = [];
    for (const undo of [...written].reverse()) {
      const restore: [string, string][] = undo.fields.map((field) => [field.field, field.from]);
      const restoreFailure = await writeAndCheck(session, undo.account, restore);
      if (!restoreFailure) continue;
      holds.push(await heldNow(session, undo.account, restore, restoreFailure));
    }
    if (holds.length === 0) return { instance, status: 'restored', backup, failure, accounts, notDeleted };
    return { instance, status: 'restoreFailed', backup, failure, holds: holds.reverse(), notDeleted };
  }
  return { instance, status: 'applied', backup, accounts, notDeleted };
}

/** Writes the attributes of one account, reads them back with a fresh query, compares: the failure, or undefined. */
async function writeAndCheck(session: Session, account: string, values: readonly [string, string][]): Promise<ApplyFailure | undefined> {
  const attributes = values.map(([field, value]) => `${field}="${xmlAttribute(value)}"`).join(' ');
  const doc = session.dom.parse(`<extAccount xtkschema="nms:extAccount" _key="@name" _operation="update" name="${xmlAttribute(account)}" ${attributes}/>`);
  try {
    await session.client.NLWS.xml.xtkSession.write(doc.documentElement);
  } catch (error) {
    return { kind: 'writeFailed', account, problem: session.describe({ method: 'xtk:session#Write', schema: 'nms:extAccount' }, error) };
  }
  const read = await readBack(
    session,
    account,
    values.map(([field, expected]) => ({ field, expected })),
  );
  if ('kind' in read) return read;
  return read.some((field) => field.got !== field.expected) ? { kind: 'differs', account, fields: read } : undefined;
}

/** After a failed restore: what the record holds, as far as a fresh read can tell. */
async function heldNow(session: Session, account: string, restore: readonly [string, string][], failure: ApplyFailure): Promise<Held> {
  const expected = restore.map(([field, value]) => ({ field, expected: value }));
  const problem = failure.kind === 'writeFailed' || failure.kind === 'readFailed' ? failure.problem : null;
  const read = failure.kind === 'differs' ? failure.fields : await readBack(session, account, expected);
  if (Array.isArray(read)) return { account, fields: read, problem };
  return { account, fields: expected.map((field) => ({ ...field, got: null })), problem: read.kind === 'readFailed' ? read.problem : problem };
}

/** The attributes of one account as the server holds them now (a query leaves an empty one out: read as empty). */
async function readBack(session: Session, account: string, fields: readonly { field: string; expected: string }[]): Promise<FieldHeld[] | ApplyFailure> {
  let rows;
  try {
    rows = await executeQuery(
      session.client,
      session.dom,
      'nms:extAccount',
      ['@name', ...fields.map((field) => `@${field.field}`)],
      `@name = '${account}'`,
      10,
    );
  } catch (error) {
    return { kind: 'readFailed', account, problem: session.describe({ method: 'xtk:queryDef#ExecuteQuery', schema: 'nms:extAccount' }, error) };
  }
  const row = rows.find((candidate) => candidate.getAttribute('name') === account);
  if (!row) return { kind: 'noRecord', account };
  return fields.map((field) => ({ field: field.field, expected: field.expected, got: row.getAttribute(field.field) ?? '' }));
}
