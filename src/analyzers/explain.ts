import { distance } from 'fastest-levenshtein';
import type { Finding, Status } from '../model/finding.js';
import type { Provenance } from '../model/provenance.js';
import type { AdminConsolePlane, AdminConsoleUser, Snapshot } from '../model/snapshot.js';
import { compileMask, explainProfile, isNearMiss, OperatorGroups, type MissReason } from '../domain/association-mask.js';
import { NO_MATCHING_RIGHT_MESSAGE } from '../domain/facts.js';
import { runRules } from '../engine/run-rules.js';
import { ASSOCIATION } from '../i18n/association.js';
import { render } from '../i18n/catalogue.js';
import { instanceContext } from '../model/instance-context.js';
import { dxText, type DxRef } from '../i18n/diagnose.js';
import type { Lang } from '../i18n/lang.js';
import { otherMasks, tidySpaces } from '../rules/association-mask.js';
import { RULES } from '../rules/index.js';
import { TOOL_VERSION } from '../version.js';
import { adminConsoleUserAt } from '../model/admin-console-at.js';

/**
 * Walks one person's login the way Campaign does it (domain.md "How Campaign maps a login to
 * rights"): found in the Admin Console export? → their profiles → each profile against the
 * association mask (and why not) → the operator group each match names, in Campaign → the outcome,
 * as the person will see it. The mask is read by domain/association-mask.ts and the reasons are
 * worded by the association catalogue (i18n/association.ts), so `explain` and `check` always agree;
 * the instance-level prerequisites (everything but the two association rules) are the rules
 * themselves, run for the instance.
 */

/** i9b: checks beyond the checklist that stop some operators or integrations, not everybody's Adobe ID login. */
const NOT_FOR_EVERYBODY: readonly string[] = ['ims-config', 'operators', 'technical-account'];

/** The rules whose failure stops everybody on an instance, whoever logs in. */
export const PREREQUISITE_RULES = RULES.filter(
  (rule) => rule.scope === 'instance' && rule.id !== 'association-mask' && rule.id !== 'association-users' && !NOT_FOR_EVERYBODY.includes(rule.id),
).map((rule) => rule.id);

/**
 * Failures of a prerequisite rule that stop no login: what they are about is something Campaign does
 * not read, as the rule's own message says. They are to tidy up, listed with the warnings.
 */
const STOPS_NO_LOGIN: readonly { rule: string; messageId: string }[] = [
  // A second MAC account beside Adobe_Marketing_Cloud: "Campaign reads only Adobe_Marketing_Cloud" (rules/external-account.ts).
  { rule: 'external-account', messageId: 'duplicate' },
];
const stopsLogins = (finding: Finding): boolean => !STOPS_NO_LOGIN.some((entry) => entry.rule === finding.rule && entry.messageId === finding.messageId);

/** Near misses kept while streaming the export: enough to suggest, bounded whatever the file. */
const MAX_NEAR = 20;
/** Edits that still read as a mistyped address. */
const MAX_ADDRESS_EDITS = 3;

export type NearKind = 'case' | 'other-domain' | 'similar';

export interface NearMiss {
  email: string;
  username: string;
  line: number;
  kind: NearKind;
  distance: number;
}

/**
 * What the Admin Console collector keeps of a million users when one person is asked about: that
 * person (any case), and a bounded few near misses (same name at another domain, a few edits away),
 * found by cheap tests (lengths first) so the rest costs nothing.
 */
export class PersonFilter {
  readonly target: string;
  private readonly local: string;
  private near = 0;

  private readonly name: string;

  constructor(query: string) {
    this.target = query.trim().toLowerCase();
    this.local = this.target.split('@')[0]!;
    this.name = this.target.includes('@') ? '' : nameKey(query);
  }

  readonly keepUser = (email: string, username: string, first = '', last = ''): boolean => {
    const e = email.toLowerCase();
    const u = username.toLowerCase();
    if (e === this.target || u === this.target) return true;
    if (this.name !== '' && namesMatch(this.name, first, last)) return true;
    if (this.near >= MAX_NEAR) return false;
    if (nearKind(this.target, this.local, e) !== undefined || (u !== '' && nearKind(this.target, this.local, u) !== undefined)) {
      this.near++;
      return true;
    }
    return false;
  };
}

/** A name as people type it: case, spaces and accents do not count ("kim minji" = "Kim  Minji" = "KimMinji"; "Sofia" = "Sofía"). */
export function nameKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

