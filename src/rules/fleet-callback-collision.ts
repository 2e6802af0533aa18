import { splitUrl, hostOf } from '../domain/urls.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import { campaignUrlKey } from './fleet-duplicate-instance.js';
import { fleetInstances, groupBy, placeOf, placeText, type FleetPlace, spansWorkspaces } from './fleet-shared.js';
import { defineRule, evidence, type Report } from './rule.js';

/*
 * Decisions where the checklist is silent: docs/rules/fleet-callback-collision.md (hosts are
 * compared as DNS does, with the port; the same Campaign URL listed twice is
 * fleet-duplicate-instance's finding, not a collision).
 */

interface Claim extends FleetPlace {
  callback: string;
  /** The instance's own access URL: what tells the claimants apart. */
  accessUrl: string;
}

const claims = (items: Claim[], f: Format): string =>
  f.items(items.map((claim) => `${placeText(claim)} (${f.v(claim.accessUrl)}, callback ${f.v(claim.callback)})`));
const claimsKo = (items: Claim[], f: Format): string =>
  f.items(items.map((claim) => `${placeText(claim)} (접속 URL ${f.v(claim.accessUrl)}, 콜백 ${f.v(claim.callback)})`));

const messages = catalogue({
  pass: {
    en: (p: { hosts: number; instances: number }, f: Format) =>
      `The ${f.n(p.instances)} instances of the fleet send IMS back to ${f.plural(p.hosts, { one: `${f.n(p.hosts)} callback host`, other: `${f.n(p.hosts)} callback hosts` })}, none claimed by two instances.`,
    ko: (p, f) => `플릿의 인스턴스 ${f.n(p.instances)}개가 콜백 호스트 ${f.n(p.hosts)}개를 사용하며, 두 인스턴스가 같은 호스트를 쓰는 경우는 없습니다.`,
  },
  nothingToCompare: {
    en: () => 'Not checked: no instance of the fleet has a readable account with a callback server.',
    ko: () => '확인하지 않음: 플릿에 콜백 서버를 읽을 수 있는 계정을 가진 인스턴스가 없습니다.',
  },
  collision: {
    en: (p: { host: string; claims: Claim[] }, f: Format) =>
      `Instances with different access URLs claim the callback host ${f.v(p.host)}: ${claims(p.claims, f)}. IMS sends every login back to that host, so the operators of all but one of these Campaign instances land on another one.`,
    ko: (p, f) =>
      `접속 URL이 서로 다른 인스턴스들이 같은 콜백 호스트를 사용합니다(${f.v(p.host)}). IMS는 모든 로그인을 그 호스트로 돌려보내므로 이 Campaign 인스턴스 중 하나를 제외한 나머지의 운영자는 다른 인스턴스로 가게 됩니다. 해당 인스턴스: ${claimsKo(p.claims, f)}.`,
  },
  fixCollision: {
    en: (p: { host: string }, f: Format) =>
      `Set each instance's Callback server (Adobe_Marketing_Cloud account) to its own access URL, so that only one instance uses ${f.v(p.host)}; restart the web process afterwards.`,
    ko: (p, f) =>
      `각 인스턴스의 콜백 서버(Adobe_Marketing_Cloud 계정)를 그 인스턴스 자신의 접속 URL로 설정하여 이 호스트(${f.v(p.host)})를 한 인스턴스만 사용하게 한 뒤 웹 프로세스를 다시 시작하십시오.`,
  },
});

/** host[:port] of a callback as DNS and a browser compare it. */
function callbackHost(value: string): string {
  const host = hostOf(value);
  const port = splitUrl(value.trim()).port;
  return host && port ? `${host}:${port}` : host;
}

export default defineRule({
  id: 'fleet-callback-collision',
  section: 6,
  scope: 'fleet',
  title: { en: 'Each callback host belongs to one instance across the fleet', ko: '플릿 전체에서 콜백 호스트마다 하나의 인스턴스' },
  messages,
  check(fleet): Report<typeof messages>[] {
    const compared = fleetInstances(fleet).filter((item) => item.context.account && callbackHost(item.context.account.callbackServer.value));
    if (compared.length === 0) return [{ status: 'skip', message: { id: 'nothingToCompare' } }];
    const groups = groupBy(compared, (item) => callbackHost(item.context.account!.callbackServer.value));
    const reports: Report<typeof messages>[] = [];
    for (const [host, items] of groups) {
      // The same Campaign listed twice is one instance: fleet-duplicate-instance tells.
      if (new Set(items.map((item) => campaignUrlKey(item.context.instance.accessUrl.value))).size < 2 || !spansWorkspaces(items)) continue;
      reports.push({
        status: 'fail',
        message: {
          id: 'collision',
          params: {
            host,
            claims: items.map((item) => ({
              ...placeOf(item),
              accessUrl: item.context.instance.accessUrl.value,
              callback: item.context.account!.callbackServer.value,
            })),
          },
        },
        remediation: { id: 'fixCollision', params: { host } },
        evidence: items.flatMap((item) => [
          evidence('callbackServer', item.context.account!.callbackServer),
          evidence('accessUrl', item.context.instance.accessUrl),
        ]),
      });
    }
    if (reports.length > 0) return reports;
    return [{ status: 'pass', message: { id: 'pass', params: { hosts: groups.size, instances: compared.length } } }];
  },
});
