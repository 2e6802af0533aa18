import {
  compareMisses,
  compileMask,
  explainProfiles,
  isNearMiss,
  maskSpacingIssues,
  OperatorGroups,
  suggestedMask,
  type Mask,
  type MaskForm,
  type MaskSpacingIssue,
  type MissReason,
  type OtherMask,
  type ProfileVerdict,
} from '../domain/association-mask.js';
import { MAC_ACCOUNT_NAME, NO_MATCHING_RIGHT_MESSAGE } from '../domain/facts.js';
import { ASSOCIATION } from '../i18n/association.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import { instanceContext } from '../model/instance-context.js';
import type { AdminConsolePlane, InstanceSnapshot, Snapshot } from '../model/snapshot.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

/* Decisions where the checklist is silent: docs/rules/association-mask.md. */

/** The masks of the workspace's other instances: a profile one of them matches is not a near miss here. */
export function otherMasks(snapshot: Snapshot, instance: InstanceSnapshot): OtherMask[] {
  return snapshot.instances
    .filter((other) => other.name !== instance.name)
    .flatMap((other) => {
      const account = instanceContext(snapshot, other).account;
      const mask = account ? compileMask(account.imsRightsMask.value) : undefined;
      return mask?.ok ? [{ instance: other.name, mask }] : [];
    });
}

/** Judges every Admin Console profile once against the account's mask; shared with association-users. */
export function judgeProfiles(mask: Mask, adminConsole: AdminConsolePlane, groups: OperatorGroups, others: readonly OtherMask[]): ProfileVerdict[] {
  return explainProfiles(
    mask,
    adminConsole.profiles.map((profile) => profile.name),
    groups,
    others,
  );
}

const NEAREST_SHOWN = 5;
const MATCHES_SHOWN = 10;
const GROUPS_SHOWN = 10;
const PROFILES_SHOWN = 10;

/** A matching profile, the group it names and how many users hold it. */
export interface MatchItem {
  profile: string;
  group: string;
  users: number;
}
/** A profile that misses the mask, and why. */
export interface NearestItem {
  profile: string;
  why: MissReason;
}
/** What the missing group most likely was meant to be. */
export type ClosestGroup =
  | { kind: 'renamed'; name: string }
  /** A prefix mask without its trailing space: every group read starts with a space, and the trimmed one exists. */
  | { kind: 'trailing-space'; name: string }
  | { kind: 'none'; names: string[] };

// Fragments only this rule's messages use.
const PARTS = catalogue({
  form: {
    en: (p: { form: MaskForm }) =>
      ({
        prefix: 'prefix form: profile name = mask + operator group internal name',
        regex: 'regular expression form: group 1 is the operator group internal name',
      })[p.form],
    ko: (p) => ({ prefix: '접두사 형식: 프로필 이름 = 마스크 + 운영자 그룹 내부 이름', regex: '정규식 형식: 첫 번째 그룹이 운영자 그룹 내부 이름' })[p.form],
  },
  issues: {
    en: (p: { issues: MaskSpacingIssue[] }, f: Format) =>
      f.list(
        p.issues.map(
          (issue) =>
            ({
              leading: 'a leading space',
              double: 'a double space',
              tab: 'a tab (⇥)',
              'no-break': 'a no-break space (⍽)',
              'other-whitespace': 'an invisible whitespace character',
            })[issue],
        ),
      ),
    ko: (p, f) =>
      f.list(
        p.issues.map(
          (issue) =>
            ({
              leading: '앞쪽 공백',
              double: '연속된 공백',
              tab: '탭 문자(⇥)',
              'no-break': '줄바꿈 없는 공백(⍽)',
              'other-whitespace': '보이지 않는 공백 문자',
            })[issue],
        ),
      ),
  },
  closest: {
    en: (p: { closest: ClosestGroup }, f: Format) => {
      const closest = p.closest;
      switch (closest.kind) {
        case 'renamed':
          return `the closest existing group is ${f.v(closest.name)} (renamed?)`;
        case 'trailing-space':
          return `the name read starts with a space because the mask lacks its trailing space, and ${f.v(closest.name)} exists`;
        case 'none':
          return 'no existing group is close to it';
      }
    },
    ko: (p, f) => {
      const closest = p.closest;
      switch (closest.kind) {
        case 'renamed':
          return `가장 비슷한 기존 그룹은 ${f.v(closest.name)}입니다(이름이 바뀌었을 수 있음)`;
        case 'trailing-space':
          return `마스크 끝에 공백이 빠져 그룹 이름이 공백으로 시작하며, 공백을 뺀 그룹(${f.v(closest.name)})은 존재합니다`;
        case 'none':
          return '비슷한 기존 그룹도 없습니다';
      }
    },
  },
});

