import type { AdminConsoleUser } from '../model/snapshot.js';
import { formatProvenance } from '../model/provenance.js';
import { compileMask, isNearMiss, OperatorGroups, type ProfileVerdict } from '../domain/association-mask.js';
import { CHECKLIST_URL, NO_MATCHING_RIGHT_MESSAGE } from '../domain/facts.js';
import { judgeProfiles, otherMasks, whyParam, WHY_MESSAGES } from './association-mask.js';
import { listParam, rest, shown } from './params.js';
import { adaptLegacyRule, defineRule, evidence, quote, t, type EvidenceInput, type ParamValue, type Report } from './legacy.js';

/** What one profile does for a user of this instance, as bits so that a user's verdict is one OR per profile held. */
const NEAR_MISS = 1;
const MISSING_GROUP = 2;
const GRANTS = 4;

const USERS_SHOWN = 10;
const plural = (count: unknown, one: string, many: string): string => (count === 1 ? one : many);

const legacyRule = defineRule({
  id: 'association-users',
  section: 4,
  docUrl: CHECKLIST_URL,
  title: {
    en: 'Admin Console users who would get no rights from the association mask',
    ko: '연결 마스크로 권한을 받지 못하는 Admin Console 사용자',
  },
  scope: 'instance',
  needs: ['campaign', 'account', 'adminConsole'],
  messages: {
    ...WHY_MESSAGES,
    pass: {
      en: (p) => `No Admin Console user is left without rights by the association mask ${p.mask}: ${p.granted} of ${p.total} users get an operator group through it, and nobody holds only a near-miss profile or a profile naming a missing group.`,
      ko: (p) => `연결 마스크 ${p.mask} 때문에 권한을 받지 못하는 Admin Console 사용자는 없습니다. 사용자 ${p.total}명 중 ${p.granted}명이 이 마스크로 운영자 그룹을 받으며, 비슷하지만 일치하지 않는 프로필이나 없는 그룹을 가리키는 프로필만 가진 사용자는 없습니다.`,
    },
    maskUnusable: {
      en: (p) => `Not checked: the association mask ${p.mask} cannot be used (see rule association-mask).`,
      ko: (p) => `확인하지 않음: 연결 마스크 ${p.mask}을(를) 사용할 수 없습니다(association-mask 규칙 참조).`,
    },
    nearUsers: {
      en: (p) => `${p.count} Admin Console ${plural(p.count, 'user looks', 'users look')} like ${plural(p.count, 'a Campaign user', 'Campaign users')} of this instance (a profile nearly matches the association mask ${p.mask}) but ${plural(p.count, 'holds', 'hold')} no profile that matches it: at their Adobe ID login Campaign answers "${p.en}" (Korean UI: "${p.ko}"). ${p.list}${p.more}`,
      ko: (p) => `Admin Console 사용자 ${p.count}명은 이 인스턴스의 Campaign 사용자로 보이지만(연결 마스크 ${p.mask}와 비슷한 프로필 보유) 마스크와 일치하는 프로필이 없습니다. Adobe ID로 로그인하면 Campaign이 "${p.ko}"(영어 UI: "${p.en}") 오류를 표시합니다. ${p.list}${p.more}`,
    },
    fixNearUsers: {
      en: (p) => `In the Admin Console, rename each near-miss profile to association mask + operator group internal name (for example ${p.example}), or add these users to the matching profiles. Nothing needs to change in Campaign.`,
      ko: (p) => `Admin Console에서 비슷하지만 일치하지 않는 프로필의 이름을 연결 마스크 + 운영자 그룹 내부 이름(예: ${p.example})으로 바꾸거나, 이 사용자들을 일치하는 프로필에 추가하십시오. Campaign에서는 바꿀 것이 없습니다.`,
    },
    fixNearUsersMask: {
      en: () => 'No profile matches the association mask at all, so the mask is what is wrong: correct it (see rule association-mask) and restart the server, rather than renaming the profiles of every user.',
      ko: () => '연결 마스크와 일치하는 프로필이 하나도 없으므로 잘못된 것은 마스크입니다. 모든 사용자의 프로필 이름을 바꾸지 말고 마스크를 고친 뒤(association-mask 규칙 참조) 서버를 다시 시작하십시오.',
    },
    missingGroupUsers: {
      en: (p) => `${p.count} Admin Console ${plural(p.count, 'user matches', 'users match')} the association mask ${p.mask} only through profiles naming an operator group that does not exist in Campaign: at their Adobe ID login Campaign answers "${p.en}" (Korean UI: "${p.ko}"). ${p.list}${p.more}`,
      ko: (p) => `Admin Console 사용자 ${p.count}명은 Campaign에 없는 운영자 그룹을 가리키는 프로필로만 연결 마스크 ${p.mask}와 일치합니다. Adobe ID로 로그인하면 Campaign이 "${p.ko}"(영어 UI: "${p.en}") 오류를 표시합니다. ${p.list}${p.more}`,
    },
    fixMissingGroupUsers: {
      en: () => 'Restore the operator group names the profiles give (see rule association-mask: rename the Campaign group back, or rename the profile) and restart the server; these users get their rights at their next login.',
      ko: () => '프로필이 가리키는 운영자 그룹 이름을 되돌리고(association-mask 규칙 참조: Campaign 그룹 이름을 되돌리거나 프로필 이름 변경) 서버를 다시 시작하십시오. 이 사용자들은 다음 로그인부터 권한을 받습니다.',
    },
    userItem: { en: (p) => `${p.user} (${p.where}): ${p.profiles}${rest(p)}`, ko: (p) => `사용자 ${p.user}(${p.where}): ${p.profiles}${rest(p)}` },
    profileWhy: { en: (p) => `${p.profile} — ${p.why}${rest(p, ', ')}`, ko: (p) => `프로필 ${p.profile} — ${p.why}${rest(p, ', ')}` },
    whyMissingGroup: {
      en: (p) => `names the operator group ${p.group}, which does not exist in Campaign`,
      ko: (p) => `Campaign에 없는 운영자 그룹 ${p.group}을(를) 가리킴`,
    },
    more: { en: (p) => `; and ${p.count} more`, ko: (p) => `; 외 ${p.count}명` },
  },
  check({ snapshot, instance, campaign, account, adminConsole }) {
    const maskValue = account!.imsRightsMask;
    const mask = compileMask(maskValue.value);
    const maskEvidence = evidence('associationMask', maskValue);
    if (!mask.ok) return [{ status: 'skip', message: 'maskUnusable', params: { mask: shown(mask.raw) }, evidence: [maskEvidence] }];

    const plane = adminConsole!;
    const verdicts = judgeProfiles(mask, plane, new OperatorGroups(campaign!.groups.map((group) => group.name.value)), otherMasks(snapshot, instance));
    const codes = Uint8Array.from(verdicts, codeOf);
    const maskMatchesNothing = !codes.some((code) => code & (GRANTS | MISSING_GROUP));

    // One pass, a few array reads per user: a million users stay well under a second.
    let granted = 0;
    const near: AdminConsoleUser[] = [];
    const missing: AdminConsoleUser[] = [];
    let nearCount = 0;
    let missingCount = 0;
    for (const user of plane.users) {
      let flags = 0;
      for (const index of user.profiles) flags |= codes[index]!;
      if (flags & GRANTS) granted++;
      else if (flags & MISSING_GROUP) {
        if (missingCount++ < USERS_SHOWN) missing.push(user);
      } else if (flags & NEAR_MISS) {
        if (nearCount++ < USERS_SHOWN) near.push(user);
      }
    }

    const userEvidence = (user: AdminConsoleUser): EvidenceInput => ({
      field: 'adminConsoleUser', value: user.email || user.username, at: { file: plane.source, line: user.line, path: 'Email' },
    });
    const item = (user: AdminConsoleUser, relevant: number): ParamValue => {
      const profiles = user.profiles
        .filter((index) => codes[index]! & relevant)
        .map((index) => t('profileWhy', { profile: quote(plane.profiles[index]!.name), why: whyOf(verdicts[index]!) }));
      return t('userItem', { user: user.email || user.username, where: formatProvenance({ file: plane.source, line: user.line }), profiles: listParam(profiles) });
    };
    const common = (count: number, users: AdminConsoleUser[], relevant: number) => ({
      count,
      mask: shown(mask.raw),
      en: NO_MATCHING_RIGHT_MESSAGE.en,
      ko: NO_MATCHING_RIGHT_MESSAGE.ko,
      list: listParam(users.map((user) => item(user, relevant))),
      more: count > users.length ? t('more', { count: count - users.length }) : '',
    });

    const reports: Report<string>[] = [];
    if (missingCount > 0) {
      reports.push({
        status: 'fail', message: 'missingGroupUsers', remediation: 'fixMissingGroupUsers',
        params: common(missingCount, missing, MISSING_GROUP),
        evidence: [maskEvidence, ...missing.map(userEvidence)],
      });
    }
    if (nearCount > 0) {
      const example = near
        .flatMap((user) => user.profiles)
        .map((index) => verdicts[index]!.explanation)
        .flatMap((explanation) => (!explanation.matches && isNearMiss(explanation.why) ? [explanation.why.group] : []))[0];
      reports.push({
        status: 'fail', message: 'nearUsers', remediation: maskMatchesNothing ? 'fixNearUsersMask' : 'fixNearUsers',
        params: { ...common(nearCount, near, NEAR_MISS), example: mask.literal !== undefined && example !== undefined ? shown(mask.literal + example) : shown(mask.raw) },
        evidence: [maskEvidence, ...near.map(userEvidence)],
      });
    }
    if (reports.length === 0) {
      reports.push({ status: 'pass', message: 'pass', params: { mask: shown(mask.raw), granted, total: plane.users.length }, evidence: [maskEvidence] });
    }
    return reports;
  },
});

function codeOf(verdict: ProfileVerdict): number {
  const { explanation } = verdict;
  if (explanation.matches) return verdict.groupExists ? GRANTS : MISSING_GROUP;
  return isNearMiss(explanation.why) ? NEAR_MISS : 0;
}

function whyOf(verdict: ProfileVerdict): ParamValue {
  const { explanation } = verdict;
  return explanation.matches ? t('whyMissingGroup', { group: shown(explanation.group) }) : whyParam(explanation.why);
}

export default adaptLegacyRule(legacyRule);
