import type { Sourced } from '../model/provenance.js';
import { formatProvenance } from '../model/provenance.js';
import { CHECKLIST_URL, MAC_ACCOUNT_NAME, ORG_ID_SUFFIX } from '../domain/facts.js';
import { nearMiss, type NearMiss } from '../domain/near-miss.js';
import type { FieldKey } from '../i18n/fields.js';
import { adaptLegacyRule, defineRule, evidence, quote, t, type ParamValue, type Report } from './legacy.js';

const WHY: Record<NearMiss, string> = {
  edgeSpaces: 'whyEdgeSpaces', spaces: 'whySpaces', case: 'whyCase', spacesAndCase: 'whySpacesAndCase', translated: 'whyTypo', typo: 'whyTypo',
};

type Source = 'account' | 'ims' | 'serverConf';

interface Value {
  source: Source;
  field: FieldKey;
  value: Sourced<string>;
}

/*
 * Decisions where the checklist is silent:
 * - The reference is the organization the IMS client is provisioned in; without it (no IMS client,
 *   no orgId in it, or a conflict between client file and Developer Console export), the account's value.
 *   The account and serverConf are each compared with the reference, so the fix names the side to change.
 * - A value that is not of the form …@AdobeOrg fails on its format and is not compared as well (one
 *   finding per mistake).
 * - serverConf's redirection IMSOrgId is compared only where present; a missing one is not a problem.
 * - No IMS organization and no redirection IMSOrgId: skip (only the format was checked), saying what to add.
 */
