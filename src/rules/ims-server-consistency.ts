import { CANONICAL_IMS_ENDPOINT, MAC_ACCOUNT_NAME } from '../domain/facts.js';
import { imsHostKind, type ImsHostKind } from '../domain/ims-hosts.js';
import { hostOf } from '../domain/urls.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import type { Sourced } from '../model/provenance.js';
import type { InstanceRole } from '../model/snapshot.js';
import { defineRule, evidence, type Report } from './rule.js';

/*
 * Decisions where the checklist is silent: docs/rules/ims-server-consistency.md (hosts are compared,
 * not spellings; the two production hosts only warn; a lone instance still fails off production;
 * instances without a readable account are left out and named).
 */

/** An instance left out of the comparison (no readable account), named at the end of every message. */
const leftOutNote = (p: { name: string; leftOut: string[] }, f: Format): string => {
  if (p.leftOut.length === 0) return '';
  return f.lang === 'ko'
    ? ` 제외된 인스턴스(${p.name} 계정을 읽을 수 없음): ${f.list(p.leftOut)}.`
    : ` Left out (no readable ${p.name} account): ${f.list(p.leftOut)}.`;
};

interface OffProduction {
  instance: string;
  role: InstanceRole;
  value: string;
}

interface HostGroup {
  host: string;
  instances: string[];
}

const messages = catalogue({
  pass: {
    en: (p: { name: string; count: number; names: string[]; host: string; leftOut: string[] }, f: Format) =>
      `All ${f.n(p.count)} instances (${f.list(p.names)}) use the same production IMS host, ${p.host}.${leftOutNote(p, f)}`,
    ko: (p, f) => `인스턴스 ${f.n(p.count)}개(${f.list(p.names)})가 모두 같은 프로덕션 IMS 호스트를 사용합니다: ${p.host}.${leftOutNote(p, f)}`,
  },
  single: {
    en: (p: { name: string; instance: string; value: string; leftOut: string[] }, f: Format) =>
      `Only one instance has a readable ${p.name} account (${p.instance}, IMS server ${f.v(p.value)}): there is nothing to compare it with.${leftOutNote(p, f)}`,
    ko: (p, f) => `${p.name} 계정을 읽을 수 있는 인스턴스가 하나뿐입니다(${p.instance}, IMS 서버 ${f.v(p.value)}). 비교할 대상이 없습니다.${leftOutNote(p, f)}`,
  },
  fixSingle: {
    en: () =>
      'Describe the other Campaign instances (stage, development…) in ims-doctor.yaml with their package export, so that their IMS servers can be compared.',
    ko: () => '다른 Campaign 인스턴스(스테이지, 개발 등)도 패키지 내보내기 파일과 함께 ims-doctor.yaml에 추가하면 IMS 서버를 서로 비교할 수 있습니다.',
  },
  none: {
    en: (p: { name: string; leftOut: string[] }, f: Format) =>
      `No instance has a readable ${p.name} account, so the IMS servers cannot be compared.${leftOutNote(p, f)}`,
    ko: (p, f) => `${p.name} 계정을 읽을 수 있는 인스턴스가 없어 IMS 서버를 비교할 수 없습니다.${leftOutNote(p, f)}`,
  },
  fixNone: {
    en: () => 'Fix the Campaign exports or the external accounts first (see rule external-account), then run again.',
    ko: () => '먼저 Campaign 내보내기 파일이나 외부 계정을 바로잡은 뒤(external-account 규칙 참조) 다시 실행하십시오.',
  },
  nonProduction: {
    en: (p: { name: string; off: OffProduction[]; leftOut: string[] }, f: Format) =>
      `Not every instance uses the production IMS: ${f.items(p.off.map((item) => `${item.instance} (${item.role}) ${f.v(item.value)}`))}. Stage and production instances must all point to the same production IMS endpoint.${leftOutNote(p, f)}`,
    ko: (p, f) =>
      `프로덕션 IMS를 사용하지 않는 인스턴스가 있습니다: ${f.items(p.off.map((item) => `${item.instance} (${item.role}) ${f.v(item.value)}`))}. 스테이지와 프로덕션 인스턴스 모두 같은 프로덕션 IMS 엔드포인트를 가리켜야 합니다.${leftOutNote(p, f)}`,
  },
  fixNonProduction: {
    en: (p: { name: string; names: string[]; canonical: string }, f: Format) =>
      `In the external account ${p.name} of ${f.list(p.names)}, set "IMS server" to ${f.code(p.canonical)}, save, and restart ${f.plural(p.names.length, { one: 'the server', other: 'each server' })}.`,
    ko: (p, f) =>
      `${f.list(p.names)}의 외부 계정 ${p.name}에서 IMS server(IMS 서버)를 다음 값으로 설정하고 저장한 뒤 ${p.names.length === 1 ? '서버를' : '각 서버를'} 다시 시작하십시오: ${f.code(p.canonical)}`,
  },
  aliases: {
    en: (p: { name: string; groups: HostGroup[]; leftOut: string[] }, f: Format) =>
      `The instances use both production IMS hosts: ${f.list(p.groups.map((group) => `${group.host} (${f.list(group.instances)})`))}. They are the same IMS, but one endpoint everywhere keeps the configuration comparable.${leftOutNote(p, f)}`,
    ko: (p, f) =>
      `인스턴스들이 두 프로덕션 IMS 호스트를 섞어 사용합니다: ${f.list(p.groups.map((group) => `${group.host} (${f.list(group.instances)})`))}. 같은 IMS이지만 모든 인스턴스에서 한 엔드포인트를 쓰면 설정을 비교하기 쉽습니다.${leftOutNote(p, f)}`,
  },
  fixAliases: {
    en: (p: { name: string; canonical: string }, f: Format) =>
      `Use ${f.code(p.canonical)} in the external account ${p.name} of every instance, and restart the servers you changed.`,
    ko: (p, f) => `모든 인스턴스의 외부 계정 ${p.name}에서 IMS server(IMS 서버)를 다음 값으로 맞추고, 변경한 서버는 다시 시작하십시오: ${f.code(p.canonical)}`,
  },
});

