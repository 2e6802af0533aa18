import { compileMask, isNearMiss, OperatorGroups, type MissReason, type ProfileVerdict } from '../domain/association-mask.js';
import { ASSOCIATION } from '../i18n/association.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import type { Provenance } from '../model/provenance.js';
import { adminConsoleUserAt } from '../model/admin-console-at.js';
import type { AdminConsoleUser } from '../model/snapshot.js';
import { judgeProfiles, otherMasks } from './association-mask.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

/* Decisions where the checklist is silent: docs/rules/association-users.md. */

/** What one profile does for a user of this instance, as bits so that a user's verdict is one OR per profile held. */
const NEAR_MISS = 1;
const MISSING_GROUP = 2;
const GRANTS = 4;

const USERS_SHOWN = 10;

/** Why a profile a user holds gives them nothing here: it misses the mask, or it names a group Campaign lacks. */
export type ProfileWhy = MissReason | { kind: 'missing-group'; group: string };

/** A user left without rights, where the export lists them, and the profiles that explain it. */
export interface UserItem {
  user: string;
  at: Provenance;
  profiles: { profile: string; why: ProfileWhy }[];
}

// Fragments only this rule's messages use.
const PARTS = catalogue({
  profileWhy: {
    en: (p: { why: ProfileWhy }, f: Format): string =>
      p.why.kind === 'missing-group'
        ? `names the operator group ${f.v(p.why.group)}, which does not exist in Campaign`
        : f.say(ASSOCIATION, { id: 'why', params: { why: p.why } }),
    ko: (p, f): string =>
      p.why.kind === 'missing-group' ? `Campaign에 없는 운영자 그룹(${f.v(p.why.group)})을 가리킴` : f.say(ASSOCIATION, { id: 'why', params: { why: p.why } }),
  },
  users: {
    en: (p: { users: UserItem[]; count: number }, f: Format): string => {
      const items = p.users.map(
        (item) =>
          `${item.user} (${f.at(item.at)}): ${f.list(item.profiles.map((held) => `${f.v(held.profile)} — ${f.say(PARTS, { id: 'profileWhy', params: held })}`))}`,
      );
      return f.items(items, { total: p.count, unit: 'people' });
    },
    ko: (p, f): string => {
      const items = p.users.map(
        (item) =>
          `${item.user}(${f.at(item.at)}): ${f.list(item.profiles.map((held) => `프로필 ${f.v(held.profile)} — ${f.say(PARTS, { id: 'profileWhy', params: held })}`))}`,
      );
      return f.items(items, { total: p.count, unit: 'people' });
    },
  },
});

const users = (p: { users: UserItem[]; count: number }, f: Format): string => f.say(PARTS, { id: 'users', params: p });
const noRight = (f: Format): string => f.say(ASSOCIATION, { id: 'noRight' });

/** A user whose rights depend on user groups whose profiles are not known. */
export interface GroupUserItem {
  user: string;
  at: Provenance;
  groups: string[];
}

// User groups carry profiles that the export does not list: known only through the workspace's mapping.
const viaGroups = (count: number, f: Format): string =>
  count === 0
    ? ''
    : f.lang === 'ko'
      ? ` 사용자 ${f.n(count)}명은 프로필을 알 수 없는 사용자 그룹에만 속해 있어 판단하지 않았습니다.`
      : ` ${f.n(count)} ${f.plural(count, { one: 'user belongs', other: 'users belong' })} only to user groups whose profiles are not known: not judged.`;
const groupUsers = (p: { users: GroupUserItem[]; count: number }, f: Format): string =>
  f.items(
    p.users.map((item) => `${item.user} (${f.at(item.at)}): ${f.list(item.groups.map((group) => f.v(group)))}`),
    { total: p.count, unit: 'people' },
  );

