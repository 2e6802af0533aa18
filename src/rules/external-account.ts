import { ACCOUNT_NAME_TYPO_MAX_DISTANCE, MAC_ACCOUNT_NAME, MAC_ACCOUNT_NAME_IN_SCREENSHOTS } from '../domain/facts.js';
import { editDistance } from '../domain/similarity.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import type { Provenance } from '../model/provenance.js';
import type { ExternalAccount } from '../model/snapshot.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

/*
 * Decisions where the checklist is silent: docs/rules/external-account.md (which near misses are
 * named, why a second MAC account fails and a look-alike only warns, which account is kept).
 */

/** How a name is close to, but not, the internal name Campaign looks for (an account name, not a value: its own kinds). */
export type AccountNearMiss = 'case' | 'spaces' | 'translated' | 'typo';

/** Why a name is close to, but not, the internal name Campaign looks for. */
export function nearMissKind(name: string): AccountNearMiss | undefined {
  if (name === MAC_ACCOUNT_NAME) return undefined;
  if (name.toLowerCase() === MAC_ACCOUNT_NAME.toLowerCase()) return 'case';
  const squeeze = (value: string): string => value.toLowerCase().replace(/[\s_\-\u00a0]+/g, '');
  if (squeeze(name) === squeeze(MAC_ACCOUNT_NAME)) return 'spaces';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this matches
  if (/^adobe[\s_]/i.test(name) && /[^\x00-\x7f]/.test(name)) return 'translated';
  if (editDistance(name.toLowerCase(), MAC_ACCOUNT_NAME.toLowerCase()) <= ACCOUNT_NAME_TYPO_MAX_DISTANCE) return 'typo';
  return undefined;
}

const why = (kind: AccountNearMiss, f: Format): string =>
  ({
    case: { en: 'it differs only in upper/lower case', ko: '대소문자만 다름' },
    spaces: { en: 'spaces or dashes stand where the underscores should be', ko: '밑줄 자리에 공백이나 대시가 있음' },
    translated: { en: 'the name was translated, as in the Korean edition of the checklist', ko: '점검 목록 한국어판처럼 이름이 번역됨' },
    typo: { en: 'a spelling mistake', ko: '철자 오류' },
  })[kind][f.lang];

const MENU = { en: 'Administration > Platform > External accounts', ko: '관리(Administration) > 플랫폼(Platform) > 외부 계정(External accounts)' };

