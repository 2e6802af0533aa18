import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FIELD_LABELS } from '../src/i18n/fields.js';
import { LANGS } from '../src/i18n/lang.js';
import { render } from '../src/i18n/catalogue.js';
import { UI, type UiRef } from '../src/i18n/ui.js';
import { englishRuns } from './support/english.js';
import { RULES } from '../src/rules/index.js';
import { TOOL_VERSION } from '../src/version.js';
import { ROOT } from './support/workspace.js';

const HANGUL = /[\uac00-\ud7a3]/;
/** The parameters that are not text: numbers, lists, and the facts of a secret. */
const UI_PARAMS: Record<string, unknown> = {
  fail: 1,
  warn: 2,
  pass: 3,
  skip: 0,
  error: 1,
  suppressed: 2,
  count: 2,
  section: 4,
  known: ['client-id', 'scope'],
  formats: ['text', 'html'],
  suggestion: 'scope',
  kind: 'unknownOption',
  suggestions: ['--format'],
  secret: { kind: 'password', user: 'ims-doctor', url: 'https://campaign.acme.example' },
};
const uiParams = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? (UI_PARAMS[key] ?? `«${key}»`) : undefined) });

describe('every user-facing text exists in English and Korean', () => {
  it('every rule has a title in each language (its messages: test/rules/docs-and-prose.test.ts)', () => {
    for (const rule of RULES) {
      for (const lang of LANGS) assert.ok(rule.title[lang]?.trim(), `${rule.id} title lacks ${lang}`);
      assert.match(rule.title.ko, HANGUL, `${rule.id}: the Korean title has no Korean in it`);
    }
  });

  it('tool texts and evidence labels', () => {
    for (const key of Object.keys(UI)) {
      const ref = { id: key, params: uiParams } as UiRef;
      for (const lang of LANGS) {
        const text = render(UI, ref, lang);
        assert.ok(text.trim(), `UI.${key} lacks ${lang}`);
        assert.doesNotMatch(text, /undefined|NaN|\[object Object\]/, `UI.${key} (${lang}): ${text}`);
      }
      const ko = render(UI, ref, 'ko');
      if (!/^[A-Z]+$/.test(render(UI, ref, 'en'))) assert.match(ko, HANGUL, `UI.${key}: ${ko}`);
      assert.deepEqual(englishRuns(ko.replace(/«\w+»/g, ' ')), [], `UI.${key}: English left in the Korean text: ${ko}`);
    }
    for (const [key, label] of Object.entries(FIELD_LABELS)) {
      for (const lang of LANGS) assert.ok(label[lang].trim(), `field ${key} lacks ${lang}`);
    }
  });

  it('rule ids are unique and stable in shape', () => {
    const ids = RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
    for (const rule of RULES) assert.ok(rule.section >= 1 && rule.section <= 8, `${rule.id} section`);
  });

  it('the tool version is the package version', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(TOOL_VERSION, pkg.version);
  });
});