const messages = catalogue({
  pass: {
    en: (p: { mask: string; granted: number; total: number; viaGroups: number }, f: Format) =>
      `No Admin Console user is left without rights by the association mask ${f.v(p.mask)}: ${f.n(p.granted)} of ${f.n(p.total)} ${f.plural(p.total, { one: 'user gets', other: 'users get' })} an operator group through it, and nobody holds only a near-miss profile or a profile naming a missing group.${viaGroups(p.viaGroups, f)}`,
    ko: (p, f) =>
      `연결 마스크(${f.v(p.mask)}) 때문에 권한을 받지 못하는 Admin Console 사용자는 없습니다. 사용자 ${f.n(p.total)}명 중 ${f.n(p.granted)}명이 이 마스크로 운영자 그룹을 받으며, 비슷하지만 일치하지 않는 프로필이나 없는 그룹을 가리키는 프로필만 가진 사용자는 없습니다.${viaGroups(p.viaGroups, f)}`,
  },
  unknownViaGroups: {
    en: (p: { mask: string; users: GroupUserItem[]; count: number }, f: Format) =>
      `Not known for ${f.n(p.count)} Admin Console ${f.plural(p.count, { one: 'user', other: 'users' })}: no profile ${p.count === 1 ? 'they hold' : 'they hold'} directly matches the association mask ${f.v(p.mask)}, but ${p.count === 1 ? 'the user belongs' : 'they belong'} to user groups, which carry profiles the export does not name. ${groupUsers(p, f)}.`,
    ko: (p, f) =>
      `Admin Console 사용자 ${f.n(p.count)}명은 판단할 수 없습니다. 직접 가진 프로필 중 연결 마스크(${f.v(p.mask)})와 일치하는 것은 없지만, 내보내기에 프로필 이름이 나오지 않는 사용자 그룹에 속해 있습니다. ${groupUsers(p, f)}.`,
  },
  mapUserGroups: {
    en: (_p: Record<string, never>, f: Format) =>
      `Map each user group to the product profiles it carries (Admin Console: User Groups > the group > Assigned Product Profiles) in ims-doctor.yaml, e.g. ${f.code('adminConsole: { users: admin-console/users.csv, userGroups: { "Campaign Marketers": [campaign - acme - delivery] } }')}, and run again.`,
    ko: (_p, f) =>
      `각 사용자 그룹이 가진 제품 프로필을 ims-doctor.yaml에 적고(Admin Console: 사용자 그룹(User Groups) > 그룹 > 할당된 제품 프로필(Product Profiles)) 다시 실행하십시오. 예: ${f.code('adminConsole: { users: admin-console/users.csv, userGroups: { "Campaign Marketers": [campaign - acme - delivery] } }')}`,
  },
  maskUnusable: {
    en: (p: { mask: string }, f: Format) => `Not checked: the association mask ${f.v(p.mask)} cannot be used (see rule association-mask).`,
    ko: (p, f) => `확인하지 않음: 연결 마스크(${f.v(p.mask)})를 사용할 수 없습니다(association-mask 규칙 참조).`,
  },
  nearUsers: {
    en: (p: { mask: string; users: UserItem[]; count: number }, f: Format) => {
      const one = p.count === 1;
      return `${f.n(p.count)} Admin Console ${one ? 'user looks' : 'users look'} like ${one ? 'a Campaign user' : 'Campaign users'} of this instance (a profile nearly matches the association mask ${f.v(p.mask)}) but ${one ? 'holds' : 'hold'} no profile that matches it: at their Adobe ID login Campaign answers ${noRight(f)}. ${users(p, f)}.`;
    },
    ko: (p, f) =>
      `Admin Console 사용자 ${f.n(p.count)}명은 이 인스턴스의 Campaign 사용자로 보이지만(연결 마스크와 비슷한 프로필 보유) 마스크와 일치하는 프로필이 없습니다(연결 마스크(Association mask): ${f.v(p.mask)}). Adobe ID로 로그인하면 Campaign이 ${noRight(f)} 오류를 표시합니다. ${users(p, f)}.`,
  },
  fixNearUsers: {
    en: (p: { example: string }, f: Format) =>
      `In the Admin Console, rename each near-miss profile to association mask + operator group internal name (for example ${f.code(p.example)}), or add these users to the matching profiles. Nothing needs to change in Campaign.`,
    ko: (p, f) =>
      `Admin Console에서 비슷하지만 일치하지 않는 프로필의 이름을 연결 마스크 + 운영자 그룹 내부 이름(예: ${f.code(p.example)})으로 바꾸거나, 이 사용자들을 일치하는 프로필에 추가하십시오. Campaign에서는 바꿀 것이 없습니다.`,
  },
  fixNearUsersMask: {
    en: () =>
      'No profile matches the association mask at all, so the mask is what is wrong: correct it (see rule association-mask) and restart the server, rather than renaming the profiles of every user.',
    ko: () =>
      '연결 마스크와 일치하는 프로필이 하나도 없으므로 잘못된 것은 마스크입니다. 모든 사용자의 프로필 이름을 바꾸지 말고 마스크를 고친 뒤(association-mask 규칙 참조) 서버를 다시 시작하십시오.',
  },
  missingGroupUsers: {
    en: (p: { mask: string; users: UserItem[]; count: number }, f: Format) =>
      `${f.n(p.count)} Admin Console ${p.count === 1 ? 'user matches' : 'users match'} the association mask ${f.v(p.mask)} only through profiles naming an operator group that does not exist in Campaign: at their Adobe ID login Campaign answers ${noRight(f)}. ${users(p, f)}.`,
    ko: (p, f) =>
      `Admin Console 사용자 ${f.n(p.count)}명은 Campaign에 없는 운영자 그룹을 가리키는 프로필로만 연결 마스크와 일치합니다(연결 마스크(Association mask): ${f.v(p.mask)}). Adobe ID로 로그인하면 Campaign이 ${noRight(f)} 오류를 표시합니다. ${users(p, f)}.`,
  },
  fixMissingGroupUsers: {
    en: () =>
      'Restore the operator group names the profiles give (see rule association-mask: rename the Campaign group back, or rename the profile) and restart the server; these users get their rights at their next login.',
    ko: () =>
      '프로필이 가리키는 운영자 그룹 이름을 되돌리고(association-mask 규칙 참조: Campaign 그룹 이름을 되돌리거나 프로필 이름 변경) 서버를 다시 시작하십시오. 이 사용자들은 다음 로그인부터 권한을 받습니다.',
  },
});

