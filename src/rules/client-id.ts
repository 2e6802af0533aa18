import { MAC_ACCOUNT_NAME, UNKNOWN_CLIENT_ERRORS } from '../domain/facts.js';
import { clientIdMiss, sameClientId } from '../domain/client-ids.js';
import type { NearMiss } from '../domain/near-miss.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import { COMMON } from '../i18n/common.js';
import type { AuthorizeProbe } from '../model/probes.js';
import type { Provenance } from '../model/provenance.js';
import type { ExternalAccount, ImsPlane, InstanceSnapshot } from '../model/snapshot.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

/*
 * Decisions where the checklist is silent (docs/rules/client-id.md):
 * - The comparison is exact: IMS compares client IDs as written, so a trailing space or another case is
 *   a failure, and the message says which near miss it is.
 * - When the IMS client file and the Developer Console export disagree, the rule fails on that
 *   conflict alone (and says which side the account agrees with), since "the IMS client ID" is then unknown.
 * - An IMS plane without a client ID skips, saying what to add.
 * - Live (--probe): an authorize answer of invalid_client / unauthorized_client fails; a sign-in
 *   page, a redirect to the callback or to the default redirect URI passes (IMS found the client).
 */

const why = (kind: NearMiss | null, f: Format): string => {
  if (!kind) return '';
  const reason = f.say(COMMON, { id: 'nearMiss', params: { kind } });
  const caseSensitive = kind === 'case' ? (f.lang === 'ko' ? '. 클라이언트 ID는 대소문자를 구분합니다' : ', and client IDs are case-sensitive') : '';
  return f.lang === 'ko' ? `. ${reason}${caseSensitive}` : `: ${reason}${caseSensitive}`;
};

