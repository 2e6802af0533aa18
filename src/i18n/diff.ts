import type { SecretRef } from '../model/secret.js';
import { catalogue, type Format } from './catalogue.js';

/** The texts of `ims-doctor diff` and of `check --baseline`. */

/** A side of a diff: the workspace file, or the saved snapshot file and the workspace it was taken of. */
const sideName = (name: string, snapshotOf: string | null, f: Format): string =>
  snapshotOf === null ? name : f.lang === 'ko' ? `${name}(${snapshotOf}의 스냅샷)` : `${name} (snapshot of ${snapshotOf})`;

const PLANES = {
  instance: { en: 'workspace', ko: '워크스페이스' },
  campaign: { en: 'Campaign', ko: 'Campaign' },
  serverConf: { en: 'serverConf.xml', ko: 'serverConf.xml' },
  ims: { en: 'IMS', ko: 'IMS' },
  adminConsole: { en: 'Admin Console', ko: 'Admin Console' },
} as const;

export const DIFF = catalogue({
  title: {
    en: (p: { a: string; b: string; aSnapshotOf: string | null; bSnapshotOf: string | null }, f: Format) =>
      `Differences from ${sideName(p.a, p.aSnapshotOf, f)} to ${sideName(p.b, p.bSnapshotOf, f)}`,
    ko: (p, f) => `차이: ${sideName(p.a, p.aSnapshotOf, f)} → ${sideName(p.b, p.bSnapshotOf, f)}`,
  },
  values: { en: () => 'Values that changed', ko: () => '바뀐 값' },
  noValues: { en: () => 'No value changed.', ko: () => '바뀐 값이 없습니다.' },
  none: { en: () => '(absent)', ko: () => '(없음)' },
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
  // A secret is its fingerprint and the form it was read in; nothing read has no fingerprint to show.
  secret: {
    en: (p: { fingerprint: string; form: SecretRef['form'] }) =>
      ({
        plain: `${p.fingerprint} (in clear text)`,
        'campaign-encrypted': `${p.fingerprint} (encrypted by Campaign)`,
        empty: '(empty)',
        'not-exported': '(not in this export)',
      })[p.form],
    ko: (p) =>
      ({
        plain: `${p.fingerprint} (평문)`,
        'campaign-encrypted': `${p.fingerprint} (Campaign이 암호화함)`,
        empty: '(비어 있음)',
        'not-exported': '(내보내기에 없음)',
      })[p.form],
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
  // ---- The text view at a terminal: one value per block, before and after on their own lines ----
  valueHeading: {
    en: (p: { plane: keyof typeof PLANES; instance: string | null; key: string }) =>
      `${p.instance === null ? '' : `[${p.instance}] `}${PLANES[p.plane].en} ${p.key}`,
    ko: (p) => `${p.instance === null ? '' : `[${p.instance}] `}${PLANES[p.plane].ko} ${p.key}`,
  },
  before: { en: () => 'before:', ko: () => '이전:' },
  after: { en: () => 'after:', ko: () => '이후:' },
  /** A record (an account, a scope, a URL entry, a profile) that exists on one side only. */
  added: { en: () => 'added', ko: () => '추가됨' },
  removed: { en: () => 'removed', ko: () => '없어짐' },
});
