import { MAC_ACCOUNT_IMS_ATTRIBUTES } from '../domain/facts.js';
import type { Provenance, Sourced } from '../model/provenance.js';
import type { SecretRef } from '../model/secret.js';
import type {
  AdminConsolePlane,
  AdminConsoleProfile,
  AdminConsoleUser,
  CampaignPlane,
  ExternalAccount,
  ImsPlane,
  InstanceSnapshot,
  PlaneResult,
  ServerConfPlane,
  Snapshot,
} from '../model/snapshot.js';
import type { ChangeDraft, UrlEntryValue } from './types.js';

/**
 * Applies changes to a snapshot as the systems would once each change is made: a pure function
 * returning a new snapshot (the input is never modified; untouched planes are shared). A Campaign
 * save stamps the account's lastModified, a restart the instance's serverStartedAt, both with
 * `now`, so the restart rule sees what the plan's order does.
 */

export interface ApplyOptions {
  now: Date;
  /** Where changed values say they come from (default plan.json). */
  file?: string;
}

/** The account fields a change may set: every attribute of the record except the secret. */
export const SETTABLE_ACCOUNT_FIELDS = [
  'label',
  'active',
  'imsServer',
  'clientId',
  'callbackServer',
  'imsOrgId',
  'imsRightsMask',
  'userScope',
  'productContext',
  'server',
  'tenant',
] as const;
export type SettableAccountField = (typeof SETTABLE_ACCOUNT_FIELDS)[number];

export const SETTABLE_IMS_FIELDS = ['endpoint', 'orgId', 'clientId', 'defaultRedirectUri', 'productContext'] as const;
export type SettableImsField = (typeof SETTABLE_IMS_FIELDS)[number];

/** The IMS client's lists a change may add an item to (a scope provisioned, a redirect URI pattern added). */
export const IMS_LIST_FIELDS = ['scopes', 'redirectUriPatterns'] as const;
export type ImsListField = (typeof IMS_LIST_FIELDS)[number];

/**
 * The id a change is known by, also the provenance path of what it sets. A serverConf file is named
 * by its file name (one per instance), so the id does not depend on the folder ims-doctor ran from.
 */
export function changeKey(change: Pick<ChangeDraft, 'instance' | 'plane' | 'record' | 'target' | 'field'>): string {
  const target =
    change.plane === 'serverConf' ? change.target.slice(Math.max(change.target.lastIndexOf('/'), change.target.lastIndexOf('\\')) + 1) : change.target;
  return `${change.instance ?? '*'}:${change.record}:${target}:${change.field}`;
}

export function applyChanges(snapshot: Snapshot, changes: readonly ChangeDraft[], options: ApplyOptions): Snapshot {
  let result: Snapshot = snapshot;
  for (const change of changes) result = applyOne(result, change, options);
  return result;
}

/** Campaign writes dates as `2026-10-02 09:10:03.000Z`. */
export function campaignDate(date: Date): string {
  return date.toISOString().replace('T', ' ');
}

function applyOne(snapshot: Snapshot, change: ChangeDraft, options: ApplyOptions): Snapshot {
  const at: Provenance = { file: options.file ?? 'plan.json', path: `changes[@id="${changeKey(change)}"]` };
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  switch (change.record) {
    case 'extAccount':
      return onInstance(snapshot, change.instance, (instance) => ({
        ...instance,
        // A secret is pasted from IMS by hand: the account then holds the one IMS has (as its fingerprint).
        campaign: onPlane(instance.campaign, (plane) =>
          accountChange(plane, change, at, options.now, instance.ims.state === 'ok' ? instance.ims.data.clientSecret?.value : undefined),
        ),
      }));
    case 'operatorGroup':
      return onInstance(snapshot, change.instance, (instance) => ({
        ...instance,
        campaign: onPlane(instance.campaign, (plane) => renameGroup(plane, change.target, text(change.to), at)),
      }));
    case 'urlPermission':
      return onInstance(snapshot, change.instance, (instance) => ({
        ...instance,
        serverConf: onPlane(instance.serverConf, (plane) => addUrl(plane, change.to as UrlEntryValue, at)),
      }));
    case 'redirection':
      return onInstance(snapshot, change.instance, (instance) => ({
        ...instance,
        serverConf: onPlane(instance.serverConf, (plane): ServerConfPlane => ({ ...plane, redirectionImsOrgId: { value: text(change.to), at } })),
      }));
    case 'profile':
      return { ...snapshot, adminConsole: onPlane(snapshot.adminConsole, (plane) => profileChange(plane, change, at)) };
    case 'imsClient':
      return imsChange(snapshot, change, at);
    case 'server':
      return onInstance(snapshot, change.instance, (instance) => ({
        ...instance,
        // One second after `now`: after every save the plan makes.
        serverStartedAt: { value: new Date(options.now.getTime() + 1000).toISOString(), at },
      }));
  }
}

function onInstance(snapshot: Snapshot, name: string | null, edit: (instance: InstanceSnapshot) => InstanceSnapshot): Snapshot {
  return { ...snapshot, instances: snapshot.instances.map((instance) => (instance.name === name ? edit(instance) : instance)) };
}

function onPlane<T>(plane: PlaneResult<T>, edit: (data: T) => T): PlaneResult<T> {
  return plane.state === 'ok' ? { state: 'ok', data: edit(plane.data) } : plane;
}

