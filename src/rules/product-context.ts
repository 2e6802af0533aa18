import { MAC_ACCOUNT_NAME, PRODUCT_CONTEXT_DEFAULT, PRODUCT_CONTEXT_FIELD_VALUE } from '../domain/facts.js';
import { nearMiss, type NearMiss } from '../domain/near-miss.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import { COMMON, type ImsSideUnknown } from '../i18n/common.js';
import type { Provenance, Sourced } from '../model/provenance.js';
import { defineRule, evidence, type Report } from './rule.js';

/*
 * Decisions where the checklist is silent: docs/rules/product-context.md (an empty attribute is an
 * absent one, a wrong field value fails before any comparison with IMS, an unknown IMS side skips).
 */

/**
 * Where Campaign's value comes from: the field, or the default of builds that do not show it. An empty
 * field is taken for no field (PRODUCT_CONTEXT_EMPTY_MEANS_DEFAULT, [I]): the text says so.
 */
const how = (defaulted: boolean, f: Format): string =>
  f.lang === 'ko'
    ? defaulted
      ? '제품 컨텍스트(Product context) 값 없음: 필드가 비어 있거나 없으면 기본값으로 가정함[I]'
      : '제품 컨텍스트(Product context) 필드'
    : defaulted
      ? 'no "Product context" value: an empty field is assumed to act as no field, the default [I]'
      : 'the "Product context" field';

/** Why a field value is wrong: a near miss of the required value, the default value itself, or nothing to say. */
type BadValueWhy = NearMiss | 'default' | null;

const whyBad = (why: BadValueWhy, value: string, f: Format): string => {
  if (why === null) return '';
  const ko = f.lang === 'ko';
  if (why === 'default') return ko ? `. 이 필드가 없는 빌드의 기본값입니다: ${value}` : ` (${value} is the default of builds that do not show the field)`;
  const reason = f.say(COMMON, { id: 'nearMiss', params: { kind: why } });
  if (why === 'translated') return ko ? `. 점검 목록 한국어판처럼 ${reason}` : `: ${reason}, as in the Korean edition of the checklist`;
  return ko ? `. ${reason}` : `: ${reason}`;
};

/** Why the IMS side is unknown. */
type ImsSide = ImsSideUnknown;

const whyUnknown = (side: ImsSide, f: Format): string => f.say(COMMON, { id: 'imsSideUnknown', params: { side, field: 'productContext' } });

const messages = catalogue({
  pass: {
    en: (p: { value: string; defaulted: boolean }, f: Format) => `The product context is ${f.v(p.value)} in Campaign (${how(p.defaulted, f)}) and in IMS.`,
    ko: (p, f) => `제품 컨텍스트가 Campaign(${how(p.defaulted, f)})과 IMS에서 같습니다: ${f.v(p.value)}.`,
  },
  badValue: {
    en: (p: { name: string; value: string; expected: string; why: BadValueWhy }, f: Format) =>
      `The "Product context" field of ${p.name} is ${f.v(p.value)}; when the field is shown, it must be ${p.expected}${whyBad(p.why, p.value, f)}.`,
    ko: (p, f) =>
      `${p.name}의 제품 컨텍스트(Product context) 필드 값이 ${f.v(p.value)}입니다. 이 필드가 있으면 값은 ${p.expected}이어야 합니다${whyBad(p.why, p.value, f)}.`,
  },
  fixValue: {
    en: (p: { name: string; expected: string }, f: Format) =>
      `Set "Product context" in the external account ${p.name} to exactly ${f.code(p.expected)}, save, and restart the server.`,
    ko: (p, f) => `외부 계정 ${p.name}의 제품 컨텍스트(Product context)에 다음 값을 정확히 입력하고 저장한 뒤 서버를 다시 시작하십시오: ${f.code(p.expected)}`,
  },
  mismatch: {
    en: (p: { campaign: string; defaulted: boolean; ims: string; imsAt: Provenance }, f: Format) =>
      `The product context is ${f.v(p.campaign)} in Campaign (${how(p.defaulted, f)}) but ${f.v(p.ims)} in IMS (${f.at(p.imsAt)}). Campaign then finds no Campaign product profile for the user.`,
    ko: (p, f) =>
      `제품 컨텍스트가 Campaign에서는 ${f.v(p.campaign)}(${how(p.defaulted, f)})이지만 IMS에서는 ${f.v(p.ims)}(${f.at(p.imsAt)})입니다. 이 경우 Campaign이 사용자의 Campaign 제품 프로필을 찾지 못합니다.`,
  },
  fixMismatchDefault: {
    en: (p: { name: string; campaign: string; expected: string }, f: Format) =>
      `This account has no "Product context" field, so Campaign uses the default ${f.v(p.campaign)}. If your build shows the field in the external account ${p.name}, set it to ${f.code(p.expected)} and restart the server; otherwise ask Adobe to provision the IMS client with ${f.code(p.campaign)}.`,
    ko: (p, f) =>
      `이 계정에는 제품 컨텍스트(Product context) 필드가 없으므로 Campaign은 기본값을 사용합니다: ${f.v(p.campaign)}. 사용 중인 빌드의 외부 계정 ${p.name}에 이 필드가 보이면 ${f.code(p.expected)} 값을 입력하고 서버를 다시 시작하십시오. 필드가 없으면 IMS 클라이언트를 ${f.code(p.campaign)} 값으로 프로비저닝해 달라고 Adobe에 요청하십시오.`,
  },
  fixMismatch: {
    en: (p: { campaign: string; ims: string }, f: Format) =>
      `Campaign is right (${f.v(p.campaign)}): check the IMS provisioning. If IMS really says ${f.v(p.ims)}, ask Adobe to provision the IMS client with ${f.code(p.campaign)}; if the IMS client file is out of date, correct it.`,
    ko: (p, f) =>
      `Campaign 값(${f.v(p.campaign)})이 올바릅니다. IMS 프로비저닝을 확인하십시오. IMS가 실제로 ${f.v(p.ims)} 값이라면 IMS 클라이언트를 ${f.code(p.campaign)} 값으로 프로비저닝해 달라고 Adobe에 요청하고, IMS 클라이언트 파일이 오래된 것이라면 파일을 고치십시오.`,
  },
  imsUnknown: {
    en: (p: { value: string; defaulted: boolean; imsSide: ImsSide }, f: Format) =>
      `Campaign's product context is ${f.v(p.value)} (${how(p.defaulted, f)}), but the IMS side is unknown: ${whyUnknown(p.imsSide, f)}.`,
    ko: (p, f) => `Campaign의 제품 컨텍스트는 ${f.v(p.value)}(${how(p.defaulted, f)})이지만 IMS 쪽 값을 알 수 없습니다. ${whyUnknown(p.imsSide, f)}.`,
  },
  fixImsUnknown: {
    en: (p: { value: string }, f: Format) =>
      `Add "productContext: <value>" to the IMS client file (the provisioning details Adobe sent; a Developer Console export does not carry it), expected ${f.code(p.value)} here, and run again.`,
    ko: (p, f) =>
      `IMS 클라이언트 파일(Adobe가 보낸 프로비저닝 정보. Developer Console 내보내기에는 없음)에 "productContext: <값>"을 추가하고(여기서는 ${f.code(p.value)} 값이어야 함) 다시 실행하십시오.`,
  },
});

