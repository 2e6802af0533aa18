import { MAC_ACCOUNT_NAME, ORG_ID_SUFFIX } from '../domain/facts.js';
import { nearMiss, type NearMiss } from '../domain/near-miss.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import { COMMON, type ImsSideUnknown } from '../i18n/common.js';
import type { FieldKey } from '../i18n/fields.js';
import type { Provenance, Sourced } from '../model/provenance.js';
import { defineRule, evidence, type Report } from './rule.js';

// Decisions where the checklist is silent: docs/rules/org-id.md.

type Source = 'account' | 'ims' | 'serverConf';

interface Value {
  source: Source;
  field: FieldKey;
  value: Sourced<string>;
}

/** Why the organization of the IMS client is not known. */
type ImsUnknown = ImsSideUnknown;

const imsUnknownText = (why: ImsUnknown, f: Format): string => f.say(COMMON, { id: 'imsSideUnknown', params: { side: why, field: 'orgId' } });

const why = (kind: NearMiss | null, f: Format): string =>
  !kind ? '' : `${f.lang === 'ko' ? '. ' : ': '}${f.say(COMMON, { id: 'nearMiss', params: { kind } })}`;

const SOURCE_LABEL: Record<Source, { en: (name: string) => string; ko: (name: string) => string }> = {
  account: { en: (name) => `The IMS organization ID of ${name}`, ko: (name) => `${name}의 IMS 조직 ID` },
  ims: { en: () => "The IMS client's organization ID", ko: () => 'IMS 클라이언트의 조직 ID' },
  serverConf: { en: () => 'The IMSOrgId of serverConf redirection', ko: () => 'serverConf redirection의 IMSOrgId' },
};

type FormatHint = 'edgeSpaces' | 'case';

