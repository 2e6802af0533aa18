import type { AdminConsolePlane, InstanceSnapshot, Snapshot } from '../model/snapshot.js';
import {
  compareMisses, compileMask, explainProfiles, isNearMiss, maskSpacingIssues, OperatorGroups, suggestedMask,
  type Mask, type MaskSpacingIssue, type MissReason, type OtherMask, type ProfileVerdict,
} from '../domain/association-mask.js';
import { CHECKLIST_URL, MAC_ACCOUNT_NAME, NO_MATCHING_RIGHT_MESSAGE } from '../domain/facts.js';
import { instanceContext } from '../model/instance-context.js';
import { listParam, rest, shown } from './params.js';
import { adaptLegacyRule, defineRule, evidence, quote, t, type EvidenceInput, type Message, type ParamValue, type Report } from './legacy.js';

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

/** Why a profile misses the mask, as a message parameter; the messages are WHY_MESSAGES, shared with association-users. */
export function whyParam(why: MissReason): ParamValue {
  switch (why.kind) {
    case 'case': return t('whyCase', { prefix: shown(why.prefix) });
    case 'spaces': return t(why.alsoCase ? 'whySpacesCase' : 'whySpaces', { prefix: shown(why.prefix) });
    case 'typo': return t('whyTypo', { prefix: shown(why.prefix), distance: why.distance });
    case 'other-instance': return t('whyOtherInstance', { instance: why.instance, mask: shown(why.mask) });
    case 'other-prefix': return t('whyOtherPrefix', { prefix: shown(why.prefix) });
    case 'unrelated': return t('whyUnrelated');
  }
}

export const WHY_MESSAGES = {
  whyCase: {
    en: (p) => `only upper/lower case differs (its prefix is ${p.prefix}), and Campaign compares case-sensitively`,
    ko: (p) => `대소문자만 다름(접두사 ${p.prefix}). Campaign은 대소문자를 구분하여 비교합니다`,
  },
  whySpaces: {
    en: (p) => `only spaces differ (its prefix is ${p.prefix})`,
    ko: (p) => `공백만 다름(접두사 ${p.prefix})`,
  },
  whySpacesCase: {
    en: (p) => `spaces and upper/lower case differ (its prefix is ${p.prefix})`,
    ko: (p) => `공백과 대소문자가 다름(접두사 ${p.prefix})`,
  },
  whyTypo: {
    en: (p) => `its prefix ${p.prefix} is ${p.distance} edit${p.distance === 1 ? '' : 's'} away from the mask: a typo`,
    ko: (p) => `접두사 ${p.prefix}이(가) 마스크와 ${p.distance}글자 다름: 오타로 보임`,
  },
  whyOtherInstance: {
    en: (p) => `it matches the mask ${p.mask} of instance ${p.instance}`,
    ko: (p) => `인스턴스 ${p.instance}의 마스크 ${p.mask}와 일치함`,
  },
  whyOtherPrefix: {
    en: (p) => `its prefix ${p.prefix} belongs to another instance or tenant`,
    ko: (p) => `접두사 ${p.prefix}은(는) 다른 인스턴스나 테넌트의 것임`,
  },
  whyUnrelated: { en: () => 'unrelated name', ko: () => '관련 없는 이름' },
} satisfies Record<string, Message>;

/** Reads the account's mask and judges every Admin Console profile once; shared with association-users. */
export function judgeProfiles(mask: Mask, adminConsole: AdminConsolePlane, groups: OperatorGroups, others: readonly OtherMask[]): ProfileVerdict[] {
  return explainProfiles(mask, adminConsole.profiles.map((profile) => profile.name), groups, others);
}

const ISSUE_KEYS: Record<MaskSpacingIssue, string> = {
  leading: 'issueLeading', double: 'issueDouble', tab: 'issueTab', 'no-break': 'issueNoBreak', 'other-whitespace': 'issueOther',
};
const NEAREST_SHOWN = 5;
const MATCHES_SHOWN = 10;
const plural = (count: unknown, one: string, many: string): string => (count === 1 ? one : many);