const form = (value: MaskForm, f: Format): string => f.say(PARTS, { id: 'form', params: { form: value } });
const issues = (value: MaskSpacingIssue[], f: Format): string => f.say(PARTS, { id: 'issues', params: { issues: value } });
const listed = (items: string[], total: number, f: Format): string => f.items(items, { total, unit: 'things' });
const why = (value: MissReason, f: Format): string => f.say(ASSOCIATION, { id: 'why', params: { why: value } });
const profilesWord = (n: number, f: Format): string => f.plural(n, { one: 'profile', other: 'profiles' });

const messages = catalogue({
  pass: {
    en: (p: { mask: string; form: MaskForm; matches: MatchItem[]; total: number }, f: Format) => {
      const items = p.matches.map(
        (match) => `${f.v(match.profile)} → ${f.v(match.group)} (${f.n(match.users)} ${f.plural(match.users, { one: 'user', other: 'users' })})`,
      );
      return `The association mask ${f.v(p.mask)} (${form(p.form, f)}) matches ${f.n(p.total)} Admin Console ${profilesWord(p.total, f)}, each naming an existing operator group: ${listed(items, p.total, f)}.`;
    },
    ko: (p, f) => {
      const items = p.matches.map((match) => `${f.v(match.profile)} → ${f.v(match.group)}(사용자 ${f.n(match.users)}명)`);
      return `연결 마스크(${f.v(p.mask)}, ${form(p.form, f)})가 Admin Console 프로필 ${f.n(p.total)}개와 일치하며, 각 프로필이 가리키는 운영자 그룹이 모두 Campaign에 있습니다: ${listed(items, p.total, f)}.`;
    },
  },
  empty: {
    en: (p: { name: string }) =>
      `The association mask of ${p.name} is empty: nothing tells Campaign which Admin Console profiles belong to this instance, so IMS logins get no operator group and end with "${NO_MATCHING_RIGHT_MESSAGE.en}".`,
    ko: (p) =>
      `${p.name}의 연결 마스크가 비어 있습니다. 어떤 Admin Console 프로필이 이 인스턴스용인지 Campaign이 알 수 없으므로 IMS 로그인에 운영자 그룹이 부여되지 않고 "${NO_MATCHING_RIGHT_MESSAGE.ko}" 오류로 끝납니다.`,
  },
  fixEmpty: {
    en: (p: { example: string | null }, f: Format) =>
      `Set the association mask to the prefix of this instance's Campaign profiles in the Admin Console${p.example === null ? '' : ` (for example ${f.code(p.example)})`}, then restart the server.`,
    ko: (p, f) =>
      `연결 마스크를 Admin Console에 있는 이 인스턴스용 Campaign 프로필의 접두사로 설정하고${p.example === null ? '' : `(예: ${f.code(p.example)})`} 서버를 다시 시작하십시오.`,
  },
  invalidRegex: {
    en: (p: { mask: string; error: string }, f: Format) =>
      `The association mask ${f.v(p.mask)} holds a group "( … )", so Campaign reads it as a regular expression, but it does not compile: ${p.error}. No profile can match it.`,
    ko: (p, f) =>
      `연결 마스크(${f.v(p.mask)})에 그룹 "( … )"이 있어 Campaign은 이를 정규식으로 읽지만, 정규식이 올바르지 않습니다(정규식 엔진의 오류: ${p.error}). 어떤 프로필도 일치할 수 없습니다.`,
  },
  fixInvalidRegex: {
    en: () =>
      'Correct the regular expression (for example "Campaign - acme - (.*)", whose group 1 is the operator group name), or remove the parentheses to use the prefix form; then restart the server.',
    ko: () => '정규식을 고치거나(예: "Campaign - acme - (.*)", 첫 번째 그룹이 운영자 그룹 이름) 괄호를 없애 접두사 형식으로 바꾼 뒤 서버를 다시 시작하십시오.',
  },
  noMatch: {
    en: (
      p: { mask: string; form: MaskForm; profileCount: number; source: string; spacing: MaskSpacingIssue[]; nearest: NearestItem[]; nearTotal: number },
      f: Format,
    ) => {
      const spacing = p.spacing.length > 0 ? `; the mask itself has ${issues(p.spacing, f)} (· marks a space)` : '';
      const nearest =
        p.nearest.length > 0
          ? `Nearest profiles: ${listed(
              p.nearest.map((item) => `${f.v(item.profile)}: ${why(item.why, f)}`),
              p.nearTotal,
              f,
            )}.`
          : 'No profile name comes close to it.';
      return `No Admin Console product profile matches the association mask ${f.v(p.mask)} (${form(p.form, f)}; ${f.n(p.profileCount)} ${profilesWord(p.profileCount, f)} read from ${p.source})${spacing}, so every IMS login to this instance ends with "${NO_MATCHING_RIGHT_MESSAGE.en}". ${nearest}`;
    },
    ko: (p, f) => {
      const spacing =
        p.spacing.length === 0
          ? ''
          : p.spacing.length === 1 && p.spacing[0] === 'double'
            ? '. 마스크에 공백이 두 칸 연속으로 들어 있습니다(·는 공백 한 칸)'
            : `. 마스크 자체에 문제가 있습니다: ${issues(p.spacing, f)}(·는 공백 한 칸)`;
      const nearest =
        p.nearest.length > 0
          ? `가장 가까운 프로필: ${listed(
              p.nearest.map((item) => `프로필 ${f.v(item.profile)}: ${why(item.why, f)}`),
              p.nearTotal,
              f,
            )}.`
          : '마스크와 비슷한 프로필 이름도 없습니다.';
      return `연결 마스크(${f.v(p.mask)}, ${form(p.form, f)})와 일치하는 Admin Console 제품 프로필이 없습니다(${p.source}에서 프로필 ${f.n(p.profileCount)}개 확인)${spacing}. 따라서 이 인스턴스의 IMS 로그인은 모두 "${NO_MATCHING_RIGHT_MESSAGE.en}"(번역: "${NO_MATCHING_RIGHT_MESSAGE.ko}") 오류로 끝납니다. ${nearest}`;
    },
  },
  fixNoMatchNear: {
    en: (p: { suggested: string; profile: string }, f: Format) =>
      `Set the association mask to ${f.code(p.suggested)} (the prefix of ${f.v(p.profile)}), exactly as the Admin Console writes it, then restart the server.`,
    ko: (p, f) =>
      `연결 마스크를 Admin Console에 적힌 그대로 다음 값(프로필 ${f.v(p.profile)}의 접두사)으로 설정한 뒤 서버를 다시 시작하십시오: ${f.code(p.suggested)}`,
  },
  fixNoMatch: {
    en: () =>
      'Name this instance\'s product profiles in the Admin Console "<association mask><operator group internal name>" (for example "campaign - acme - delivery"), or set the mask to their common prefix; then restart the server.',
    ko: () =>
      'Admin Console에서 이 인스턴스용 제품 프로필 이름을 "<연결 마스크><운영자 그룹 내부 이름>" 형식(예: "campaign - acme - delivery")으로 지정하거나, 마스크를 그 프로필들의 공통 접두사로 설정한 뒤 서버를 다시 시작하십시오.',
  },
  maskSpacing: {
    en: (p: { mask: string; issues: MaskSpacingIssue[]; count: number }, f: Format) =>
      `The association mask ${f.v(p.mask)} has ${issues(p.issues, f)} (· marks a space). It still matches ${f.n(p.count)} ${profilesWord(p.count, f)} because their names carry the same characters, but whoever retypes the mask or a profile name will break the login.`,
    ko: (p, f) =>
      `연결 마스크(${f.v(p.mask)})에 문제가 있습니다: ${issues(p.issues, f)}(·는 공백 한 칸). 프로필 이름에도 같은 문자가 있어 지금은 프로필 ${f.n(p.count)}개와 일치하지만, 마스크나 프로필 이름을 다시 입력하는 순간 로그인이 깨집니다.`,
  },
  fixMaskSpacing: {
    en: (p: { suggested: string }, f: Format) =>
      `Write the mask as ${f.code(p.suggested)} and rename the Admin Console profiles the same way, together, then restart the server.`,
    ko: (p, f) => `마스크를 다음 값으로 고치고 Admin Console 프로필 이름도 같은 방식으로 함께 바꾼 뒤 서버를 다시 시작하십시오: ${f.code(p.suggested)}`,
  },
  missingGroup: {
    en: (
      p: { profiles: string[]; profileCount: number; mask: string; group: string; groupCount: number; source: string; users: number; closest: ClosestGroup },
      f: Format,
    ) => {
      const one = p.profileCount === 1;
      const groups =
        p.closest.kind === 'none'
          ? ` The groups in ${p.source}: ${listed(
              p.closest.names.map((name) => f.v(name)),
              p.groupCount,
              f,
            )}.`
          : '';
      // One profile is named as the subject; several are listed at the end, where a report can lay them out.
      const subject = one ? f.v(p.profiles[0] ?? '') : `${f.n(p.profileCount)} Admin Console profiles`;
      const profiles = one
        ? ''
        : ` The profiles: ${listed(
            p.profiles.map((name) => f.v(name)),
            p.profileCount,
            f,
          )}.`;
      return `${subject} ${one ? 'matches' : 'match'} the association mask ${f.v(p.mask)} and ${one ? 'names' : 'name'} the operator group ${f.v(p.group)}, which does not exist in Campaign (${f.n(p.groupCount)} ${f.plural(p.groupCount, { one: 'group', other: 'groups' })} in ${p.source}); ${f.say(PARTS, { id: 'closest', params: p })}. ${one ? 'This profile grants' : 'These profiles grant'} nothing to ${f.n(p.users)} ${f.plural(p.users, { one: 'user', other: 'users' })}.${profiles}${groups}`;
    },
    ko: (p, f) => {
      const groups =
        p.closest.kind === 'none'
          ? ` ${p.source}의 그룹: ${listed(
              p.closest.names.map((name) => f.v(name)),
              p.groupCount,
              f,
            )}.`
          : '';
      const one = p.profileCount === 1;
      const subject = one ? `프로필(${f.v(p.profiles[0] ?? '')})` : `Admin Console 프로필 ${f.n(p.profileCount)}개`;
      const profiles = one
        ? ''
        : ` 해당 프로필: ${listed(
            p.profiles.map((name) => f.v(name)),
            p.profileCount,
            f,
          )}.`;
      return `연결 마스크(${f.v(p.mask)})와 일치하는 ${subject}${one ? '이' : '가'} 운영자 그룹(${f.v(p.group)})을 가리키지만, 이 그룹은 Campaign에 없습니다(${p.source}의 그룹 ${f.n(p.groupCount)}개). ${f.say(PARTS, { id: 'closest', params: p })}. 이 프로필은 사용자 ${f.n(p.users)}명에게 아무 권한도 주지 못합니다.${profiles}${groups}`;
    },
  },
  fixRenamedGroup: {
    en: (p: { closest: string; group: string; profileCount: number; suggested: string | null }, f: Format) =>
      `Give the operator group ${f.v(p.closest)} the internal name ${f.code(p.group)} again (Administration > Access management > Operator groups), or rename the Admin Console ${profilesWord(p.profileCount, f)} to ${p.suggested === null ? `a name the mask reads as ${f.v(p.closest)}` : f.code(p.suggested)}; then restart the server.`,
    ko: (p, f) =>
      `관리(Administration) > 액세스 관리(Access management) > 운영자 그룹(Operator groups)에서 운영자 그룹 ${f.v(p.closest)}의 내부 이름을 다시 원래 이름(${f.code(p.group)})으로 바꾸거나, Admin Console 프로필 이름을 ${p.suggested === null ? `마스크가 그룹 이름(${f.v(p.closest)})으로 읽는 이름으로` : `새 이름(${f.code(p.suggested)})으로`} 바꾼 뒤 서버를 다시 시작하십시오.`,
  },
  fixTrailingSpace: {
    en: (p: { suggested: string }, f: Format) => `Set the association mask to ${f.code(p.suggested)} (with its trailing space), then restart the server.`,
    ko: (p, f) => `연결 마스크를 끝 공백을 포함한 다음 값으로 설정한 뒤 서버를 다시 시작하십시오: ${f.code(p.suggested)}`,
  },
  fixMissingGroup: {
    en: (p: { group: string; profileCount: number }, f: Format) =>
      `Create the operator group ${f.code(p.group)} in Campaign, or rename the Admin Console ${profilesWord(p.profileCount, f)} so that mask + an existing group's internal name = profile name; then restart the server.`,
    ko: (p, f) =>
      `Campaign에 운영자 그룹을 만들거나(내부 이름: ${f.code(p.group)}), 마스크 + 기존 그룹 내부 이름 = 프로필 이름이 되도록 Admin Console 프로필 이름을 바꾼 뒤 서버를 다시 시작하십시오.`,
  },
});

