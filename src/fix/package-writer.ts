import { formatFor } from '../i18n/catalogue.js';
import { FIX } from '../i18n/fix.js';
import type { Lang } from '../i18n/lang.js';
import type { CampaignPlane } from '../model/snapshot.js';
import { SETTABLE_ACCOUNT_FIELDS } from './apply-snapshot.js';
import type { ChangeDraft } from './types.js';

/**
 * The Campaign package of a plan for one instance, in the `xtk:navtree` grammar of an export
 * (domain.md "Package exports"), importable with Tools > Advanced > Import package: in
 * `<entities schema="nms:extAccount">`, one `extAccount` per account, keyed `_key="@name"`, with
 * `_operation="update"` and only the attributes to set, or `_operation="delete"` for a duplicate.
 * Deletions come first. A secret is never written: a change to one is refused.
 */

/** Attributes a package may never carry. */
const SECRET_ATTRIBUTES = new Set(['clientSecret', 'password']);

export function packagedChanges(changes: readonly ChangeDraft[], instance: string): ChangeDraft[] {
  return changes.filter((change) => change.instance === instance && change.applyWith === 'package' && change.record === 'extAccount');
}

/** XML attribute text: markup escaped, and whitespace other than a space as character references so parsers keep it. */
export function xmlAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!);
}

export interface PackageOptions {
  instance: string;
  now: Date;
  lang: Lang;
  /** The instance's Campaign plane, for its build number. */
  campaign?: CampaignPlane;
}

/** The package text, or undefined when the plan changes no account of the instance through a package. */
export function campaignPackage(changes: readonly ChangeDraft[], options: PackageOptions): string | undefined {
  const mine = packagedChanges(changes, options.instance);
  if (mine.length === 0) return undefined;
  const deletes = [...new Set(mine.filter((change) => change.op === 'delete').map((change) => change.target))];
  const updates = new Map<string, Map<string, string>>();
  for (const change of mine) {
    if (change.op !== 'set') continue;
    if (SECRET_ATTRIBUTES.has(change.field)) throw new Error(`a package never carries ${change.field}`);
    if (typeof change.to !== 'string') continue;
    const attributes = updates.get(change.target) ?? new Map<string, string>();
    attributes.set(change.field, change.to);
    updates.set(change.target, attributes);
  }
  const f = formatFor(options.lang);
  const build = options.campaign?.buildNumber?.value;
  const head = [
    `name="${xmlAttribute(`ims-doctor-fix-${options.instance}`)}"`,
    'namespace="cus"',
    `label="${xmlAttribute(`ims-doctor fix (${options.instance})`)}"`,
    'vendor="ims-doctor"',
    'author="ims-doctor"',
    ...(build !== undefined ? [`buildNumber="${xmlAttribute(build)}"`] : []),
  ];
  const lines = [
    "<?xml version='1.0' encoding='UTF-8'?>",
    `<package ${head.join(' ')}>`,
    `  <desc>${escapeText(f.say(FIX, { id: 'packageDescription', params: { count: deletes.length + updates.size, instance: options.instance } }))}</desc>`,
    `  <version buildDate="${options.now.toISOString().replace('T', ' ')}"/>`,
    '  <entities schema="nms:extAccount">',
    ...deletes.map((name) => `    <extAccount _key="@name" _operation="delete" name="${xmlAttribute(name)}"/>`),
    ...[...updates].map(
      ([name, attributes]) =>
        `    <extAccount _key="@name" _operation="update" name="${xmlAttribute(name)}" ${[...attributes].map(([key, value]) => `${key}="${xmlAttribute(value)}"`).join(' ')}/>`,
    ),
    '  </entities>',
    '</package>',
  ];
  return `${lines.join('\n')}\n`;
}

function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** The attributes of an account a package can write back: those a change may set, and the type. */
const RESTORABLE = ['type', ...SETTABLE_ACCOUNT_FIELDS] as const;

/**
 * The undo of a plan's package for one instance (the backup `fix --apply` writes first): every
 * attribute the plan sets, back to its current value (an absent one as empty, its default), and
 * every account it deletes, inserted again with what the snapshot read of it. A secret cannot be
 * written back (no export carries it): `withoutSecret` names the accounts that would come back
 * without theirs.
 */
export function undoPackage(changes: readonly ChangeDraft[], options: PackageOptions): { xml: string; withoutSecret: string[] } | undefined {
  const mine = packagedChanges(changes, options.instance);
  if (mine.length === 0) return undefined;
  const accounts = options.campaign?.externalAccounts ?? [];
  const restores = new Map<string, Map<string, string>>();
  for (const change of mine) {
    if (change.op !== 'set') continue;
    const attributes = restores.get(change.target) ?? new Map<string, string>();
    attributes.set(change.field, typeof change.from === 'string' ? change.from : '');
    restores.set(change.target, attributes);
  }
  const withoutSecret: string[] = [];
  const inserts = [...new Set(mine.filter((change) => change.op === 'delete').map((change) => change.target))].flatMap((name) => {
    const account = accounts.find((candidate) => candidate.name.value === name);
    if (!account) return [];
    if (account.clientSecret.value.form !== 'empty') withoutSecret.push(name);
    const attributes = RESTORABLE.flatMap((field): [string, string][] => {
      if (field === 'active') return [['active', account.active.value ? '1' : '0']];
      const value = account[field]?.value;
      return value ? [[field, value]] : [];
    });
    return [
      `    <extAccount _key="@name" _operation="insert" name="${xmlAttribute(name)}" ${attributes.map(([key, value]) => `${key}="${xmlAttribute(value)}"`).join(' ')}/>`,
    ];
  });
  const build = options.campaign?.buildNumber?.value;
  const lines = [
    "<?xml version='1.0' encoding='UTF-8'?>",
    `<package name="${xmlAttribute(`ims-doctor-undo-${options.instance}`)}" namespace="cus" label="${xmlAttribute(`ims-doctor undo (${options.instance})`)}" vendor="ims-doctor" author="ims-doctor"${build !== undefined ? ` buildNumber="${xmlAttribute(build)}"` : ''}>`,
    `  <version buildDate="${options.now.toISOString().replace('T', ' ')}"/>`,
    '  <entities schema="nms:extAccount">',
    ...inserts,
    ...[...restores].map(
      ([name, attributes]) =>
        `    <extAccount _key="@name" _operation="update" name="${xmlAttribute(name)}" ${[...attributes].map(([key, value]) => `${key}="${xmlAttribute(value)}"`).join(' ')}/>`,
    ),
    '  </entities>',
    '</package>',
  ];
  return { xml: `${lines.join('\n')}\n`, withoutSecret };
}
