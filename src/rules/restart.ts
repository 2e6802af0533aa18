import { formatProvenance } from '../model/provenance.js';
import { CAMPAIGN_DATES_ARE_UTC, CHECKLIST_URL, MAC_ACCOUNT_NAME, MAX_UTC_OFFSET_HOURS } from '../domain/facts.js';
import { parseCampaignDate } from '../domain/dates.js';
import { adaptLegacyRule, defineRule, evidence, quote, t, type EvidenceInput, type Report } from './legacy.js';

const HOUR = 3_600_000;

/*
 * Decisions where the checklist is silent:
 * - A modification at the very instant the server started counts as taken into account (pass).
 * - lastModified is read as UTC when it names no zone (facts: CAMPAIGN_DATES_ARE_UTC); a serverStartedAt
 *   without a zone may be local time, so when the two are closer than the largest zone offset the order
 *   is uncertain: skip and ask for a zone rather than guess.
 * - Missing or unparseable times skip, saying which value is missing or quoting the one that is not a date.
 */
const legacyRule = defineRule({
  id: 'restart',
  section: 8,
  docUrl: CHECKLIST_URL,
  title: { en: 'Server restarted after the account changed', ko: '계정 변경 후 서버 재시작' },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages: {
    pass: {
      en: (p) => `The external account ${p.name} was last modified at ${p.modified}, before the server last started (${p.started}): the running server uses its current settings.`,
      ko: (p) => `외부 계정 ${p.name}의 마지막 수정 시각(${p.modified})이 서버 마지막 시작 시각(${p.started})보다 이전이므로 실행 중인 서버가 현재 설정을 사용합니다.`,
    },
    restart: {
      en: (p) => `The external account ${p.name} was last modified at ${p.modified}, ${p.after} after the server last started (${p.started}): the running server still uses the old settings. Restart the server.`,
      ko: (p) => `외부 계정 ${p.name}이(가) 서버 마지막 시작(${p.started})보다 ${p.after} 뒤인 ${p.modified}에 수정되었습니다. 실행 중인 서버는 아직 이전 설정을 사용합니다. 서버를 다시 시작하십시오.`,
    },
    fixRestart: {
      en: (p) => `Restart the Campaign server of instance ${p.instance} (the nlserver service, all its modules), then update serverStartedAt in ims-doctor.yaml.`,
      ko: (p) => `인스턴스 ${p.instance}의 Campaign 서버(nlserver 서비스와 모든 모듈)를 다시 시작한 뒤 ims-doctor.yaml의 serverStartedAt을 갱신하십시오.`,
    },
    duration: {
      en: (p) => [p.days ? `${p.days} d` : '', p.hours ? `${p.hours} h` : '', p.minutes || (!p.days && !p.hours) ? `${p.minutes} min` : ''].filter(Boolean).join(' '),
      ko: (p) => [p.days ? `${p.days}일` : '', p.hours ? `${p.hours}시간` : '', p.minutes || (!p.days && !p.hours) ? `${p.minutes}분` : ''].filter(Boolean).join(' '),
    },
    noLastModified: {
      en: (p) => `Not known whether the server was restarted: the export of ${p.name} carries no lastModified.`,
      ko: (p) => `서버를 다시 시작했는지 알 수 없습니다. ${p.name} 내보내기에 lastModified가 없습니다.`,
    },
    addLastModified: {
      en: (p) => `Export the external account ${p.name} again with its lastModified attribute (a package export of nms:extAccount writes it), and run again.`,
      ko: (p) => `외부 계정 ${p.name}을(를) lastModified 속성이 포함되도록 다시 내보낸 뒤(nms:extAccount 패키지 내보내기) 다시 실행하십시오.`,
    },
    noServerStart: {
      en: (p) => `Not known whether the server was restarted since ${p.name} was modified (${p.modified}): the workspace gives no serverStartedAt for instance ${p.instance}.`,
      ko: (p) => `${p.name}이(가) 수정된 뒤(${p.modified}) 서버를 다시 시작했는지 알 수 없습니다. 워크스페이스에 인스턴스 ${p.instance}의 serverStartedAt이 없습니다.`,
    },
    addServerStart: {
      en: (p) => `Add serverStartedAt: "<date and time, with its zone, e.g. 2026-10-01T06:00:00Z>" to instance ${p.instance} in ims-doctor.yaml (when the nlserver service last started: see web.log or the service manager), and run again.`,
      ko: (p) => `ims-doctor.yaml의 인스턴스 ${p.instance}에 serverStartedAt: "<시간대를 포함한 날짜와 시각, 예: 2026-10-01T06:00:00Z>"를 추가하고(nlserver 서비스가 마지막으로 시작된 시각은 web.log나 서비스 관리자에서 확인) 다시 실행하십시오.`,
    },
    noBoth: {
      en: (p) => `Not known whether the server was restarted: the export of ${p.name} carries no lastModified and the workspace gives no serverStartedAt for instance ${p.instance}.`,
      ko: (p) => `서버를 다시 시작했는지 알 수 없습니다. ${p.name} 내보내기에 lastModified가 없고 워크스페이스에 인스턴스 ${p.instance}의 serverStartedAt도 없습니다.`,
    },
    addBoth: {
      en: (p) => `Export the external account ${p.name} with its lastModified attribute, add serverStartedAt (with its zone, e.g. 2026-10-01T06:00:00Z) to instance ${p.instance} in ims-doctor.yaml, and run again.`,
      ko: (p) => `외부 계정 ${p.name}을(를) lastModified 속성이 포함되도록 내보내고, ims-doctor.yaml의 인스턴스 ${p.instance}에 serverStartedAt(시간대 포함, 예: 2026-10-01T06:00:00Z)을 추가한 뒤 다시 실행하십시오.`,
    },
    unparseable: {
      en: (p) => `Not known whether the server was restarted: ${p.field} ${p.value} (${p.where}) is not a date and time ims-doctor can read.`,
      ko: (p) => `서버를 다시 시작했는지 알 수 없습니다. ${p.field} ${p.value}(${p.where})은(는) ims-doctor가 읽을 수 있는 날짜와 시각이 아닙니다.`,
    },
    fieldLastModified: { en: () => 'lastModified', ko: () => '계정 수정 시각 lastModified' },
    fieldServerStartedAt: { en: () => 'serverStartedAt', ko: () => '서버 시작 시각 serverStartedAt' },
    fixUnparseable: {
      en: () => 'Write it as Campaign does ("2026-10-02 09:10:03.000Z") or in ISO 8601 ("2026-10-02T09:10:03Z", or with an offset such as +09:00), and run again.',
      ko: () => 'Campaign 형식("2026-10-02 09:10:03.000Z")이나 ISO 8601 형식("2026-10-02T09:10:03Z" 또는 +09:00 같은 오프셋 포함)으로 적은 뒤 다시 실행하십시오.',
    },
    ambiguousZone: {
      en: (p) => `Not known whether the server was restarted: ${p.name} was modified at ${p.modified} and the server started at ${p.started}, less than ${p.hours} h apart, and a time without a zone may be off by up to ${p.hours} h.`,
      ko: (p) => `서버를 다시 시작했는지 알 수 없습니다. ${p.name}의 수정 시각 ${p.modified}과(와) 서버 시작 시각 ${p.started}의 차이가 ${p.hours}시간 미만인데, 시간대가 없는 시각은 최대 ${p.hours}시간까지 어긋날 수 있습니다.`,
    },
    fixZone: {
      en: (p) => `Write serverStartedAt of instance ${p.instance} with its zone (e.g. 2026-10-01T06:00:00Z or 2026-10-01T15:00:00+09:00), and run again.`,
      ko: (p) => `인스턴스 ${p.instance}의 serverStartedAt을 시간대와 함께(예: 2026-10-01T06:00:00Z 또는 2026-10-01T15:00:00+09:00) 적은 뒤 다시 실행하십시오.`,
    },
  },
  check({ account, instance }): Report<string>[] {
    const name = MAC_ACCOUNT_NAME;
    const modified = account!.lastModified;
    const started = instance.serverStartedAt;
    const base = { name, instance: instance.name };
    const proof: EvidenceInput[] = [...(modified ? [evidence('lastModified', modified)] : []), ...(started ? [evidence('serverStartedAt', started)] : [])];

    if (!modified || !started) {
      const [message, remediation] = !modified && !started ? ['noBoth', 'addBoth'] : !modified ? ['noLastModified', 'addLastModified'] : ['noServerStart', 'addServerStart'];
      return [{ status: 'skip', message: message!, remediation: remediation!, params: { ...base, modified: modified ? quote(modified.value) : '' }, evidence: proof }];
    }

    const modifiedAt = parseCampaignDate(modified.value, CAMPAIGN_DATES_ARE_UTC);
    const startedAt = parseCampaignDate(started.value);
    for (const [parsed, value, field] of [[modifiedAt, modified, 'fieldLastModified'], [startedAt, started, 'fieldServerStartedAt']] as const) {
      if (!parsed) {
        return [{ status: 'skip', message: 'unparseable', remediation: 'fixUnparseable', params: { ...base, field: t(field), value: quote(value.value), where: formatProvenance(value.at) }, evidence: proof }];
      }
    }

    const times = { modified: quote(modified.value), started: quote(started.value) };
    const difference = modifiedAt!.ms - startedAt!.ms;
    const zoneless = [modifiedAt!, startedAt!].filter((parsed) => !parsed.zoned).length;
    if (zoneless > 0 && Math.abs(difference) < zoneless * MAX_UTC_OFFSET_HOURS * HOUR) {
      return [{ status: 'skip', message: 'ambiguousZone', remediation: 'fixZone', params: { ...base, ...times, hours: zoneless * MAX_UTC_OFFSET_HOURS }, evidence: proof }];
    }
    if (difference <= 0) return [{ status: 'pass', message: 'pass', params: { ...base, ...times }, evidence: proof }];

    const minutesAfter = Math.round(difference / 60_000);
    const after = t('duration', { days: Math.floor(minutesAfter / 1440), hours: Math.floor((minutesAfter % 1440) / 60), minutes: minutesAfter % 60 });
    return [{ status: 'warn', message: 'restart', remediation: 'fixRestart', params: { ...base, ...times, after }, evidence: proof }];
  },
});

export default adaptLegacyRule(legacyRule);
