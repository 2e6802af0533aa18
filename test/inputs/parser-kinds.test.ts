import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/inputs/input-error.js';
import { JsonFile } from '../../src/inputs/json-document.js';
import { parseXml } from '../../src/inputs/xml-document.js';
import { YamlFile } from '../../src/inputs/yaml-document.js';

const SECRET = 'p8e-S3CRET-Zk3qWm9vT1lYb2Jm';

function failure(parse: () => unknown): InputError {
  try {
    parse();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  assert.fail('expected an InputError');
}

/** A parser's own message may quote the source: only a kind (or the library's code) and the position are kept. */
function assertSafe(error: InputError): void {
  for (const text of [error.message, JSON.stringify(error.problem), error.text('ko')]) assert.ok(!text.includes(SECRET), text);
}

describe('parser errors are classified, never quoted', () => {
  const xml: [string, string, string][] = [
    ['an unclosed element', `<package><extAccount clientSecret="${SECRET}">`, 'unclosed-tag'],
    ['a mismatched closing tag', `<package><a name="${SECRET}"></b></package>`, 'mismatched-tag'],
    ['an unquoted attribute', `<package secret=${SECRET}/>`, 'attribute'],
    ['a duplicate attribute', `<package a="${SECRET}" a="x"/>`, 'duplicate-attribute'],
    ['an undefined entity', `<package>&${SECRET.replace(/-/g, '')};</package>`, 'entity'],
    ['text after the root', `<package/>${SECRET}`, 'outside-root'],
  ];
  for (const [what, source, kind] of xml) {
    it(`XML: ${what} → ${kind}`, () => {
      const error = failure(() => parseXml('a.xml', source));
      assert.deepEqual(error.problem, { id: 'xmlSyntax', params: { kind } });
      assert.ok(error.line !== undefined && error.column !== undefined);
      assertSafe(error);
    });
  }

  it('YAML: the library code, at the position', () => {
    const duplicate = failure(() => YamlFile.parse('a.yaml', `clientSecret: ${SECRET}\nclientSecret: other\n`));
    assert.deepEqual(duplicate.problem, { id: 'yamlSyntax', params: { code: 'DUPLICATE_KEY' } });
    assert.equal(duplicate.line, 2);
    assertSafe(duplicate);
    const flow = failure(() => YamlFile.parse('a.yaml', `scopes: [openid, ${SECRET}\nnext: 1\n`));
    assert.equal(flow.problem.id, 'yamlSyntax');
    assertSafe(flow);
  });

  it('JSON: the code jsonc-parser names', () => {
    const error = failure(() => JsonFile.parse('a.json', `{"client_secret": "${SECRET}" "x": 1}`));
    assert.deepEqual(error.problem, { id: 'jsonSyntax', params: { code: 'CommaExpected' } });
    assert.match(error.message, /^is not valid JSON: comma expected\.$/);
    assertSafe(error);
  });
});