/** The record a change to `name` reaches: the enabled one first, as Campaign reads it. */
function accountIndex(accounts: readonly ExternalAccount[], name: string): number {
  const enabled = accounts.findIndex((account) => account.name.value === name && account.active.value);
  return enabled !== -1 ? enabled : accounts.findIndex((account) => account.name.value === name);
}

function accountChange(plane: CampaignPlane, change: ChangeDraft, at: Provenance, now: Date, imsSecret: SecretRef | undefined): CampaignPlane {
  if (change.op === 'delete') return { ...plane, externalAccounts: plane.externalAccounts.filter((account) => account.name.value !== change.target) };
  const index = accountIndex(plane.externalAccounts, change.target);
  const current = plane.externalAccounts[index];
  if (!current) return plane;
  const value = typeof change.to === 'string' ? change.to : '';
  let account: ExternalAccount = { ...current, lastModified: { value: campaignDate(now), at } };
  if (change.op === 'rename') account = { ...account, name: { value, at } };
  else if (change.field === 'active') account = { ...account, active: { value: value === '1' || value.toLowerCase() === 'true', at } };
  else if (change.field === 'clientSecret') {
    if (imsSecret) account = { ...account, clientSecret: { value: imsSecret, at } };
  } else if ((SETTABLE_ACCOUNT_FIELDS as readonly string[]).includes(change.field)) {
    account = { ...account, [change.field]: { value, at } satisfies Sourced<string> };
    if ((MAC_ACCOUNT_IMS_ATTRIBUTES as readonly string[]).includes(change.field) && value !== '') account.carriesImsFields = true;
  }
  const externalAccounts = [...plane.externalAccounts];
  externalAccounts[index] = account;
  return { ...plane, externalAccounts };
}

function renameGroup(plane: CampaignPlane, from: string, to: string, at: Provenance): CampaignPlane {
  return {
    ...plane,
    groups: plane.groups.map((group) => (group.name.value === from ? { ...group, name: { value: to, at } } : group)),
    // Operators are linked to the group, not to its name: they follow the rename.
    operators: plane.operators.map((operator) =>
      operator.groups.includes(from) ? { ...operator, groups: operator.groups.map((name) => (name === from ? to : name)) } : operator,
    ),
  };
}

function addUrl(plane: ServerConfPlane, entry: UrlEntryValue, at: Provenance): ServerConfPlane {
  return {
    ...plane,
    urlPermissions: [...plane.urlPermissions, { dnsSuffix: entry.dnsSuffix, urlRegEx: entry.urlRegEx, at }],
  };
}

function profileChange(plane: AdminConsolePlane, change: ChangeDraft, at: Provenance): AdminConsolePlane {
  const index = plane.profiles.findIndex((profile) => profile.name === change.target);
  if (change.op === 'rename') {
    if (index === -1 || typeof change.to !== 'string') return plane;
    const profiles = [...plane.profiles];
    profiles[index] = { ...profiles[index]!, name: change.to, at };
    return { ...plane, profiles };
  }
  if (change.op !== 'addMembers' || !Array.isArray(change.to)) return plane;
  const profiles: AdminConsoleProfile[] = [...plane.profiles];
  let target = index;
  if (target === -1) {
    target = profiles.length;
    profiles.push({ name: change.target, at, userCount: 0 });
  }
  const people = new Set(change.to.map((person) => person.toLowerCase()));
  let added = 0;
  // Users sharing a profiles array share its copy too.
  const copies = new Map<readonly number[], number[]>();
  const users = plane.users.map((user): AdminConsoleUser => {
    if (!people.has((user.email || user.username).toLowerCase()) || user.profiles.includes(target)) return user;
    let profilesOfUser = copies.get(user.profiles);
    if (!profilesOfUser) {
      profilesOfUser = [...user.profiles, target];
      copies.set(user.profiles, profilesOfUser);
    }
    added++;
    return { ...user, profiles: profilesOfUser };
  });
  profiles[target] = { ...profiles[target]!, userCount: profiles[target]!.userCount + added };
  return { ...plane, profiles, users };
}

function imsChange(snapshot: Snapshot, change: ChangeDraft, at: Provenance): Snapshot {
  const own = snapshot.instances.find((instance) => instance.name === change.instance);
  const listField = change.op === 'add' && (IMS_LIST_FIELDS as readonly string[]).includes(change.field) ? (change.field as ImsListField) : undefined;
  if (!own || own.ims.state !== 'ok' || (listField === undefined && !(SETTABLE_IMS_FIELDS as readonly string[]).includes(change.field))) return snapshot;
  // An IMS client is one client whichever instances read it: change it for each of them.
  const sources = own.ims.data.sources.join('\n');
  const value = typeof change.to === 'string' ? change.to : '';
  const edit = (plane: ImsPlane): ImsPlane =>
    listField !== undefined
      ? { ...plane, [listField]: [...(plane[listField] ?? []), { value, at }] }
      : {
          ...plane,
          [change.field]: { value, at } satisfies Sourced<string>,
          conflicts: plane.conflicts.filter((conflict) => conflict.field !== change.field),
        };
  return {
    ...snapshot,
    instances: snapshot.instances.map((instance) =>
      instance.ims.state === 'ok' && instance.ims.data.sources.join('\n') === sources
        ? { ...instance, ims: { state: 'ok', data: edit(instance.ims.data) } }
        : instance,
    ),
  };
}
