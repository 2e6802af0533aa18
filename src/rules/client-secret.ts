import { formatProvenance } from '../model/provenance.js';
import { CHECKLIST_URL, MAC_ACCOUNT_NAME } from '../domain/facts.js';
import { adaptLegacyRule, legacyDetail, defineRule, describeSecret, secretEvidence, t, type EvidenceInput, type Report } from './legacy.js';
import { withLiveCheck } from './live.js';

/** A fingerprint as a conflict carries it ('' for an empty secret), shown as describeSecret() would. */
const shownFingerprint = (fingerprint: string): string => fingerprint || '(empty)';

/*
 * Secrets never reach the snapshot: both sides are SecretRefs (fingerprint and form), and messages
 * quote only describeSecret() / fingerprints, never a value or its length.
 * Decisions where the checklist is silent:
 * - An empty Campaign secret fails whatever IMS says; a conflict between the IMS client file and the
 *   Developer Console export fails too (one of them is outdated, perhaps after a rotation). Both are
 *   reported before any comparison, which they make meaningless.
 * - Campaign's encrypted form cannot be compared with the clear secret: skip, with the next step
 *   (re-enter the secret from the Developer Console, or verify live with a token request).
 * - IMS side unknown (no IMS client, unreadable, no or empty clientSecret in it): skip, saying what to add.
 */