const messages = catalogue({
  pass: {
    en: (p: { name: string; value: string }, f: Format) => `The IMS client identifier of ${p.name} is ${f.v(p.value)}, the client ID provisioned in IMS.`,
    ko: (p, f) => `${p.name}의 IMS 클라이언트 ID가 IMS에 프로비저닝된 클라이언트 ID와 같습니다: ${f.v(p.value)}.`,
  },
  empty: {
    en: (p: { name: string; ims: string }, f: Format) => `The IMS client identifier of ${p.name} is empty; IMS is provisioned with ${f.v(p.ims)}.`,
    ko: (p, f) => `${p.name}의 IMS 클라이언트 ID가 비어 있습니다. IMS에 프로비저닝된 값은 ${f.v(p.ims)}입니다.`,
  },
  mismatch: {
    en: (p: { name: string; campaign: string; ims: string; imsAt: Provenance; nearMiss: NearMiss | null }, f: Format) =>
      `The IMS client identifier of ${p.name} is ${f.v(p.campaign)}, but the client ID provisioned in IMS is ${f.v(p.ims)} (${f.at(p.imsAt)})${why(p.nearMiss, f)}. IMS refuses a client ID it does not know.`,
    ko: (p, f) =>
      `${p.name}의 IMS 클라이언트 ID가 IMS에 프로비저닝된 클라이언트 ID와 다릅니다. Campaign: ${f.v(p.campaign)}, IMS: ${f.v(p.ims)}(${f.at(p.imsAt)})${why(p.nearMiss, f)}. IMS는 알 수 없는 클라이언트 ID를 거부합니다.`,
  },
  fixMismatch: {
    en: (p: { name: string; ims: string }, f: Format) =>
      `Set "IMS client identifier" in the external account ${p.name} to exactly ${f.code(p.ims)} (copy it from the Developer Console, no spaces), save, and restart the server.`,
    ko: (p, f) =>
      `외부 계정 ${p.name}의 IMS client identifier(IMS 클라이언트 ID)에 다음 값을 정확히 입력하고(Developer Console에서 복사, 공백 없이) 저장한 뒤 서버를 다시 시작하십시오: ${f.code(p.ims)}`,
  },
  conflict: {
    en: (
      p: { campaign: string; client: string; clientAt: Provenance; console: string; consoleAt: Provenance; matches: 'client' | 'console' | 'neither' },
      f: Format,
    ) =>
      `The IMS client file (${f.at(p.clientAt)}) gives the client ID ${f.v(p.client)} but the Developer Console export (${f.at(p.consoleAt)}) gives ${f.v(p.console)}; the account has ${f.v(p.campaign)}, ${f.say(COMMON, { id: 'matchesSide', params: { side: p.matches } })}.`,
    ko: (p, f) =>
      `IMS 클라이언트 파일과 Developer Console 내보내기의 클라이언트 ID가 다릅니다. 클라이언트 파일(${f.at(p.clientAt)}): ${f.v(p.client)}, Developer Console 내보내기(${f.at(p.consoleAt)}): ${f.v(p.console)}. 계정: ${f.v(p.campaign)}(${f.say(COMMON, { id: 'matchesSide', params: { side: p.matches } })}).`,
  },
  fixConflict: {
    en: (p: { name: string }) =>
      `In the Developer Console, look up the client ID of this instance's OAuth Web App credential, correct the outdated file, and make sure the external account ${p.name} holds that ID.`,
    ko: (p) =>
      `Developer Console에서 이 인스턴스의 OAuth Web App 자격 증명의 클라이언트 ID를 확인하여 오래된 파일을 고치고, 외부 계정 ${p.name}에도 같은 ID가 들어 있는지 확인하십시오.`,
  },
  imsUnknown: {
    en: (p: { campaign: string; sources: string[] }, f: Format) =>
      `The IMS side gives no client ID (${f.list(p.sources)}); the account's ${f.v(p.campaign)} was not compared.`,
    ko: (p, f) => `IMS 쪽(${f.list(p.sources)})에 클라이언트 ID가 없어 계정의 값과 비교하지 않았습니다(계정: ${f.v(p.campaign)}).`,
  },
  fixImsUnknown: {
    en: () => 'Add "clientId:" to the IMS client file, or give the Developer Console export (ims: { console: … }), and run again.',
    ko: () => 'IMS 클라이언트 파일에 "clientId:"를 추가하거나 Developer Console 내보내기 파일(ims: { console: … })을 지정한 뒤 다시 실행하십시오.',
  },
  // ---- What a browser recording shows was sent (har): the client_id of the authorize request ----
  sentDiffers: {
    en: (p: { instance: string; sent: string; configured: string; nearMiss: NearMiss | null }, f: Format) =>
      `The browser sent client_id ${f.v(p.sent)}, but the external account of ${p.instance} has ${f.v(p.configured)}${why(p.nearMiss, f)}.`,
    ko: (p, f) => `브라우저가 보낸 client_id(${f.v(p.sent)})가 ${p.instance} 외부 계정의 값(${f.v(p.configured)})과 다릅니다${why(p.nearMiss, f)}.`,
  },
  fixSentDiffers: {
    en: (_p: Record<never, never>, f: Format) => f.say(COMMON, { id: 'sentNeedsRestart' }),
    ko: (_p, f) => f.say(COMMON, { id: 'sentNeedsRestart' }),
  },
  sentNotProvisioned: {
    en: (p: { instance: string; sent: string; provisioned: string; nearMiss: NearMiss | null }, f: Format) =>
      `The browser sent client_id ${f.v(p.sent)}, but the client provisioned in IMS for ${p.instance} is ${f.v(p.provisioned)}${why(p.nearMiss, f)}. IMS refuses a client ID it does not know.`,
    ko: (p, f) =>
      `브라우저가 보낸 client_id(${f.v(p.sent)})가 IMS에 ${p.instance}용으로 프로비저닝된 클라이언트(${f.v(p.provisioned)})와 다릅니다${why(p.nearMiss, f)}. IMS는 알 수 없는 클라이언트 ID를 거부합니다.`,
  },
  fixSentNotProvisioned: {
    en: (p: { provisioned: string }, f: Format) =>
      `Set the external account's "IMS client identifier" to exactly ${f.code(p.provisioned)}, save, and restart the server.`,
    ko: (p, f) =>
      `외부 계정의 IMS client identifier(IMS 클라이언트 ID)에 다음 값을 정확히 입력하고 저장한 뒤 서버를 다시 시작하십시오: ${f.code(p.provisioned)}`,
  },
  // ---- Live (check --probe): the authorize request with the account's client ID ----
  liveKnown: {
    en: (p: { probe: AuthorizeProbe }, f: Format) =>
      `Live: IMS knows the client ID ${f.v(p.probe.clientId)} (${f.say(COMMON, { id: 'authorizeObserved', params: p })}).`,
    ko: (p, f) => `실시간 확인: IMS가 이 클라이언트 ID를 알고 있습니다(${f.v(p.probe.clientId)}; ${f.say(COMMON, { id: 'authorizeObserved', params: p })}).`,
  },
  liveUnknown: {
    en: (p: { probe: AuthorizeProbe }, f: Format) =>
      `Live: IMS refused the client ID ${f.v(p.probe.clientId)} at authorize with ${p.probe.error ?? '?'} (${f.say(COMMON, { id: 'authorizeObserved', params: p })}): operators see an IMS error page instead of the Adobe ID login page.`,
    ko: (p, f) =>
      `실시간 확인: IMS가 인증 요청에서 이 클라이언트 ID를 ${p.probe.error ?? '?'} 오류로 거부했습니다(${f.v(p.probe.clientId)}; ${f.say(COMMON, { id: 'authorizeObserved', params: p })}). 운영자에게 Adobe ID 로그인 페이지 대신 IMS 오류 페이지가 표시됩니다.`,
  },
  liveFix: {
    en: () =>
      'Copy the client ID of the OAuth Web App credential from the Developer Console into "IMS client identifier" of the external account (no spaces), save, and restart the server; if it is already the same, ask Adobe whether the client is provisioned for this organization.',
    ko: () =>
      'Developer Console의 OAuth Web App 자격 증명에서 클라이언트 ID를 복사하여 외부 계정의 IMS client identifier(IMS 클라이언트 ID)에 공백 없이 입력하고 저장한 뒤 서버를 다시 시작하십시오. 이미 같다면 이 조직에 클라이언트가 프로비저닝되었는지 Adobe에 문의하십시오.',
  },
});