type ProductContextReport = Report<typeof messages>;

export default defineRule({
  id: 'product-context',
  section: 2,
  title: { en: 'Product context is the same in Campaign and IMS', ko: 'Campaign과 IMS의 제품 컨텍스트 일치' },
  scope: 'instance',
  needs: ['campaign', 'account'],
  messages,
  check({ account, ims, instance }): ProductContextReport[] {
    const name = MAC_ACCOUNT_NAME;
    const expected = PRODUCT_CONTEXT_FIELD_VALUE;
    const written = account.productContext;
    // An empty attribute is an absent one: exports leave attributes at their empty default out.
    const field = written && written.value !== '' ? written : undefined;
    const effective: Sourced<string> = field ?? {
      value: PRODUCT_CONTEXT_DEFAULT,
      at: { ...(written?.at ?? account.at), path: `${account.at.path ?? 'extAccount'}/@productContext`, defaulted: true },
    };
    const defaulted = !field;
    const campaignEvidence = evidence('productContext', effective);

    if (field && field.value !== expected) {
      const why: BadValueWhy = field.value === PRODUCT_CONTEXT_DEFAULT ? 'default' : (nearMiss(field.value, expected) ?? null);
      return [
        {
          status: 'fail',
          message: { id: 'badValue', params: { name, value: field.value, expected, why } },
          remediation: { id: 'fixValue', params: { name, expected } },
          evidence: [campaignEvidence],
        },
      ];
    }

    const imsValue = ims?.productContext;
    if (!imsValue) {
      const plane = instance.ims;
      const imsSide: ImsSide =
        plane.state === 'absent'
          ? { state: 'absent' }
          : plane.state === 'error'
            ? { state: 'error', where: { file: plane.problem.file, line: plane.problem.line, column: plane.problem.column } }
            : { state: 'noField', sources: plane.data.sources };
      return [
        {
          status: 'skip',
          message: { id: 'imsUnknown', params: { value: effective.value, defaulted, imsSide } },
          remediation: { id: 'fixImsUnknown', params: { value: effective.value } },
          evidence: [campaignEvidence],
        },
      ];
    }

    const proof = [campaignEvidence, evidence('imsProductContext', imsValue)];
    if (imsValue.value === effective.value)
      return [{ status: 'pass', message: { id: 'pass', params: { value: effective.value, defaulted } }, evidence: proof }];
    return [
      {
        status: 'fail',
        message: { id: 'mismatch', params: { campaign: effective.value, defaulted, ims: imsValue.value, imsAt: imsValue.at } },
        remediation: field
          ? { id: 'fixMismatch', params: { campaign: effective.value, ims: imsValue.value } }
          : { id: 'fixMismatchDefault', params: { name, campaign: effective.value, expected } },
        evidence: proof,
      },
    ];
  },
});