const offline = defineRule({
  id: 'client-secret',
  section: 7,
  docUrl: CHECKLIST_URL,
  title: { en: 'Client secret is the one provisioned in IMS', ko: '클라이언트 암호가 IMS에 프로비저닝된 값과 일치' },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages: {
    pass: {
      en: (p) => `The client secret of ${p.name} is the one provisioned in IMS (same fingerprint, ${p.fingerprint}).`,
      ko: (p) => `${p.name}의 클라이언트 암호가 IMS에 프로비저닝된 값과 같습니다(지문 ${p.fingerprint} 일치).`,
    },
    mismatch: {
      en: (p) => `The client secret of ${p.name} (${p.campaign}) is not the one provisioned in IMS (${p.ims}, ${p.imsWhere}): IMS answers the token request with invalid_client.`,
      ko: (p) => `${p.name}의 클라이언트 암호(${p.campaign})가 IMS에 프로비저닝된 값(${p.ims}, ${p.imsWhere})과 다릅니다. IMS가 토큰 요청에 invalid_client로 응답합니다.`,
    },
    fixMismatch: {
      en: (p) => `Copy the client secret of the OAuth Web App credential from the Developer Console (it may have been rotated) into "IMS client secret" of the external account ${p.name}, save, and restart the server.`,
      ko: (p) => `Developer Console에서 OAuth 웹 앱 자격 증명의 클라이언트 암호를 복사하여(암호가 교체되었을 수 있음) 외부 계정 ${p.name}의 "IMS 클라이언트 암호"에 입력하고 저장한 뒤 서버를 다시 시작하십시오.`,
    },
    empty: {
      en: (p) => `The client secret of ${p.name} is empty (${p.where}): IMS answers the token request with invalid_client.`,
      ko: (p) => `${p.name}의 클라이언트 암호가 비어 있습니다(${p.where}). IMS가 토큰 요청에 invalid_client로 응답합니다.`,
    },
    conflict: {
      en: (p) => `The IMS client file (${p.clientWhere}) and the Developer Console export (${p.consoleWhere}) hold different client secrets (fingerprints ${p.client} and ${p.console}): one of them is out of date, perhaps after a rotation.`,
      ko: (p) => `IMS 클라이언트 파일(${p.clientWhere})과 Developer Console 내보내기(${p.consoleWhere})의 클라이언트 암호가 다릅니다(지문 ${p.client}, ${p.console}). 둘 중 하나는 오래된 값이며, 암호가 교체되었을 수 있습니다.`,
    },
    fixConflict: {
      en: (p) => `In the Developer Console, see which secret is current, update the outdated file, and make sure the external account ${p.name} holds the current one (then restart the server).`,
      ko: (p) => `Developer Console에서 현재 암호를 확인하여 오래된 파일을 고치고, 외부 계정 ${p.name}에도 현재 암호가 들어 있는지 확인하십시오(변경했다면 서버를 다시 시작).`,
    },
    encrypted: {
      en: (p) => `The client secret of ${p.name} is stored encrypted by Campaign (${p.campaign}, ${p.where}); it cannot be compared with the secret provisioned in IMS (${p.ims}).`,
      ko: (p) => `${p.name}의 클라이언트 암호는 Campaign이 암호화하여 저장한 값(${p.campaign}, ${p.where})이므로 IMS에 프로비저닝된 암호(${p.ims})와 비교할 수 없습니다.`,
    },
    imsSideUnknown: { en: () => 'not known either', ko: () => '역시 알 수 없음' },
    nextEncrypted: {
      en: (p) => `Next step: if operators get to the Adobe ID page but the login then fails with invalid_client, re-enter the client secret of the OAuth Web App credential from the Developer Console in the external account ${p.name}, save, and restart the server. To verify without changing anything, check it live with a token request using this client ID and secret: an export cannot show it.`,
      ko: (p) => `다음 단계: 운영자가 Adobe ID 페이지까지는 가지만 로그인이 invalid_client로 실패한다면, Developer Console에서 OAuth 웹 앱 자격 증명의 클라이언트 암호를 외부 계정 ${p.name}에 다시 입력하고 저장한 뒤 서버를 다시 시작하십시오. 아무것도 바꾸지 않고 확인하려면 이 클라이언트 ID와 암호로 토큰을 요청하여 실시간으로 확인하십시오. 내보내기 파일로는 확인할 수 없습니다.`,
    },
    imsUnknown: {
      en: (p) => `The client secret of ${p.name} (${p.campaign}) was not compared: ${p.why}.`,
      ko: (p) => `${p.name}의 클라이언트 암호(${p.campaign})를 비교하지 않았습니다. ${p.why}.`,
    },
    imsAbsent: { en: () => 'the workspace names no IMS client for this instance', ko: () => '워크스페이스에 이 인스턴스의 IMS 클라이언트가 지정되지 않았습니다' },
    imsError: { en: (p) => `${p.where} could not be read`, ko: (p) => `${p.where} 파일을 읽을 수 없습니다` },
    imsNoSecret: { en: (p) => `${p.sources} gives no client secret`, ko: (p) => `${p.sources}에 클라이언트 암호가 없습니다` },
    imsEmpty: { en: (p) => `the client secret at ${p.where} is empty`, ko: (p) => `${p.where}의 클라이언트 암호가 비어 있습니다` },
    nextImsUnknown: {
      en: () => 'Next step: add "clientSecret:" to the IMS client file, or give the Developer Console export (ims: { console: … }), and run again; ims-doctor keeps only a fingerprint of it, never the secret.',
      ko: () => '다음 단계: IMS 클라이언트 파일에 "clientSecret:"을 추가하거나 Developer Console 내보내기 파일(ims: { console: … })을 지정한 뒤 다시 실행하십시오. ims-doctor는 암호 자체가 아니라 지문만 보관합니다.',
    },
  },
  check({ account, ims, instance }): Report<string>[] {
    const name = MAC_ACCOUNT_NAME;
    const secret = account!.clientSecret;
    const campaignEvidence = secretEvidence('clientSecret', secret);
    const reports: Report<string>[] = [];

    if (secret.value.form === 'empty') {
      reports.push({ status: 'fail', message: 'empty', remediation: 'fixMismatch', params: { name, where: formatProvenance(secret.at) }, evidence: [campaignEvidence] });
    }
    const conflict = ims?.conflicts.find((item) => item.field === 'clientSecret');
    if (conflict) {
      const shown = (side: typeof conflict.client, field: 'conflictClient' | 'conflictConsole'): EvidenceInput => ({ field, value: shownFingerprint(side.value), at: side.at });
      reports.push({
        status: 'fail',
        message: 'conflict',
        remediation: 'fixConflict',
        params: {
          name, client: shownFingerprint(conflict.client.value), clientWhere: formatProvenance(conflict.client.at),
          console: shownFingerprint(conflict.console.value), consoleWhere: formatProvenance(conflict.console.at),
        },
        evidence: [shown(conflict.client, 'conflictClient'), shown(conflict.console, 'conflictConsole')],
      });
    }
    if (reports.length > 0) return reports;

    const imsSecret = ims?.clientSecret;
    const imsKnown = imsSecret !== undefined && imsSecret.value.form !== 'empty';
    if (secret.value.form === 'campaign-encrypted') {
      return [{
        status: 'skip',
        message: 'encrypted',
        remediation: 'nextEncrypted',
        params: { name, campaign: describeSecret(secret.value), where: formatProvenance(secret.at), ims: imsKnown ? describeSecret(imsSecret.value) : t('imsSideUnknown') },
        evidence: [campaignEvidence, ...(imsKnown ? [secretEvidence('imsClientSecret', imsSecret)] : [])],
      }];
    }
    if (!imsKnown) {
      const plane = instance.ims;
      const why =
        plane.state === 'absent' ? t('imsAbsent')
          : plane.state === 'error' ? t('imsError', { where: formatProvenance(plane.problem) })
            : imsSecret ? t('imsEmpty', { where: formatProvenance(imsSecret.at) })
              : t('imsNoSecret', { sources: plane.data.sources.join(', ') });
      return [{ status: 'skip', message: 'imsUnknown', remediation: 'nextImsUnknown', params: { name, campaign: describeSecret(secret.value), why }, evidence: [campaignEvidence] }];
    }

    const proof = [campaignEvidence, secretEvidence('imsClientSecret', imsSecret)];
    if (secret.value.fingerprint === imsSecret.value.fingerprint) {
      return [{ status: 'pass', message: 'pass', params: { name, fingerprint: secret.value.fingerprint }, evidence: proof }];
    }
    return [{
      status: 'fail',
      message: 'mismatch',
      remediation: 'fixMismatch',
      params: { name, campaign: describeSecret(secret.value), ims: describeSecret(imsSecret.value), imsWhere: formatProvenance(imsSecret.at) },
      evidence: proof,
    }];
  },
});

