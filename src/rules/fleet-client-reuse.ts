import { catalogue, type Format } from '../i18n/catalogue.js';
import { fleetInstances, groupBy, placeOf, placeText, type FleetInstance, type FleetPlace, spansWorkspaces } from './fleet-shared.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

/*
 * Decisions where the checklist is silent: docs/rules/fleet-client-reuse.md (an instance's
 * organization is its account's imsOrgId, else its IMS client file's orgId; client IDs are compared
 * as IMS compares them, as written but for spaces at either end; an instance without a readable
 * account or organization is left out).
 */

interface Use extends FleetPlace {
  org: string;
}

const uses = (items: Use[], f: Format): string => f.items(items.map((use) => `${placeText(use)} (${f.v(use.org)})`));

const messages = catalogue({
  pass: {
    en: (p: { clientIds: number; instances: number }, f: Format) =>
      `Each of the ${f.n(p.clientIds)} IMS client IDs used by the ${f.n(p.instances)} instances of the fleet belongs to one organization.`,
    ko: (p, f) => `플릿의 인스턴스 ${f.n(p.instances)}개가 사용하는 IMS 클라이언트 ID ${f.n(p.clientIds)}개는 모두 각각 한 조직에만 속합니다.`,
  },
  nothingToCompare: {
    en: () => 'Not checked: no instance of the fleet has a readable account with both a client ID and an IMS organization.',
    ko: () => '확인하지 않음: 플릿에 클라이언트 ID와 IMS 조직을 모두 읽을 수 있는 계정을 가진 인스턴스가 없습니다.',
  },
  reused: {
    en: (p: { clientId: string; orgs: string[]; uses: Use[] }, f: Format) =>
      `The IMS client ID ${f.v(p.clientId)} is used by instances of ${f.n(p.orgs.length)} organizations: ${uses(p.uses, f)}. An IMS client belongs to one organization: logins through the others are refused or land in the wrong organization.`,
    ko: (p, f) =>
      `IMS 클라이언트 ID ${f.v(p.clientId)}: 서로 다른 조직 ${f.n(p.orgs.length)}개의 인스턴스가 사용합니다. IMS 클라이언트는 한 조직에만 속하므로 다른 조직의 인스턴스로 로그인하면 거부되거나 잘못된 조직으로 들어갑니다. 사용하는 인스턴스: ${uses(p.uses, f)}.`,
  },
  fixReused: {
    en: (p: { clientId: string; orgs: string[] }, f: Format) =>
      `Ask Adobe for an IMS client of each organization (${f.list(p.orgs.map((org) => f.v(org)))}), and set its client ID in the Adobe_Marketing_Cloud account of that organization's instances; keep ${f.v(p.clientId)} only where its organization is.`,
    ko: (p, f) =>
      `조직마다(${f.list(p.orgs.map((org) => f.v(org)))}) Adobe에 IMS 클라이언트를 요청하고, 그 조직 인스턴스의 Adobe_Marketing_Cloud 계정에 해당 클라이언트 ID를 설정하십시오. 기존 클라이언트 ID(${f.v(p.clientId)})는 원래 조직의 인스턴스에만 남기십시오.`,
  },
});

function organizationOf(item: FleetInstance): string {
  return item.context.account?.imsOrgId.value.trim() || item.context.ims?.orgId?.value.trim() || '';
}

export default defineRule({
  id: 'fleet-client-reuse',
  section: 7,
  scope: 'fleet',
  title: { en: 'One IMS client per organization across the fleet', ko: '플릿 전체에서 조직마다 하나의 IMS 클라이언트' },
  messages,
  check(fleet): Report<typeof messages>[] {
    const compared = fleetInstances(fleet).filter((item) => item.context.account?.clientId.value.trim() && organizationOf(item));
    if (compared.length === 0) return [{ status: 'skip', message: { id: 'nothingToCompare' } }];
    const groups = groupBy(compared, (item) => item.context.account!.clientId.value.trim());
    const reports: Report<typeof messages>[] = [];
    for (const [clientId, items] of groups) {
      const orgs = [...new Set(items.map(organizationOf))];
      if (orgs.length < 2 || !spansWorkspaces(items)) continue;
      const evidenceOf = (item: FleetInstance): EvidenceInput[] => {
        const account = item.context.account!;
        const org = account.imsOrgId.value.trim() ? account.imsOrgId : item.context.ims!.orgId!;
        return [evidence('clientId', account.clientId), evidence(org === account.imsOrgId ? 'imsOrgId' : 'imsOrgIdIms', org)];
      };
      reports.push({
        status: 'fail',
        message: { id: 'reused', params: { clientId, orgs, uses: items.map((item) => ({ ...placeOf(item), org: organizationOf(item) })) } },
        remediation: { id: 'fixReused', params: { clientId, orgs } },
        evidence: items.flatMap(evidenceOf),
      });
    }
    if (reports.length > 0) return reports;
    return [{ status: 'pass', message: { id: 'pass', params: { clientIds: groups.size, instances: compared.length } } }];
  },
});
