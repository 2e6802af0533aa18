import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIONS, SYMPTOMS } from '../src/domain/symptoms.js';
import { render } from '../src/i18n/catalogue.js';
import { DX, type DxRef } from '../src/i18n/diagnose.js';
import { LANGS } from '../src/i18n/lang.js';

const HANGUL = /[\uac00-\ud7a3]/;
/** Any parameter renders as a marker; those that are not text get a value of their type. */
const DX_PARAMS: Record<string, unknown> = { kind: 'exact', instances: ['prod', 'stage'], near: ['a@acme.example'], count: 2, score: 0.9, files: 2, hits: 3, shown: 1, total: 2, confirmed: 1, possible: 0, unchecked: 2, ruledOut: 1, /* i9b */ groups: ['Campaign Marketers'] };
const anyParams = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? (DX_PARAMS[key] ?? `«${key}»`) : undefined) });

describe('explain, triage, har and logs speak English and Korean', () => {
  it('every text of the symptom-first commands', () => {
    for (const key of Object.keys(DX)) {
      const ref = { id: key, params: anyParams } as DxRef;
      for (const lang of LANGS) {
        const rendered = render(DX, ref, lang);
        assert.ok(rendered.trim(), `DX.${key} is empty in ${lang}`);
        assert.doesNotMatch(rendered, /undefined|NaN/, `DX.${key} (${lang}) renders "undefined"`);
      }
      assert.match(render(DX, ref, 'ko'), HANGUL, `DX.${key}: the Korean text has no Korean in it`);
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
      assert.ok(symptom.phrases.ko.some((phrase) => HANGUL.test(phrase)), `${symptom.id}: no Korean paraphrase`);
    }
    for (const [id, action] of Object.entries(ACTIONS)) {
      for (const text of [action.title, ...action.steps]) assert.match(text.ko, HANGUL, `${id}: "${text.ko}"`);
    }
  });
});
