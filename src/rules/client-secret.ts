import { MAC_ACCOUNT_NAME } from '../domain/facts.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import { COMMON } from '../i18n/common.js';
import type { FieldKey } from '../i18n/fields.js';
import type { ClientSecretProbe } from '../model/probes.js';
import type { Provenance, Sourced } from '../model/provenance.js';
import type { SecretRef } from '../model/secret.js';
import { defineRule, secretEvidence, type EvidenceInput, type Report } from './rule.js';

/*
 * Secrets never reach the snapshot, and never a finding: both sides are SecretRefs, and messages and
 * their parameters carry only a fingerprint and a form (the common `secretShown`), never a value or
 * its length. Decisions where the checklist is silent: docs/rules/client-secret.md.
 */

/** A secret as a message may show it. */
interface Shown {
  fingerprint: string;
  form: SecretRef['form'];
}

const shownOf = (secret: SecretRef): Shown => ({ fingerprint: secret.fingerprint, form: secret.form });
/** A fingerprint as a conflict carries it ('' for an empty secret). */
const shownFingerprint = (fingerprint: string): Shown => ({ fingerprint, form: fingerprint === '' ? 'empty' : 'plain' });
const say = (secret: Shown, f: Format): string => f.say(COMMON, { id: 'secretShown', params: secret });

/** Why the secret provisioned in IMS is not known. */
type ImsUnknown =
  { state: 'absent' } | { state: 'error'; where: Provenance } | { state: 'empty'; where: Provenance } | { state: 'noSecret'; sources: string[] };

function imsUnknownText(why: ImsUnknown, f: Format): string {
  if (why.state === 'empty')
    return f.lang === 'ko' ? `${f.at(why.where)}의 클라이언트 암호가 비어 있습니다` : `the client secret at ${f.at(why.where)} is empty`;
  const side = why.state === 'noSecret' ? { state: 'noField' as const, sources: why.sources } : why;
  return f.say(COMMON, { id: 'imsSideUnknown', params: { side, field: 'clientSecret' } });
}

