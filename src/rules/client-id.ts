import { formatProvenance } from '../model/provenance.js';
import { CHECKLIST_URL, MAC_ACCOUNT_NAME } from '../domain/facts.js';
import { nearMiss, type NearMiss } from '../domain/near-miss.js';
import { withLiveCheck } from './live.js';
import { adaptLegacyRule, legacyDetail, defineRule, evidence, quote, t, type Report } from './legacy.js';

const WHY: Record<NearMiss, string> = {
  edgeSpaces: 'whyEdgeSpaces', spaces: 'whySpaces', case: 'whyCase', spacesAndCase: 'whySpacesAndCase', translated: 'whyTypo', typo: 'whyTypo',
};

/*
 * Decisions where the checklist is silent:
 * - The comparison is exact: IMS compares client IDs as written, so a trailing space or another case is
 *   a failure, and the message says which near miss it is.
 * - When the IMS client file and the Developer Console export disagree, the rule fails on that
 *   conflict alone (and says which side the account agrees with), since "the IMS client ID" is then unknown.
 * - An IMS plane without a client ID skips, saying what to add.
 */
const offline = defineRule({
  id: 'client-id',
  section: 7,
  docUrl: CHECKLIST_URL,
  title: { en: 'Client ID is the same in Campaign and IMS', ko: 'Campaign과 IMS의 클라이언트 ID 일치' },
  scope: 'instance',
  needs: ['campaign', 'account', 'ims'],
  messages: {
    pass: {
      en: (p) => `The IMS client identifier of ${p.name} is ${p.value}, the client ID provisioned in IMS.`,
      ko: (p) => `${p.name}의 IMS 클라이언트 ID는 ${p.value}(으)로, IMS에 프로비저닝된 클라이언트 ID와 같습니다.`,
    },
    empty: {
      en: (p) => `The IMS client identifier of ${p.name} is empty; IMS is provisioned with ${p.ims}.`,
      ko: (p) => `${p.name}의 IMS 클라이언트 ID가 비어 있습니다. IMS에 프로비저닝된 값은 ${p.ims}입니다.`,
    },
    mismatch: {
      en: (p) => `The IMS client identifier of ${p.name} is ${p.campaign}, but the client ID provisioned in IMS is ${p.ims} (${p.imsWhere})${p.why}. IMS refuses a client ID it does not know.`,
      ko: (p) => `${p.name}의 IMS 클라이언트 ID ${p.campaign}이(가) IMS에 프로비저닝된 클라이언트 ID ${p.ims}(${p.imsWhere})와(과) 다릅니다${p.why}. IMS는 알 수 없는 클라이언트 ID를 거부합니다.`,
    },
    whyEdgeSpaces: { en: () => ': they differ only by spaces before or after', ko: () => '. 앞뒤 공백만 다릅니다' },
    whySpaces: { en: () => ': they differ only by spaces', ko: () => '. 공백만 다릅니다' },
    whyCase: { en: () => ': they differ only in upper/lower case, and client IDs are case-sensitive', ko: () => '. 대소문자만 다르며, 클라이언트 ID는 대소문자를 구분합니다' },
    whySpacesAndCase: { en: () => ': they differ by spaces and upper/lower case', ko: () => '. 공백과 대소문자가 다릅니다' },
    whyTypo: { en: () => ': a few characters differ (a typing mistake?)', ko: () => '. 몇 글자가 다릅니다(입력 오류?)' },
    fixMismatch: {
      en: (p) => `Set "IMS client identifier" in the external account ${p.name} to exactly ${p.ims} (copy it from the Developer Console, no spaces), save, and restart the server.`,
      ko: (p) => `외부 계정 ${p.name}의 "IMS 클라이언트 ID"를 정확히 ${p.ims}(으)로 설정하고(Developer Console에서 복사, 공백 없이) 저장한 뒤 서버를 다시 시작하십시오.`,
    },
    conflict: {
      en: (p) => `The IMS client file (${p.clientWhere}) gives the client ID ${p.client} but the Developer Console export (${p.consoleWhere}) gives ${p.console}; the account has ${p.campaign}${p.matches}.`,
      ko: (p) => `IMS 클라이언트 파일(${p.clientWhere})의 클라이언트 ID는 ${p.client}이고 Developer Console 내보내기(${p.consoleWhere})의 값은 ${p.console}입니다. 계정의 값은 ${p.campaign}입니다${p.matches}.`,
    },
    matchesClient: { en: () => ', like the client file', ko: () => '(클라이언트 파일과 같음)' },
    matchesConsole: { en: () => ', like the Developer Console export', ko: () => '(Developer Console 내보내기와 같음)' },
    matchesNeither: { en: () => ', like neither', ko: () => '(어느 쪽과도 다름)' },
    fixConflict: {
      en: (p) => `In the Developer Console, look up the client ID of this instance's OAuth Web App credential, correct the outdated file, and make sure the external account ${p.name} holds that ID.`,
      ko: (p) => `Developer Console에서 이 인스턴스의 OAuth 웹 앱 자격 증명의 클라이언트 ID를 확인하여 오래된 파일을 고치고, 외부 계정 ${p.name}에도 같은 ID가 들어 있는지 확인하십시오.`,
    },
    imsUnknown: {
      en: (p) => `The IMS side gives no client ID (${p.sources}); the account's ${p.campaign} was not compared.`,
      ko: (p) => `IMS 쪽에 클라이언트 ID가 없습니다(${p.sources}). 계정의 값 ${p.campaign}은(는) 비교하지 않았습니다.`,
    },
    fixImsUnknown: {
      en: () => 'Add "clientId:" to the IMS client file, or give the Developer Console export (ims: { console: … }), and run again.',
      ko: () => 'IMS 클라이언트 파일에 "clientId:"를 추가하거나 Developer Console 내보내기 파일(ims: { console: … })을 지정한 뒤 다시 실행하십시오.',
    },
  },
  check({ account, ims }): Report<string>[] {
    const name = MAC_ACCOUNT_NAME;
    const campaignId = account!.clientId;
    const campaignEvidence = evidence('clientId', campaignId);
    const conflict = ims!.conflicts.find((item) => item.field === 'clientId');
    if (conflict) {
      const matches = campaignId.value === conflict.client.value ? 'matchesClient' : campaignId.value === conflict.console.value ? 'matchesConsole' : 'matchesNeither';
      return [{
        status: 'fail',
        message: 'conflict',
        remediation: 'fixConflict',
        params: {
          name, campaign: quote(campaignId.value), matches: t(matches),
          client: quote(conflict.client.value), clientWhere: formatProvenance(conflict.client.at),
          console: quote(conflict.console.value), consoleWhere: formatProvenance(conflict.console.at),
        },
        evidence: [evidence('conflictClient', conflict.client), evidence('conflictConsole', conflict.console), campaignEvidence],
      }];
    }

    const imsId = ims!.clientId;
    if (!imsId) {
      return [{ status: 'skip', message: 'imsUnknown', remediation: 'fixImsUnknown', params: { campaign: quote(campaignId.value), sources: ims!.sources.join(', ') }, evidence: [campaignEvidence] }];
    }
    const proof = [campaignEvidence, evidence('imsClientId', imsId)];
    if (campaignId.value === imsId.value) {
      return [{ status: 'pass', message: 'pass', params: { name, value: quote(campaignId.value) }, evidence: proof }];
    }
    if (campaignId.value === '') {
      return [{ status: 'fail', message: 'empty', remediation: 'fixMismatch', params: { name, ims: quote(imsId.value) }, evidence: proof }];
    }
    const kind = nearMiss(campaignId.value, imsId.value);
    return [{
      status: 'fail',
      message: 'mismatch',
      remediation: 'fixMismatch',
      params: { name, campaign: quote(campaignId.value), ims: quote(imsId.value), imsWhere: formatProvenance(imsId.at), why: kind ? t(WHY[kind]) : '' },
      evidence: proof,
    }];
  },
});

