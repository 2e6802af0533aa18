import { CAMPAIGN_SCOPE_SEPARATOR, DOCUMENTED_CAMPAIGN_SCOPES, PROFILE_SCOPE, SCOPE_ITEMS_ARE_TRIMMED } from '../domain/facts.js';
import { campaignScopeItems, sameScopeSet, scopeNames, unprovisionedScopes } from '../domain/scopes.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import { COMMON } from '../i18n/common.js';
import type { AuthorizeProbe } from '../model/probes.js';
import type { ExternalAccount, ImsPlane, InstanceSnapshot } from '../model/snapshot.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

/*
 * Decisions where the checklist is silent: docs/rules/scope.md (Campaign splits on commas and sends
 * each item as written; other separators, spaces, case and near spellings fail; duplicates and empty
 * items warn; the profile scope is expected; unknown IMS scopes skip; what a recording shows was sent is judged too).
 */

type Separator = 'semicolons' | 'spaces';
const SEPARATOR: Record<Separator, { en: string; ko: string }> = {
  semicolons: { en: 'semicolons (";")', ko: '세미콜론(";")' },
  spaces: { en: 'spaces', ko: '공백' },
};
const values = (items: readonly string[], f: Format): string => f.list(items.map((item) => f.v(item)));

const messages = catalogue({
  pass: {
    en: (p: { scope: string; count: number; ims: string[] }, f: Format) =>
      `All ${f.n(p.count)} ${f.plural(p.count, { one: 'scope', other: 'scopes' })} Campaign asks for (${f.v(p.scope)}) ${f.plural(p.count, { one: 'is', other: 'are' })} provisioned for the IMS client (${values(p.ims, f)}).`,
    ko: (p, f) => `Campaign이 요청하는 범위 ${f.n(p.count)}개(${f.v(p.scope)})가 모두 IMS 클라이언트에 프로비저닝되어 있습니다(${values(p.ims, f)}).`,
  },
  fixScope: {
    en: (p: { suggested: string }, f: Format) =>
      `Set the IMS scope of the external account to ${f.code(p.suggested)} (separated by commas, without spaces), then restart the server.`,
    ko: (p, f) => `외부 계정의 IMS 범위를 다음 값으로 설정하고(쉼표로 구분하며 공백 없이) 서버를 다시 시작하십시오: ${f.code(p.suggested)}`,
  },
  empty: {
    en: () =>
      'The IMS scope of the external account is empty: Campaign asks IMS for nothing, so IMS neither identifies the operator nor returns the product profiles the association mask needs.',
    ko: () =>
      '외부 계정의 IMS 범위가 비어 있습니다. Campaign이 IMS에 아무 범위도 요청하지 않으므로 IMS는 운영자를 식별하지도, 연결 마스크(Association mask)에 필요한 제품 프로필을 돌려주지도 않습니다.',
  },
  separator: {
    en: (p: { scope: string; found: Separator[]; separator: string; items: string[] }, f: Format) =>
      `The IMS scope ${f.v(p.scope)} separates scopes with ${f.list(p.found.map((item) => SEPARATOR[item].en))} where Campaign expects ${f.v(p.separator)}: IMS receives ${values(p.items, f)} as single scope names, knows none of them, and answers with an error instead of the Adobe ID login page.`,
    ko: (p, f) =>
      `IMS 범위 ${f.v(p.scope)}에서 Campaign이 기대하는 ${f.v(p.separator)} 대신 다른 구분자(${f.list(p.found.map((item) => SEPARATOR[item].ko))})로 범위를 구분했습니다. IMS는 다음 값을 각각 하나의 범위 이름으로 받아들이지만 그런 범위는 없으므로 Adobe ID 로그인 페이지 대신 오류를 반환합니다: ${values(p.items, f)}.`,
  },
  spaces: {
    en: (p: { scope: string; items: string[]; trimmed: boolean }, f: Format) =>
      p.trimmed
        ? `The IMS scope ${f.v(p.scope)} has spaces around ${values(p.items, f)}. They are trimmed before IMS sees them, but whoever compares or copies the value will trip over them.`
        : `The IMS scope ${f.v(p.scope)} has spaces around ${values(p.items, f)}: Campaign sends each scope name with its spaces, IMS knows no scope ${f.v(p.items[0] ?? '')}, and answers with an error instead of the Adobe ID login page.`,
    ko: (p, f) =>
      p.trimmed
        ? `IMS 범위 ${f.v(p.scope)}에서 다음 항목의 앞뒤에 공백이 있습니다: ${values(p.items, f)}. IMS에 전달되기 전에 제거되지만, 값을 비교하거나 복사하는 사람이 헷갈릴 수 있습니다.`
        : `IMS 범위 ${f.v(p.scope)}에서 다음 항목의 앞뒤에 공백이 있습니다: ${values(p.items, f)}. Campaign은 범위 이름을 공백까지 포함해 보내는데 IMS에는 그런 범위(${f.v(p.items[0] ?? '')})가 없으므로 Adobe ID 로그인 페이지 대신 오류를 반환합니다.`,
  },
  emptyItem: {
    en: (p: { scope: string }, f: Format) => `The IMS scope ${f.v(p.scope)} has an empty item (two commas in a row, or a comma at either end).`,
    ko: (p, f) => `IMS 범위에 빈 항목이 있습니다: ${f.v(p.scope)}(쉼표가 연속되거나 맨 앞 또는 맨 뒤에 있음).`,
  },
  duplicate: {
    en: (p: { scope: string; items: string[] }, f: Format) => `The IMS scope ${f.v(p.scope)} asks for ${values(p.items, f)} more than once.`,
    ko: (p, f) => `IMS 범위 ${f.v(p.scope)}에서 같은 범위를 두 번 이상 요청합니다: ${values(p.items, f)}.`,
  },
  case: {
    en: (p: { item: string; ims: string }, f: Format) =>
      `Campaign asks for the scope ${f.v(p.item)}, but IMS provisioned ${f.v(p.ims)}: scopes are case-sensitive, so IMS does not recognise ${f.v(p.item)} and answers with an error instead of the Adobe ID login page.`,
    ko: (p, f) =>
      `Campaign이 요청하는 범위(${f.v(p.item)})와 IMS에 프로비저닝된 범위(${f.v(p.ims)})의 대소문자가 다릅니다. 범위는 대소문자를 구분하므로 IMS는 이 범위를 알아보지 못하고 Adobe ID 로그인 페이지 대신 오류를 반환합니다.`,
  },
  typo: {
    en: (p: { item: string; ims: string; distance: number }, f: Format) =>
      `Campaign asks for the scope ${f.v(p.item)}, which IMS did not provision; the closest provisioned scope is ${f.v(p.ims)} (${f.n(p.distance)} ${f.plural(p.distance, { one: 'edit', other: 'edits' })} away): a typo? IMS answers an unknown scope with an error instead of the Adobe ID login page.`,
    ko: (p, f) =>
      `Campaign이 IMS에 프로비저닝되지 않은 범위를 요청합니다: ${f.v(p.item)}. 가장 비슷한 프로비저닝된 범위는 ${f.v(p.ims)}입니다(${f.n(p.distance)}글자 차이, 오타로 보임). IMS는 알 수 없는 범위에 대해 Adobe ID 로그인 페이지 대신 오류를 반환합니다.`,
  },
  notProvisioned: {
    en: (p: { item: string; provisioned: string[] }, f: Format) =>
      `Campaign asks for the scope ${f.v(p.item)}, which is not among the scopes provisioned for the IMS client (${values(p.provisioned, f)}): IMS answers with an error instead of the Adobe ID login page.`,
    ko: (p, f) =>
      `Campaign이 요청하는 범위(${f.v(p.item)})가 IMS 클라이언트에 프로비저닝된 범위(${values(p.provisioned, f)})에 없습니다. IMS는 Adobe ID 로그인 페이지 대신 오류를 반환합니다.`,
  },
  fixNotProvisioned: {
    en: (p: { item: string; suggested: string }, f: Format) =>
      `Remove ${f.v(p.item)} from the IMS scope of the external account (for example ${f.code(p.suggested)}), or ask Adobe to provision it for the IMS client; then restart the server.`,
    ko: (p, f) =>
      `외부 계정의 IMS 범위에서 이 범위(${f.v(p.item)})를 빼거나(예: ${f.code(p.suggested)}) Adobe에 이 범위를 IMS 클라이언트에 프로비저닝해 달라고 요청한 뒤 서버를 다시 시작하십시오.`,
  },
  noProfileScope: {
    en: (p: { scope: string; profileScope: string }, f: Format) =>
      `The IMS scope ${f.v(p.scope)} lacks ${p.profileScope}: without it, Campaign presumably does not receive the operator's product profiles, and the association mask then matches nothing.`,
    ko: (p, f) =>
      `IMS 범위 ${f.v(p.scope)}에 ${p.profileScope} 범위가 없습니다. 이 범위가 없으면 Campaign이 운영자의 제품 프로필을 받지 못하는 것으로 보이며, 그러면 연결 마스크(Association mask)와 일치하는 프로필이 없게 됩니다.`,
  },
  fixNoProfileScope: {
    en: (p: { profileScope: string; suggested: string }, f: Format) =>
      `Add ${p.profileScope} to the IMS scope (for example ${f.code(p.suggested)}), and ask Adobe to provision it if the IMS client lacks it; then restart the server.`,
    ko: (p, f) =>
      `IMS 범위에 ${p.profileScope} 범위를 추가하고(예: ${f.code(p.suggested)}), IMS 클라이언트에 이 범위가 없으면 Adobe에 프로비저닝을 요청한 뒤 서버를 다시 시작하십시오.`,
  },
  imsUnknown: {
    en: (p: { scope: string; sources: string[] }, f: Format) =>
      `Not checked against IMS: the scopes provisioned for the IMS client are not known (${f.list(p.sources)} ${f.plural(p.sources.length, { one: 'gives', other: 'give' })} none; a Developer Console export lists no scopes for web app credentials), so whether ${f.v(p.scope)} is a subset of them is open.`,
    ko: (p, f) =>
      `IMS와 비교하지 않음: IMS 클라이언트에 프로비저닝된 범위를 알 수 없습니다(${f.list(p.sources)}에 범위가 없음. Developer Console 내보내기 파일에는 웹 앱 자격 증명의 범위가 나오지 않습니다). 따라서 이 범위(${f.v(p.scope)})가 그 부분 집합인지는 확인하지 못했습니다.`,
  },
  fixImsUnknown: {
    en: () =>
      'Copy the scopes from Adobe\'s provisioning details into "scopes:" of the IMS client file (the workspace\'s ims: { client: … }), then run ims-doctor again.',
    ko: () =>
      'Adobe의 프로비저닝 정보에 있는 범위를 IMS 클라이언트 파일(워크스페이스의 ims: { client: … })의 "scopes:"에 옮겨 적은 뒤 ims-doctor를 다시 실행하십시오.',
  },

  // ---- Live (check --probe): the authorize request with the account's scope, and what IMS answered ----
  liveAccepted: {
    en: (p: { probe: AuthorizeProbe }, f: Format) =>
      `Live: IMS accepted the scope ${f.v(p.probe.scope)} (${f.say(COMMON, { id: 'authorizeObserved', params: p })}).`,
    ko: (p, f) => `실시간 확인: IMS가 범위를 받아들였습니다: ${f.v(p.probe.scope)}(${f.say(COMMON, { id: 'authorizeObserved', params: p })}).`,
  },
  liveInvalidScope: {
    en: (p: { probe: AuthorizeProbe }, f: Format) =>
      `Live: ${f.say(COMMON, { id: 'authorizeObserved', params: p })}: operators cannot reach the Adobe ID login page.`,
    ko: (p, f) =>
      `실시간 확인: IMS가 로그인 페이지 대신 invalid_scope 오류로 응답했습니다(${f.say(COMMON, { id: 'authorizeObserved', params: p })}). 운영자가 Adobe ID 로그인 페이지에 도달할 수 없습니다.`,
  },
  liveFix: {
    en: () =>
      'Keep in "IMS scope" of the external account only scopes provisioned for the client (ask Adobe to add a missing one), save, and restart the server.',
    ko: () =>
      '외부 계정의 IMS scope(IMS 범위)에는 클라이언트에 프로비저닝된 범위만 남기고(필요한 범위는 Adobe에 추가를 요청) 저장한 뒤 서버를 다시 시작하십시오.',
  },

  // ---- As sent (har with a workspace): the scope a browser recording shows was really sent ----
  sentNotProvisioned: {
    en: (p: { instance: string; sent: string; missing: string[] }, f: Format) =>
      `The browser asked for ${f.plural(p.missing.length, { one: 'a scope', other: 'scopes' })} IMS did not provision for the client of ${p.instance}: ${values(p.missing, f)} (scope sent: ${f.v(p.sent)}). IMS answers invalid_scope instead of the login page.`,
    ko: (p, f) =>
      `브라우저가 IMS가 ${p.instance}의 클라이언트에 프로비저닝하지 않은 범위를 요청했습니다: ${values(p.missing, f)}(보낸 범위: ${f.v(p.sent)}). IMS는 로그인 페이지 대신 invalid_scope로 응답합니다.`,
  },
  fixSentNotProvisioned: {
    en: () =>
      "Make the external account's scopes a subset of those IMS provisioned for the client (ims-doctor check --only scope), save, and restart the server.",
    ko: () =>
      '외부 계정의 범위를 IMS가 클라이언트에 프로비저닝한 범위의 부분 집합으로 맞추고(ims-doctor check --only scope) 저장한 뒤 서버를 다시 시작하십시오.',
  },
  sentDiffers: {
    en: (p: { instance: string; sent: string; configured: string }, f: Format) =>
      `The scope sent (${f.v(p.sent)}) differs from the external account's scope of ${p.instance} (${f.v(p.configured)}).`,
    ko: (p, f) => `보낸 범위(${f.v(p.sent)})가 ${p.instance} 외부 계정의 범위(${f.v(p.configured)})와 다릅니다.`,
  },
  fixSentDiffers: {
    en: (_p: Record<never, never>, f: Format) => f.say(COMMON, { id: 'sentNeedsRestart' }),
    ko: (_p, f) => f.say(COMMON, { id: 'sentNeedsRestart' }),
  },
});