const messages = catalogue({
  pass: {
    en: (p: { name: string; value: string; agrees: 'both' | 'ims' | 'serverConf'; imsUnknown: ImsUnknown | null }, f: Format) => {
      const agrees = {
        both: 'the same as the organization of the IMS client and the IMSOrgId of serverConf redirection',
        ims: 'the same as the organization of the IMS client (serverConf gives no redirection IMSOrgId)',
        serverConf: `the same as the IMSOrgId of serverConf redirection; the IMS client's organization was not compared${p.imsUnknown ? `: ${imsUnknownText(p.imsUnknown, f)}` : ''}`,
      }[p.agrees];
      return `The IMS organization ID of ${p.name} is ${f.v(p.value)}, ${agrees}.`;
    },
    ko: (p, f) =>
      ({
        both: `${p.name}의 IMS 조직 ID가 IMS 클라이언트의 조직 및 serverConf redirection의 IMSOrgId와 같습니다: ${f.v(p.value)}.`,
        ims: `${p.name}의 IMS 조직 ID가 IMS 클라이언트의 조직과 같습니다: ${f.v(p.value)}(serverConf에는 redirection IMSOrgId가 없음).`,
        serverConf: `${p.name}의 IMS 조직 ID가 serverConf redirection의 IMSOrgId와 같습니다: ${f.v(p.value)}. IMS 클라이언트의 조직은 비교하지 않았습니다${p.imsUnknown ? `: ${imsUnknownText(p.imsUnknown, f)}` : ''}.`,
      })[p.agrees],
  },
  nothingToCompare: {
    en: (p: { name: string; value: string; imsUnknown: ImsUnknown }, f: Format) =>
      `The IMS organization ID of ${p.name} is ${f.v(p.value)}, but there is nothing to compare it with: ${imsUnknownText(p.imsUnknown, f)}, and serverConf gives no redirection IMSOrgId.`,
    ko: (p, f) =>
      `${p.name}의 IMS 조직 ID를 비교할 대상이 없습니다(${f.v(p.value)}). ${imsUnknownText(p.imsUnknown, f)}. serverConf에도 redirection IMSOrgId가 없습니다.`,
  },
  fixNothingToCompare: {
    en: () => 'Add "orgId:" to the IMS client file (or give the Developer Console export, which carries project.org.ims_org_id) and run again.',
    ko: () => 'IMS 클라이언트 파일에 "orgId:"를 추가하거나 Developer Console 내보내기 파일(project.org.ims_org_id 포함)을 지정한 뒤 다시 실행하십시오.',
  },
  empty: {
    en: (p: { name: string; ims: string | null }, f: Format) =>
      `The IMS organization ID of ${p.name} is empty${p.ims !== null ? `; the IMS client is provisioned in ${f.v(p.ims)}` : ''}.`,
    ko: (p, f) => `${p.name}의 IMS 조직 ID가 비어 있습니다${p.ims !== null ? `. IMS 클라이언트가 프로비저닝된 조직: ${f.v(p.ims)}` : ''}.`,
  },
  fixEmpty: {
    en: (p: { name: string; suffix: string }) =>
      `Enter the IMS organization ID (…${p.suffix}) in the external account ${p.name}, as shown in the Admin Console or the Developer Console, save, and restart the server.`,
    ko: (p) =>
      `Admin Console이나 Developer Console에 표시된 IMS 조직 ID(…${p.suffix})를 외부 계정 ${p.name}의 IMS organization ID(IMS 조직 ID)에 입력하고 저장한 뒤 서버를 다시 시작하십시오.`,
  },
  format: {
    en: (p: { source: Source; name: string; value: string; where: Provenance; suffix: string; hint: FormatHint | null }, f: Format) =>
      `${SOURCE_LABEL[p.source].en(p.name)} ${f.v(p.value)} (${f.at(p.where)}) does not have the form of an IMS organization ID: it should end with ${p.suffix}${p.hint ? { edgeSpaces: ', without the spaces before or after', case: ', written in this case' }[p.hint] : ''}.`,
    ko: (p, f) =>
      `${SOURCE_LABEL[p.source].ko(p.name)}가 IMS 조직 ID 형식이 아닙니다(${f.v(p.value)}, ${f.at(p.where)}). IMS 조직 ID는 다음으로 끝나야 합니다: ${p.suffix}${p.hint ? { edgeSpaces: '(앞뒤 공백 없이)', case: '(대소문자까지 정확히)' }[p.hint] : ''}.`,
  },
  fixFormat: {
    en: (p: { where: Provenance; example: string; restart: boolean }, f: Format) =>
      `Correct the value at ${f.at(p.where)} to the exact organization ID, e.g. ${f.code(p.example)}${p.restart ? ', then restart the server' : ''}.`,
    ko: (p, f) => `${f.at(p.where)}의 값을 정확한 조직 ID로 고${p.restart ? '친 뒤 서버를 다시 시작하십시오' : '치십시오'}. 예: ${f.code(p.example)}`,
  },
  conflict: {
    en: (
      p: { campaign: string; client: string; clientAt: Provenance; console: string; consoleAt: Provenance; matches: 'client' | 'console' | 'neither' },
      f: Format,
    ) =>
      `The IMS client file (${f.at(p.clientAt)}) gives the organization ${f.v(p.client)} but the Developer Console export (${f.at(p.consoleAt)}) gives ${f.v(p.console)}; the account has ${f.v(p.campaign)}, ${f.say(COMMON, { id: 'matchesSide', params: { side: p.matches } })}.`,
    ko: (p, f) =>
      `IMS 클라이언트 파일과 Developer Console 내보내기의 조직이 다릅니다. 클라이언트 파일(${f.at(p.clientAt)}): ${f.v(p.client)}, Developer Console 내보내기(${f.at(p.consoleAt)}): ${f.v(p.console)}. 계정: ${f.v(p.campaign)}(${f.say(COMMON, { id: 'matchesSide', params: { side: p.matches } })}).`,
  },
  fixConflict: {
    en: () => "Check in the Admin Console which organization this instance's IMS client belongs to, and correct the outdated file.",
    ko: () => 'Admin Console에서 이 인스턴스의 IMS 클라이언트가 속한 조직을 확인하고 오래된 파일을 고치십시오.',
  },
  mismatchAccount: {
    en: (p: { name: string; value: string; reference: string; referenceAt: Provenance; nearMiss: NearMiss | null }, f: Format) =>
      `The IMS organization ID of ${p.name} is ${f.v(p.value)}, but the IMS client is provisioned in ${f.v(p.reference)} (${f.at(p.referenceAt)})${why(p.nearMiss, f)}.`,
    ko: (p, f) =>
      `${p.name}의 IMS 조직 ID가 IMS 클라이언트가 프로비저닝된 조직과 다릅니다. Campaign: ${f.v(p.value)}, IMS: ${f.v(p.reference)}(${f.at(p.referenceAt)})${why(p.nearMiss, f)}.`,
  },
  fixAccount: {
    en: (p: { name: string; reference: string }, f: Format) =>
      `Set "IMS organization ID" in the external account ${p.name} to exactly ${f.code(p.reference)}, save, and restart the server.`,
    ko: (p, f) =>
      `외부 계정 ${p.name}의 IMS organization ID(IMS 조직 ID)에 다음 값을 정확히 입력하고 저장한 뒤 서버를 다시 시작하십시오: ${f.code(p.reference)}`,
  },
  mismatchServerConf: {
    en: (p: { name: string; value: string; where: Provenance; reference: string; referenceSide: 'ims' | 'account'; nearMiss: NearMiss | null }, f: Format) =>
      `The IMSOrgId of serverConf redirection is ${f.v(p.value)} (${f.at(p.where)}), but ${p.referenceSide === 'ims' ? "the IMS client's organization" : `the IMS organization ID of ${p.name}`} is ${f.v(p.reference)}${why(p.nearMiss, f)}.`,
    ko: (p, f) =>
      `serverConf redirection의 IMSOrgId가 ${p.referenceSide === 'ims' ? 'IMS 클라이언트의 조직과' : `${p.name}의 IMS 조직 ID와`} 다릅니다. serverConf: ${f.v(p.value)}(${f.at(p.where)}), ${p.referenceSide === 'ims' ? 'IMS' : '계정'}: ${f.v(p.reference)}${why(p.nearMiss, f)}.`,
  },
  fixServerConf: {
    en: (p: { file: string; reference: string }, f: Format) => `Set IMSOrgId of <redirection> in ${p.file} to ${f.code(p.reference)}, then restart the server.`,
    ko: (p, f) => `${p.file}의 <redirection> IMSOrgId를 다음 값으로 설정한 뒤 서버를 다시 시작하십시오: ${f.code(p.reference)}`,
  },
  fixServerConfUnknown: {
    en: (p: { file: string }) =>
      `Make IMSOrgId of <redirection> in ${p.file} and the account's IMS organization ID the same: the organization your IMS client is provisioned in. Then restart the server.`,
    ko: (p) => `${p.file}의 <redirection> IMSOrgId와 계정의 IMS 조직 ID를 IMS 클라이언트가 프로비저닝된 조직으로 똑같이 맞춘 뒤 서버를 다시 시작하십시오.`,
  },
});

