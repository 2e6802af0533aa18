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
  const usersBefore = before.adminConsole.state === 'ok' ? before.adminConsole.data.users : [];
  const usersAfter = after.adminConsole.state === 'ok' ? after.adminConsole.data.users : [];
  const instances = [...new Set([...before.instances, ...after.instances].map((instance) => instance.name))];
  const changes: AccessChange[] = [];
  let unchanged = 0;

  let byKey: Map<string, AdminConsoleUser[]> | undefined;
  const afterUsersOf = (user: AdminConsoleUser, index: number): AdminConsoleUser[] => {
    const key = personOf(user).toLowerCase();
    const same = usersAfter[index];
    if (same && personOf(same).toLowerCase() === key) return [same];
    byKey ??= groupBy(usersAfter);
    return byKey.get(key) ?? [];
  };
  const seenAfter = new Set<AdminConsoleUser>();

  for (const instance of instances) {
    const readBefore = groupsReader(grantsOf(before, instance));
    const readAfter = groupsReader(grantsOf(after, instance));
    const compare = (person: string, groupsBefore: string[], groupsAfter: string[]): void => {
      if (groupsBefore.length === 0 && groupsAfter.length === 0) return;
      if (sameList(groupsBefore, groupsAfter)) {
        unchanged++;
        return;
      }
      changes.push({
        person,
        instance,
        before: groupsBefore,
        after: groupsAfter,
        gained: groupsAfter.filter((group) => !groupsBefore.includes(group)),
        lost: groupsBefore.filter((group) => !groupsAfter.includes(group)),
      });
    };
    usersBefore.forEach((user, index) => {
      const matches = afterUsersOf(user, index);
      for (const match of matches) seenAfter.add(match);
      compare(personOf(user), readBefore(user), [...new Set(matches.flatMap(readAfter))].sort());
    });
    for (const user of usersAfter) if (!seenAfter.has(user)) compare(personOf(user), [], readAfter(user));
    seenAfter.clear();
  }
  return { changes, unchanged };
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
