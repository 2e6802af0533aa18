import {
  CAMPAIGN_SCOPE_SEPARATOR, CHECKLIST_URL, DOCUMENTED_CAMPAIGN_SCOPES, PROFILE_SCOPE, SCOPE_ITEMS_ARE_TRIMMED,
} from '../domain/facts.js';
import { closest } from '../domain/similarity.js';
import { listParam, rest } from './params.js';
import { adaptLegacyRule, legacyDetail, defineRule, evidence, quote, t, type EvidenceInput, type Report } from './legacy.js';
import { withLiveCheck } from './live.js';

/** Where people slip other separators between scopes: semicolons, spaces, tabs, no-break spaces. */
const ANY_SEPARATOR = /[,;\s\u00a0]+/;
const quoteAll = (values: readonly string[]): string => values.map(quote).join(', ');

const offline = defineRule({
  id: 'scope',
  section: 5,
  docUrl: CHECKLIST_URL,
  title: {
    en: 'Campaign\'s IMS scope is a subset of the scopes provisioned in IMS',
    ko: 'Campaign의 IMS 범위는 IMS에 프로비저닝된 범위의 부분 집합',
  },
  scope: 'instance',
  needs: ['campaign', 'account', 'ims'],
  messages: {
    pass: {
      en: (p) => `All ${p.count} scopes Campaign asks for (${p.scope}) are provisioned for the IMS client (${p.ims}).`,
      ko: (p) => `Campaign이 요청하는 범위 ${p.count}개(${p.scope})가 모두 IMS 클라이언트에 프로비저닝되어 있습니다(${p.ims}).`,
    },
    fixScope: {
      en: (p) => `Set the IMS scope of the external account to ${p.suggested} (separated by commas, without spaces), then restart the server.`,
      ko: (p) => `외부 계정의 IMS 범위를 ${p.suggested}(으)로 설정하고(쉼표로 구분하며 공백 없이) 서버를 다시 시작하십시오.`,
    },
    empty: {
      en: () => 'The IMS scope of the external account is empty: Campaign asks IMS for nothing, so IMS neither identifies the operator nor returns the product profiles the association mask needs.',
      ko: () => '외부 계정의 IMS 범위가 비어 있습니다. Campaign이 IMS에 아무 범위도 요청하지 않으므로 IMS는 운영자를 식별하지도, 연결 마스크에 필요한 제품 프로필을 돌려주지도 않습니다.',
    },
    separator: {
      en: (p) => `The IMS scope ${p.scope} separates scopes with ${p.found} where Campaign expects "${p.separator}": IMS receives ${p.items} as single scope names, knows none of them, and answers with an error instead of the Adobe ID login page.`,
      ko: (p) => `IMS 범위 ${p.scope}에서 Campaign이 기대하는 "${p.separator}" 대신 ${p.found}(으)로 범위를 구분했습니다. IMS는 ${p.items}을(를) 하나의 범위 이름으로 받아들이지만 그런 범위는 없으므로, Adobe ID 로그인 페이지 대신 오류를 응답합니다.`,
    },
    sepSemicolon: { en: (p) => `semicolons (";")${rest(p, ' and ')}`, ko: (p) => `세미콜론(";")${rest(p, ', ')}` },
    sepSpace: { en: (p) => `spaces${rest(p, ' and ')}`, ko: (p) => `공백${rest(p, ', ')}` },
    spaces: {
      en: (p) => `The IMS scope ${p.scope} has spaces around ${p.items}: Campaign sends each scope name with its spaces, IMS knows no scope ${p.example}, and answers with an error instead of the Adobe ID login page.`,
      ko: (p) => `IMS 범위 ${p.scope}에서 ${p.items} 앞뒤에 공백이 있습니다. Campaign은 범위 이름을 공백까지 포함해 보내는데 IMS에는 ${p.example} 범위가 없으므로, Adobe ID 로그인 페이지 대신 오류를 응답합니다.`,
    },
    spacesTolerated: {
      en: (p) => `The IMS scope ${p.scope} has spaces around ${p.items}. They are trimmed before IMS sees them, but whoever compares or copies the value will trip over them.`,
      ko: (p) => `IMS 범위 ${p.scope}에서 ${p.items} 앞뒤에 공백이 있습니다. IMS에 전달되기 전에 제거되지만, 값을 비교하거나 복사하는 사람이 헷갈릴 수 있습니다.`,
    },
    emptyItem: {
      en: (p) => `The IMS scope ${p.scope} has an empty item (two commas in a row, or a comma at either end).`,
      ko: (p) => `IMS 범위 ${p.scope}에 빈 항목이 있습니다(쉼표가 연속되거나 맨 앞 또는 맨 뒤에 있음).`,
    },
    duplicate: {
      en: (p) => `The IMS scope ${p.scope} asks for ${p.items} more than once.`,
      ko: (p) => `IMS 범위 ${p.scope}에서 ${p.items}을(를) 두 번 이상 요청합니다.`,
    },
    case: {
      en: (p) => `Campaign asks for the scope ${p.item}, but IMS provisioned ${p.ims}: scopes are case-sensitive, so IMS does not recognise ${p.item} and answers with an error instead of the Adobe ID login page.`,
      ko: (p) => `Campaign은 범위 ${p.item}을(를) 요청하지만 IMS에 프로비저닝된 범위는 ${p.ims}입니다. 범위는 대소문자를 구분하므로 IMS는 ${p.item}을(를) 알아보지 못하고 Adobe ID 로그인 페이지 대신 오류를 응답합니다.`,
    },
    typo: {
      en: (p) => `Campaign asks for the scope ${p.item}, which IMS did not provision; the closest provisioned scope is ${p.ims} (${p.distance} edit${p.distance === 1 ? '' : 's'} away): a typo? IMS answers an unknown scope with an error instead of the Adobe ID login page.`,
      ko: (p) => `Campaign은 IMS에 프로비저닝되지 않은 범위 ${p.item}을(를) 요청합니다. 가장 비슷한 프로비저닝된 범위는 ${p.ims}입니다(${p.distance}글자 차이, 오타로 보임). IMS는 알 수 없는 범위에 대해 Adobe ID 로그인 페이지 대신 오류를 응답합니다.`,
    },
    notProvisioned: {
      en: (p) => `Campaign asks for the scope ${p.item}, which is not among the scopes provisioned for the IMS client (${p.list}): IMS answers with an error instead of the Adobe ID login page.`,
      ko: (p) => `Campaign이 요청하는 범위 ${p.item}은(는) IMS 클라이언트에 프로비저닝된 범위(${p.list})에 없습니다. IMS는 Adobe ID 로그인 페이지 대신 오류를 응답합니다.`,
    },
    fixNotProvisioned: {
      en: (p) => `Remove ${p.item} from the IMS scope of the external account (for example ${p.suggested}), or ask Adobe to provision it for the IMS client; then restart the server.`,
      ko: (p) => `외부 계정의 IMS 범위에서 ${p.item}을(를) 빼거나(예: ${p.suggested}) Adobe에 이 범위를 IMS 클라이언트에 프로비저닝해 달라고 요청한 뒤 서버를 다시 시작하십시오.`,
    },
    noProfileScope: {
      en: (p) => `The IMS scope ${p.scope} lacks ${p.profileScope}: without it, Campaign presumably does not receive the operator's product profiles, and the association mask then matches nothing.`,
      ko: (p) => `IMS 범위 ${p.scope}에 ${p.profileScope}이(가) 없습니다. 이 범위가 없으면 Campaign이 운영자의 제품 프로필을 받지 못하는 것으로 보이며, 그러면 연결 마스크와 일치하는 프로필이 없게 됩니다.`,
    },
    fixNoProfileScope: {
      en: (p) => `Add ${p.profileScope} to the IMS scope (for example ${p.suggested}), and ask Adobe to provision it if the IMS client lacks it; then restart the server.`,
      ko: (p) => `IMS 범위에 ${p.profileScope}을(를) 추가하고(예: ${p.suggested}), IMS 클라이언트에 이 범위가 없으면 Adobe에 프로비저닝을 요청한 뒤 서버를 다시 시작하십시오.`,
    },
    imsUnknown: {
      en: (p) => `Not checked against IMS: the scopes provisioned for the IMS client are not known (${p.sources} give none; a Developer Console export lists no scopes for web app credentials), so whether ${p.scope} is a subset of them is open.`,
      ko: (p) => `IMS와 비교하지 않음: IMS 클라이언트에 프로비저닝된 범위를 알 수 없습니다(${p.sources}에 범위가 없음. Developer Console 내보내기 파일에는 웹 앱 자격 증명의 범위가 나오지 않습니다). 따라서 ${p.scope}이(가) 그 부분 집합인지는 확인하지 못했습니다.`,
    },
    fixImsUnknown: {
      en: () => 'Copy the scopes from Adobe\'s provisioning details into "scopes:" of the IMS client file (the workspace\'s ims: { client: … }), then run ims-doctor again.',
      ko: () => 'Adobe의 프로비저닝 정보에 있는 범위를 IMS 클라이언트 파일(워크스페이스의 ims: { client: … })의 "scopes:"에 옮겨 적은 뒤 ims-doctor를 다시 실행하십시오.',
    },
  },
  check({ account, ims }) {
    const scope = account!.userScope;
    const raw = scope.value;
    const provisioned = ims!.scopes && ims!.scopes.length > 0 ? ims!.scopes.map((item) => item.value) : undefined;
    const scopeEvidence = evidence('userScope', scope);
    const imsEvidence: EvidenceInput[] = ims!.scopesRaw
      ? [evidence('imsScopes', ims!.scopesRaw)]
      : ims!.scopes?.[0] ? [{ field: 'imsScopes', value: provisioned!.join(','), at: ims!.scopes[0].at }] : [];
    const join = (values: readonly string[]): string => quote(values.join(CAMPAIGN_SCOPE_SEPARATOR));

    if (raw.trim() === '') {
      const suggested = provisioned ? DOCUMENTED_CAMPAIGN_SCOPES.filter((item) => provisioned.includes(item)) : DOCUMENTED_CAMPAIGN_SCOPES;
      return [{ status: 'fail', message: 'empty', remediation: 'fixScope', params: { suggested: join(suggested.length > 0 ? suggested : DOCUMENTED_CAMPAIGN_SCOPES) }, evidence: [scopeEvidence, ...imsEvidence] }];
    }

    const items = raw.split(CAMPAIGN_SCOPE_SEPARATOR);
    const tokens = raw.split(ANY_SEPARATOR).filter((token) => token !== '');
    const unique = [...new Set(tokens)];
    const reports: Report<string>[] = [];

    // What IMS would make of each scope name: provisioned, a case or spelling slip of one, or unknown.
    const corrections = new Map<string, string>();
    const unknown: string[] = [];
    const subset: Report<string>[] = [];
    for (const token of provisioned ? unique : []) {
      if (provisioned!.includes(token)) continue;
      const sameLetters = provisioned!.find((item) => item.toLowerCase() === token.toLowerCase());
      const near = sameLetters === undefined ? closest(token, provisioned!) : undefined;
      if (sameLetters !== undefined) {
        corrections.set(token, sameLetters);
        subset.push({ status: 'fail', message: 'case', remediation: 'fixScope', params: { item: quote(token), ims: quote(sameLetters) } });
      } else if (near) {
        corrections.set(token, near.value);
        subset.push({ status: 'fail', message: 'typo', remediation: 'fixScope', params: { item: quote(token), ims: quote(near.value), distance: near.distance } });
      } else {
        unknown.push(token);
        subset.push({ status: 'fail', message: 'notProvisioned', remediation: 'fixNotProvisioned', params: { item: quote(token), list: quoteAll(provisioned!) } });
      }
    }
    const suggestion = [...new Set(unique.filter((token) => !unknown.includes(token)).map((token) => corrections.get(token) ?? token))];
    const hasProfileScope = tokens.some((token) => token === PROFILE_SCOPE || corrections.get(token) === PROFILE_SCOPE);
    if (!hasProfileScope && (!provisioned || provisioned.includes(PROFILE_SCOPE))) suggestion.push(PROFILE_SCOPE);
    const suggested = join(suggestion);

    const wrongSeparators = items.filter((item) => /[;\s\u00a0]/.test(item.trim()));
    if (wrongSeparators.length > 0) {
      const found = [...(raw.includes(';') ? [t('sepSemicolon')] : []), ...(wrongSeparators.some((item) => /[\s\u00a0]/.test(item.trim())) ? [t('sepSpace')] : [])];
      reports.push({
        status: 'fail', message: 'separator', remediation: 'fixScope',
        params: { scope: quote(raw), found: listParam(found), separator: CAMPAIGN_SCOPE_SEPARATOR, items: quoteAll(wrongSeparators.map((item) => item.trim())), suggested },
        evidence: [scopeEvidence],
      });
    }
    const spaced = items.filter((item) => item.trim() !== '' && item !== item.trim());
    if (spaced.length > 0) {
      reports.push({
        status: SCOPE_ITEMS_ARE_TRIMMED ? 'warn' : 'fail', message: SCOPE_ITEMS_ARE_TRIMMED ? 'spacesTolerated' : 'spaces', remediation: 'fixScope',
        params: { scope: quote(raw), items: quoteAll(spaced), example: quote(spaced[0]!), suggested },
        evidence: [scopeEvidence],
      });
    }
    if (items.some((item) => item.trim() === '')) {
      reports.push({ status: 'warn', message: 'emptyItem', remediation: 'fixScope', params: { scope: quote(raw), suggested }, evidence: [scopeEvidence] });
    }
    const repeated = unique.filter((token) => tokens.indexOf(token) !== tokens.lastIndexOf(token));
    if (repeated.length > 0) {
      reports.push({ status: 'warn', message: 'duplicate', remediation: 'fixScope', params: { scope: quote(raw), items: quoteAll(repeated), suggested }, evidence: [scopeEvidence] });
    }
    for (const report of subset) {
      report.params = { ...report.params, suggested };
      report.evidence = [scopeEvidence, ...imsEvidence];
      reports.push(report);
    }
    if (!hasProfileScope) {
      reports.push({
        status: 'warn', message: 'noProfileScope', remediation: 'fixNoProfileScope',
        params: { scope: quote(raw), profileScope: PROFILE_SCOPE, suggested }, evidence: [scopeEvidence, ...imsEvidence],
      });
    }
    if (!provisioned) {
      reports.push({ status: 'skip', message: 'imsUnknown', remediation: 'fixImsUnknown', params: { scope: quote(raw), sources: ims!.sources.join(', ') }, evidence: [scopeEvidence] });
    } else if (reports.length === 0) {
      reports.push({ status: 'pass', message: 'pass', params: { scope: quote(raw), count: unique.length, ims: quoteAll(provisioned) }, evidence: [scopeEvidence, ...imsEvidence] });
    }
    return reports;
  },
});

