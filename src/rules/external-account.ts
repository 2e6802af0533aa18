import type { ExternalAccount } from '../model/snapshot.js';
import { formatProvenance } from '../model/provenance.js';
import { CHECKLIST_URL, MAC_ACCOUNT_NAME } from '../domain/facts.js';
import { editDistance } from '../domain/similarity.js';
import { adaptLegacyRule, defineRule, evidence, t, type EvidenceInput, type Report } from './legacy.js';

type NearMissKind = 'case' | 'spaces' | 'translated' | 'typo';

/** Why a name is close to, but not, the internal name Campaign looks for. */
export function nearMissKind(name: string): NearMissKind | undefined {
  if (name === MAC_ACCOUNT_NAME) return undefined;
  if (name.toLowerCase() === MAC_ACCOUNT_NAME.toLowerCase()) return 'case';
  const squeeze = (value: string): string => value.toLowerCase().replace(/[\s_\-\u00a0]+/g, '');
  if (squeeze(name) === squeeze(MAC_ACCOUNT_NAME)) return 'spaces';
  if (/^adobe[\s_]/i.test(name) && /[^\x00-\x7f]/.test(name)) return 'translated';
  if (editDistance(name.toLowerCase(), MAC_ACCOUNT_NAME.toLowerCase()) <= 3) return 'typo';
  return undefined;
}

const where = (account: ExternalAccount): string => formatProvenance(account.at);

/** The settings that make two MAC accounts "the same", as the checklist means it. */
function sameSettings(a: ExternalAccount, b: ExternalAccount): boolean {
  return (['imsServer', 'clientId', 'callbackServer', 'imsOrgId', 'imsRightsMask', 'userScope'] as const).every((field) => a[field].value === b[field].value);
}

