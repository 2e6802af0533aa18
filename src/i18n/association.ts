import type { MissReason } from '../domain/association-mask.js';
import { NO_MATCHING_RIGHT_MESSAGE } from '../domain/facts.js';
import { catalogue, type Format } from './catalogue.js';

/**
 * Fragments of the association family (rules association-mask and association-users, and the
 * `explain` command), so that `check` and `explain` give a profile near miss the same reason.
 */
export const ASSOCIATION = catalogue({
  /** Why a profile name does not match the mask (domain/association-mask.ts explainProfile). */
  why: {
    en: (p: { why: MissReason }, f: Format): string => {
      const why = p.why;
      switch (why.kind) {
        case 'case':
          return `only upper/lower case differs (its prefix is ${f.v(why.prefix)}) and Campaign compares case-sensitively`;
        case 'spaces':
          return `${why.alsoCase ? 'spaces and upper/lower case differ' : 'only spaces differ'} (its prefix is ${f.v(why.prefix)})`;
        case 'typo':
          return `its prefix ${f.v(why.prefix)} is ${f.plural(why.distance, { one: `${f.n(why.distance)} edit`, other: `${f.n(why.distance)} edits` })} away from the mask (a typo?)`;
        case 'other-instance':
          return `it matches the mask ${f.v(why.mask)} of instance ${why.instance}`;
        case 'other-prefix':
          return `its prefix ${f.v(why.prefix)} belongs to another instance or tenant`;
        case 'unrelated':
          return 'unrelated name';
      }
    },
    ko: (p, f): string => {
      const why = p.why;
      switch (why.kind) {
        case 'case':
          return `대소문자만 다름(접두사 ${f.v(why.prefix)}, Campaign은 대소문자를 구분하여 비교함)`;
        case 'spaces':
          return `${why.alsoCase ? '공백과 대소문자가 다름' : '공백만 다름'}(접두사 ${f.v(why.prefix)})`;
        case 'typo':
          return `접두사(${f.v(why.prefix)})가 마스크와 ${f.n(why.distance)}글자 다름(오타로 보임)`;
        case 'other-instance':
          return `인스턴스 ${why.instance}의 마스크(${f.v(why.mask)})와 일치함`;
        case 'other-prefix':
          return `접두사(${f.v(why.prefix)})가 다른 인스턴스나 테넌트의 것임`;
        case 'unrelated':
          return '관련 없는 이름';
      }
    },
  },

  /** What Campaign shows an operator who gets no operator group: its English text (there is no Korean UI), glossed in Korean reports. */
  noRight: {
    en: () => `"${NO_MATCHING_RIGHT_MESSAGE.en}"`,
    ko: () => `"${NO_MATCHING_RIGHT_MESSAGE.en}"(번역: "${NO_MATCHING_RIGHT_MESSAGE.ko}")`,
  },
});