/** [V] What IMS answers at authorize for a client ID it does not know (or may not use this flow). */
const UNKNOWN_CLIENT_ERRORS = ['invalid_client', 'unauthorized_client'];

// ---- Live (check --probe): the authorize request with the account's client ID, and whether IMS knew it. ----
const legacyRule = withLiveCheck(offline, {
  messages: {
    liveKnown: {
      en: (p) => `Live: IMS knows the client ID ${p.clientId} (${p.detail}).`,
      ko: (p) => `실시간 확인: IMS가 클라이언트 ID ${p.clientId}을(를) 알고 있습니다(${p.detail}).`,
    },
    liveUnknown: {
      en: (p) => `Live: IMS refused the client ID ${p.clientId} at authorize with ${p.error} (${p.detail}): operators see an IMS error page instead of the Adobe ID login page.`,
      ko: (p) => `실시간 확인: IMS가 인증 요청에서 클라이언트 ID ${p.clientId}을(를) ${p.error} 오류로 거부했습니다(${p.detail}). 운영자에게 Adobe ID 로그인 페이지 대신 IMS 오류 페이지가 표시됩니다.`,
    },
    liveFix: {
      en: () => 'Copy the client ID of the OAuth Web App credential from the Developer Console into "IMS client identifier" of the external account (no spaces), save, and restart the server; if it is already the same, ask Adobe whether the client is provisioned for this organization.',
      ko: () => 'Developer Console의 OAuth Web App 자격 증명에서 클라이언트 ID를 복사하여 외부 계정의 "IMS 클라이언트 ID"에 공백 없이 입력하고 저장한 뒤 서버를 다시 시작하십시오. 이미 같다면 이 조직에 클라이언트가 프로비저닝되었는지 Adobe에 문의하십시오.',
    },
  },
  check(probes) {
    const probe = probes.authorize;
    if (!probe) return [];
    const proof = [{ field: 'liveAuthorize' as const, value: legacyDetail(probe), at: probe.at }];
    const params = { detail: legacyDetail(probe), clientId: quote(probe.clientId) };
    if (probe.outcome === 'error' && probe.error && UNKNOWN_CLIENT_ERRORS.includes(probe.error)) {
      return [{ status: 'fail', message: 'liveUnknown', remediation: 'liveFix', params: { ...params, error: probe.error }, evidence: proof }];
    }
    // A sign-in page, the callback, or the default redirect URI: IMS found the client either way.
    if (probe.outcome === 'login-page' || probe.outcome === 'callback-redirect' || probe.outcome === 'default-redirect') {
      return [{ status: 'pass', message: 'liveKnown', params, evidence: proof }];
    }
    return [];
  },
});

export default adaptLegacyRule(legacyRule);
