import type { Sourced } from '../model/provenance.js';
import { formatProvenance } from '../model/provenance.js';
import { CHECKLIST_URL, MAC_ACCOUNT_NAME, PRODUCT_CONTEXT_DEFAULT, PRODUCT_CONTEXT_FIELD_VALUE } from '../domain/facts.js';
import { nearMiss, type NearMiss } from '../domain/near-miss.js';
import { adaptLegacyRule, defineRule, evidence, quote, t, type ParamValue, type Report } from './legacy.js';

/*
 * Decisions where the checklist is silent:
 * - An attribute present but empty counts as absent: exports leave attributes at their empty default
 *   out, so both mean "the field is not set" and the default, dma_campaign, applies.
 * - A field set to anything but dma_campaign_classic fails, dma_campaign included: the checklist
 *   says a build that shows the field needs dma_campaign_classic. Until it is corrected the
 *   comparison with IMS is not made (it would compare a value about to change).
 * - IMS side unknown (no IMS client, unreadable, or no productContext in it: a Developer Console
 *   export does not carry it) → skip, quoting Campaign's effective value and saying what to add.
 */
const legacyRule = defineRule({
  id: 'product-context',
  section: 2,
  docUrl: CHECKLIST_URL,
  title: { en: 'Product context is the same in Campaign and IMS', ko: 'Campaign과 IMS의 제품 컨텍스트 일치' },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages: {
    pass: {
      en: (p) => `The product context is ${p.value} in Campaign (${p.how}) and in IMS.`,
      ko: (p) => `제품 컨텍스트가 Campaign(${p.how})과 IMS 모두 ${p.value}입니다.`,
    },
    fromField: { en: () => 'the "Product context" field', ko: () => '"제품 컨텍스트" 필드' },
    fromDefault: { en: () => 'no "Product context" field: the default', ko: () => '"제품 컨텍스트" 필드 없음: 기본값' },
    badValue: {
      en: (p) => `The "Product context" field of ${p.name} is ${p.value}; when the field is shown, it must be ${p.expected}${p.why}.`,
      ko: (p) => `${p.name}의 "제품 컨텍스트" 필드 값이 ${p.value}입니다. 이 필드가 있으면 값은 ${p.expected}이어야 합니다${p.why}.`,
    },
    whyEdgeSpaces: { en: () => ' (spaces before or after the value)', ko: () => '(값 앞뒤에 공백이 있음)' },
    whySpaces: { en: () => ' (spaces inside the value)', ko: () => '(값 안에 공백이 있음)' },
    whyCase: { en: () => ' (it differs only in upper/lower case)', ko: () => '(대소문자만 다름)' },
    whySpacesAndCase: { en: () => ' (spaces and upper/lower case differ)', ko: () => '(공백과 대소문자가 다름)' },
    whyTranslated: { en: () => ' (the value was translated, as in the Korean edition of the checklist)', ko: () => '(점검 목록 한국어판처럼 값이 번역됨)' },
    whyTypo: { en: () => ' (a spelling mistake)', ko: () => '(철자 오류)' },
    whyDefaultValue: {
      en: (p) => ` (${p.value} is the default of builds that do not show the field)`,
      ko: (p) => `(${p.value}은(는) 이 필드가 없는 빌드의 기본값임)`,
    },
    fixValue: {
      en: (p) => `Set "Product context" in the external account ${p.name} to exactly ${p.expected}, save, and restart the server.`,
      ko: (p) => `외부 계정 ${p.name}의 "제품 컨텍스트"를 정확히 ${p.expected}(으)로 설정하고 저장한 뒤 서버를 다시 시작하십시오.`,
    },
    mismatch: {
      en: (p) => `The product context is ${p.campaign} in Campaign (${p.how}) but ${p.ims} in IMS (${p.imsWhere}). Campaign then finds no Campaign product profile for the user.`,
      ko: (p) => `제품 컨텍스트가 Campaign에서는 ${p.campaign}(${p.how})이지만 IMS에서는 ${p.ims}(${p.imsWhere})입니다. 이 경우 Campaign이 사용자의 Campaign 제품 프로필을 찾지 못합니다.`,
    },
    fixMismatchDefault: {
      en: (p) => `This account has no "Product context" field, so Campaign uses the default ${p.campaign}. If your build shows the field in the external account ${p.name}, set it to ${p.expected} and restart the server; otherwise ask Adobe to provision the IMS client with ${p.campaign}.`,
      ko: (p) => `이 계정에는 "제품 컨텍스트" 필드가 없으므로 Campaign은 기본값 ${p.campaign}을(를) 사용합니다. 사용 중인 빌드의 외부 계정 ${p.name}에 이 필드가 보이면 ${p.expected}(으)로 설정하고 서버를 다시 시작하십시오. 필드가 없으면 Adobe에 IMS 클라이언트를 ${p.campaign}(으)로 프로비저닝해 달라고 요청하십시오.`,
    },
    fixMismatch: {
      en: (p) => `Campaign is right (${p.campaign}): check the IMS provisioning. If IMS really says ${p.ims}, ask Adobe to provision the IMS client with ${p.campaign}; if the IMS client file is out of date, correct it.`,
      ko: (p) => `Campaign 값(${p.campaign})이 올바릅니다. IMS 프로비저닝을 확인하십시오. IMS가 실제로 ${p.ims}(이)라면 Adobe에 IMS 클라이언트를 ${p.campaign}(으)로 프로비저닝해 달라고 요청하고, IMS 클라이언트 파일이 오래된 것이라면 파일을 고치십시오.`,
    },
    imsUnknown: {
      en: (p) => `Campaign's product context is ${p.value} (${p.how}), but the IMS side is unknown: ${p.why}.`,
      ko: (p) => `Campaign의 제품 컨텍스트는 ${p.value}(${p.how})이지만 IMS 쪽 값을 알 수 없습니다. ${p.why}.`,
    },
    imsAbsent: { en: () => 'the workspace names no IMS client for this instance', ko: () => '워크스페이스에 이 인스턴스의 IMS 클라이언트가 지정되지 않았습니다' },
    imsError: { en: (p) => `${p.where} could not be read`, ko: (p) => `${p.where} 파일을 읽을 수 없습니다` },
    imsNoField: { en: (p) => `${p.sources} gives no productContext`, ko: (p) => `${p.sources}에 productContext가 없습니다` },
    fixImsUnknown: {
      en: (p) => `Add "productContext: <value>" to the IMS client file (the provisioning details Adobe sent; a Developer Console export does not carry it), expected ${p.value} here, and run again.`,
      ko: (p) => `IMS 클라이언트 파일(Adobe가 보낸 프로비저닝 정보. Developer Console 내보내기에는 없음)에 "productContext: <값>"을 추가하고(여기서는 ${p.value}이어야 함) 다시 실행하십시오.`,
    },
  },
  check({ account, ims, instance }): Report<string>[] {
    const name = MAC_ACCOUNT_NAME;
    const expected = PRODUCT_CONTEXT_FIELD_VALUE;
    const written = account!.productContext;
    const field = written && written.value !== '' ? written : undefined;
    const effective: Sourced<string> = field ?? {
      value: PRODUCT_CONTEXT_DEFAULT,
      at: { ...(written?.at ?? account!.at), path: `${account!.at.path ?? 'extAccount'}/@productContext`, defaulted: true },
    };
    const how = t(field ? 'fromField' : 'fromDefault');
    const campaignEvidence = evidence('productContext', effective);

    if (field && field.value !== expected) {
      const kind = nearMiss(field.value, expected);
      const whyKeys: Record<NearMiss, string> = {
        edgeSpaces: 'whyEdgeSpaces', spaces: 'whySpaces', case: 'whyCase', spacesAndCase: 'whySpacesAndCase', translated: 'whyTranslated', typo: 'whyTypo',
      };
      const why: ParamValue = field.value === PRODUCT_CONTEXT_DEFAULT ? t('whyDefaultValue', { value: PRODUCT_CONTEXT_DEFAULT }) : kind ? t(whyKeys[kind]) : '';
      return [{ status: 'fail', message: 'badValue', remediation: 'fixValue', params: { name, value: quote(field.value), expected, why }, evidence: [campaignEvidence] }];
    }

    const imsValue = ims?.productContext;
    if (!imsValue) {
      const plane = instance.ims;
      const why =
        plane.state === 'absent' ? t('imsAbsent')
          : plane.state === 'error' ? t('imsError', { where: formatProvenance(plane.problem) })
            : t('imsNoField', { sources: plane.data.sources.join(', ') });
      return [{ status: 'skip', message: 'imsUnknown', remediation: 'fixImsUnknown', params: { value: quote(effective.value), how, why }, evidence: [campaignEvidence] }];
    }

    const proof = [campaignEvidence, evidence('imsProductContext', imsValue)];
    if (imsValue.value === effective.value) {
      return [{ status: 'pass', message: 'pass', params: { value: quote(effective.value), how }, evidence: proof }];
    }
    return [{
      status: 'fail',
      message: 'mismatch',
      remediation: field ? 'fixMismatch' : 'fixMismatchDefault',
      params: { name, campaign: quote(effective.value), ims: quote(imsValue.value), imsWhere: formatProvenance(imsValue.at), how, expected },
      evidence: proof,
    }];
  },
});

export default adaptLegacyRule(legacyRule);
