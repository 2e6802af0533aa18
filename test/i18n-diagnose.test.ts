import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIONS, SYMPTOMS } from '../src/domain/symptoms.js';
import { DX } from '../src/i18n/diagnose.js';
import { LANGS } from '../src/i18n/lang.js';

const HANGUL = /[\uac00-\ud7a3]/;
const anyParams = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `«${key}»` : undefined) }) as Record<string, string>;

describe('explain, triage, har and logs speak English and Korean', () => {
  it('every text of the symptom-first commands', () => {
    for (const [key, text] of Object.entries(DX)) {
      for (const lang of LANGS) {
        const rendered = (text[lang] as (p: Record<string, string>) => string)(anyParams);
        assert.ok(rendered.trim(), `DX.${key} is empty in ${lang}`);
        assert.doesNotMatch(rendered, /undefined/, `DX.${key} (${lang}) renders "undefined"`);
      }
      assert.match((text.ko as (p: Record<string, string>) => string)(anyParams), HANGUL, `DX.${key}: the Korean text has no Korean in it`);
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