const messages = catalogue({
  pass: {
    en: (p: { name: string; fingerprint: string }) => `The client secret of ${p.name} is the one provisioned in IMS (same fingerprint, ${p.fingerprint}).`,
    ko: (p) => `${p.name}의 클라이언트 암호가 IMS에 프로비저닝된 값과 같습니다(지문 ${p.fingerprint} 일치).`,
  },
  mismatch: {
    en: (p: { name: string; campaign: Shown; ims: Shown; imsAt: Provenance }, f: Format) =>
      `The client secret of ${p.name} (${say(p.campaign, f)}) is not the one provisioned in IMS (${say(p.ims, f)}, ${f.at(p.imsAt)}): IMS answers the token request with invalid_client.`,
    ko: (p, f) =>
      `${p.name}의 클라이언트 암호(${say(p.campaign, f)})가 IMS에 프로비저닝된 값(${say(p.ims, f)}, ${f.at(p.imsAt)})과 다릅니다. IMS가 토큰 요청에 invalid_client로 응답합니다.`,
  },
  fixMismatch: {
    en: (p: { name: string }) =>
      `Copy the client secret of the OAuth Web App credential from the Developer Console (it may have been rotated) into "IMS client secret" of the external account ${p.name}, save, and restart the server.`,
    ko: (p) =>
      `Developer Console에서 OAuth Web App 자격 증명의 클라이언트 암호를 복사하여(암호가 교체되었을 수 있음) 외부 계정 ${p.name}의 IMS client secret(IMS 클라이언트 암호)에 입력하고 저장한 뒤 서버를 다시 시작하십시오.`,
  },
  empty: {
    en: (p: { name: string; where: Provenance }, f: Format) =>
      `The client secret of ${p.name} is empty (${f.at(p.where)}): IMS answers the token request with invalid_client.`,
    ko: (p, f) => `${p.name}의 클라이언트 암호가 비어 있습니다(${f.at(p.where)}). IMS가 토큰 요청에 invalid_client로 응답합니다.`,
  },
  conflict: {
    en: (p: { client: Shown; clientAt: Provenance; console: Shown; consoleAt: Provenance }, f: Format) =>
      `The IMS client file (${f.at(p.clientAt)}) and the Developer Console export (${f.at(p.consoleAt)}) hold different client secrets (fingerprints ${say(p.client, f)} and ${say(p.console, f)}): one of them is out of date, perhaps after a rotation.`,
    ko: (p, f) =>
      `IMS 클라이언트 파일과 Developer Console 내보내기의 클라이언트 암호가 다릅니다. 클라이언트 파일(${f.at(p.clientAt)}): ${say(p.client, f)}, Developer Console 내보내기(${f.at(p.consoleAt)}): ${say(p.console, f)}. 둘 중 하나는 오래된 값이며, 암호가 교체되었을 수 있습니다.`,
  },
  fixConflict: {
    en: (p: { name: string }) =>
      `In the Developer Console, see which secret is current, update the outdated file, and make sure the external account ${p.name} holds the current one (then restart the server).`,
    ko: (p) =>
      `Developer Console에서 현재 암호를 확인하여 오래된 파일을 고치고, 외부 계정 ${p.name}에도 현재 암호가 들어 있는지 확인하십시오(변경했다면 서버를 다시 시작).`,
  },
  encrypted: {
    en: (p: { name: string; campaign: Shown; where: Provenance; ims: Shown | null }, f: Format) =>
      `The client secret of ${p.name} is stored encrypted by Campaign (${say(p.campaign, f)}, ${f.at(p.where)}); it cannot be compared with the secret provisioned in IMS (${p.ims ? say(p.ims, f) : 'not known either'}).`,
    ko: (p, f) =>
      `${p.name}의 클라이언트 암호는 Campaign이 암호화하여 저장한 값(${say(p.campaign, f)}, ${f.at(p.where)})이므로 IMS에 프로비저닝된 암호(${p.ims ? say(p.ims, f) : '역시 알 수 없음'})와 비교할 수 없습니다.`,
  },
  nextEncrypted: {
    en: (p: { name: string }) =>
      `Next step: if operators get to the Adobe ID page but the login then fails with invalid_client, re-enter the client secret of the OAuth Web App credential from the Developer Console in the external account ${p.name}, save, and restart the server. To verify without changing anything, check it live with a token request using this client ID and secret: an export cannot show it.`,
    ko: (p) =>
      `다음 단계: 운영자가 Adobe ID 페이지까지는 가지만 로그인이 invalid_client로 실패한다면, Developer Console에서 OAuth Web App 자격 증명의 클라이언트 암호를 외부 계정 ${p.name}에 다시 입력하고 저장한 뒤 서버를 다시 시작하십시오. 아무것도 바꾸지 않고 확인하려면 이 클라이언트 ID와 암호로 토큰을 요청하여 실시간으로 확인하십시오. 내보내기 파일로는 확인할 수 없습니다.`,
  },
  // ---- i9a: a package export never carries the secret ----
  notExported: {
    en: (p: { name: string; where: Provenance; ims: Shown | null }, f: Format) =>
      `The client secret of ${p.name} is not in this export (${f.at(p.where)}): Campaign leaves the passwords of external accounts out of package exports, so it is not known here and not compared${p.ims ? ` with the secret provisioned in IMS (${say(p.ims, f)})` : ''}.`,
    ko: (p, f) =>
      `${p.name}의 클라이언트 암호는 이 내보내기에 없습니다(${f.at(p.where)}). Campaign은 패키지 내보내기에서 외부 계정의 암호를 제외하므로 여기서는 값을 알 수 없어 비교하지 않았습니다${p.ims ? `(IMS에 프로비저닝된 암호: ${say(p.ims, f)})` : ''}.`,
  },
  nextNotExported: {
    en: () =>
      'Next step: run "ims-doctor check --probe", whose token request tells whether IMS accepts the client ID and the secret you hold; or read the instance live (campaign: { url: … }) to see the stored, encrypted secret.',
    ko: () =>
      '다음 단계: "ims-doctor check --probe"를 실행하면 토큰 요청으로 IMS가 이 클라이언트 ID와 보유한 암호를 받아들이는지 확인할 수 있습니다. 또는 인스턴스를 실시간으로 읽어(campaign: { url: … }) 저장된 암호화 값을 확인하십시오.',
  },
  imsUnknown: {
    en: (p: { name: string; campaign: Shown; ims: ImsUnknown }, f: Format) =>
      `The client secret of ${p.name} (${say(p.campaign, f)}) was not compared: ${imsUnknownText(p.ims, f)}.`,
    ko: (p, f) => `${p.name}의 클라이언트 암호(${say(p.campaign, f)})를 비교하지 않았습니다. ${imsUnknownText(p.ims, f)}.`,
  },
  nextImsUnknown: {
    en: () =>
      'Next step: add "clientSecret:" to the IMS client file, or give the Developer Console export (ims: { console: … }), and run again; ims-doctor keeps only a fingerprint of it, never the secret.',
    ko: () =>
      '다음 단계: IMS 클라이언트 파일에 "clientSecret:"을 추가하거나 Developer Console 내보내기 파일(ims: { console: … })을 지정한 뒤 다시 실행하십시오. ims-doctor는 암호 자체가 아니라 지문만 보관합니다.',
  },
  // ---- Live (check --probe): a token request with the secret held, and what IMS answered ----
  liveAccepted: {
    en: (p: { probe: ClientSecretProbe }, f: Format) => `Live: ${f.say(COMMON, { id: 'clientSecretObserved', params: p })}.`,
    ko: (p, f) => `실시간 확인: ${f.say(COMMON, { id: 'clientSecretObserved', params: p })}.`,
  },
  liveInvalidClient: {
    en: (p: { probe: ClientSecretProbe }, f: Format) => `Live: ${f.say(COMMON, { id: 'clientSecretObserved', params: p })}.`,
    ko: (p, f) => `실시간 확인: ${f.say(COMMON, { id: 'clientSecretObserved', params: p })}.`,
  },
  liveFix: {
    en: () =>
      'Copy the current client secret of the OAuth Web App credential from the Developer Console into the IMS client file and into "IMS client secret" of the external account, save, and restart the server.',
    ko: () =>
      'Developer Console에서 OAuth Web App 자격 증명의 현재 클라이언트 암호를 복사하여 IMS 클라이언트 파일과 외부 계정의 IMS client secret(IMS 클라이언트 암호)에 입력하고 저장한 뒤 서버를 다시 시작하십시오.',
  },
  liveNoSecret: {
    en: (p: { probe: ClientSecretProbe }, f: Format) => `Live: ${f.say(COMMON, { id: 'clientSecretObserved', params: p })}.`,
    ko: (p, f) => `실시간 확인: ${f.say(COMMON, { id: 'clientSecretObserved', params: p })}.`,
  },
  liveUnknown: {
    en: (p: { probe: ClientSecretProbe }, f: Format) => `Live: the token request gave no verdict: ${f.say(COMMON, { id: 'clientSecretObserved', params: p })}.`,
    ko: (p, f) => `실시간 확인: 토큰 요청으로 판단할 수 없습니다(${f.say(COMMON, { id: 'clientSecretObserved', params: p })}).`,
  },
});

