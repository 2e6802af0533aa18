import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIONS, SYMPTOMS } from '../src/domain/symptoms.js';
import { render } from '../src/i18n/catalogue.js';
import { DX, type DxKey, type DxRef } from '../src/i18n/diagnose.js';
import { LANGS } from '../src/i18n/lang.js';

const HANGUL = /[\uac00-\ud7a3]/;
/** Any parameter renders as a marker; those that are not text get a value of their type. */
const DX_PARAMS: Record<string, unknown> = {
  kind: 'exact',
  instances: ['prod', 'stage'],
  near: ['a@acme.example'],
  count: 2,
  score: 0.9,
  files: 2,
  hits: 3,
  shown: 1,
  total: 2,
  confirmed: 1,
  possible: 0,
  unchecked: 2,
  ruledOut: 1,
  entries: 3,
  pages: 1,
  flows: 2,
  status: 500,
  line: 4,
  profiles: ['«profile1»', '«profile2»'],
  groups: ['«group»'],
  rules: ['client-id', 'scope'],
  allowed: ['prod'],
  stage: 'callback',
  servers: [{ instance: 'prod', server: '«server»' }],
};
const anyParams = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? (DX_PARAMS[key] ?? `«${key}»`) : undefined) });
/** Entries whose parameters are structured: one sample per variant. */
const SAMPLES: Partial<Record<DxKey, unknown[]>> = {
  explainNoExport: [
    { unread: { state: 'absent', reason: 'adminConsoleNotConfigured' } },
    { unread: { state: 'error', problem: { file: 'users.csv', line: 1, column: 1, problem: { id: 'notFound' } } } },
  ],
  explainCannot: [{ unread: { state: 'absent', reason: 'adminConsoleNotConfigured' } }],
  explainNotFound: [
    { who: '«who»', source: '«source»', count: 9, near: [] },
    {
      who: '«who»',
      source: '«source»',
      count: 1,
      near: [
        { email: 'a@b', line: 2, kind: 'case', distance: 0 },
        { email: 'a@c', line: 3, kind: 'other-domain', distance: 4 },
        { email: 'b@b', line: 4, kind: 'similar', distance: 1 },
      ],
    },
  ],
  stepNoMatch: [
    { profile: '«profile»', mask: '«mask»', why: { kind: 'case', prefix: '«prefix»', group: '«group»' } },
    { profile: '«profile»', mask: '«mask»', why: { kind: 'unrelated' } },
  ],
  harDefaultRedirect: [
    { redirectUri: '«redirectUri»', location: '«location»' },
    { redirectUri: null, location: '«location»' },
  ],
  harNoInstance: [{ redirectUri: null, clientId: '«clientId»', servers: [{ instance: 'prod', server: '«server»' }] }],
  harImsError: [
    { code: '«code»', description: '', url: '«url»' },
    { code: '«code»', description: '«description»', url: '«url»' },
  ],
  explainAmbiguous: [
    {
      who: '«who»',
      source: '«source»',
      matches: [
        { name: '«name1»', email: 'a@acme.example', line: 2 },
        { name: '«name2»', email: 'b@acme.example', line: 3 },
      ],
    },
  ],
  prereqStopsNoLogin: [
    { instance: 'prod', tidy: ['external-account'], warnings: [] },
    { instance: 'prod', tidy: ['external-account'], warnings: ['restart'] },
  ],
};
/** An alternating particle form, or a particle right after a value (Korean particles depend on the word before). */
const PARTICLE = /은\(는\)|을\(를\)|이\(가\)|\(으\)로|와\(과\)|\(이\)라|[»"](?:은|는|을|를|이|가|와|과|로|으로)(?![가-힣])/;

describe('explain, triage, har and logs speak English and Korean', () => {
  it('every text of the symptom-first commands', () => {
    for (const key of Object.keys(DX) as DxKey[]) {
      for (const params of SAMPLES[key] ?? [anyParams]) {
        const ref = { id: key, params } as DxRef;
        for (const lang of LANGS) {
          const rendered = render(DX, ref, lang);
          assert.ok(rendered.trim(), `DX.${key} is empty in ${lang}`);
          assert.doesNotMatch(rendered, /undefined|NaN|\[object Object\]/, `DX.${key} (${lang}): ${rendered}`);
        }
        const ko = render(DX, ref, 'ko');
        assert.match(ko, HANGUL, `DX.${key}: the Korean text has no Korean in it`);
        assert.doesNotMatch(ko, PARTICLE, `DX.${key}: a particle after a value: ${ko}`);
      }
    }
  });

  it('every symptom, cause, step and paraphrase list of the catalogue', () => {
    for (const symptom of SYMPTOMS) {
      const texts = [symptom.title, ...symptom.tellApart, ...symptom.checklist, ...symptom.causes.map((cause) => cause.why)];
      for (const text of texts) {
        for (const lang of LANGS) assert.ok(text[lang].trim(), `${symptom.id} lacks ${lang}`);
        assert.match(text.ko, HANGUL, `${symptom.id}: "${text.ko}" has no Korean in it`);
      }
      for (const lang of LANGS) assert.ok(symptom.phrases[lang].length > 0, `${symptom.id} has no ${lang} paraphrase`);
      assert.ok(
        symptom.phrases.ko.some((phrase) => HANGUL.test(phrase)),
        `${symptom.id}: no Korean paraphrase`,
      );
    }
    for (const [id, action] of Object.entries(ACTIONS)) {
      for (const text of [action.title, ...action.steps]) assert.match(text.ko, HANGUL, `${id}: "${text.ko}"`);
    }
  });
});