const messages = catalogue({
  pass: {
    en: (p: { name: string; label: string; at: Provenance }, f: Format) =>
      `One enabled external account named ${p.name} (label ${f.v(p.label)}) at ${f.at(p.at)}.`,
    ko: (p, f) => `내부 이름이 ${p.name}인 활성화된 외부 계정이 하나 있습니다(레이블: ${f.v(p.label)}, ${f.at(p.at)}).`,
  },
  missing: {
    en: (p: { name: string; file: string; count: number }, f: Format) =>
      `No external account is named ${p.name} in ${p.file} (${f.n(p.count)} ${f.plural(p.count, { one: 'external account', other: 'external accounts' })} read). Campaign finds the IMS settings by this internal name only.`,
    ko: (p, f) =>
      `${p.file}에 내부 이름이 ${p.name}인 외부 계정이 없습니다(외부 계정 ${f.n(p.count)}개 확인). Campaign은 이 내부 이름으로만 IMS 설정을 찾습니다.`,
  },
  fixMissing: {
    en: (p: { name: string }, f: Format) =>
      `In Campaign, ${MENU.en}: create an account of type "Adobe Experience Cloud" (older builds: "Adobe Marketing Cloud") with internal name ${f.code(p.name)}, then restart the server.`,
    ko: (p, f) =>
      `Campaign의 ${MENU.ko}에서 유형(Type)이 "Adobe Experience Cloud"(이전 빌드: "Adobe Marketing Cloud")인 계정을 만들고 내부 이름(Internal name)을 정확히 다음 값으로 입력한 뒤 서버를 다시 시작하십시오: ${f.code(p.name)}`,
  },
  nearMiss: {
    en: (p: { name: string; found: string; at: Provenance; kind: AccountNearMiss }, f: Format) =>
      `No external account is named exactly ${p.name}, but ${f.at(p.at)} has ${f.v(p.found)} (${why(p.kind, f)}). Campaign compares the internal name exactly, so this account is never used.`,
    ko: (p, f) =>
      `내부 이름이 정확히 ${p.name}인 외부 계정은 없고 비슷한 이름의 계정이 있습니다: ${f.v(p.found)}(${f.at(p.at)}, ${why(p.kind, f)}). Campaign은 내부 이름을 정확히 비교하므로 이 계정은 사용되지 않습니다.`,
  },
  fixNearMiss: {
    en: (p: { name: string; found: string }, f: Format) =>
      `Change the internal name of ${f.v(p.found)} to ${f.code(p.name)} (exactly, with underscores and this case), then restart the server.`,
    ko: (p, f) =>
      `${f.v(p.found)} 계정의 내부 이름(Internal name)을 다음 값으로 정확히(밑줄과 대소문자 그대로) 바꾼 뒤 서버를 다시 시작하십시오: ${f.code(p.name)}`,
  },
  duplicateName: {
    en: (p: { name: string; count: number; ats: Provenance[] }, f: Format) =>
      `${f.n(p.count)} external accounts are named ${p.name} (${f.list(p.ats.map((at) => f.at(at)))}); Campaign reads only one of them.`,
    ko: (p, f) => `내부 이름이 ${p.name}인 외부 계정이 ${f.n(p.count)}개 있습니다(${f.list(p.ats.map((at) => f.at(at)))}). Campaign은 그중 하나만 읽습니다.`,
  },
  fixDuplicateName: {
    en: (p: { name: string; keep: Provenance }, f: Format) =>
      `In ${MENU.en}, keep the account ${p.name} at ${f.at(p.keep)} and delete the others of that name, then restart the server.`,
    ko: (p, f) => `${MENU.ko}에서 ${f.at(p.keep)}의 ${p.name} 계정만 남기고 같은 이름의 나머지 계정을 삭제한 뒤 서버를 다시 시작하십시오.`,
  },
  duplicate: {
    en: (p: { name: string; found: string; at: Provenance; keepAt: Provenance; sameSettings: boolean }, f: Format) =>
      `${f.v(p.found)} at ${f.at(p.at)} is a second Adobe Experience Cloud (MAC) account (${p.sameSettings ? 'same settings' : 'with other settings: check which values are right before deleting it'}). Delete it: Campaign reads only ${p.name} at ${f.at(p.keepAt)}, which stays because its internal name is the one Campaign looks for.`,
    ko: (p, f) =>
      `${f.at(p.at)}의 ${f.v(p.found)} 계정은 두 번째 Adobe Experience Cloud(MAC) 계정입니다(${p.sameSettings ? '설정 동일' : '설정이 다름: 삭제 전에 어느 값이 맞는지 확인'}). 삭제하십시오. Campaign은 ${f.at(p.keepAt)}의 계정(${p.name})만 읽습니다. 이 계정은 내부 이름이 Campaign이 찾는 이름과 같으므로 그대로 두십시오.`,
  },
  fixDuplicate: {
    en: (p: { found: string }, f: Format) => `Delete the external account ${f.v(p.found)} in ${MENU.en}, then restart the server.`,
    ko: (p, f) => `${MENU.ko}에서 다음 외부 계정을 삭제한 뒤 서버를 다시 시작하십시오: ${f.v(p.found)}`,
  },
  confusable: {
    en: (p: { name: string; found: string; at: Provenance; kind: AccountNearMiss }, f: Format) =>
      `${f.v(p.found)} at ${f.at(p.at)} looks like ${p.name} (${why(p.kind, f)}) but carries no IMS settings; it is not used, yet it confuses whoever edits the accounts.`,
    ko: (p, f) =>
      `${f.at(p.at)}의 ${f.v(p.found)} 계정은 이름이 ${p.name}에 가깝지만(${why(p.kind, f)}) IMS 설정이 없습니다. 사용되지는 않지만 계정을 편집하는 사람을 혼동시킵니다.`,
  },
  fixConfusable: {
    en: (p: { name: string; found: string }, f: Format) => `Rename or delete ${f.v(p.found)} so that only ${p.name} carries that name.`,
    ko: (p, f) => `${f.v(p.found)} 계정의 이름을 바꾸거나 계정을 삭제하여 ${p.name}만 그 이름을 갖도록 하십시오.`,
  },
  // ---- i9a: the MAC account under another internal name, and attributes Campaign does not read ----
  otherName: {
    en: (p: { name: string; found: string; at: Provenance; screenshots: string }, f: Format) =>
      `The IMS settings are in the external account ${f.v(p.found)} (${f.at(p.at)}), not in one named ${p.name}. The checklist asks for ${p.name}; Adobe's own screenshots show ${p.screenshots}. Which name the server looks up is not published, so ims-doctor checks this account's settings, but the login may not use it.`,
    ko: (p, f) =>
      `IMS 설정이 내부 이름 ${p.name} 계정이 아니라 다음 외부 계정에 있습니다: ${f.v(p.found)}(${f.at(p.at)}). 이름이 서로 다릅니다(점검 목록: ${p.name}, Adobe 화면 예시: ${p.screenshots}). 서버가 어느 이름을 찾는지는 공개되어 있지 않으므로 ims-doctor는 이 계정의 설정을 확인하지만, 로그인이 이 계정을 사용하지 않을 수 있습니다.`,
  },
  fixOtherName: {
    en: (p: { name: string; found: string }, f: Format) =>
      `If Adobe ID logins fail on this instance, rename ${f.v(p.found)} to ${f.code(p.name)} (the checklist's name) in ${MENU.en}, then restart the server.`,
    ko: (p, f) =>
      `이 인스턴스에서 Adobe ID 로그인이 실패한다면 ${MENU.ko}에서 ${f.v(p.found)} 계정의 내부 이름을 점검 목록의 이름으로 바꾼 뒤 서버를 다시 시작하십시오: ${f.code(p.name)}`,
  },
  macDuplicates: {
    en: (p: { count: number; ats: Provenance[] }, f: Format) =>
      `${f.n(p.count)} external accounts carry IMS settings (${f.list(p.ats.map((at) => f.at(at)))}) and none is named exactly as Campaign looks for: Campaign uses at most one of them.`,
    ko: (p, f) =>
      `IMS 설정이 있는 외부 계정이 ${f.n(p.count)}개 있고(${f.list(p.ats.map((at) => f.at(at)))}) 어느 것도 Campaign이 찾는 이름과 정확히 같지 않습니다. Campaign은 그중 하나만 사용합니다.`,
  },
  fixMacDuplicates: {
    en: (p: { name: string }, f: Format) => `Keep one of them, named ${f.code(p.name)}, delete the others in ${MENU.en}, and restart the server.`,
    ko: (p, f) => `${MENU.ko}에서 하나만 남겨 다음 내부 이름을 주고 나머지는 삭제한 뒤 서버를 다시 시작하십시오: ${f.code(p.name)}`,
  },
  unrecognised: {
    en: (p: { name: string; items: { attribute: string; meant: string | null }[]; at: Provenance }, f: Format) =>
      `The account ${p.name} (${f.at(p.at)}) writes ${f.plural(p.items.length, { one: 'an attribute', other: 'attributes' })} that Campaign does not read: ${f.items(p.items.map((item) => (item.meant ? `${f.v(item.attribute)} (did you mean ${item.meant}?)` : f.v(item.attribute))))}. ${f.plural(p.items.length, { one: 'The field it probably means is not judged: its value is unknown, not empty.', other: 'The fields they probably mean are not judged: their values are unknown, not empty.' })}`,
    ko: (p, f) =>
      `계정 ${p.name}(${f.at(p.at)})에 Campaign이 읽지 않는 속성이 ${f.n(p.items.length)}개 있습니다: ${f.items(p.items.map((item) => (item.meant ? `${f.v(item.attribute)}(${item.meant}의 오기로 보임)` : f.v(item.attribute))))}. 이 속성이 뜻하는 것으로 보이는 필드는 값이 비어 있는 것이 아니라 알 수 없으므로 판단하지 않았습니다.`,
  },
  fixUnrecognised: {
    en: () =>
      'Export the account again from the client console (Tools > Advanced > Export packages) instead of writing it by hand, or rename the attributes to the names in docs/campaign-attributes.md, and run again.',
    ko: () =>
      '계정을 직접 작성하지 말고 클라이언트 콘솔(도구(Tools) > 고급(Advanced) > 패키지 내보내기(Export packages))에서 다시 내보내거나, 속성 이름을 docs/campaign-attributes.md의 이름으로 바꾼 뒤 다시 실행하십시오.',
  },
  disabled: {
    en: (p: { name: string; at: Provenance; defaulted: boolean }, f: Format) =>
      `The external account ${p.name} at ${f.at(p.at)} is disabled (${p.defaulted ? 'no "active" attribute, which means 0' : 'active="0"'}). Campaign ignores a disabled account.`,
    ko: (p, f) =>
      `외부 계정 ${p.name}(${f.at(p.at)})의 Enabled(활성화)가 꺼져 있습니다(${p.defaulted ? 'active 속성 없음: 0' : 'active="0"'}). Campaign은 비활성화된 계정을 무시합니다.`,
  },
  fixDisabled: {
    en: (p: { name: string }) => `Tick "Enabled" on the external account ${p.name}, save, and restart the server.`,
    ko: (p) => `외부 계정 ${p.name}에서 Enabled(활성화)를 선택하고 저장한 뒤 서버를 다시 시작하십시오.`,
  },
});

