import { hostOf, splitUrl } from '../domain/urls.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import { fleetInstances, groupBy, placeOf, placeText, type FleetPlace, spansWorkspaces } from './fleet-shared.js';
import { defineRule, evidence, type Report } from './rule.js';

/*
 * Decisions where the checklist is silent: docs/rules/fleet-duplicate-instance.md (the Campaign URL
 * is the access URL, compared without case in scheme and host, without a default port and without
 * a trailing slash; listing one twice is a warning: the verdicts are right, the counts doubled).
 */

const places = (items: FleetPlace[]): string[] => items.map(placeText);

const messages = catalogue({
  pass: {
    en: (p: { count: number }, f: Format) => `The fleet lists ${f.n(p.count)} Campaign URLs, each once.`,
    ko: (p, f) => `플릿에 Campaign URL ${f.n(p.count)}개가 있으며 모두 한 번씩만 나옵니다.`,
  },
  listedTwice: {
    en: (p: { url: string; entries: FleetPlace[] }, f: Format) =>
      `The Campaign URL ${f.v(p.url)} is listed ${f.n(p.entries.length)} times: ${f.items(places(p.entries))}. The same instance is checked more than once, and its findings count more than once in the fleet's totals.`,
    ko: (p, f) =>
      `Campaign URL ${f.v(p.url)}: ${f.n(p.entries.length)}번 나옵니다. 같은 인스턴스를 여러 번 검사하므로 그 결과가 플릿 합계에 중복으로 집계됩니다. 나오는 곳: ${f.items(places(p.entries))}.`,
  },
  fixListedTwice: {
    en: (p: { url: string }, f: Format) =>
      `Keep one entry for ${f.v(p.url)} in the fleet: remove the others from their ims-doctor.yaml, or the workspace from the fleet file; if they are different instances, correct their accessUrl.`,
    ko: (p, f) =>
      `플릿에 이 URL(${f.v(p.url)})의 항목을 하나만 남기십시오. 나머지는 해당 ims-doctor.yaml에서 지우거나 플릿 파일에서 워크스페이스를 빼십시오. 서로 다른 인스턴스라면 accessUrl을 바로잡으십시오.`,
  },
});

const DEFAULT_PORTS: Record<string, string> = { https: '443', http: '80' };

/** The key two Campaign URLs are the same instance by: scheme and host without case, no default port, no trailing slash. */
export function campaignUrlKey(url: string): string {
  const parts = splitUrl(url.trim());
  const scheme = (parts.scheme ?? 'https').toLowerCase();
  const host = hostOf(url);
  if (!host) return '';
  const port = parts.port && parts.port !== DEFAULT_PORTS[scheme] ? `:${parts.port}` : '';
  return `${scheme}://${host}${port}${parts.path.replace(/\/+$/, '')}`;
}

export default defineRule({
  id: 'fleet-duplicate-instance',
  section: 1,
  scope: 'fleet',
  title: { en: 'Each Campaign instance is listed once in the fleet', ko: '플릿에서 Campaign 인스턴스마다 한 번씩만 나옴' },
  messages,
  check(fleet): Report<typeof messages>[] {
    const groups = groupBy(fleetInstances(fleet), (item) => campaignUrlKey(item.context.instance.accessUrl.value));
    const reports: Report<typeof messages>[] = [];
    for (const [url, items] of groups) {
      if (items.length < 2 || !spansWorkspaces(items)) continue;
      reports.push({
        status: 'warn',
        message: { id: 'listedTwice', params: { url, entries: items.map(placeOf) } },
        remediation: { id: 'fixListedTwice', params: { url } },
        evidence: items.map((item) => evidence('accessUrl', item.context.instance.accessUrl)),
      });
    }
    if (reports.length > 0) return reports;
    return [{ status: 'pass', message: { id: 'pass', params: { count: groups.size } } }];
  },
});