type ClientSecretReport = Report<typeof messages>;

export default defineRule({
  id: 'client-secret',
  section: 7,
  title: { en: 'Client secret is the one provisioned in IMS', ko: '클라이언트 암호가 IMS에 프로비저닝된 값과 일치' },
  scope: 'instance',
  needs: ['campaign', 'account', 'imsWebApp'],
  messages,
  check({ account, ims, instance }): ClientSecretReport[] {
    const name = MAC_ACCOUNT_NAME;
    const secret = account.clientSecret;
    const campaignEvidence = secretEvidence('clientSecret', secret);
    const campaign = shownOf(secret.value);
    const reports: ClientSecretReport[] = [];

    // An empty secret and a conflict between the IMS files make any comparison meaningless: both are reported first.
    if (secret.value.form === 'empty') {
      reports.push({
        status: 'fail',
        message: { id: 'empty', params: { name, where: secret.at } },
        remediation: { id: 'fixMismatch', params: { name } },
        evidence: [campaignEvidence],
      });
    }
    const conflict = ims?.conflicts.find((item) => item.field === 'clientSecret');
    if (conflict) {
      const side = (field: FieldKey, value: Sourced<string>): EvidenceInput => ({
        field,
        value: { id: 'secretShown', params: shownFingerprint(value.value) },
        at: value.at,
      });
      reports.push({
        status: 'fail',
        message: {
          id: 'conflict',
          params: {
            client: shownFingerprint(conflict.client.value),
            clientAt: conflict.client.at,
            console: shownFingerprint(conflict.console.value),
            consoleAt: conflict.console.at,
          },
        },
        remediation: { id: 'fixConflict', params: { name } },
        evidence: [side('conflictClient', conflict.client), side('conflictConsole', conflict.console)],
      });
    }
    if (reports.length > 0) return reports;

    const imsSecret = ims?.clientSecret;
    const imsKnown = imsSecret !== undefined && imsSecret.value.form !== 'empty' ? imsSecret : undefined;
    if (secret.value.form === 'not-exported') {
      return [
        {
          status: 'skip',
          message: { id: 'notExported', params: { name, where: secret.at, ims: imsKnown ? shownOf(imsKnown.value) : null } },
          remediation: { id: 'nextNotExported' },
          evidence: [campaignEvidence, ...(imsKnown ? [secretEvidence('imsClientSecret', imsKnown)] : [])],
        },
      ];
    }
    if (secret.value.form === 'campaign-encrypted') {
      return [
        {
          status: 'skip',
          message: { id: 'encrypted', params: { name, campaign, where: secret.at, ims: imsKnown ? shownOf(imsKnown.value) : null } },
          remediation: { id: 'nextEncrypted', params: { name } },
          evidence: [campaignEvidence, ...(imsKnown ? [secretEvidence('imsClientSecret', imsKnown)] : [])],
        },
      ];
    }
    if (!imsKnown) {
      const plane = instance.ims;
      const why: ImsUnknown =
        plane.state === 'absent'
          ? { state: 'absent' }
          : plane.state === 'error'
            ? { state: 'error', where: { file: plane.problem.file, line: plane.problem.line, column: plane.problem.column } }
            : imsSecret
              ? { state: 'empty', where: imsSecret.at }
              : { state: 'noSecret', sources: plane.data.sources };
      return [
        {
          status: 'skip',
          message: { id: 'imsUnknown', params: { name, campaign, ims: why } },
          remediation: { id: 'nextImsUnknown' },
          evidence: [campaignEvidence],
        },
      ];
    }

    const proof = [campaignEvidence, secretEvidence('imsClientSecret', imsKnown)];
    if (secret.value.fingerprint === imsKnown.value.fingerprint) {
      return [{ status: 'pass', message: { id: 'pass', params: { name, fingerprint: secret.value.fingerprint } }, evidence: proof }];
    }
    return [
      {
        status: 'fail',
        message: { id: 'mismatch', params: { name, campaign, ims: shownOf(imsKnown.value), imsAt: imsKnown.at } },
        remediation: { id: 'fixMismatch', params: { name } },
        evidence: proof,
      },
    ];
  },
  liveCheck(probes): ClientSecretReport[] {
    const probe = probes.clientSecret;
    if (!probe) return [];
    const proof: EvidenceInput[] = [{ field: 'liveTokenRequest', value: { id: 'clientSecretObserved', params: { probe } }, at: probe.at }];
    switch (probe.outcome) {
      case 'accepted':
        return [{ status: 'pass', message: { id: 'liveAccepted', params: { probe } }, evidence: proof }];
      case 'invalid-client':
        return [{ status: 'fail', message: { id: 'liveInvalidClient', params: { probe } }, remediation: { id: 'liveFix' }, evidence: proof }];
      case 'no-secret':
        return [{ status: 'skip', message: { id: 'liveNoSecret', params: { probe } }, evidence: proof }];
      default:
        // unexpected, unreachable, or not sent (skipped): no verdict on the secret.
        return [{ status: 'warn', message: { id: 'liveUnknown', params: { probe } }, evidence: proof }];
    }
  },
});