type ClientIdReport = Report<typeof messages>;

export default defineRule({
  id: 'client-id',
  section: 7,
  title: { en: 'Client ID is the same in Campaign and IMS', ko: 'Campaign과 IMS의 클라이언트 ID 일치' },
  scope: 'instance',
  needs: ['campaign', 'account', 'ims', 'imsWebApp'],
  messages,
  check({ account, ims, instance }): ClientIdReport[] {
    return [...checkConfigured(account, ims), ...asSentReports(instance, account, ims)];
  },
  liveCheck(probes): ClientIdReport[] {
    const probe = probes.authorize;
    if (!probe) return [];
    const proof: EvidenceInput[] = [{ field: 'liveAuthorize', value: { id: 'authorizeObserved', params: { probe } }, at: probe.at }];
    if (probe.outcome === 'error' && probe.error && UNKNOWN_CLIENT_ERRORS.includes(probe.error)) {
      return [{ status: 'fail', message: { id: 'liveUnknown', params: { probe } }, remediation: { id: 'liveFix' }, evidence: proof }];
    }
    // A sign-in page, the callback, or the default redirect URI: IMS found the client either way.
    if (probe.outcome === 'login-page' || probe.outcome === 'callback-redirect' || probe.outcome === 'default-redirect') {
      return [{ status: 'pass', message: { id: 'liveKnown', params: { probe } }, evidence: proof }];
    }
    return [];
  },
});

/** What a browser recording shows (har): the client_id the running server sent, against the account and against IMS. */
function asSentReports(instance: InstanceSnapshot, account: ExternalAccount, ims: ImsPlane): ClientIdReport[] {
  const sent = instance.asSent?.clientId;
  if (!sent) return [];
  const reports: ClientIdReport[] = [];
  const sentEvidence = evidence('sentClientId', sent);
  if (!sameClientId(sent.value, account.clientId.value)) {
    reports.push({
      status: 'fail',
      message: {
        id: 'sentDiffers',
        params: { instance: instance.name, sent: sent.value, configured: account.clientId.value, nearMiss: clientIdMiss(sent.value, account.clientId.value) },
      },
      remediation: { id: 'fixSentDiffers' },
      evidence: [sentEvidence, evidence('clientId', account.clientId)],
    });
  }
  if (ims.clientId && !sameClientId(sent.value, ims.clientId.value)) {
    reports.push({
      status: 'fail',
      message: {
        id: 'sentNotProvisioned',
        params: { instance: instance.name, sent: sent.value, provisioned: ims.clientId.value, nearMiss: clientIdMiss(sent.value, ims.clientId.value) },
      },
      remediation: { id: 'fixSentNotProvisioned', params: { provisioned: ims.clientId.value } },
      evidence: [sentEvidence, evidence('imsClientId', ims.clientId)],
    });
  }
  return reports;
}

function checkConfigured(account: ExternalAccount, ims: ImsPlane): ClientIdReport[] {
  const name = MAC_ACCOUNT_NAME;
  const campaignId = account.clientId;
  const campaignEvidence = evidence('clientId', campaignId);
  const conflict = ims.conflicts.find((item) => item.field === 'clientId');
  if (conflict) {
    const matches = campaignId.value === conflict.client.value ? 'client' : campaignId.value === conflict.console.value ? 'console' : 'neither';
    return [
      {
        status: 'fail',
        message: {
          id: 'conflict',
          params: {
            campaign: campaignId.value,
            matches,
            client: conflict.client.value,
            clientAt: conflict.client.at,
            console: conflict.console.value,
            consoleAt: conflict.console.at,
          },
        },
        remediation: { id: 'fixConflict', params: { name } },
        evidence: [evidence('conflictClient', conflict.client), evidence('conflictConsole', conflict.console), campaignEvidence],
      },
    ];
  }

  const imsId = ims.clientId;
  if (!imsId) {
    return [
      {
        status: 'skip',
        message: { id: 'imsUnknown', params: { campaign: campaignId.value, sources: ims.sources } },
        remediation: { id: 'fixImsUnknown' },
        evidence: [campaignEvidence],
      },
    ];
  }
  const proof = [campaignEvidence, evidence('imsClientId', imsId)];
  if (sameClientId(campaignId.value, imsId.value))
    return [{ status: 'pass', message: { id: 'pass', params: { name, value: campaignId.value } }, evidence: proof }];
  const fix = { id: 'fixMismatch', params: { name, ims: imsId.value } } as const;
  if (campaignId.value === '') return [{ status: 'fail', message: { id: 'empty', params: { name, ims: imsId.value } }, remediation: fix, evidence: proof }];
  return [
    {
      status: 'fail',
      message: {
        id: 'mismatch',
        params: { name, campaign: campaignId.value, ims: imsId.value, imsAt: imsId.at, nearMiss: clientIdMiss(campaignId.value, imsId.value) },
      },
      remediation: fix,
      evidence: proof,
    },
  ];
}
