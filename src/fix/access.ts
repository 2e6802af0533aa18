import { compileMask, matchProfile, OperatorGroups } from '../domain/association-mask.js';
import { instanceContext } from '../model/instance-context.js';
import type { AdminConsoleUser, Snapshot } from '../model/snapshot.js';
import type { AccessChange } from './types.js';

/**
 * Who gets which operator group on which instance, as Campaign maps a login (domain.md "How
 * Campaign maps a login to rights"): the account Campaign reads must be there and enabled, its
 * association mask must compile, and a profile grants the group its name gives when Campaign has
 * that group. The mask is read by domain/association-mask.ts, as explain and the rules read it.
 */

/** Per profile index of the Admin Console plane: the group it grants on the instance, or null. */
export function grantsOf(snapshot: Snapshot, instanceName: string): (string | null)[] {
  const instance = snapshot.instances.find((candidate) => candidate.name === instanceName);
  const plane = snapshot.adminConsole.state === 'ok' ? snapshot.adminConsole.data : undefined;
  if (!instance || !plane) return [];
  const context = instanceContext(snapshot, instance);
  const account = context.account;
  const none = plane.profiles.map(() => null);
  if (!context.campaign || !account || !account.active.value) return none;
  const mask = compileMask(account.imsRightsMask.value);
  if (!mask.ok) return none;
  const groups = new OperatorGroups(context.campaign.groups.map((group) => group.name.value));
  return plane.profiles.map((profile) => {
    const group = matchProfile(mask, profile.name);
    return group !== undefined && groups.has(group) ? group : null;
  });
}

export const personOf = (user: AdminConsoleUser): string => user.email || user.username;

/** A user's groups from the grants, computed once per shared profiles array. */
function groupsReader(grants: readonly (string | null)[]): (user: AdminConsoleUser) => string[] {
  const cache = new Map<readonly number[], string[]>();
  return (user) => {
    let groups = cache.get(user.profiles);
    if (!groups) {
      groups = [...new Set(user.profiles.map((index) => grants[index] ?? null).filter((group): group is string => group !== null))].sort();
      cache.set(user.profiles, groups);
    }
    return groups;
  };
}

/** One person's groups on one instance (explain and what-if share this reading). */
export function groupsOfPerson(snapshot: Snapshot, instance: string, person: string): string[] {
  const plane = snapshot.adminConsole.state === 'ok' ? snapshot.adminConsole.data : undefined;
  if (!plane) return [];
  const read = groupsReader(grantsOf(snapshot, instance));
  const key = person.toLowerCase();
  return [...new Set(plane.users.filter((user) => personOf(user).toLowerCase() === key).flatMap(read))].sort();
}

/**
 * The people whose groups differ between two snapshots, per instance, and how many person ×
 * instance pairs stay the same. Users are matched by e-mail (case-insensitive); the snapshots a
 * plan produces keep every user at its index, so the match is by index unless the exports differ.
 */
export function accessChanges(before: Snapshot, after: Snapshot): { changes: AccessChange[]; unchanged: number } {
  const { changes, unchanged } = accessDiff(before, after);
  return { changes, unchanged };
}

/** accessChanges, with the user row of `before` each change is about (undefined for a person only `after` has). */
export function accessDiff(before: Snapshot, after: Snapshot): { changes: AccessChange[]; users: (AdminConsoleUser | undefined)[]; unchanged: number } {
  const usersBefore = before.adminConsole.state === 'ok' ? before.adminConsole.data.users : [];
  const usersAfter = after.adminConsole.state === 'ok' ? after.adminConsole.data.users : [];
  const instances = [...new Set([...before.instances, ...after.instances].map((instance) => instance.name))];
  // A plan keeps every user at its index: then users pair by index, with no lookup.
  const aligned =
    usersBefore.length === usersAfter.length &&
    usersBefore.every((user, index) => user === usersAfter[index] || personOf(user) === personOf(usersAfter[index]!));
  const changes: AccessChange[] = [];
  const users: (AdminConsoleUser | undefined)[] = [];
  let unchanged = 0;

  for (const instance of instances) {
    const readBefore = groupsReader(grantsOf(before, instance));
    const readAfter = groupsReader(grantsOf(after, instance));
    // Users share profiles arrays: judge each pair of arrays once.
    const verdicts = new Map<readonly number[], Map<readonly number[], boolean>>();
    const same = (a: AdminConsoleUser, b: AdminConsoleUser): boolean => {
      let row = verdicts.get(a.profiles);
      if (!row) verdicts.set(a.profiles, (row = new Map<readonly number[], boolean>()));
      let verdict = row.get(b.profiles);
      if (verdict === undefined) row.set(b.profiles, (verdict = sameList(readBefore(a), readAfter(b))));
      return verdict;
    };
    const compare = (row: AdminConsoleUser | undefined, person: string, groupsBefore: string[], groupsAfter: string[]): void => {
      if (groupsBefore.length === 0 && groupsAfter.length === 0) return;
      if (sameList(groupsBefore, groupsAfter)) {
        unchanged++;
        return;
      }
      users.push(row);
      changes.push({
        person,
        instance,
        before: groupsBefore,
        after: groupsAfter,
        gained: groupsAfter.filter((group) => !groupsBefore.includes(group)),
        lost: groupsBefore.filter((group) => !groupsAfter.includes(group)),
      });
    };

    if (aligned) {
      for (let index = 0; index < usersBefore.length; index++) {
        const user = usersBefore[index]!;
        const next = usersAfter[index]!;
        if (same(user, next)) {
          if (readBefore(user).length > 0) unchanged++;
        } else compare(user, personOf(user), readBefore(user), readAfter(next));
      }
      continue;
    }
    const byKey = groupBy(usersAfter);
    const seen = new Set<AdminConsoleUser>();
    for (const user of usersBefore) {
      const matches = byKey.get(personOf(user).toLowerCase()) ?? [];
      for (const match of matches) seen.add(match);
      compare(user, personOf(user), readBefore(user), [...new Set(matches.flatMap(readAfter))].sort());
    }
    for (const user of usersAfter) if (!seen.has(user)) compare(undefined, personOf(user), [], readAfter(user));
  }
  return { changes, users, unchanged };
}

function groupBy(users: readonly AdminConsoleUser[]): Map<string, AdminConsoleUser[]> {
  const map = new Map<string, AdminConsoleUser[]>();
  for (const user of users) {
    const key = personOf(user).toLowerCase();
    const list = map.get(key);
    if (list) list.push(user);
    else map.set(key, [user]);
  }
  return map;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