/** First and last name in either order: "Minji Kim", "Kim Minji" and Korean "김민지" are one person. */
function namesMatch(key: string, first: string, last: string): boolean {
  if (first === '' && last === '') return false;
  return key === nameKey(first + last) || key === nameKey(last + first);
}

/** Spaces doubled inside the mask, or before it: the mask's own mistake (its one trailing space is the prefix form's). */
function maskHasStraySpaces(raw: string): boolean {
  return /^\s/.test(raw) || /\s{2}/.test(raw.replace(/ $/, ''));
}

/** How `candidate` (lower case) nearly is `target`, if it is. */
function nearKind(target: string, local: string, candidate: string): { kind: NearKind; distance: number } | undefined {
  if (candidate === '') return undefined;
  if (Math.abs(candidate.length - target.length) <= MAX_ADDRESS_EDITS) {
    const d = distance(candidate, target);
    if (d > 0 && d <= MAX_ADDRESS_EDITS) return { kind: 'similar', distance: d };
  }
  const at = candidate.indexOf('@');
  if (at !== -1 && target.includes('@') && candidate.slice(0, at) === local) return { kind: 'other-domain', distance: distance(candidate, target) };
  if (at !== -1 && !target.includes('@') && candidate.slice(0, at) === local) return { kind: 'other-domain', distance: 0 };
  return undefined;
}

export interface ExplainStep {
  status: Status;
  message: string;
}

export interface ProfileStep {
  name: string;
  at: Provenance;
  /** Step 3: matches the association mask, or why not (the kind, and the sentence). */
  matches: boolean;
  why: (MissReason & { text: string }) | null;
  /** Step 4, for a match: the operator group it names, whether Campaign has it, the closest one when not. */
  group: string | null;
  groupExists: boolean | null;
  closestGroup: string | null;
  groupAt: Provenance | null;
  status: Status;
  message: string;
  /** Why a warning is not a failure (only for a warning). */
  whyWarn: string | null;
}

export interface InstanceWalk {
  name: string;
  role: string;
  /**
   * The instance-level rules that would stop everybody: the failures that do (blocking); the warnings,
   * with first the failures that stop no login (a second account Campaign does not read); the ids of
   * the rules that passed or could not run.
   */
  prerequisites: { status: Status; message: string; whyWarn: string | null; blocking: Finding[]; warnings: Finding[]; passed: string[]; unchecked: string[] };
  mask: { value: string; form: 'prefix' | 'regex' | null; at: Provenance } | null;
  profiles: ProfileStep[];
  outcome: {
    status: Status;
    /** granted; blocked by a prerequisite; denied by Campaign; none (no profile for this instance: no access, not a failure); unknown (user groups). */
    access: 'granted' | 'blocked' | 'denied' | 'none' | 'unknown';
    groups: string[];
    message: string;
    shown: { en: string; ko: string } | null;
    /** What to change for this person here (null when nothing is to change). */
    fix: string | null;
    /** Why a warning is not a failure (only for a warning). */
    whyWarn: string | null;
  };
}

export interface ExplainResult {
  schemaVersion: 1;
  command: 'explain';
  tool: { name: 'ims-doctor'; version: string };
  lang: Lang;
  workspace: string;
  query: string;
  /** Step 1. */
  person: ExplainStep & {
    /** The export looked in (null when the workspace names none or it could not be read). */
    export: { source: string; users: number } | null;
    found: { email: string; username: string; line: number; source: string } | null;
    nearMisses: NearMiss[];
    /** How the person was found: the address as typed, in other capitals, or by first and last name. */
    how?: 'exact' | 'case' | 'name';
    /** Several users bear the name asked for: none is chosen, each is listed. */
    ambiguous?: { name: string; email: string; line: number }[];
    whyWarn?: string | null;
  };
  /** Step 2. */
  memberships: ExplainStep & { profiles: { name: string; at: Provenance }[]; whyWarn?: string | null };
  /** Steps 3-5, per instance. */
  instances: InstanceWalk[];
  summary: ExplainStep;
  problems: Snapshot['problems'];
}

const STATUS_RANK: Status[] = ['error', 'fail', 'warn', 'pass', 'skip'];
const worst = (statuses: Status[]): Status => STATUS_RANK.find((status) => statuses.includes(status)) ?? 'skip';

const fullName = (user: AdminConsoleUser): string => [user.firstName ?? '', user.lastName ?? ''].filter((part) => part !== '').join(' ');

/**
 * The person's rows (one person may be listed twice): the address as typed, then in other capitals,
 * then by first and last name (several people of that name: `named` lists them, none is chosen).
 */
