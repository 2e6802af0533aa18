import { catalogue, type Format } from './catalogue.js';

/** The texts of `ims-doctor diff` and of `check --baseline`. */

const none = (f: Format): string => (f.lang === 'ko' ? '(없음)' : '(absent)');
const side = (value: string | null, at: string | null, f: Format): string => (value === null ? none(f) : at ? `${value} (${at})` : value);

export const DIFF = catalogue({
  title: {
    en: (p: { a: string; b: string }) => `Differences from ${p.a} to ${p.b}`,
    ko: (p) => `차이: ${p.a} → ${p.b}`,
  },
  values: { en: () => 'Values that changed', ko: () => '바뀐 값' },
  noValues: { en: () => 'No value changed.', ko: () => '바뀐 값이 없습니다.' },
  value: {
    en: (
      p: { plane: string; instance: string | null; key: string; before: string | null; beforeAt: string | null; after: string | null; afterAt: string | null },
      f: Format,
    ) => `${p.plane}${p.instance === null ? '' : ` ${p.instance}`} ${p.key}: ${side(p.before, p.beforeAt, f)} → ${side(p.after, p.afterAt, f)}`,
    ko: (p, f) => `${p.plane}${p.instance === null ? '' : ` ${p.instance}`} ${p.key}: ${side(p.before, p.beforeAt, f)} → ${side(p.after, p.afterAt, f)}`,
  },
  appeared: { en: () => 'Findings that appeared', ko: () => '새로 나타난 검사 결과' },
  resolved: { en: () => 'Findings resolved', ko: () => '해결된 검사 결과' },
  noFindings: { en: () => 'none', ko: () => '없음' },
  access: { en: () => 'Access gained or lost', ko: () => '생기거나 없어진 접근 권한' },
  noAccess: { en: () => 'Nobody gained or lost an operator group.', ko: () => '운영자 그룹이 생기거나 없어진 사람은 없습니다.' },
  accessItem: {
    en: (p: { person: string; instance: string; gained: string[]; lost: string[] }, f: Format) =>
      `${p.person} on ${p.instance}: ${[p.gained.length > 0 ? `gained ${f.list(p.gained.map((group) => f.v(group)))}` : '', p.lost.length > 0 ? `lost ${f.list(p.lost.map((group) => f.v(group)))}` : ''].filter(Boolean).join('; ')}`,
    ko: (p, f) =>
      `${p.person}(인스턴스 ${p.instance}): ${[p.gained.length > 0 ? `생김 ${f.list(p.gained.map((group) => f.v(group)))}` : '', p.lost.length > 0 ? `없어짐 ${f.list(p.lost.map((group) => f.v(group)))}` : ''].filter(Boolean).join('; ')}`,
  },
  secret: {
    en: (p: { fingerprint: string; form: string }) => `${p.fingerprint} (${p.form === 'campaign-encrypted' ? 'encrypted by Campaign' : p.form})`,
    ko: (p) => `${p.fingerprint} (${p.form === 'campaign-encrypted' ? 'Campaign이 암호화함' : p.form === 'plain' ? '평문' : '비어 있음'})`,
  },
  planeState: {
    en: (p: { state: 'absent' | 'error' }) => (p.state === 'absent' ? 'not configured' : 'unreadable'),
    ko: (p) => (p.state === 'absent' ? '지정되지 않음' : '읽을 수 없음'),
  },
  baselineNew: {
    en: (p: { count: number; known: number }, f: Format) =>
      `${f.n(p.count)} new ${f.plural(p.count, { one: 'finding', other: 'findings' })} since the baseline; ${f.n(p.known)} already in it.`,
    ko: (p, f) => `기준 결과 이후 새 검사 결과 ${f.n(p.count)}건, 기준 결과에 이미 있던 결과 ${f.n(p.known)}건.`,
  },
});
