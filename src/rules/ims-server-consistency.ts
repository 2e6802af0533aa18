import type { Sourced } from '../model/provenance.js';
import type { InstanceRole } from '../model/snapshot.js';
import { CANONICAL_IMS_ENDPOINT, CHECKLIST_URL, MAC_ACCOUNT_NAME } from '../domain/facts.js';
import { hostOf, imsHostKind, type ImsHostKind } from '../domain/urls.js';
import { adaptLegacyRule, defineRule, evidence, quote, t, type Report } from './legacy.js';

interface Configured {
  instance: string;
  role: InstanceRole;
  server: Sourced<string>;
  host: string;
  kind: ImsHostKind;
}

/*
 * Decisions where the checklist is silent:
 * - Instances are compared by host (lower case, no trailing dot): spelling problems of one URL
 *   (trailing slash, capitals) are the ims-server rule's business, not a disagreement between instances.
 * - The two production hosts are aliases of one IMS: using both is a warning, not a failure.
 * - A non-production host fails even when only one instance is described; with a single instance on
 *   production there is nothing to compare, so the rule skips and says so.
 * - Instances whose Campaign export is unreadable or has no Adobe_Marketing_Cloud account are left
 *   out, and every message names them, so that a pass is never read as covering them.
 */
const legacyRule = defineRule({
  id: 'ims-server-consistency',
  section: 3,
  docUrl: CHECKLIST_URL,
  title: { en: 'All instances use the same production IMS endpoint', ko: '모든 인스턴스가 같은 프로덕션 IMS 엔드포인트 사용' },
  scope: 'workspace',
  needs: [],
  messages: {
    pass: {
      en: (p) => `All ${p.count} instances (${p.names}) use the same production IMS host, ${p.host}.${p.note}`,
      ko: (p) => `인스턴스 ${p.count}개(${p.names})가 모두 같은 프로덕션 IMS 호스트 ${p.host}을(를) 사용합니다.${p.note}`,
    },
    single: {
      en: (p) => `Only one instance has a readable ${p.account} account (${p.instance}, IMS server ${p.value}): there is nothing to compare it with.${p.note}`,
      ko: (p) => `${p.account} 계정을 읽을 수 있는 인스턴스가 하나뿐입니다(${p.instance}, IMS 서버 ${p.value}). 비교할 대상이 없습니다.${p.note}`,
    },
    fixSingle: {
      en: () => 'Describe the other Campaign instances (stage, development…) in ims-doctor.yaml with their package export, so that their IMS servers can be compared.',
      ko: () => '다른 Campaign 인스턴스(스테이지, 개발 등)도 패키지 내보내기 파일과 함께 ims-doctor.yaml에 추가하면 IMS 서버를 서로 비교할 수 있습니다.',
    },
    none: {
      en: (p) => `No instance has a readable ${p.account} account, so the IMS servers cannot be compared.${p.note}`,
      ko: (p) => `${p.account} 계정을 읽을 수 있는 인스턴스가 없어 IMS 서버를 비교할 수 없습니다.${p.note}`,
    },
    fixNone: {
      en: () => 'Fix the Campaign exports or the external accounts first (see rule external-account), then run again.',
      ko: () => '먼저 Campaign 내보내기 파일이나 외부 계정을 바로잡은 뒤(external-account 규칙 참조) 다시 실행하십시오.',
    },
    nonProduction: {
      en: (p) => `Not every instance uses the production IMS: ${p.list}. Stage and production instances must all point to the same production IMS endpoint.${p.note}`,
      ko: (p) => `프로덕션 IMS를 사용하지 않는 인스턴스가 있습니다: ${p.list}. 스테이지와 프로덕션 인스턴스 모두 같은 프로덕션 IMS 엔드포인트를 가리켜야 합니다.${p.note}`,
    },
    fixNonProduction: {
      en: (p) => `In the external account ${p.account} of ${p.names}, set "IMS server" to ${p.canonical}, save, and restart each server.`,
      ko: (p) => `${p.names}의 외부 계정 ${p.account}에서 "IMS 서버"를 ${p.canonical}(으)로 설정하고 저장한 뒤 각 서버를 다시 시작하십시오.`,
    },
    aliases: {
      en: (p) => `The instances use both production IMS hosts: ${p.list}. They are the same IMS, but one endpoint everywhere keeps the configuration comparable.${p.note}`,
      ko: (p) => `인스턴스들이 두 프로덕션 IMS 호스트를 섞어 사용합니다: ${p.list}. 같은 IMS이지만 모든 인스턴스에서 한 엔드포인트를 쓰면 설정을 비교하기 쉽습니다.${p.note}`,
    },
    fixAliases: {
      en: (p) => `Use ${p.canonical} in the external account ${p.account} of every instance, and restart the servers you changed.`,
      ko: (p) => `모든 인스턴스의 외부 계정 ${p.account}에서 ${p.canonical}을(를) 사용하고, 변경한 서버는 다시 시작하십시오.`,
    },
    leftOut: {
      en: (p) => ` Left out (no readable ${p.account} account): ${p.names}.`,
      ko: (p) => ` 제외된 인스턴스(${p.account} 계정을 읽을 수 없음): ${p.names}.`,
    },
  },
  check({ contexts }) {
    const account = MAC_ACCOUNT_NAME;
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
    const note = leftOut.length > 0 ? t('leftOut', { account, names: leftOut.join(', ') }) : '';
    const describe = (item: Configured): string => `${item.instance} (${item.role}) ${quote(item.server.value)}`;

    if (configured.length === 0) return [{ status: 'skip', message: 'none', remediation: 'fixNone', params: { account, note } }];

    const reports: Report<string>[] = [];
    const off = configured.filter((item) => item.kind !== 'production');
    if (off.length > 0) {
      reports.push({
        status: 'fail',
        message: 'nonProduction',
        remediation: 'fixNonProduction',
        params: { account, list: off.map(describe).join('; '), names: off.map((item) => item.instance).join(', '), canonical: CANONICAL_IMS_ENDPOINT, note },
        evidence: off.map((item) => evidence('imsServer', item.server)),
      });
    }
    const production = configured.filter((item) => item.kind === 'production');
    const hosts = [...new Set(production.map((item) => item.host))];
    if (hosts.length > 1) {
      const list = hosts.map((host) => `${host}: ${production.filter((item) => item.host === host).map((item) => item.instance).join(', ')}`).join('; ');
      reports.push({
        status: 'warn',
        message: 'aliases',
        remediation: 'fixAliases',
        params: { account, list, canonical: CANONICAL_IMS_ENDPOINT, note },
        evidence: production.map((item) => evidence('imsServer', item.server)),
      });
    }
    if (reports.length > 0) return reports;

    const only = configured[0]!;
    if (configured.length === 1) {
      return [{ status: 'skip', message: 'single', remediation: 'fixSingle', params: { account, instance: only.instance, value: quote(only.server.value), note }, evidence: [evidence('imsServer', only.server)] }];
    }
    return [{
      status: 'pass',
      message: 'pass',
      params: { count: configured.length, names: configured.map((item) => item.instance).join(', '), host: only.host, note },
      evidence: configured.map((item) => evidence('imsServer', item.server)),
    }];
  },
});

export default adaptLegacyRule(legacyRule);
