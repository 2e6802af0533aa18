import { parseCampaignDate } from '../domain/dates.js';
import { CAMPAIGN_DATES_ARE_UTC, MAC_ACCOUNT_NAME, MAX_UTC_OFFSET_HOURS } from '../domain/facts.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import type { Provenance } from '../model/provenance.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

// Decisions where the checklist is silent: docs/rules/restart.md.

const HOUR = 3_600_000;

/** How long after, as "1 d 3 h 10 min". */
function duration(minutes: number, f: Format): string {
  const [days, hours, rest] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  const [d, h, m] = f.lang === 'ko' ? ['일', '시간', '분'] : [' d', ' h', ' min'];
  return [days ? `${f.n(days)}${d}` : '', hours ? `${f.n(hours)}${h}` : '', rest || (!days && !hours) ? `${f.n(rest)}${m}` : ''].filter(Boolean).join(' ');
}

type TimeField = 'lastModified' | 'serverStartedAt';

const messages = catalogue({
  pass: {
    en: (p: { name: string; modified: string; started: string }, f: Format) =>
      `The external account ${p.name} was last modified at ${f.v(p.modified)}, before the server last started (${f.v(p.started)}): the running server uses its current settings.`,
    ko: (p, f) =>
      `외부 계정 ${p.name}의 마지막 수정 시각(${f.v(p.modified)})이 서버 마지막 시작 시각(${f.v(p.started)})보다 이전이므로 실행 중인 서버가 현재 설정을 사용합니다.`,
  },
  restart: {
    en: (p: { name: string; modified: string; started: string; minutesAfter: number }, f: Format) =>
      `The external account ${p.name} was last modified at ${f.v(p.modified)}, ${duration(p.minutesAfter, f)} after the server last started (${f.v(p.started)}): the running server still uses the old settings. Restart the server.`,
    ko: (p, f) =>
      `외부 계정 ${p.name}의 마지막 수정 시각이 서버 마지막 시작 시각보다 ${duration(p.minutesAfter, f)} 늦습니다(수정: ${f.v(p.modified)}, 서버 시작: ${f.v(p.started)}). 실행 중인 서버는 아직 이전 설정을 사용합니다. 서버를 다시 시작하십시오.`,
  },
  fixRestart: {
    en: (p: { instance: string }) =>
      `Restart the Campaign server of instance ${p.instance} (the nlserver service, all its modules), then update serverStartedAt in ims-doctor.yaml.`,
    ko: (p) => `인스턴스 ${p.instance}의 Campaign 서버(nlserver 서비스와 모든 모듈)를 다시 시작한 뒤 ims-doctor.yaml의 serverStartedAt을 갱신하십시오.`,
  },
  noLastModified: {
    en: (p: { name: string }) => `Not known whether the server was restarted: the export of ${p.name} carries no lastModified.`,
    ko: (p) => `서버를 다시 시작했는지 알 수 없습니다. ${p.name} 내보내기에 lastModified가 없습니다.`,
  },
  addLastModified: {
    en: (p: { name: string }) =>
      `Export the external account ${p.name} again with its lastModified attribute (a package export of nms:extAccount writes it), and run again.`,
    ko: (p) => `외부 계정 ${p.name}의 lastModified 속성이 포함되도록 다시 내보낸 뒤(nms:extAccount 패키지 내보내기) 다시 실행하십시오.`,
  },
  noServerStart: {
    en: (p: { name: string; modified: string; instance: string }, f: Format) =>
      `Not known whether the server was restarted since ${p.name} was modified (${f.v(p.modified)}): the workspace gives no serverStartedAt for instance ${p.instance}.`,
    ko: (p, f) =>
      `${p.name}의 수정(${f.v(p.modified)}) 뒤 서버를 다시 시작했는지 알 수 없습니다. 워크스페이스에 인스턴스 ${p.instance}의 serverStartedAt이 없습니다.`,
  },
  addServerStart: {
    en: (p: { instance: string }) =>
      `Add serverStartedAt: "<date and time, with its zone, e.g. 2026-10-01T06:00:00Z>" to instance ${p.instance} in ims-doctor.yaml (when the nlserver service last started: see web.log or the service manager), and run again.`,
    ko: (p) =>
      `ims-doctor.yaml의 인스턴스 ${p.instance}에 serverStartedAt: "<시간대를 포함한 날짜와 시각, 예: 2026-10-01T06:00:00Z>"를 추가하고(nlserver 서비스가 마지막으로 시작된 시각은 web.log나 서비스 관리자에서 확인) 다시 실행하십시오.`,
  },
  noBoth: {
    en: (p: { name: string; instance: string }) =>
      `Not known whether the server was restarted: the export of ${p.name} carries no lastModified and the workspace gives no serverStartedAt for instance ${p.instance}.`,
    ko: (p) =>
      `서버를 다시 시작했는지 알 수 없습니다. ${p.name} 내보내기에 lastModified가 없고 워크스페이스에 인스턴스 ${p.instance}의 serverStartedAt도 없습니다.`,
  },
  addBoth: {
    en: (p: { name: string; instance: string }) =>
      `Export the external account ${p.name} with its lastModified attribute, add serverStartedAt (with its zone, e.g. 2026-10-01T06:00:00Z) to instance ${p.instance} in ims-doctor.yaml, and run again.`,
    ko: (p) =>
      `외부 계정 ${p.name}의 lastModified 속성이 포함되도록 내보내고, ims-doctor.yaml의 인스턴스 ${p.instance}에 serverStartedAt(시간대 포함, 예: 2026-10-01T06:00:00Z)을 추가한 뒤 다시 실행하십시오.`,
  },
  unparseable: {
    en: (p: { field: TimeField; value: string; where: Provenance }, f: Format) =>
      `Not known whether the server was restarted: ${p.field} ${f.v(p.value)} (${f.at(p.where)}) is not a date and time ims-doctor can read.`,
    ko: (p, f) =>
      `서버를 다시 시작했는지 알 수 없습니다. ${p.field === 'lastModified' ? '계정 수정 시각(lastModified)' : '서버 시작 시각(serverStartedAt)'} 값을 ims-doctor가 날짜와 시각으로 읽을 수 없습니다: ${f.v(p.value)}(${f.at(p.where)}).`,
  },
  fixUnparseable: {
    en: () =>
      'Write it as Campaign does ("2026-10-02 09:10:03.000Z") or in ISO 8601 ("2026-10-02T09:10:03Z", or with an offset such as +09:00), and run again.',
    ko: () => 'Campaign 형식("2026-10-02 09:10:03.000Z")이나 ISO 8601 형식("2026-10-02T09:10:03Z" 또는 +09:00 같은 오프셋 포함)으로 적은 뒤 다시 실행하십시오.',
  },
  ambiguousZone: {
    en: (p: { name: string; modified: string; started: string; hours: number }, f: Format) =>
      `Not known whether the server was restarted: ${p.name} was modified at ${f.v(p.modified)} and the server started at ${f.v(p.started)}, less than ${f.n(p.hours)} h apart, and a time without a zone may be off by up to ${f.n(p.hours)} h.`,
    ko: (p, f) =>
      `서버를 다시 시작했는지 알 수 없습니다. ${p.name}의 수정 시각과 서버 시작 시각의 차이가 ${f.n(p.hours)}시간 미만인데(수정: ${f.v(p.modified)}, 서버 시작: ${f.v(p.started)}), 시간대가 없는 시각은 최대 ${f.n(p.hours)}시간까지 어긋날 수 있습니다.`,
  },
  fixZone: {
    en: (p: { instance: string }) =>
      `Write serverStartedAt of instance ${p.instance} with its zone (e.g. 2026-10-01T06:00:00Z or 2026-10-01T15:00:00+09:00), and run again.`,
    ko: (p) => `인스턴스 ${p.instance}의 serverStartedAt을 시간대와 함께(예: 2026-10-01T06:00:00Z 또는 2026-10-01T15:00:00+09:00) 적은 뒤 다시 실행하십시오.`,
  },
});