function findPerson(plane: AdminConsolePlane, query: string): { users: AdminConsoleUser[]; how: 'exact' | 'case' | 'name'; named: AdminConsoleUser[] } {
  const q = query.trim();
  const exact = plane.users.filter((user) => user.email === q || user.username === q);
  if (exact.length > 0) return { users: exact, how: 'exact', named: [] };
  const lower = q.toLowerCase();
  const other = plane.users.filter((user) => user.email.toLowerCase() === lower || user.username.toLowerCase() === lower);
  if (other.length > 0 || q.includes('@')) return { users: other, how: 'case', named: [] };
  const key = nameKey(q);
  const named = plane.users.filter((user) => namesMatch(key, user.firstName ?? '', user.lastName ?? ''));
  const people = new Set(named.map((user) => (user.email || user.username).toLowerCase()));
  return people.size === 1 ? { users: named, how: 'name', named: [] } : { users: [], how: 'name', named };
}

function nearMissesOf(plane: AdminConsolePlane, query: string): NearMiss[] {
  const target = query.trim().toLowerCase();
  const local = target.split('@')[0]!;
  return plane.users
    .flatMap((user): NearMiss[] => {
      const near = nearKind(target, local, user.email.toLowerCase()) ?? nearKind(target, local, user.username.toLowerCase());
      return near ? [{ email: user.email, username: user.username, line: user.line, kind: near.kind, distance: near.distance }] : [];
    })
    .sort((a, b) => a.distance - b.distance || a.line - b.line);
}