type ScopeReport = Report<typeof messages>;

export default defineRule({
  id: 'scope',
  section: 5,
  title: {
    en: "Campaign's IMS scope is a subset of the scopes provisioned in IMS",
    ko: 'Campaign의 IMS 범위는 IMS에 프로비저닝된 범위의 부분 집합',
  },
  scope: 'instance',
  needs: ['campaign', 'account', 'ims'],
  messages,
  check({ instance, account, ims }): ScopeReport[] {
    return [...checkConfigured(account, ims), ...asSentReports(instance, account, ims)];
  },
  liveCheck(probes): ScopeReport[] {
    const probe = probes.authorize;
    if (!probe) return [];
    const proof: EvidenceInput[] = [{ field: 'liveAuthorize', value: { id: 'authorizeObserved', params: { probe } }, at: probe.at }];
    if (probe.outcome === 'error' && probe.error === 'invalid_scope')
      return [{ status: 'fail', message: { id: 'liveInvalidScope', params: { probe } }, remediation: { id: 'liveFix' }, evidence: proof }];
    if (probe.outcome === 'login-page' || probe.outcome === 'callback-redirect')
      return [{ status: 'pass', message: { id: 'liveAccepted', params: { probe } }, evidence: proof }];
    return [];
  },
});

const provisionedOf = (ims: ImsPlane): string[] | undefined => (ims.scopes && ims.scopes.length > 0 ? ims.scopes.map((item) => item.value) : undefined);