type MaskReport = Report<typeof messages>;

export default defineRule({
  id: 'association-mask',
  section: 4,
  title: {
    en: 'Association mask + operator group name = Admin Console profile name',
    ko: '연결 마스크 + 운영자 그룹 이름 = Admin Console 프로필 이름',
  },
  scope: 'instance',
  needs: ['campaign', 'account', 'adminConsole'],
  messages,
  check({ snapshot, instance, campaign, account, adminConsole: plane }): MaskReport[] {
    const maskValue = account.imsRightsMask;
    const mask = compileMask(maskValue.value);
    const maskEvidence = evidence('associationMask', maskValue);
    const groups = new OperatorGroups(campaign.groups.map((group) => group.name.value));
    const profileName = (index: number): string => plane.profiles[index]!.name;
    const profileEvidence = (index: number): EvidenceInput => ({ field: 'profile', value: profileName(index), at: plane.profiles[index]!.at });

    if (!mask.ok) {
      if (mask.problem === 'empty') {
        const example = plane.profiles.find((profile) => /^campaign - /i.test(profile.name))?.name.replace(/[^\s\u00a0]+$/, '');
        return [
          {
            status: 'fail',
            message: { id: 'empty', params: { name: MAC_ACCOUNT_NAME } },
            remediation: { id: 'fixEmpty', params: { example: example ?? null } },
            evidence: [maskEvidence],
          },
        ];
      }
      return [
        {
          status: 'fail',
          message: { id: 'invalidRegex', params: { mask: mask.raw, error: mask.error } },
          remediation: { id: 'fixInvalidRegex' },
          evidence: [maskEvidence],
        },
      ];
    }

    const verdicts = judgeProfiles(mask, plane, groups, otherMasks(snapshot, instance));
    const matched = verdicts.flatMap((verdict, index) =>
      verdict.explanation.matches ? [{ index, group: verdict.explanation.group, exists: verdict.groupExists }] : [],
    );
    const spacing = maskSpacingIssues(mask.raw);

    if (matched.length === 0) {
      const misses = verdicts
        .flatMap((verdict, index) =>
          verdict.explanation.matches || verdict.explanation.why.kind === 'unrelated' ? [] : [{ index, why: verdict.explanation.why }],
        )
        .sort((a, b) => compareMisses(a.why, b.why) || plane.profiles[b.index]!.userCount - plane.profiles[a.index]!.userCount);
      const shown = misses.slice(0, NEAREST_SHOWN);
      const best = shown.find((miss) => isNearMiss(miss.why));
      return [
        {
          status: 'fail',
          message: {
            id: 'noMatch',
            params: {
              mask: mask.raw,
              form: mask.form,
              profileCount: plane.profiles.length,
              source: plane.source,
              spacing,
              nearest: shown.map((miss) => ({ profile: profileName(miss.index), why: miss.why })),
              nearTotal: misses.length,
            },
          },
          remediation:
            best && isNearMiss(best.why)
              ? { id: 'fixNoMatchNear', params: { suggested: suggestedMask(mask, best.why.prefix), profile: profileName(best.index) } }
              : { id: 'fixNoMatch' },
          evidence: [maskEvidence, ...shown.map((miss) => profileEvidence(miss.index))],
        },
      ];
    }

    const reports: MaskReport[] = [];
    if (spacing.length > 0) {
      reports.push({
        status: 'warn',
        message: { id: 'maskSpacing', params: { mask: mask.raw, issues: spacing, count: matched.length } },
        remediation: { id: 'fixMaskSpacing', params: { suggested: tidySpaces(mask.raw) } },
        evidence: [maskEvidence],
      });
    }

    // One finding per missing group, however many profiles name it.
    const missing = new Map<string, number[]>();
    for (const match of matched) if (!match.exists) missing.set(match.group, [...(missing.get(match.group) ?? []), match.index]);
    for (const [group, indexes] of missing) {
      const closest = groups.closest(group);
      const trailingSpace = mask.form === 'prefix' && /^[\s\u00a0]/.test(group) && closest !== undefined && groups.has(group.trim());
      const closestGroup = closest === undefined ? undefined : campaign.groups.find((candidate) => candidate.name.value === closest);
      const profileCount = indexes.length;
      reports.push({
        status: 'fail',
        message: {
          id: 'missingGroup',
          params: {
            profiles: indexes.slice(0, PROFILES_SHOWN).map(profileName),
            profileCount,
            mask: mask.raw,
            group,
            groupCount: groups.names.length,
            source: campaign.source,
            users: indexes.reduce((sum, index) => sum + plane.profiles[index]!.userCount, 0),
            closest: trailingSpace
              ? { kind: 'trailing-space', name: group.trim() }
              : closest !== undefined
                ? { kind: 'renamed', name: closest }
                : { kind: 'none', names: groups.names.slice(0, GROUPS_SHOWN) },
          },
        },
        remediation: trailingSpace
          ? { id: 'fixTrailingSpace', params: { suggested: `${mask.raw} ` } }
          : closest !== undefined
            ? { id: 'fixRenamedGroup', params: { closest, group, profileCount, suggested: mask.literal !== undefined ? `${mask.literal}${closest}` : null } }
            : { id: 'fixMissingGroup', params: { group, profileCount } },
        evidence: [maskEvidence, ...indexes.map(profileEvidence), ...(closestGroup ? [evidence('operatorGroup', closestGroup.name)] : [])],
      });
    }

    if (reports.length === 0) {
      const byUsers = [...matched].sort((a, b) => plane.profiles[b.index]!.userCount - plane.profiles[a.index]!.userCount).slice(0, MATCHES_SHOWN);
      reports.push({
        status: 'pass',
        message: {
          id: 'pass',
          params: {
            mask: mask.raw,
            form: mask.form,
            total: matched.length,
            matches: byUsers.map((match) => ({ profile: profileName(match.index), group: match.group, users: plane.profiles[match.index]!.userCount })),
          },
        },
        evidence: [maskEvidence, ...byUsers.map((match) => profileEvidence(match.index))],
      });
    }
    return reports;
  },
});

/** The mask with its stray spaces removed: no leading space, single spaces, tabs and no-break spaces as spaces. */
export function tidySpaces(mask: string): string {
  return mask.replace(/[\s\u00a0]+/g, ' ').replace(/^ /, '');
}
