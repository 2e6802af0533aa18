import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FIELD_LABELS } from '../src/i18n/fields.js';
import { LANGS } from '../src/i18n/lang.js';
import { UI } from '../src/i18n/ui.js';
import { RULES } from '../src/rules/index.js';
import { TOOL_VERSION } from '../src/version.js';
import { ROOT } from './support/workspace.js';

const HANGUL = /[\uac00-\ud7a3]/;
/** Any parameter a message asks for renders as a marker, so every message can be rendered blind. */
const anyParams = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `«${key}»` : undefined) }) as Record<string, string>;

describe('every user-facing text exists in English and Korean', () => {
  it('every rule has a title in each language (its messages: test/rules/docs-and-prose.test.ts)', () => {
    for (const rule of RULES) {
      for (const lang of LANGS) assert.ok(rule.title[lang]?.trim(), `${rule.id} title lacks ${lang}`);
      assert.match(rule.title.ko, HANGUL, `${rule.id}: the Korean title has no Korean in it`);
    }
  });

  it('tool texts and evidence labels', () => {
    for (const [key, text] of Object.entries(UI)) {
      for (const lang of LANGS) assert.ok((text[lang] as (p: Record<string, string>) => string)(anyParams).trim(), `UI.${key} lacks ${lang}`);
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