/** The account's scope as configured: its separators and items, then each name against the scopes IMS provisioned. */
function checkConfigured(account: ExternalAccount, ims: ImsPlane): ScopeReport[] {
  const scope = account.userScope;
  const raw = scope.value;
  const provisioned = provisionedOf(ims);
  const scopeEvidence = evidence('userScope', scope);
  const imsEvidence: EvidenceInput[] = ims.scopesRaw
    ? [evidence('imsScopes', ims.scopesRaw)]
    : ims.scopes?.[0] && provisioned
      ? [{ field: 'imsScopes', value: provisioned.join(','), at: ims.scopes[0].at }]
      : [];
  const join = (names: readonly string[]): string => names.join(CAMPAIGN_SCOPE_SEPARATOR);

  if (raw.trim() === '') {
    const documented = provisioned ? DOCUMENTED_CAMPAIGN_SCOPES.filter((item) => provisioned.includes(item)) : DOCUMENTED_CAMPAIGN_SCOPES;
    return [
      {
        status: 'fail',
        message: { id: 'empty' },
        remediation: { id: 'fixScope', params: { suggested: join(documented.length > 0 ? documented : DOCUMENTED_CAMPAIGN_SCOPES) } },
        evidence: [scopeEvidence, ...imsEvidence],
      },
    ];
  }

  const items = campaignScopeItems(raw);
  const names = scopeNames(raw, 'meant');
  const unique = [...new Set(names)];

  // What IMS would make of each name: provisioned, a case or spelling slip of one, or unknown.
  const misses = provisioned ? unprovisionedScopes(unique, provisioned) : [];
  const corrections = new Map(misses.flatMap((miss) => (miss.kind === 'unknown' ? [] : [[miss.name, miss.provisioned] as const])));
  const unknown = misses.filter((miss) => miss.kind === 'unknown').map((miss) => miss.name);
  const suggestion = [...new Set(unique.filter((name) => !unknown.includes(name)).map((name) => corrections.get(name) ?? name))];
  const hasProfileScope = names.some((name) => name === PROFILE_SCOPE || corrections.get(name) === PROFILE_SCOPE);
  if (!hasProfileScope && (!provisioned || provisioned.includes(PROFILE_SCOPE))) suggestion.push(PROFILE_SCOPE);
  const suggested = join(suggestion);
  const fixScope = { id: 'fixScope', params: { suggested } } as const;

  const reports: ScopeReport[] = [];
  const wrongSeparators = items.filter((item) => /[;\s\u00a0]/.test(item.trim()));
  if (wrongSeparators.length > 0) {
    const found: Separator[] = [
      ...(raw.includes(';') ? ['semicolons' as const] : []),
      ...(wrongSeparators.some((item) => /[\s\u00a0]/.test(item.trim())) ? ['spaces' as const] : []),
    ];
    reports.push({
      status: 'fail',
      message: { id: 'separator', params: { scope: raw, found, separator: CAMPAIGN_SCOPE_SEPARATOR, items: wrongSeparators.map((item) => item.trim()) } },
      remediation: fixScope,
      evidence: [scopeEvidence],
    });
  }
  const spaced = items.filter((item) => item.trim() !== '' && item !== item.trim());
  if (spaced.length > 0) {
    reports.push({
      status: SCOPE_ITEMS_ARE_TRIMMED ? 'warn' : 'fail',
      message: { id: 'spaces', params: { scope: raw, items: spaced, trimmed: SCOPE_ITEMS_ARE_TRIMMED } },
      remediation: fixScope,
      evidence: [scopeEvidence],
    });
  }
  if (items.some((item) => item.trim() === ''))
    reports.push({ status: 'warn', message: { id: 'emptyItem', params: { scope: raw } }, remediation: fixScope, evidence: [scopeEvidence] });
  const repeated = unique.filter((name) => names.indexOf(name) !== names.lastIndexOf(name));
  if (repeated.length > 0)
    reports.push({ status: 'warn', message: { id: 'duplicate', params: { scope: raw, items: repeated } }, remediation: fixScope, evidence: [scopeEvidence] });

  const subsetEvidence = [scopeEvidence, ...imsEvidence];
  for (const miss of misses) {
    if (miss.kind === 'case')
      reports.push({
        status: 'fail',
        message: { id: 'case', params: { item: miss.name, ims: miss.provisioned } },
        remediation: fixScope,
        evidence: subsetEvidence,
      });
    else if (miss.kind === 'typo')
      reports.push({
        status: 'fail',
        message: { id: 'typo', params: { item: miss.name, ims: miss.provisioned, distance: miss.distance } },
        remediation: fixScope,
        evidence: subsetEvidence,
      });
    else
      reports.push({
        status: 'fail',
        message: { id: 'notProvisioned', params: { item: miss.name, provisioned: provisioned ?? [] } },
        remediation: { id: 'fixNotProvisioned', params: { item: miss.name, suggested } },
        evidence: subsetEvidence,
      });
  }
  if (!hasProfileScope) {
    reports.push({
      status: 'warn',
      message: { id: 'noProfileScope', params: { scope: raw, profileScope: PROFILE_SCOPE } },
      remediation: { id: 'fixNoProfileScope', params: { profileScope: PROFILE_SCOPE, suggested } },
      evidence: subsetEvidence,
    });
  }
  if (!provisioned) {
    reports.push({
      status: 'skip',
      message: { id: 'imsUnknown', params: { scope: raw, sources: ims.sources } },
      remediation: { id: 'fixImsUnknown' },
      evidence: [scopeEvidence],
    });
  } else if (reports.length === 0) {
    reports.push({ status: 'pass', message: { id: 'pass', params: { scope: raw, count: unique.length, ims: provisioned } }, evidence: subsetEvidence });
  }
  return reports;
}