type RestartReport = Report<typeof messages>;

export default defineRule({
  id: 'restart',
  section: 8,
  title: { en: 'Server restarted after the account changed', ko: '계정 변경 후 서버 재시작' },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages,
  check({ account, instance }): RestartReport[] {
    const name = MAC_ACCOUNT_NAME;
    const modified = account.lastModified;
    const started = instance.serverStartedAt;
    const proof: EvidenceInput[] = [...(modified ? [evidence('lastModified', modified)] : []), ...(started ? [evidence('serverStartedAt', started)] : [])];

    if (!modified && !started)
      return [
        {
          status: 'skip',
          message: { id: 'noBoth', params: { name, instance: instance.name } },
          remediation: { id: 'addBoth', params: { name, instance: instance.name } },
          evidence: proof,
        },
      ];
    if (!modified)
      return [
        { status: 'skip', message: { id: 'noLastModified', params: { name } }, remediation: { id: 'addLastModified', params: { name } }, evidence: proof },
      ];
    if (!started) {
      return [
        {
          status: 'skip',
          message: { id: 'noServerStart', params: { name, modified: modified.value, instance: instance.name } },
          remediation: { id: 'addServerStart', params: { instance: instance.name } },
          evidence: proof,
        },
      ];
    }

    const modifiedAt = parseCampaignDate(modified.value, CAMPAIGN_DATES_ARE_UTC);
    const startedAt = parseCampaignDate(started.value);
    if (!modifiedAt || !startedAt) {
      const [field, value] = !modifiedAt ? (['lastModified', modified] as const) : (['serverStartedAt', started] as const);
      return [
        {
          status: 'skip',
          message: { id: 'unparseable', params: { field, value: value.value, where: value.at } },
          remediation: { id: 'fixUnparseable' },
          evidence: proof,
        },
      ];
    }

    const times = { name, modified: modified.value, started: started.value };
    const difference = modifiedAt.ms - startedAt.ms;
    const zoneless = [modifiedAt, startedAt].filter((parsed) => !parsed.zoned).length;
    if (zoneless > 0 && Math.abs(difference) < zoneless * MAX_UTC_OFFSET_HOURS * HOUR) {
      return [
        {
          status: 'skip',
          message: { id: 'ambiguousZone', params: { ...times, hours: zoneless * MAX_UTC_OFFSET_HOURS } },
          remediation: { id: 'fixZone', params: { instance: instance.name } },
          evidence: proof,
        },
      ];
    }
    if (difference <= 0) return [{ status: 'pass', message: { id: 'pass', params: times }, evidence: proof }];
    return [
      {
        status: 'warn',
        message: { id: 'restart', params: { ...times, minutesAfter: Math.round(difference / 60_000) } },
        remediation: { id: 'fixRestart', params: { instance: instance.name } },
        evidence: proof,
      },
    ];
  },
});