const legacyRule = defineRule({
  id: 'association-mask',
  section: 4,
  docUrl: CHECKLIST_URL,
  title: {
    en: 'Association mask + operator group name = Admin Console profile name',
    ko: '연결 마스크 + 운영자 그룹 이름 = Admin Console 프로필 이름',
  },
  scope: 'instance',
  needs: ['campaign', 'account', 'adminConsole'],
  messages: {
    ...WHY_MESSAGES,
    formPrefix: { en: () => 'prefix form: profile name = mask + operator group internal name', ko: () => '접두사 형식: 프로필 이름 = 마스크 + 운영자 그룹 내부 이름' },
    formRegex: { en: () => 'regular expression form: group 1 is the operator group internal name', ko: () => '정규식 형식: 첫 번째 그룹이 운영자 그룹 내부 이름' },
    pass: {
      en: (p) => `The association mask ${p.mask} (${p.form}) matches ${p.count} Admin Console ${plural(p.count, 'profile', 'profiles')}, each naming an existing operator group: ${p.list}${p.more}.`,
      ko: (p) => `연결 마스크 ${p.mask}(${p.form})이(가) Admin Console 프로필 ${p.count}개와 일치하며, 각 프로필이 가리키는 운영자 그룹이 모두 Campaign에 있습니다: ${p.list}${p.more}.`,
    },
    matchItem: {
      en: (p) => `${p.profile} → ${p.group} (${p.users} ${plural(p.users, 'user', 'users')})${rest(p)}`,
      ko: (p) => `${p.profile} → ${p.group} (사용자 ${p.users}명)${rest(p)}`,
    },
    more: { en: (p) => `; and ${p.count} more`, ko: (p) => `; 외 ${p.count}개` },
    empty: {
      en: (p) => `The association mask of ${p.name} is empty: nothing tells Campaign which Admin Console profiles belong to this instance, so IMS logins get no operator group and end with "${p.noRightEn}".`,
      ko: (p) => `${p.name}의 연결 마스크가 비어 있습니다. 어떤 Admin Console 프로필이 이 인스턴스용인지 Campaign이 알 수 없으므로 IMS 로그인에 운영자 그룹이 부여되지 않고 "${p.noRightKo}" 오류로 끝납니다.`,
    },
    fixEmpty: {
      en: (p) => `Set the association mask to the prefix of this instance's Campaign profiles in the Admin Console${p.example}, then restart the server.`,
      ko: (p) => `연결 마스크를 Admin Console에 있는 이 인스턴스용 Campaign 프로필의 접두사로 설정하고${p.example} 서버를 다시 시작하십시오.`,
    },
    exampleMask: { en: (p) => ` (for example ${p.mask})`, ko: (p) => `(예: ${p.mask})` },
    invalidRegex: {
      en: (p) => `The association mask ${p.mask} holds a group "( … )", so Campaign reads it as a regular expression, but it does not compile: ${p.error}. No profile can match it.`,
      ko: (p) => `연결 마스크 ${p.mask}에 그룹 "( … )"이 있어 Campaign은 이를 정규식으로 읽지만, 정규식이 올바르지 않습니다: ${p.error}. 어떤 프로필도 일치할 수 없습니다.`,
    },
    fixInvalidRegex: {
      en: () => 'Correct the regular expression (for example "Campaign - acme - (.*)", whose group 1 is the operator group name), or remove the parentheses to use the prefix form; then restart the server.',
      ko: () => '정규식을 고치거나(예: "Campaign - acme - (.*)", 첫 번째 그룹이 운영자 그룹 이름) 괄호를 없애 접두사 형식으로 바꾼 뒤 서버를 다시 시작하십시오.',
    },
    noMatch: {
      en: (p) => `No Admin Console product profile matches the association mask ${p.mask} (${p.form}; ${p.count} profiles read from ${p.source})${p.spacing}, so every IMS login to this instance ends with "${p.noRightEn}". ${p.nearest}`,
      ko: (p) => `연결 마스크 ${p.mask}(${p.form})와 일치하는 Admin Console 제품 프로필이 없습니다(${p.source}에서 프로필 ${p.count}개 확인)${p.spacing}. 따라서 이 인스턴스의 IMS 로그인은 모두 "${p.noRightKo}" 오류로 끝납니다. ${p.nearest}`,
    },
    spacingClause: {
      en: (p) => `; the mask itself has ${p.issues} (· marks a space)`,
      ko: (p) => `. 마스크 자체의 문제: ${p.issues}(·는 공백)`,
    },
    nearest: {
      en: (p) => `Nearest profiles: ${p.list}.`,
      ko: (p) => `가장 가까운 프로필: ${p.list}.`,
    },
    nearestItem: { en: (p) => `${p.profile}: ${p.why}${rest(p)}`, ko: (p) => `프로필 ${p.profile}: ${p.why}${rest(p)}` },
    noneNear: {
      en: () => 'No profile name comes close to it.',
      ko: () => '마스크와 비슷한 프로필 이름도 없습니다.',
    },
    fixNoMatchNear: {
      en: (p) => `Set the association mask to ${p.suggested} (the prefix of ${p.profile}), exactly as the Admin Console writes it, then restart the server.`,
      ko: (p) => `연결 마스크를 Admin Console에 적힌 그대로 ${p.suggested}(${p.profile}의 접두사)로 설정한 뒤 서버를 다시 시작하십시오.`,
    },
    fixNoMatch: {
      en: () => 'Name this instance\'s product profiles in the Admin Console "<association mask><operator group internal name>" (for example "campaign - acme - delivery"), or set the mask to their common prefix; then restart the server.',
      ko: () => 'Admin Console에서 이 인스턴스용 제품 프로필 이름을 "<연결 마스크><운영자 그룹 내부 이름>" 형식(예: "campaign - acme - delivery")으로 지정하거나, 마스크를 그 프로필들의 공통 접두사로 설정한 뒤 서버를 다시 시작하십시오.',
    },
    issueLeading: { en: (p) => `a leading space${rest(p, ', ')}`, ko: (p) => `앞쪽 공백${rest(p, ', ')}` },
    issueDouble: { en: (p) => `a double space${rest(p, ', ')}`, ko: (p) => `연속된 공백${rest(p, ', ')}` },
    issueTab: { en: (p) => `a tab (⇥)${rest(p, ', ')}`, ko: (p) => `탭 문자(⇥)${rest(p, ', ')}` },
    issueNoBreak: { en: (p) => `a no-break space (⍽)${rest(p, ', ')}`, ko: (p) => `줄바꿈 없는 공백(⍽)${rest(p, ', ')}` },
    issueOther: { en: (p) => `an invisible whitespace character${rest(p, ', ')}`, ko: (p) => `보이지 않는 공백 문자${rest(p, ', ')}` },
    maskSpacing: {
      en: (p) => `The association mask ${p.mask} has ${p.issues} (· marks a space). It still matches ${p.count} ${plural(p.count, 'profile', 'profiles')} because their names carry the same characters, but whoever retypes the mask or a profile name will break the login.`,
      ko: (p) => `연결 마스크 ${p.mask}에 문제가 있습니다: ${p.issues}(·는 공백). 프로필 이름에도 같은 문자가 있어 지금은 프로필 ${p.count}개와 일치하지만, 마스크나 프로필 이름을 다시 입력하는 순간 로그인이 깨집니다.`,
    },
    fixMaskSpacing: {
      en: (p) => `Write the mask as ${p.suggested} and rename the Admin Console profiles the same way, together, then restart the server.`,
      ko: (p) => `마스크를 ${p.suggested}(으)로 고치고 Admin Console 프로필 이름도 같은 방식으로 함께 바꾼 뒤 서버를 다시 시작하십시오.`,
    },
    missingGroup: {
      en: (p) => `${p.profiles} ${plural(p.profileCount, 'matches', 'match')} the association mask ${p.mask} and ${plural(p.profileCount, 'names', 'name')} the operator group ${p.group}, which does not exist in Campaign (${p.groupCount} groups in ${p.source}); ${p.closest}. ${plural(p.profileCount, 'This profile grants', 'These profiles grant')} nothing to ${p.users} ${plural(p.users, 'user', 'users')}.`,
      ko: (p) => `프로필 ${p.profiles}이(가) 연결 마스크 ${p.mask}와 일치하며 운영자 그룹 ${p.group}을(를) 가리키지만, 이 그룹은 Campaign에 없습니다(${p.source}의 그룹 ${p.groupCount}개). ${p.closest}. 이 프로필은 사용자 ${p.users}명에게 아무 권한도 주지 못합니다.`,
    },
    closestGroup: {
      en: (p) => `the closest existing group is ${p.name} (renamed?)`,
      ko: (p) => `가장 비슷한 기존 그룹은 ${p.name}입니다(이름이 바뀌었을 수 있음)`,
    },
    leadingSpaceGroup: {
      en: (p) => `the name read starts with a space because the mask lacks its trailing space, and ${p.name} exists`,
      ko: (p) => `마스크 끝에 공백이 빠져 그룹 이름이 공백으로 시작하며, ${p.name} 그룹은 존재합니다`,
    },
    noCloseGroup: {
      en: (p) => `no existing group is close to it (groups: ${p.names})`,
      ko: (p) => `비슷한 기존 그룹도 없습니다(그룹: ${p.names})`,
    },
    fixRenamedGroup: {
      en: (p) => `Give the operator group ${p.closestName} the internal name ${p.group} again (Administration > Access management > Operator groups), or rename the Admin Console ${plural(p.profileCount, 'profile', 'profiles')} to ${p.suggested}; then restart the server.`,
      ko: (p) => `운영자 그룹 ${p.closestName}의 내부 이름을 다시 ${p.group}(으)로 바꾸거나(관리 > 액세스 관리 > 운영자 그룹), Admin Console 프로필 이름을 ${p.suggested}(으)로 바꾼 뒤 서버를 다시 시작하십시오.`,
    },
    profileFor: {
      en: (p) => `a name the mask reads as ${p.group}`,
      ko: (p) => `마스크가 ${p.group}(으)로 읽는 이름`,
    },
    fixTrailingSpace: {
      en: (p) => `Set the association mask to ${p.suggested} (with its trailing space), then restart the server.`,
      ko: (p) => `연결 마스크를 끝 공백을 포함하여 ${p.suggested}(으)로 설정한 뒤 서버를 다시 시작하십시오.`,
    },
    fixMissingGroup: {
      en: (p) => `Create the operator group ${p.group} in Campaign, or rename the Admin Console ${plural(p.profileCount, 'profile', 'profiles')} so that mask + an existing group's internal name = profile name; then restart the server.`,
      ko: (p) => `Campaign에 운영자 그룹 ${p.group}을(를) 만들거나, 마스크 + 기존 그룹 내부 이름 = 프로필 이름이 되도록 Admin Console 프로필 이름을 바꾼 뒤 서버를 다시 시작하십시오.`,
    },
  },
  check({ snapshot, instance, campaign, account, adminConsole }) {
    const maskValue = account!.imsRightsMask;
    const mask = compileMask(maskValue.value);
    const maskEvidence = evidence('associationMask', maskValue);
    const noRight = { noRightEn: NO_MATCHING_RIGHT_MESSAGE.en, noRightKo: NO_MATCHING_RIGHT_MESSAGE.ko };
    const plane = adminConsole!;
    const groups = new OperatorGroups(campaign!.groups.map((group) => group.name.value));
    const profileEvidence = (index: number): EvidenceInput => ({ field: 'profile', value: plane.profiles[index]!.name, at: plane.profiles[index]!.at });

    if (!mask.ok && mask.problem === 'empty') {
      const example = plane.profiles.find((profile) => /^campaign - /i.test(profile.name))?.name.replace(/[^\s\u00a0]+$/, '');
      return [{
        status: 'fail', message: 'empty', remediation: 'fixEmpty',
        params: { name: MAC_ACCOUNT_NAME, ...noRight, example: example ? t('exampleMask', { mask: shown(example) }) : '' },
        evidence: [maskEvidence],
      }];
    }
    if (!mask.ok) {
      return [{ status: 'fail', message: 'invalidRegex', remediation: 'fixInvalidRegex', params: { mask: shown(mask.raw), error: mask.problem === 'invalid-regex' ? mask.error : '' }, evidence: [maskEvidence] }];
    }

    const form = t(mask.form === 'prefix' ? 'formPrefix' : 'formRegex');
    const verdicts = judgeProfiles(mask, plane, groups, otherMasks(snapshot, instance));
    const matched = verdicts.flatMap((verdict, index) => (verdict.explanation.matches ? [{ index, group: verdict.explanation.group, exists: verdict.groupExists }] : []));
    const issues = maskSpacingIssues(mask.raw).map((issue) => t(ISSUE_KEYS[issue]));
    const reports: Report<string>[] = [];

    if (matched.length === 0) {
      const misses = verdicts
        .flatMap((verdict, index) => (verdict.explanation.matches || verdict.explanation.why.kind === 'unrelated' ? [] : [{ index, why: verdict.explanation.why }]))
        .sort((a, b) => compareMisses(a.why, b.why) || plane.profiles[b.index]!.userCount - plane.profiles[a.index]!.userCount)
        .slice(0, NEAREST_SHOWN);
      const best = misses.find((miss) => isNearMiss(miss.why));
      const nearest = misses.map((miss) => t('nearestItem', { profile: quote(plane.profiles[miss.index]!.name), why: whyParam(miss.why) }));
      return [{
        status: 'fail',
        message: 'noMatch',
        remediation: best ? 'fixNoMatchNear' : 'fixNoMatch',
        params: {
          mask: shown(mask.raw), form, count: plane.profiles.length, source: plane.source, ...noRight,
          spacing: issues.length > 0 ? t('spacingClause', { issues: listParam(issues) }) : '',
          nearest: nearest.length > 0 ? t('nearest', { list: listParam(nearest) }) : t('noneNear'),
          suggested: best && isNearMiss(best.why) ? shown(suggestedMask(mask, best.why.prefix)) : '',
          profile: best ? quote(plane.profiles[best.index]!.name) : '',
        },
        evidence: [maskEvidence, ...misses.map((miss) => profileEvidence(miss.index))],
      }];
    }

    if (issues.length > 0) {
      reports.push({
        status: 'warn', message: 'maskSpacing', remediation: 'fixMaskSpacing',
        params: { mask: shown(mask.raw), issues: listParam(issues), count: matched.length, suggested: shown(tidySpaces(mask.raw)) },
        evidence: [maskEvidence],
      });
    }

    const missing = new Map<string, number[]>();
    for (const match of matched) if (!match.exists) missing.set(match.group, [...(missing.get(match.group) ?? []), match.index]);
    for (const [group, indexes] of missing) {
      const closest = groups.closest(group);
      const trailingSpace = mask.form === 'prefix' && /^[\s\u00a0]/.test(group) && closest !== undefined && groups.has(group.trim());
      const users = indexes.reduce((sum, index) => sum + plane.profiles[index]!.userCount, 0);
      const closestGroup = closest === undefined ? undefined : campaign!.groups.find((candidate) => candidate.name.value === closest);
      reports.push({
        status: 'fail',
        message: 'missingGroup',
        remediation: trailingSpace ? 'fixTrailingSpace' : closest !== undefined ? 'fixRenamedGroup' : 'fixMissingGroup',
        params: {
          profiles: indexes.map((index) => quote(plane.profiles[index]!.name)).join(', '),
          profileCount: indexes.length,
          mask: shown(mask.raw),
          group: shown(group),
          groupCount: groups.names.length,
          source: campaign!.source,
          users,
          closest: trailingSpace
            ? t('leadingSpaceGroup', { name: quote(group.trim()) })
            : closest !== undefined ? t('closestGroup', { name: quote(closest) }) : t('noCloseGroup', { names: groups.names.map(quote).join(', ') }),
          closestName: closest !== undefined ? quote(closest) : '',
          suggested: trailingSpace
            ? shown(`${mask.raw} `)
            : closest === undefined ? '' : mask.literal !== undefined ? shown(`${mask.literal}${closest}`) : t('profileFor', { group: quote(closest) }),
        },
        evidence: [maskEvidence, ...indexes.map(profileEvidence), ...(closestGroup ? [evidence('operatorGroup', closestGroup.name)] : [])],
      });
    }

    if (reports.length === 0) {
      const items = matched
        .sort((a, b) => plane.profiles[b.index]!.userCount - plane.profiles[a.index]!.userCount)
        .map((match) => t('matchItem', { profile: quote(plane.profiles[match.index]!.name), group: quote(match.group), users: plane.profiles[match.index]!.userCount }));
      reports.push({
        status: 'pass',
        message: 'pass',
        params: {
          mask: shown(mask.raw), form, count: matched.length,
          list: listParam(items.slice(0, MATCHES_SHOWN)),
          more: items.length > MATCHES_SHOWN ? t('more', { count: items.length - MATCHES_SHOWN }) : '',
        },
        evidence: [maskEvidence, ...matched.slice(0, MATCHES_SHOWN).map((match) => profileEvidence(match.index))],
      });
    }
    return reports;
  },
});

/** The mask with its stray spaces removed: no leading space, single spaces, tabs and no-break spaces as spaces. */
function tidySpaces(mask: string): string {
  return mask.replace(/[\s\u00a0]+/g, ' ').replace(/^ /, '');
}

export default adaptLegacyRule(legacyRule);