const legacyRule = defineRule({
  id: 'org-id',
  section: 7,
  docUrl: CHECKLIST_URL,
  title: { en: 'IMS organization ID is the same everywhere', ko: 'IMS 조직 ID가 모든 곳에서 일치' },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages: {
    pass: {
      en: (p) => `The IMS organization ID of ${p.name} is ${p.value}, ${p.agrees}.`,
      ko: (p) => `${p.name}의 IMS 조직 ID는 ${p.value}(으)로, ${p.agrees}.`,
    },
    agreesBoth: {
      en: () => 'the same as the organization of the IMS client and the IMSOrgId of serverConf redirection',
      ko: () => 'IMS 클라이언트의 조직 및 serverConf redirection의 IMSOrgId와 같습니다',
    },
    agreesIms: {
      en: () => 'the same as the organization of the IMS client (serverConf gives no redirection IMSOrgId)',
      ko: () => 'IMS 클라이언트의 조직과 같습니다(serverConf에는 redirection IMSOrgId가 없음)',
    },
    agreesServerConf: {
      en: (p) => `the same as the IMSOrgId of serverConf redirection; the IMS client's organization was not compared: ${p.why}`,
      ko: (p) => `serverConf redirection의 IMSOrgId와 같습니다. IMS 클라이언트의 조직은 비교하지 않았습니다: ${p.why}`,
    },
    nothingToCompare: {
      en: (p) => `The IMS organization ID of ${p.name} is ${p.value}, but there is nothing to compare it with: ${p.why}, and serverConf gives no redirection IMSOrgId.`,
      ko: (p) => `${p.name}의 IMS 조직 ID는 ${p.value}이지만 비교할 대상이 없습니다. ${p.why}. serverConf에도 redirection IMSOrgId가 없습니다.`,
    },
    fixNothingToCompare: {
      en: () => 'Add "orgId:" to the IMS client file (or give the Developer Console export, which carries project.org.ims_org_id) and run again.',
      ko: () => 'IMS 클라이언트 파일에 "orgId:"를 추가하거나 Developer Console 내보내기 파일(project.org.ims_org_id 포함)을 지정한 뒤 다시 실행하십시오.',
    },
    imsAbsent: { en: () => 'the workspace names no IMS client for this instance', ko: () => '워크스페이스에 이 인스턴스의 IMS 클라이언트가 지정되지 않았습니다' },
    imsError: { en: (p) => `${p.where} could not be read`, ko: (p) => `${p.where} 파일을 읽을 수 없습니다` },
    imsNoField: { en: (p) => `${p.sources} gives no organization ID`, ko: (p) => `${p.sources}에 조직 ID가 없습니다` },
    empty: {
      en: (p) => `The IMS organization ID of ${p.name} is empty${p.ims}.`,
      ko: (p) => `${p.name}의 IMS 조직 ID가 비어 있습니다${p.ims}.`,
    },
    imsIs: { en: (p) => `; the IMS client is provisioned in ${p.value}`, ko: (p) => `. IMS 클라이언트가 프로비저닝된 조직은 ${p.value}입니다` },
    fixEmpty: {
      en: (p) => `Enter the IMS organization ID (…${p.suffix}) in the external account ${p.name}, as shown in the Admin Console or the Developer Console, save, and restart the server.`,
      ko: (p) => `Admin Console이나 Developer Console에 표시된 IMS 조직 ID(…${p.suffix})를 외부 계정 ${p.name}에 입력하고 저장한 뒤 서버를 다시 시작하십시오.`,
    },
    format: {
      en: (p) => `${p.source} ${p.value} (${p.where}) does not have the form of an IMS organization ID: it should end with ${p.suffix}${p.why}.`,
      ko: (p) => `${p.source} ${p.value}(${p.where})은(는) IMS 조직 ID 형식이 아닙니다. ${p.suffix}(으)로 끝나야 합니다${p.why}.`,
    },
    sourceAccount: { en: (p) => `The IMS organization ID of ${p.name}`, ko: (p) => `${p.name}의 IMS 조직 ID` },
    sourceIms: { en: () => "The IMS client's organization ID", ko: () => 'IMS 클라이언트의 조직 ID' },
    sourceServerConf: { en: () => 'The IMSOrgId of serverConf redirection', ko: () => 'serverConf redirection의 IMSOrgId' },
    formatEdgeSpaces: { en: () => ', without the spaces before or after', ko: () => '(앞뒤 공백 제거 필요)' },
    formatCase: { en: () => `, written in this case`, ko: () => '(대소문자까지 정확히)' },
    fixFormat: {
      en: (p) => `Correct the value at ${p.where} to the exact organization ID, e.g. ${p.example}, then restart the server if it is the account or serverConf.`,
      ko: (p) => `${p.where}의 값을 정확한 조직 ID(예: ${p.example})로 고치고, 외부 계정이나 serverConf를 고쳤다면 서버를 다시 시작하십시오.`,
    },
    conflict: {
      en: (p) => `The IMS client file (${p.clientWhere}) gives the organization ${p.client} but the Developer Console export (${p.consoleWhere}) gives ${p.console}; the account has ${p.campaign}${p.matches}.`,
      ko: (p) => `IMS 클라이언트 파일(${p.clientWhere})의 조직은 ${p.client}이고 Developer Console 내보내기(${p.consoleWhere})의 조직은 ${p.console}입니다. 계정의 값은 ${p.campaign}입니다${p.matches}.`,
    },
    matchesClient: { en: () => ', like the client file', ko: () => '(클라이언트 파일과 같음)' },
    matchesConsole: { en: () => ', like the Developer Console export', ko: () => '(Developer Console 내보내기와 같음)' },
    matchesNeither: { en: () => ', like neither', ko: () => '(어느 쪽과도 다름)' },
    fixConflict: {
      en: () => "Check in the Admin Console which organization this instance's IMS client belongs to, and correct the outdated file.",
      ko: () => 'Admin Console에서 이 인스턴스의 IMS 클라이언트가 속한 조직을 확인하고 오래된 파일을 고치십시오.',
    },
    mismatchAccount: {
      en: (p) => `The IMS organization ID of ${p.name} is ${p.value}, but the IMS client is provisioned in ${p.reference} (${p.referenceWhere})${p.why}.`,
      ko: (p) => `${p.name}의 IMS 조직 ID ${p.value}이(가) IMS 클라이언트가 프로비저닝된 조직 ${p.reference}(${p.referenceWhere})와(과) 다릅니다${p.why}.`,
    },
    fixAccount: {
      en: (p) => `Set "IMS organization ID" in the external account ${p.name} to exactly ${p.reference}, save, and restart the server.`,
      ko: (p) => `외부 계정 ${p.name}의 "IMS 조직 ID"를 정확히 ${p.reference}(으)로 설정하고 저장한 뒤 서버를 다시 시작하십시오.`,
    },
    mismatchServerConf: {
      en: (p) => `The IMSOrgId of serverConf redirection is ${p.value} (${p.where}), but ${p.referenceLabel} is ${p.reference}${p.why}.`,
      ko: (p) => `serverConf redirection의 IMSOrgId ${p.value}(${p.where})이(가) ${p.referenceLabel} ${p.reference}와(과) 다릅니다${p.why}.`,
    },
    referenceIms: { en: () => "the IMS client's organization", ko: () => 'IMS 클라이언트의 조직' },
    referenceAccount: { en: (p) => `the IMS organization ID of ${p.name}`, ko: (p) => `${p.name}의 IMS 조직 ID` },
    fixServerConf: {
      en: (p) => `Set IMSOrgId of <redirection> in ${p.file} to ${p.reference}, then restart the server.`,
      ko: (p) => `${p.file}의 <redirection> IMSOrgId를 ${p.reference}(으)로 설정한 뒤 서버를 다시 시작하십시오.`,
    },
    fixServerConfUnknown: {
      en: (p) => `Make IMSOrgId of <redirection> in ${p.file} and the account's IMS organization ID the same: the organization your IMS client is provisioned in. Then restart the server.`,
      ko: (p) => `${p.file}의 <redirection> IMSOrgId와 계정의 IMS 조직 ID를 IMS 클라이언트가 프로비저닝된 조직으로 똑같이 맞춘 뒤 서버를 다시 시작하십시오.`,
    },
    whyEdgeSpaces: { en: () => ': they differ only by spaces before or after', ko: () => '. 앞뒤 공백만 다릅니다' },
    whySpaces: { en: () => ': they differ only by spaces', ko: () => '. 공백만 다릅니다' },
    whyCase: { en: () => ': they differ only in upper/lower case', ko: () => '. 대소문자만 다릅니다' },
    whySpacesAndCase: { en: () => ': they differ by spaces and upper/lower case', ko: () => '. 공백과 대소문자가 다릅니다' },
    whyTypo: { en: () => ': a few characters differ (a copying mistake?)', ko: () => '. 몇 글자가 다릅니다(복사 오류?)' },
  },
  check({ account, ims, serverConf, instance }): Report<string>[] {
    const name = MAC_ACCOUNT_NAME;
    const suffix = ORG_ID_SUFFIX;
    const campaign: Value = { source: 'account', field: 'imsOrgId', value: account!.imsOrgId };
    const conflict = ims?.conflicts.find((item) => item.field === 'orgId');
    const imsValue: Value | undefined = ims?.orgId && !conflict ? { source: 'ims', field: 'imsOrgIdIms', value: ims.orgId } : undefined;
    const confValue: Value | undefined = serverConf?.redirectionImsOrgId ? { source: 'serverConf', field: 'redirectionImsOrgId', value: serverConf.redirectionImsOrgId } : undefined;
    const reports: Report<string>[] = [];

    if (campaign.value.value === '') {
      const known = imsValue ?? confValue;
      return [{
        status: 'fail',
        message: 'empty',
        remediation: 'fixEmpty',
        params: { name, suffix, ims: imsValue ? t('imsIs', { value: quote(imsValue.value.value) }) : '' },
        evidence: [evidence(campaign.field, campaign.value), ...(known ? [evidence(known.field, known.value)] : [])],
      }];
    }

    const wellFormed = (item: Value): boolean => item.value.value.endsWith(suffix);
    const example = imsValue && wellFormed(imsValue) ? imsValue.value.value : `0123456789ABCDEF01234567${suffix}`;
    const sourceLabel: Record<Source, ParamValue> = { account: t('sourceAccount', { name }), ims: t('sourceIms'), serverConf: t('sourceServerConf') };
    for (const item of [campaign, imsValue, confValue]) {
      if (!item || wellFormed(item)) continue;
      const text = item.value.value;
      const why = text.trim().endsWith(suffix) ? t('formatEdgeSpaces') : text.trim().toLowerCase().endsWith(suffix.toLowerCase()) ? t('formatCase') : '';
      reports.push({
        status: 'fail',
        message: 'format',
        remediation: 'fixFormat',
        params: { source: sourceLabel[item.source], value: quote(text), where: formatProvenance(item.value.at), suffix, why, example },
        evidence: [evidence(item.field, item.value)],
      });
    }

    if (conflict) {
      const value = campaign.value.value;
      reports.push({
        status: 'fail',
        message: 'conflict',
        remediation: 'fixConflict',
        params: {
          campaign: quote(value), matches: t(value === conflict.client.value ? 'matchesClient' : value === conflict.console.value ? 'matchesConsole' : 'matchesNeither'),
          client: quote(conflict.client.value), clientWhere: formatProvenance(conflict.client.at),
          console: quote(conflict.console.value), consoleWhere: formatProvenance(conflict.console.at),
        },
        evidence: [evidence('conflictClient', conflict.client), evidence('conflictConsole', conflict.console), evidence(campaign.field, campaign.value)],
      });
    }

    const why = (a: string, b: string): ParamValue => {
      const kind = nearMiss(a, b);
      return kind ? t(WHY[kind]) : '';
    };
    const reference = imsValue && wellFormed(imsValue) ? imsValue : wellFormed(campaign) ? campaign : undefined;
    if (reference && imsValue && wellFormed(campaign) && campaign.value.value !== imsValue.value.value) {
      reports.push({
        status: 'fail',
        message: 'mismatchAccount',
        remediation: 'fixAccount',
        params: { name, value: quote(campaign.value.value), reference: quote(imsValue.value.value), referenceWhere: formatProvenance(imsValue.value.at), why: why(campaign.value.value, imsValue.value.value) },
        evidence: [evidence(campaign.field, campaign.value), evidence(imsValue.field, imsValue.value)],
      });
    }
    if (reference && confValue && wellFormed(confValue) && confValue.value.value !== reference.value.value) {
      reports.push({
        status: 'fail',
        message: 'mismatchServerConf',
        remediation: reference.source === 'ims' ? 'fixServerConf' : 'fixServerConfUnknown',
        params: {
          value: quote(confValue.value.value), where: formatProvenance(confValue.value.at), file: serverConf!.source,
          referenceLabel: reference.source === 'ims' ? t('referenceIms') : t('referenceAccount', { name }),
          reference: quote(reference.value.value), why: why(confValue.value.value, reference.value.value),
        },
        evidence: [evidence(confValue.field, confValue.value), evidence(reference.field, reference.value)],
      });
    }
    if (reports.length > 0) return reports;

    const proof = [campaign, imsValue, confValue].filter((item): item is Value => item !== undefined).map((item) => evidence(item.field, item.value));
    const value = quote(campaign.value.value);
    if (imsValue) {
      return [{ status: 'pass', message: 'pass', params: { name, value, agrees: t(confValue ? 'agreesBoth' : 'agreesIms') }, evidence: proof }];
    }
    const plane = instance.ims;
    const imsWhy =
      plane.state === 'absent' ? t('imsAbsent')
        : plane.state === 'error' ? t('imsError', { where: formatProvenance(plane.problem) })
          : t('imsNoField', { sources: plane.data.sources.join(', ') });
    if (confValue) return [{ status: 'pass', message: 'pass', params: { name, value, agrees: t('agreesServerConf', { why: imsWhy }) }, evidence: proof }];
    return [{ status: 'skip', message: 'nothingToCompare', remediation: 'fixNothingToCompare', params: { name, value, why: imsWhy }, evidence: proof }];
  },
});

export default adaptLegacyRule(legacyRule);