// ---- Live (check --probe): a token request with the secret held, and what IMS answered. ----
const legacyRule = withLiveCheck(offline, {
  messages: {
    liveAccepted: {
      en: (p) => `Live: ${p.detail}.`,
      ko: (p) => `실시간 확인: IMS가 클라이언트 ID와 암호를 받아들였습니다(${p.detail}).`,
    },
    liveInvalidClient: {
      en: (p) => `Live: ${p.detail}.`,
      ko: (p) => `실시간 확인: IMS가 invalid_client로 응답했습니다. 암호(또는 클라이언트 ID)가 틀렸습니다(${p.detail}).`,
    },
    liveFix: {
      en: () => 'Copy the current client secret of the OAuth Web App credential from the Developer Console into the IMS client file and into "IMS client secret" of the external account, save, and restart the server.',
      ko: () => 'Developer Console에서 OAuth 웹 앱 자격 증명의 현재 클라이언트 암호를 복사하여 IMS 클라이언트 파일과 외부 계정의 "IMS 클라이언트 암호"에 입력하고 저장한 뒤 서버를 다시 시작하십시오.',
    },
    liveNoSecret: { en: (p) => `Live: not tried: ${p.detail}.`, ko: (p) => `실시간 확인 안 함: 보유한 평문 클라이언트 암호가 없습니다(${p.detail}).` },
    liveUnknown: { en: (p) => `Live: the token request gave no verdict: ${p.detail}.`, ko: (p) => `실시간 확인: 토큰 요청으로 판단할 수 없습니다(${p.detail}).` },
  },
  check(probes) {
    const probe = probes.clientSecret;
    if (!probe) return [];
    const proof = [{ field: 'liveTokenRequest' as const, value: legacyDetail(probe), at: probe.at }];
    const params = { detail: legacyDetail(probe) };
    switch (probe.outcome) {
      case 'accepted': return [{ status: 'pass', message: 'liveAccepted', params, evidence: proof }];
      case 'invalid-client': return [{ status: 'fail', message: 'liveInvalidClient', remediation: 'liveFix', params, evidence: proof }];
      case 'no-secret': return [{ status: 'skip', message: 'liveNoSecret', params, evidence: proof }];
      default: return [{ status: 'warn', message: 'liveUnknown', params, evidence: proof }];
    }
  },
});

export default adaptLegacyRule(legacyRule);
