import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LANGS } from '../../src/i18n/lang.js';
import { RULE_IDS } from '../../src/rules/ids.js';
import { RULES } from '../../src/rules/index.js';
import { FLEET_RULES } from '../../src/rules/fleet.js';
import { renderedMessages } from '../support/rule-tester.js';
import { messagesBlock, withMessagesBlock } from '../support/rule-docs.js';
import { ROOT } from '../support/workspace.js';
import { RULE_CASES } from './cases.js';

const HANGUL = /[\uac00-\ud7a3]/;
const UPDATE = process.env.UPDATE_DOCS === '1';

describe('every rule message, rendered from its cases, reads in English and Korean and is documented', () => {
  for (const rule of [...RULES, ...FLEET_RULES]) {
    const cases = RULE_CASES[rule.id] ?? [];
    const rendered = renderedMessages(rule, cases);

    it(`${rule.id}: every message of the catalogue is produced by a case`, () => {
      const missing = Object.keys(rule.messages).filter((id) => !rendered.has(id));
      assert.deepEqual(missing, [], `add cases to test/rules/${rule.id}.cases.ts that produce these messages`);
    });

    it(`${rule.id}: each rendering is complete in both languages`, () => {
      for (const [id, texts] of rendered) {
        for (const lang of LANGS) {
          assert.ok(texts[lang].trim(), `${id} is empty in ${lang}`);
          assert.doesNotMatch(texts[lang], /undefined|\[object Object\]|NaN|null/, `${id} (${lang}): a parameter is missing or not rendered: ${texts[lang]}`);
        }
        assert.match(texts.ko, HANGUL, `${id}: the Korean text has no Korean in it`);
      }
    });

    for (const lang of LANGS) {
      it(`${rule.id}: docs/rules/${rule.id}${lang === 'ko' ? '.ko' : ''}.md shows every message as rendered today (${lang})`, () => {
        const file = path.join(ROOT, 'docs/rules', `${rule.id}${lang === 'ko' ? '.ko' : ''}.md`);
        assert.ok(existsSync(file), `${file} is missing`);
        const page = readFileSync(file, 'utf8');
        const expected = withMessagesBlock(page, messagesBlock(rule, cases, lang));
        if (UPDATE && expected !== page) writeFileSync(file, expected);
        else assert.equal(page, expected, 'the rendered messages changed: run `npm run docs:rules` and review the diff');
      });
    }
  }

  it('every rule has its table of cases and its pages', () => {
    assert.deepEqual(
      RULE_IDS.filter((id) => !RULE_CASES[id]),
      [],
      'rules without test/rules/<id>.cases.ts registered in test/rules/cases.ts',
    );
    for (const id of RULE_IDS)
      for (const suffix of ['', '.ko']) assert.ok(existsSync(path.join(ROOT, 'docs/rules', `${id}${suffix}.md`)), `docs/rules/${id}${suffix}.md`);
  });
});