const legacyRule = defineRule({
  id: 'external-account',
  section: 1,
  docUrl: CHECKLIST_URL,
  title: { en: 'Exactly one external account Adobe_Marketing_Cloud', ko: 'Adobe_Marketing_Cloud 외부 계정은 정확히 하나' },
  scope: 'instance',
  needs: ['campaign'],
  messages: {
    pass: {
      en: (p) => `One enabled external account named ${p.name} (label "${p.label}") at ${p.where}.`,
      ko: (p) => `${p.where}에 활성화된 외부 계정 ${p.name}(레이블 "${p.label}")이 하나 있습니다.`,
    },
    missing: {
      en: (p) => `No external account is named ${p.name} in ${p.file} (${p.count} external accounts read). Campaign finds the IMS settings by this internal name only.`,
      ko: (p) => `${p.file}에 내부 이름이 ${p.name}인 외부 계정이 없습니다(외부 계정 ${p.count}개 확인). Campaign은 이 내부 이름으로만 IMS 설정을 찾습니다.`,
    },
    fixMissing: {
      en: (p) => `In Campaign, Administration > Platform > External accounts: create an account of type "Adobe Experience Cloud (MAC)" with internal name ${p.name}, then restart the server.`,
      ko: (p) => `Campaign의 관리 > 플랫폼 > 외부 계정에서 유형이 "Adobe Experience Cloud (MAC)"이고 내부 이름이 ${p.name}인 계정을 만든 뒤 서버를 다시 시작하십시오.`,
    },
    nearMiss: {
      en: (p) => `No external account is named exactly ${p.name}, but ${p.where} has "${p.found}" (${p.why}). Campaign compares the internal name exactly, so this account is never used.`,
      ko: (p) => `내부 이름이 정확히 ${p.name}인 외부 계정은 없지만 ${p.where}에 "${p.found}"이(가) 있습니다(${p.why}). Campaign은 내부 이름을 정확히 비교하므로 이 계정은 사용되지 않습니다.`,
    },
    fixNearMiss: {
      en: (p) => `Change the internal name of "${p.found}" to ${p.name} (exactly, with underscores and this case), then restart the server.`,
      ko: (p) => `"${p.found}"의 내부 이름을 정확히 ${p.name}(밑줄과 대소문자 그대로)로 바꾼 뒤 서버를 다시 시작하십시오.`,
    },
    whyCase: { en: () => 'it differs only in upper/lower case', ko: () => '대소문자만 다름' },
    whySpaces: { en: () => 'spaces or dashes stand where the underscores should be', ko: () => '밑줄 자리에 공백이나 대시가 있음' },
    whyTranslated: { en: () => 'the name was translated, as in the Korean edition of the checklist', ko: () => '점검 목록 한국어판처럼 이름이 번역됨' },
    whyTypo: { en: () => 'a spelling mistake', ko: () => '철자 오류' },
    duplicateName: {
      en: (p) => `${p.count} external accounts are named ${p.name} (${p.wheres}). Keep ${p.keep}; delete the others.`,
      ko: (p) => `내부 이름이 ${p.name}인 외부 계정이 ${p.count}개 있습니다(${p.wheres}). ${p.keep}만 남기고 나머지는 삭제하십시오.`,
    },
    duplicate: {
      en: (p) => `"${p.found}" at ${p.where} is a second Adobe Marketing Cloud account (${p.same}). Delete it: Campaign reads only ${p.name} at ${p.keepWhere}, which stays because its internal name is the one Campaign looks for.`,
      ko: (p) => `${p.where}의 "${p.found}"은(는) 두 번째 Adobe Marketing Cloud 계정입니다(${p.same}). 삭제하십시오. Campaign은 ${p.keepWhere}의 ${p.name}만 읽으며, 내부 이름이 Campaign이 찾는 이름이므로 그 계정을 남깁니다.`,
    },
    sameSettings: { en: () => 'same settings', ko: () => '설정 동일' },
    otherSettings: { en: () => 'with other settings: check which values are right before deleting it', ko: () => '설정이 다름: 삭제 전에 어느 값이 맞는지 확인' },
    fixDuplicate: {
      en: (p) => `Delete the external account "${p.found}" in Administration > Platform > External accounts, then restart the server.`,
      ko: (p) => `관리 > 플랫폼 > 외부 계정에서 외부 계정 "${p.found}"을(를) 삭제한 뒤 서버를 다시 시작하십시오.`,
    },
    confusable: {
      en: (p) => `"${p.found}" at ${p.where} looks like ${p.name} (${p.why}) but carries no IMS settings; it is not used, yet it confuses whoever edits the accounts.`,
      ko: (p) => `${p.where}의 "${p.found}"은(는) ${p.name}과(와) 비슷하지만(${p.why}) IMS 설정이 없습니다. 사용되지는 않지만 계정을 편집하는 사람을 혼동시킵니다.`,
    },
    fixConfusable: {
      en: (p) => `Rename or delete "${p.found}" so that only ${p.name} carries that name.`,
      ko: (p) => `"${p.found}"의 이름을 바꾸거나 삭제하여 ${p.name}만 그 이름을 갖도록 하십시오.`,
    },
    disabled: {
      en: (p) => `The external account ${p.name} at ${p.where} is disabled (active="${p.active}"${p.defaulted}). Campaign ignores a disabled account.`,
      ko: (p) => `${p.where}의 외부 계정 ${p.name}이(가) 비활성화되어 있습니다(active="${p.active}"${p.defaulted}). Campaign은 비활성화된 계정을 무시합니다.`,
    },
    fixDisabled: {
      en: (p) => `Tick "Enabled" on the external account ${p.name}, save, and restart the server.`,
      ko: (p) => `외부 계정 ${p.name}에서 "활성화"를 선택하고 저장한 뒤 서버를 다시 시작하십시오.`,
    },
  },
  check({ campaign }) {
    const accounts = campaign!.externalAccounts;
    const name = MAC_ACCOUNT_NAME;
    const exact = accounts.filter((account) => account.name.value === name);
    const reports: Report<string>[] = [];
    const nameEvidence = (account: ExternalAccount): EvidenceInput => evidence('accountName', account.name);
    const why = (kind: NearMissKind) => t({ case: 'whyCase', spaces: 'whySpaces', translated: 'whyTranslated', typo: 'whyTypo' }[kind]);

    if (exact.length === 0) {
      const near = accounts.map((account) => ({ account, kind: nearMissKind(account.name.value) })).filter((item) => item.kind);
      if (near.length === 0) {
        return [{ status: 'fail', message: 'missing', remediation: 'fixMissing', params: { name, file: campaign!.source, count: accounts.length }, evidence: accounts.map(nameEvidence) }];
      }
      return near.map(({ account, kind }) => ({
        status: 'fail' as const,
        message: 'nearMiss',
        remediation: 'fixNearMiss',
        params: { name, found: account.name.value, where: where(account), why: why(kind!) },
        evidence: [nameEvidence(account)],
      }));
    }

    const keep = exact.find((account) => account.active.value) ?? exact[0]!;
    if (exact.length > 1) {
      reports.push({ status: 'fail', message: 'duplicateName', remediation: 'fixDuplicate', params: { name, count: exact.length, wheres: exact.map(where).join(', '), keep: where(keep), found: name }, evidence: exact.map(nameEvidence) });
    }
    for (const account of accounts) {
      if (account.name.value === name) continue;
      const kind = nearMissKind(account.name.value);
      if (account.carriesImsFields) {
        reports.push({
          status: 'fail',
          message: 'duplicate',
          remediation: 'fixDuplicate',
          params: { name, found: account.name.value, where: where(account), keepWhere: where(keep), same: t(sameSettings(account, keep) ? 'sameSettings' : 'otherSettings') },
          evidence: [nameEvidence(account), nameEvidence(keep)],
        });
      } else if (kind) {
        reports.push({ status: 'warn', message: 'confusable', remediation: 'fixConfusable', params: { name, found: account.name.value, where: where(account), why: why(kind) }, evidence: [nameEvidence(account)] });
      }
    }
    if (!keep.active.value) {
      reports.push({
        status: 'fail',
        message: 'disabled',
        remediation: 'fixDisabled',
        params: { name, where: where(keep), active: keep.active.at.defaulted ? '' : keep.active.value ? '1' : '0', defaulted: keep.active.at.defaulted ? ', absent: 0' : '' },
        evidence: [{ field: 'accountActive', value: keep.active.value ? '1' : '0', at: keep.active.at }],
      });
    }
    if (reports.length === 0) {
      reports.push({ status: 'pass', message: 'pass', params: { name, label: keep.label.value, where: where(keep) }, evidence: [nameEvidence(keep), evidence('accountLabel', keep.label)] });
    }
    return reports;
  },
});

export default adaptLegacyRule(legacyRule);