/**
 * What a browser recording shows was really sent (`har` with a workspace): the scope as IMS read it,
 * against the scopes provisioned (what IMS really judged) and against the account's scope (a
 * difference: the server was not restarted, or another instance).
 */
function asSentReports(instance: InstanceSnapshot, account: ExternalAccount, ims: ImsPlane): ScopeReport[] {
  const sent = instance.asSent?.scope;
  if (!sent) return [];
  const reports: ScopeReport[] = [];
  const names = scopeNames(sent.value);
  const sentEvidence = evidence('sentScope', sent);
  const provisioned = provisionedOf(ims);
  if (provisioned) {
    const missing = unprovisionedScopes(names, provisioned).map((miss) => miss.name);
    if (missing.length > 0) {
      const imsEvidence = ims.scopesRaw ? [evidence('imsScopes', ims.scopesRaw)] : [];
      reports.push({
        status: 'fail',
        message: { id: 'sentNotProvisioned', params: { instance: instance.name, sent: sent.value, missing } },
        remediation: { id: 'fixSentNotProvisioned' },
        evidence: [sentEvidence, ...imsEvidence],
      });
    }
  }
  if (!sameScopeSet(scopeNames(account.userScope.value), names)) {
    reports.push({
      status: 'warn',
      message: { id: 'sentDiffers', params: { instance: instance.name, sent: sent.value, configured: account.userScope.value } },
      remediation: { id: 'fixSentDiffers' },
      evidence: [sentEvidence, evidence('userScope', account.userScope)],
    });
  }
  return reports;
}