type ConsistencyReport = Report<typeof messages>;

interface Configured {
  instance: string;
  role: InstanceRole;
  server: Sourced<string>;
  host: string;
  kind: ImsHostKind;
}

export default defineRule({
  id: 'ims-server-consistency',
  section: 3,
  title: { en: 'All instances use the same production IMS endpoint', ko: '모든 인스턴스가 같은 프로덕션 IMS 엔드포인트 사용' },
  scope: 'workspace',
  messages,
  check({ contexts }): ConsistencyReport[] {
    const name = MAC_ACCOUNT_NAME;
    const canonical = CANONICAL_IMS_ENDPOINT;
    const configured: Configured[] = [];
    const leftOut: string[] = [];
    for (const context of contexts) {
      if (!context.account) {
        leftOut.push(context.instance.name);
        continue;
      }
      const server = context.account.imsServer;
      const host = hostOf(server.value);
      configured.push({ instance: context.instance.name, role: context.instance.role, server, host, kind: imsHostKind(host) });
    }

    const [only] = configured;
    if (!only) return [{ status: 'skip', message: { id: 'none', params: { name, leftOut } }, remediation: { id: 'fixNone' } }];

    const reports: ConsistencyReport[] = [];
    const off = configured.filter((item) => item.kind !== 'production');
    if (off.length > 0) {
      reports.push({
        status: 'fail',
        message: {
          id: 'nonProduction',
          params: { name, off: off.map((item) => ({ instance: item.instance, role: item.role, value: item.server.value })), leftOut },
        },
        remediation: { id: 'fixNonProduction', params: { name, names: off.map((item) => item.instance), canonical } },
        evidence: off.map((item) => evidence('imsServer', item.server)),
      });
    }
    const production = configured.filter((item) => item.kind === 'production');
    const hosts = [...new Set(production.map((item) => item.host))];
    if (hosts.length > 1) {
      reports.push({
        status: 'warn',
        message: {
          id: 'aliases',
          params: {
            name,
            groups: hosts.map((host) => ({ host, instances: production.filter((item) => item.host === host).map((item) => item.instance) })),
            leftOut,
          },
        },
        remediation: { id: 'fixAliases', params: { name, canonical } },
        evidence: production.map((item) => evidence('imsServer', item.server)),
      });
    }
    if (reports.length > 0) return reports;

    if (configured.length === 1) {
      return [
        {
          status: 'skip',
          message: { id: 'single', params: { name, instance: only.instance, value: only.server.value, leftOut } },
          remediation: { id: 'fixSingle' },
          evidence: [evidence('imsServer', only.server)],
        },
      ];
    }
    return [
      {
        status: 'pass',
        message: { id: 'pass', params: { name, count: configured.length, names: configured.map((item) => item.instance), host: only.host, leftOut } },
        evidence: configured.map((item) => evidence('imsServer', item.server)),
      },
    ];
  },
});