type ExternalAccountReport = Report<typeof messages>;

/** The settings that make two MAC accounts "the same", as the checklist means it. */
function sameSettings(a: ExternalAccount, b: ExternalAccount): boolean {
  return (['imsServer', 'clientId', 'callbackServer', 'imsOrgId', 'imsRightsMask', 'userScope'] as const).every((field) => a[field].value === b[field].value);
}

const nameEvidence = (account: ExternalAccount): EvidenceInput => evidence('accountName', account.name);

/** Attributes of the account Campaign does not read (a hand-made export): a warning listing them, with did-you-mean. */
function unrecognisedReports(account: ExternalAccount): ExternalAccountReport[] {
  const items = account.unrecognised ?? [];
  if (items.length === 0) return [];
  return [
    {
      status: 'warn',
      message: { id: 'unrecognised', params: { name: account.name.value, items: items.map(({ attribute, meant }) => ({ attribute, meant })), at: account.at } },
      remediation: { id: 'fixUnrecognised' },
      evidence: items.map((item) => ({ field: 'accountAttribute' as const, value: item.attribute, at: item.at })),
    },
  ];
}

export default defineRule({
  id: 'external-account',
  section: 1,
  title: { en: 'Exactly one external account Adobe_Marketing_Cloud', ko: 'Adobe_Marketing_Cloud 외부 계정은 정확히 하나' },
  scope: 'instance',
  needs: ['campaign'],
  messages,
  check({ campaign }): ExternalAccountReport[] {
    const accounts = campaign.externalAccounts;
    const name = MAC_ACCOUNT_NAME;
    const exact = accounts.filter((account) => account.name.value === name);

    const keep = exact.find((account) => account.active.value) ?? exact[0];
    if (!keep) {
      const near = accounts.flatMap((account) => {
        const kind = nearMissKind(account.name.value);
        return kind ? [{ account, kind }] : [];
      });
      // Another name carrying the IMS fields: Adobe's screenshots name it differently from the checklist.
      const others = accounts.filter((account) => account.carriesImsFields && !nearMissKind(account.name.value));
      if (near.length + others.length >= 2 && others.length > 0) {
        const all = [...near.map(({ account }) => account), ...others];
        return [
          {
            status: 'fail',
            message: { id: 'macDuplicates', params: { count: all.length, ats: all.map((account) => account.at) } },
            remediation: { id: 'fixMacDuplicates', params: { name } },
            evidence: all.map(nameEvidence),
          },
        ];
      }
      const other = others[0];
      if (other) {
        return [
          {
            status: 'warn',
            message: { id: 'otherName', params: { name, found: other.name.value, at: other.at, screenshots: MAC_ACCOUNT_NAME_IN_SCREENSHOTS } },
            remediation: { id: 'fixOtherName', params: { name, found: other.name.value } },
            evidence: [nameEvidence(other)],
          },
          ...unrecognisedReports(other),
        ];
      }
      if (near.length === 0) {
        return [
          {
            status: 'fail',
            message: { id: 'missing', params: { name, file: campaign.source, count: accounts.length } },
            remediation: { id: 'fixMissing', params: { name } },
            evidence: accounts.map(nameEvidence),
          },
        ];
      }
      return near.map(({ account, kind }) => ({
        status: 'fail' as const,
        message: { id: 'nearMiss' as const, params: { name, found: account.name.value, at: account.at, kind } },
        remediation: { id: 'fixNearMiss' as const, params: { name, found: account.name.value } },
        evidence: [nameEvidence(account)],
      }));
    }

    const reports: ExternalAccountReport[] = [];
    if (exact.length > 1) {
      reports.push({
        status: 'fail',
        message: { id: 'duplicateName', params: { name, count: exact.length, ats: exact.map((account) => account.at) } },
        remediation: { id: 'fixDuplicateName', params: { name, keep: keep.at } },
        evidence: exact.map(nameEvidence),
      });
    }
    for (const account of accounts) {
      if (account.name.value === name) continue;
      const found = account.name.value;
      const kind = nearMissKind(found);
      if (account.carriesImsFields) {
        reports.push({
          status: 'fail',
          message: { id: 'duplicate', params: { name, found, at: account.at, keepAt: keep.at, sameSettings: sameSettings(account, keep) } },
          remediation: { id: 'fixDuplicate', params: { found } },
          evidence: [nameEvidence(account), nameEvidence(keep)],
        });
      } else if (kind) {
        reports.push({
          status: 'warn',
          message: { id: 'confusable', params: { name, found, at: account.at, kind } },
          remediation: { id: 'fixConfusable', params: { name, found } },
          evidence: [nameEvidence(account)],
        });
      }
    }
    if (!keep.active.value) {
      const defaulted = keep.active.at.defaulted === true;
      reports.push({
        status: 'fail',
        message: { id: 'disabled', params: { name, at: keep.at, defaulted } },
        remediation: { id: 'fixDisabled', params: { name } },
        evidence: [{ field: 'accountActive', value: '0', at: keep.active.at }],
      });
    }
    reports.push(...unrecognisedReports(keep));
    if (reports.length === 0) {
      reports.push({
        status: 'pass',
        message: { id: 'pass', params: { name, label: keep.label.value, at: keep.at } },
        evidence: [nameEvidence(keep), evidence('accountLabel', keep.label)],
      });
    }
    return reports;
  },
});