// ---- Live (check --probe): the authorize request with the account's scope, and what IMS answered. ----
const legacyRule = withLiveCheck(offline, {
  messages: {
    liveAccepted: {
      en: (p) => `Live: IMS accepted the scope ${p.scope} (${p.detail}).`,
      ko: (p) => `실시간 확인: IMS가 범위 ${p.scope}을(를) 받아들였습니다(${p.detail}).`,
    },
    liveInvalidScope: {
      en: (p) => `Live: ${p.detail}: operators cannot reach the Adobe ID login page.`,
      ko: (p) => `실시간 확인: IMS가 로그인 페이지 대신 invalid_scope 오류로 응답했습니다(${p.detail}). 운영자가 Adobe ID 로그인 페이지에 도달할 수 없습니다.`,
    },
    liveFix: {
      en: () => 'Keep in "IMS scope" of the external account only scopes provisioned for the client (ask Adobe to add a missing one), save, and restart the server.',
      ko: () => '외부 계정의 "IMS 범위"에는 클라이언트에 프로비저닝된 범위만 남기고(필요한 범위는 Adobe에 추가를 요청) 저장한 뒤 서버를 다시 시작하십시오.',
    },
  },
  check(probes) {
    const probe = probes.authorize;
    if (!probe) return [];
    const proof = [{ field: 'liveAuthorize' as const, value: legacyDetail(probe), at: probe.at }];
    if (probe.outcome === 'error' && probe.error === 'invalid_scope') {
      return [{ status: 'fail', message: 'liveInvalidScope', remediation: 'liveFix', params: { detail: legacyDetail(probe), scope: JSON.stringify(probe.scope) }, evidence: proof }];
    }
    if (probe.outcome === 'login-page' || probe.outcome === 'callback-redirect') {
      return [{ status: 'pass', message: 'liveAccepted', params: { detail: legacyDetail(probe), scope: JSON.stringify(probe.scope) }, evidence: proof }];
    }
    return [];
  },
});

export default adaptLegacyRule(legacyRule);
