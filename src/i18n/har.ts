import type { NearMiss } from '../domain/near-miss.js';
import { catalogue, type Format } from './catalogue.js';
import { COMMON } from './common.js';

/**
 * Texts of `ims-doctor har` that are no rule's: what the browser sent that no converted rule judges
 * yet (TRANSITIONAL, see har-analysis.ts: the client ID and the IMS host), and the text view's labels.
 * The rest of har's texts are in diagnose.ts; the rules' findings bring their own.
 */

const why = (kind: NearMiss | null, f: Format): string => (kind === null ? '' : f.lang === 'ko' ? ` ${f.say(COMMON, { id: 'nearMiss', params: { kind } })}.` : `: ${f.say(COMMON, { id: 'nearMiss', params: { kind } })}`);

export const HAR_TEXTS = catalogue({
  clientIdDiffers: {
    en: (p: { instance: string; sent: string; configured: string; nearMiss: NearMiss | null }, f: Format) =>
      `The browser sent client_id ${f.v(p.sent)}, but the external account of ${p.instance} has ${f.v(p.configured)}${why(p.nearMiss, f)}.`,
    ko: (p, f) => `브라우저가 보낸 client_id(${f.v(p.sent)})가 ${p.instance} 외부 계정의 값(${f.v(p.configured)})과 다릅니다.${why(p.nearMiss, f)}`,
  },
  clientIdNotProvisioned: {
    en: (p: { instance: string; sent: string; provisioned: string; nearMiss: NearMiss | null }, f: Format) =>
      `The browser sent client_id ${f.v(p.sent)}, but the client provisioned in IMS for ${p.instance} is ${f.v(p.provisioned)}${why(p.nearMiss, f)}.`,
    ko: (p, f) => `브라우저가 보낸 client_id(${f.v(p.sent)})가 IMS에 ${p.instance}용으로 프로비저닝된 클라이언트(${f.v(p.provisioned)})와 다릅니다.${why(p.nearMiss, f)}`,
  },
  imsHostDiffers: {
    en: (p: { instance: string; sent: string; configured: string }, f: Format) => `The browser went to the IMS host ${p.sent}, but the external account of ${p.instance} names ${f.v(p.configured)}.`,
    ko: (p, f) => `브라우저가 요청한 IMS 호스트(${p.sent})가 ${p.instance} 외부 계정에 지정된 IMS 서버(${f.v(p.configured)})와 다릅니다.`,
  },
  sentNeedsRestart: {
    en: (_p: Record<never, never>, f: Format) => f.say(COMMON, { id: 'sentNeedsRestart' }),
    ko: (_p, f) => f.say(COMMON, { id: 'sentNeedsRestart' }),
  },
  ruleTag: { en: (p: { rules: string[] }, f: Format) => `rule ${f.list(p.rules)}`, ko: (p, f) => `규칙: ${f.list(p.rules)}` },
});