type OrgIdReport = Report<typeof messages>;

export default defineRule({
  id: 'org-id',
  section: 7,
  title: { en: 'IMS organization ID is the same everywhere', ko: 'IMS 조직 ID가 모든 곳에서 일치' },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages,
  check({ account, ims, serverConf, instance }): OrgIdReport[] {
    const name = MAC_ACCOUNT_NAME;
    const suffix = ORG_ID_SUFFIX;
    const campaign: Value = { source: 'account', field: 'imsOrgId', value: account.imsOrgId };
    const conflict = ims?.conflicts.find((item) => item.field === 'orgId');
    const imsValue: Value | undefined = ims?.orgId && !conflict ? { source: 'ims', field: 'imsOrgIdIms', value: ims.orgId } : undefined;
    const conf = serverConf?.redirectionImsOrgId
      ? { file: serverConf.source, item: { source: 'serverConf', field: 'redirectionImsOrgId', value: serverConf.redirectionImsOrgId } satisfies Value }
      : undefined;
    const confValue: Value | undefined = conf?.item;
    const reports: OrgIdReport[] = [];

    if (campaign.value.value === '') {
      const known = imsValue ?? confValue;
      return [
        {
          status: 'fail',
          message: { id: 'empty', params: { name, ims: imsValue ? imsValue.value.value : null } },
          remediation: { id: 'fixEmpty', params: { name, suffix } },
          evidence: [evidence(campaign.field, campaign.value), ...(known ? [evidence(known.field, known.value)] : [])],
        },
      ];
    }

    const wellFormed = (item: Value): boolean => item.value.value.endsWith(suffix);
    const example = imsValue && wellFormed(imsValue) ? imsValue.value.value : `0123456789ABCDEF01234567${suffix}`;
    for (const item of [campaign, imsValue, confValue]) {
      if (!item || wellFormed(item)) continue;
      const text = item.value.value;
      const hint: FormatHint | null = text.trim().endsWith(suffix) ? 'edgeSpaces' : text.trim().toLowerCase().endsWith(suffix.toLowerCase()) ? 'case' : null;
      reports.push({
        status: 'fail',
        message: { id: 'format', params: { source: item.source, name, value: text, where: item.value.at, suffix, hint } },
        // The account and serverConf are read when the server starts; the IMS client file is not.
        remediation: { id: 'fixFormat', params: { where: item.value.at, example, restart: item.source !== 'ims' } },
        evidence: [evidence(item.field, item.value)],
      });
    }

    if (conflict) {
      const value = campaign.value.value;
      reports.push({
        status: 'fail',
        message: {
          id: 'conflict',
          params: {
            campaign: value,
            matches: value === conflict.client.value ? 'client' : value === conflict.console.value ? 'console' : 'neither',
            client: conflict.client.value,
            clientAt: conflict.client.at,
            console: conflict.console.value,
            consoleAt: conflict.console.at,
          },
        },
        remediation: { id: 'fixConflict' },
        evidence: [evidence('conflictClient', conflict.client), evidence('conflictConsole', conflict.console), evidence(campaign.field, campaign.value)],
      });
    }

    const reference = imsValue && wellFormed(imsValue) ? imsValue : wellFormed(campaign) ? campaign : undefined;
    if (reference && imsValue && wellFormed(campaign) && campaign.value.value !== imsValue.value.value) {
      reports.push({
        status: 'fail',
        message: {
          id: 'mismatchAccount',
          params: {
            name,
            value: campaign.value.value,
            reference: imsValue.value.value,
            referenceAt: imsValue.value.at,
            nearMiss: nearMiss(campaign.value.value, imsValue.value.value) ?? null,
          },
        },
        remediation: { id: 'fixAccount', params: { name, reference: imsValue.value.value } },
        evidence: [evidence(campaign.field, campaign.value), evidence(imsValue.field, imsValue.value)],
      });
    }
    if (reference && conf && wellFormed(conf.item) && conf.item.value.value !== reference.value.value) {
      const value = conf.item.value;
      reports.push({
        status: 'fail',
        message: {
          id: 'mismatchServerConf',
          params: {
            name,
            value: value.value,
            where: value.at,
            reference: reference.value.value,
            referenceSide: reference.source === 'ims' ? 'ims' : 'account',
            nearMiss: nearMiss(value.value, reference.value.value) ?? null,
          },
        },
        remediation:
          reference.source === 'ims'
            ? { id: 'fixServerConf', params: { file: conf.file, reference: reference.value.value } }
            : { id: 'fixServerConfUnknown', params: { file: conf.file } },
        evidence: [evidence(conf.item.field, value), evidence(reference.field, reference.value)],
      });
    }
    if (reports.length > 0) return reports;

    const proof = [campaign, imsValue, confValue].filter((item): item is Value => item !== undefined).map((item) => evidence(item.field, item.value));
    const value = campaign.value.value;
    if (imsValue)
      return [{ status: 'pass', message: { id: 'pass', params: { name, value, agrees: confValue ? 'both' : 'ims', imsUnknown: null } }, evidence: proof }];
    const plane = instance.ims;
    const imsUnknown: ImsUnknown =
      plane.state === 'absent'
        ? { state: 'absent' }
        : plane.state === 'error'
          ? { state: 'error', where: { file: plane.problem.file, line: plane.problem.line, column: plane.problem.column } }
          : { state: 'noField', sources: plane.data.sources };
    if (confValue) return [{ status: 'pass', message: { id: 'pass', params: { name, value, agrees: 'serverConf', imsUnknown } }, evidence: proof }];
    return [
      { status: 'skip', message: { id: 'nothingToCompare', params: { name, value, imsUnknown } }, remediation: { id: 'fixNothingToCompare' }, evidence: proof },
    ];
  },
});