/** Explains one login over the collected snapshot (the Admin Console plane filtered by PersonFilter or not). */
export function explainLogin(query: string, snapshot: Snapshot, lang: Lang, options: { instances?: string[] } = {}): ExplainResult {
  const say = (ref: DxRef): string => dxText(lang, ref);
  const who = query.trim();
  const base = {
    schemaVersion: 1 as const,
    command: 'explain' as const,
    tool: { name: 'ims-doctor' as const, version: TOOL_VERSION },
    lang,
    workspace: snapshot.workspace.file,
    query: who,
    problems: snapshot.problems,
  };
  const stop = (
    person: ExplainResult['person'],
    memberships: ExplainResult['memberships'],
    summary: string,
    instances: InstanceWalk[] = [],
  ): ExplainResult => ({
    ...base,
    person,
    memberships,
    instances,
    summary: { status: worst([person.status, memberships.status, ...instances.map((instance) => instance.outcome.status)]), message: summary },
  });

  // Step 1: the person in the Admin Console export.
  const admin = snapshot.adminConsole;
  const noMemberships = (message: string): ExplainResult['memberships'] => ({ status: 'skip', message, profiles: [] });
  if (admin.state !== 'ok') {
    return stop(
      { status: 'skip', message: say({ id: 'explainNoExport', params: { unread: admin } }), export: null, found: null, nearMisses: [] },
      noMemberships(''),
      say({ id: 'explainCannot', params: { unread: admin } }),
    );
  }
  const plane = admin.data;
  const { users, how, named } = findPerson(plane, who);
  if (named.length > 1) {
    const matches = named.map((user) => ({ name: fullName(user), email: user.email || user.username, line: user.line }));
    return stop(
      {
        status: 'fail',
        message: say({ id: 'explainAmbiguous', params: { who, source: plane.source, matches } }),
        export: { source: plane.source, users: plane.userCount },
        found: null,
        nearMisses: [],
        how,
        ambiguous: matches,
      },
      noMemberships(''),
      say({ id: 'explainAmbiguous', params: { who, source: plane.source, matches } }),
    );
  }
  if (users.length === 0) {
    const near = nearMissesOf(plane, who).slice(0, 5);
    const message = say({
      id: 'explainNotFound',
      params: {
        who,
        source: plane.source,
        count: plane.userCount,
        near: near.map((miss) => ({ email: miss.email || miss.username, line: miss.line, kind: miss.kind, distance: miss.distance })),
      },
    });
    return stop(
      { status: 'fail', message, export: { source: plane.source, users: plane.userCount }, found: null, nearMisses: near },
      noMemberships(''),
      say({ id: 'explainNotFoundSummary', params: { who } }),
    );
  }
  const first = users[0]!;
  const email = first.email || first.username;
  const caseOnly = how === 'case';
  const person: ExplainResult['person'] = {
    status: caseOnly ? 'warn' : 'pass',
    message: caseOnly
      ? say({ id: 'explainFoundCase', params: { who, email, source: plane.source, line: first.line } })
      : how === 'name'
        ? say({ id: 'explainFoundByName', params: { who, name: fullName(first), email, source: plane.source, line: first.line } })
        : say({ id: 'explainFound', params: { email, source: plane.source, line: first.line } }),
    export: { source: plane.source, users: plane.userCount },
    found: { email: first.email, username: first.username, line: first.line, source: plane.source },
    nearMisses: [],
    how,
    whyWarn: caseOnly ? say({ id: 'warnFoundCase' }) : null,
  };

  // Step 2: their profiles and user groups (all rows of the person).
  const indexes = [...new Set(users.flatMap((user) => user.profiles))];
  const profiles = indexes.map((index) => ({
    name: plane.profiles[index]!.name,
    at: adminConsoleUserAt(plane, first, 'groups'),
  }));
  // i9b: user groups carry profiles; without the workspace's mapping what they grant is not known.
  const mappedGroups = new Set((plane.userGroupMapping?.groups ?? []).map((entry) => entry.group));
  const unknownGroups = [...new Set(users.flatMap((user) => (user.userGroups ?? []).map((index) => plane.userGroups?.[index]?.name ?? '')))].filter(
    // A live read (UMAPI, directOnly=false) already lists what the user groups carry.
    (name) => name !== '' && !mappedGroups.has(name) && !plane.live,
  );
  const unknownOutcome = (instance: string): InstanceWalk['outcome'] => ({
    status: 'skip',
    access: 'unknown',
    groups: [],
    message: dxText(lang, { id: 'outcomeUnknownGroups', params: { who: email, instance, groups: unknownGroups } }),
    shown: null,
    fix: null,
    whyWarn: null,
  });
  const memberships: ExplainResult['memberships'] =
    profiles.length === 0 && unknownGroups.length > 0
      ? {
          status: 'warn',
          message: dxText(lang, { id: 'explainGroupsUnknown', params: { email, groups: unknownGroups } }),
          profiles,
          whyWarn: say({ id: 'warnGroupsUnknown' }),
        }
      : profiles.length > 0
        ? { status: 'pass', message: say({ id: 'explainProfiles', params: { profiles: profiles.map((profile) => profile.name) } }), profiles }
        : { status: 'fail', message: say({ id: 'explainNoProfiles', params: { email } }), profiles };

  // Steps 3-5 per instance, after the prerequisites that stop everybody.
  const names = options.instances?.length ? options.instances : snapshot.instances.map((instance) => instance.name);
  const check = runRules(snapshot, RULES, { lang, only: PREREQUISITE_RULES, instances: names });
  const whyText = (why: MissReason): string => render(ASSOCIATION, { id: 'why', params: { why } }, lang);
  // Campaign's login message is quoted in full once; later instances refer to it.
  let messageSaid = false;

  const instances = snapshot.instances
    .filter((instance) => names.includes(instance.name))
    .map((instance): InstanceWalk => {
      const context = instanceContext(snapshot, instance);
      const findings = check.findings.filter((finding) => finding.instance === instance.name);
      const active = findings.filter((finding) => !finding.suppressed);
      const failed = active.filter((finding) => finding.status === 'fail' || finding.status === 'error');
      const blocking = failed.filter(stopsLogins);
      const tidy = failed.filter((finding) => !stopsLogins(finding));
      const warnings = [...tidy, ...active.filter((finding) => finding.status === 'warn')];
      const rulesWith = (status: Status): string[] => [...new Set(active.filter((finding) => finding.status === status).map((finding) => finding.rule))];
      const failing = [...new Set(blocking.map((finding) => finding.rule))];
      const ruleIds = (list: Finding[]): string[] => [...new Set(list.map((finding) => finding.rule))];
      const warned = ruleIds(warnings.filter((finding) => finding.status === 'warn'));
      const prerequisites: InstanceWalk['prerequisites'] = {
        status: blocking.length > 0 ? 'fail' : warnings.length > 0 ? 'warn' : 'pass',
        whyWarn: blocking.length > 0 || warnings.length === 0 ? null : tidy.length > 0 ? say({ id: 'warnStopsNoLogin' }) : say({ id: 'warnPrerequisites' }),
        message:
          blocking.length > 0
            ? say({ id: 'prereqBlocked', params: { rules: failing, instance: instance.name } })
            : tidy.length > 0
              ? say({ id: 'prereqStopsNoLogin', params: { instance: instance.name, tidy: ruleIds(tidy), warnings: warned } })
              : warnings.length > 0
                ? say({ id: 'prereqWarn', params: { rules: warned, instance: instance.name } })
                : say({ id: 'prereqOk', params: { count: rulesWith('pass').length, instance: instance.name } }),
        blocking,
        warnings,
        passed: rulesWith('pass').filter((id) => !failing.includes(id) && !tidy.some((finding) => finding.rule === id)),
        unchecked: rulesWith('skip'),
      };
      const walk = (mask: InstanceWalk['mask'], steps: ProfileStep[], outcome: InstanceWalk['outcome']): InstanceWalk => ({
        name: instance.name,
        role: instance.role,
        prerequisites,
        mask,
        profiles: steps,
        outcome,
      });
      const denied = (message: string, fix: string | null): InstanceWalk['outcome'] => {
        const again = messageSaid;
        messageSaid = true;
        return {
          status: 'fail',
          access: 'denied',
          groups: [],
          message: again ? say({ id: 'outcomeDeniedAgain', params: { who: email, instance: instance.name } }) : message,
          shown: { ...NO_MATCHING_RIGHT_MESSAGE },
          fix,
          whyWarn: null,
        };
      };
      // No profile for this instance (none at all, or only other instances' and tenants'): no access, not a failure of the login.
      const noProfile = (fix: string | null): InstanceWalk['outcome'] => ({
        status: 'skip',
        access: 'none',
        groups: [],
        message: say({ id: 'outcomeNoProfile', params: { instance: instance.name } }),
        shown: null,
        fix,
        whyWarn: null,
      });

      const account = context.account;
      if (!context.campaign || !account) {
        const message = say({ id: context.campaign ? 'explainNoAccount' : 'explainNoCampaign', params: { instance: instance.name } });
        return walk(null, [], { status: context.campaign ? 'fail' : 'skip', access: 'blocked', groups: [], message, shown: null, fix: null, whyWarn: null });
      }
      const maskValue = account.imsRightsMask;
      const mask = compileMask(maskValue.value);
      const maskInfo = { value: maskValue.value, form: mask.ok ? mask.form : null, at: maskValue.at };
      // A mask with stray spaces is corrected first (association-mask says to): the example is a profile the corrected mask accepts.
      const corrected = mask.ok && maskHasStraySpaces(mask.raw) ? compileMask(tidySpaces(mask.raw)) : undefined;
      const exampleProfile =
        corrected?.ok && corrected.literal !== undefined
          ? say({ id: 'fixMaskThenProfile', params: { mask: mask.raw, corrected: corrected.raw, prefix: corrected.literal, instance: instance.name } })
          : mask.ok && mask.literal !== undefined
            ? say({ id: 'fixAddProfile', params: { prefix: mask.literal } })
            : null;
      if (profiles.length === 0 && unknownGroups.length > 0) return walk(maskInfo, [], unknownOutcome(instance.name));
      if (profiles.length === 0) return walk(maskInfo, [], noProfile(exampleProfile));
      if (!mask.ok)
        return walk(maskInfo, [], denied(say({ id: 'outcomeMaskUnusable', params: { who: email, instance: instance.name, mask: mask.raw } }), null));

      const groups = new OperatorGroups(context.campaign.groups.map((group) => group.name.value));
      const others = otherMasks(snapshot, instance);
      const steps = profiles.map((profile): ProfileStep => {
        const explanation = explainProfile(mask, profile.name, others);
        if (!explanation.matches) {
          return {
            name: profile.name,
            at: profile.at,
            matches: false,
            why: { ...explanation.why, text: whyText(explanation.why) },
            group: null,
            groupExists: null,
            closestGroup: null,
            groupAt: null,
            // A near miss (case, spaces, typo) is a mistake for this instance; another instance's or tenant's profile is not.
            status: isNearMiss(explanation.why) ? 'warn' : 'skip',
            message: say({ id: 'stepNoMatch', params: { profile: profile.name, mask: mask.raw, why: explanation.why } }),
            whyWarn: isNearMiss(explanation.why) ? say({ id: 'warnNearMiss', params: { instance: instance.name } }) : null,
          };
        }
        const group = explanation.group;
        const exists = groups.has(group);
        const found = exists ? context.campaign!.groups.find((candidate) => new OperatorGroups([candidate.name.value]).has(group)) : undefined;
        const closest = exists ? undefined : groups.closest(group);
        return {
          name: profile.name,
          at: profile.at,
          matches: true,
          why: null,
          group,
          groupExists: exists,
          closestGroup: closest ?? null,
          groupAt: found?.name.at ?? null,
          status: exists ? 'pass' : 'fail',
          message: exists
            ? say({ id: 'stepGrants', params: { profile: profile.name, mask: mask.raw, group } })
            : closest !== undefined
              ? say({ id: 'stepGroupRenamed', params: { profile: profile.name, mask: mask.raw, group, closest } })
              : say({ id: 'stepGroupMissing', params: { profile: profile.name, mask: mask.raw, group } }),
          whyWarn: null,
        };
      });
      const granted = [...new Set(steps.filter((step) => step.groupExists).map((step) => step.group!))];
      if (granted.length === 0 && unknownGroups.length > 0) return walk(maskInfo, steps, unknownOutcome(instance.name));
      if (granted.length === 0) {
        // Only other instances' or tenants' profiles: this instance is simply not theirs.
        if (steps.every((step) => !step.matches && step.status === 'skip')) return walk(maskInfo, steps, noProfile(exampleProfile));
        return walk(
          maskInfo,
          steps,
          denied(say({ id: 'outcomeDenied', params: { who: email, instance: instance.name } }), personFix(steps, mask.literal, mask.raw, instance.name)),
        );
      }
      if (blocking.length > 0) {
        return walk(maskInfo, steps, {
          status: 'fail',
          access: 'blocked',
          groups: granted,
          message: say({ id: 'outcomeBlocked', params: { who: email, instance: instance.name, groups: granted, rules: failing } }),
          shown: null,
          fix: say({ id: 'fixPrerequisites', params: { instance: instance.name, rules: failing.join(',') } }),
          whyWarn: null,
        });
      }
      return walk(maskInfo, steps, {
        status: warnings.length > 0 ? 'warn' : 'pass',
        access: 'granted',
        groups: granted,
        message: say({ id: 'outcomeGranted', params: { who: email, instance: instance.name, groups: granted } }),
        shown: null,
        fix: null,
        whyWarn: warnings.length > 0 ? say({ id: 'warnOutcome' }) : null,
      });
    });

  /** The fix of the nearest miss among the person's profiles: a renamed group, a missing group, then a misspelt profile. */
  function personFix(steps: ProfileStep[], literal: string | undefined, raw: string, instance: string): string | null {
    const renamed = steps.find((step) => step.matches && step.closestGroup !== null);
    if (renamed) return say({ id: 'fixRenamedGroup', params: { profile: renamed.name, group: renamed.group!, closest: renamed.closestGroup! } });
    const missing = steps.find((step) => step.matches && step.groupExists === false);
    if (missing) return say({ id: 'fixMissingGroup', params: { group: missing.group! } });
    const near = steps.find((step) => step.why !== null && isNearMiss(step.why));
    if (near && near.why !== null && isNearMiss(near.why)) {
      // Doubled or edge spaces in the mask are the mask's mistake (association-mask), not the profile's.
      if (near.why.kind === 'spaces' && !near.why.alsoCase && maskHasStraySpaces(raw))
        return say({ id: 'fixMaskAtFault', params: { instance, corrected: tidySpaces(raw) } });
      if (literal !== undefined) return say({ id: 'fixRenameProfile', params: { profile: near.name, expected: literal + near.why.group } });
      return say({ id: 'fixNearProfile', params: { profile: near.name, mask: raw } });
    }
    return null;
  }

  // Instances with no profile of the person's are no access, not failures: the verdict is over the others.
  const none = instances.filter((instance) => instance.outcome.access === 'none').map((instance) => instance.name);
  const judged = instances.filter((instance) => instance.outcome.access !== 'none');
  const allowed = judged.filter((instance) => instance.outcome.status === 'pass' || instance.outcome.status === 'warn').map((instance) => instance.name);
  const verdict =
    judged.length === 0 && instances.length > 0
      ? say({ id: 'explainSummaryNoAccess', params: { who: email } })
      : allowed.length === judged.length && judged.length > 0
        ? say({ id: 'explainSummaryAll', params: { who: email } })
        : allowed.length === 0
          ? say({ id: 'explainSummaryNone', params: { who: email } })
          : say({ id: 'explainSummarySome', params: { who: email, allowed } });
  const summary = none.length > 0 && judged.length > 0 ? `${verdict} ${say({ id: 'explainSummaryNoProfile', params: { instances: none } })}` : verdict;
  return stop(person, memberships, summary, instances);
}