type UsersReport = Report<typeof messages>;

export default defineRule({
  id: 'association-users',
  section: 4,
  title: {
    en: 'Admin Console users who would get no rights from the association mask',
    ko: '연결 마스크로 권한을 받지 못하는 Admin Console 사용자',
  },
  scope: 'instance',
  needs: ['campaign', 'account', 'adminConsole'],
  messages,
  check({ snapshot, instance, campaign, account, adminConsole: plane }): UsersReport[] {
    const maskValue = account.imsRightsMask;
    const mask = compileMask(maskValue.value);
    const maskEvidence = evidence('associationMask', maskValue);
    if (!mask.ok) return [{ status: 'skip', message: { id: 'maskUnusable', params: { mask: mask.raw } }, evidence: [maskEvidence] }];

    const verdicts = judgeProfiles(mask, plane, new OperatorGroups(campaign.groups.map((group) => group.name.value)), otherMasks(snapshot, instance));
    const codes = Uint8Array.from(verdicts, codeOf);
    const maskMatchesNothing = !codes.some((code) => code & (GRANTS | MISSING_GROUP));

    // One pass, a few array reads per user: a million users stay well under a second. Only the users shown are kept.
    let granted = 0;
    // User groups the workspace does not map: what they carry is not known. A live read (UMAPI,
    // directOnly=false) already lists the profiles each user holds through them.
    const mapped = new Set((plane.userGroupMapping?.groups ?? []).map((entry) => entry.group));
    const unmappedOf = (user: AdminConsoleUser): string[] =>
      plane.live ? [] : (user.userGroups ?? []).map((index) => plane.userGroups?.[index]?.name ?? '').filter((name) => name !== '' && !mapped.has(name));
    const unknown: AdminConsoleUser[] = [];
    let unknownCount = 0;
    let onlyGroups = 0;
    const near: AdminConsoleUser[] = [];
    const missing: AdminConsoleUser[] = [];
    let nearCount = 0;
    let missingCount = 0;
    for (const user of plane.users) {
      let flags = 0;
      for (const index of user.profiles) flags |= codes[index]!;
      if (flags & GRANTS) granted++;
      else if (user.userGroups && unmappedOf(user).length > 0) {
        // Never a failure: a user group may grant what the profiles held directly do not.
        if (flags & (MISSING_GROUP | NEAR_MISS)) {
          if (unknownCount++ < USERS_SHOWN) unknown.push(user);
        } else onlyGroups++;
      } else if (flags & MISSING_GROUP) {
        if (missingCount++ < USERS_SHOWN) missing.push(user);
      } else if (flags & NEAR_MISS) {
        if (nearCount++ < USERS_SHOWN) near.push(user);
      }
    }

    const userEvidence = (user: AdminConsoleUser): EvidenceInput => ({
      field: 'adminConsoleUser',
      value: user.email || user.username,
      at: adminConsoleUserAt(plane, user, 'email'),
    });
    const item = (user: AdminConsoleUser, relevant: number): UserItem => ({
      user: user.email || user.username,
      at: adminConsoleUserAt(plane, user),
      profiles: user.profiles
        .filter((index) => codes[index]! & relevant)
        .map((index) => ({ profile: plane.profiles[index]!.name, why: whyOf(verdicts[index]!) })),
    });

    const reports: UsersReport[] = [];
    if (missingCount > 0) {
      reports.push({
        status: 'fail',
        message: { id: 'missingGroupUsers', params: { mask: mask.raw, count: missingCount, users: missing.map((user) => item(user, MISSING_GROUP)) } },
        remediation: { id: 'fixMissingGroupUsers' },
        evidence: [maskEvidence, ...missing.map(userEvidence)],
      });
    }
    if (nearCount > 0) {
      const example = near
        .flatMap((user) => user.profiles)
        .map((index) => verdicts[index]!.explanation)
        .flatMap((explanation) => (!explanation.matches && isNearMiss(explanation.why) ? [explanation.why.group] : []))[0];
      reports.push({
        status: 'fail',
        message: { id: 'nearUsers', params: { mask: mask.raw, count: nearCount, users: near.map((user) => item(user, NEAR_MISS)) } },
        remediation: maskMatchesNothing
          ? { id: 'fixNearUsersMask' }
          : { id: 'fixNearUsers', params: { example: mask.literal !== undefined && example !== undefined ? mask.literal + example : mask.raw } },
        evidence: [maskEvidence, ...near.map(userEvidence)],
      });
    }
    if (unknownCount > 0) {
      reports.push({
        status: 'warn',
        message: {
          id: 'unknownViaGroups',
          params: {
            mask: mask.raw,
            count: unknownCount,
            users: unknown.map((user) => ({ user: user.email || user.username, at: adminConsoleUserAt(plane, user), groups: unmappedOf(user) })),
          },
        },
        remediation: { id: 'mapUserGroups', params: {} },
        evidence: [maskEvidence, ...unknown.map(userEvidence)],
      });
    }
    if (reports.length === 0) {
      reports.push({
        status: 'pass',
        message: { id: 'pass', params: { mask: mask.raw, granted, total: plane.users.length, viaGroups: onlyGroups } },
        evidence: [maskEvidence],
      });
    }
    return reports;
  },
});

function codeOf(verdict: ProfileVerdict): number {
  const { explanation } = verdict;
  if (explanation.matches) return verdict.groupExists ? GRANTS : MISSING_GROUP;
  return isNearMiss(explanation.why) ? NEAR_MISS : 0;
}

function whyOf(verdict: ProfileVerdict): ProfileWhy {
  const { explanation } = verdict;
  return explanation.matches ? { kind: 'missing-group', group: explanation.group } : explanation.why;
}
