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
    assert.match(flow.problem.id, /^yaml(Syntax|UnclosedFlow)$/);
    assertSafe(flow);
  });

  it('YAML: an unclosed [ is reported where it opens, not past the end of the file', () => {
    const error = failure(() => YamlFile.parse('a.yaml', 'instances:\n  - name: prod\n    role: [production\n'));
    assert.deepEqual(error.problem, { id: 'yamlUnclosedFlow', params: { opener: '[' } });
    assert.deepEqual([error.line, error.column], [3, 11]);
    assert.match(error.message, /^opens a list with \[ here that is never closed \(a \] is missing\)\.$/);
    // A quoted bracket or one in a comment is not the one left open.
    const quoted = failure(() => YamlFile.parse('a.yaml', 'a: "x[" # [\nb: {c: 1\n'));
    assert.deepEqual(quoted.problem, { id: 'yamlUnclosedFlow', params: { opener: '{' } });
    assert.deepEqual([quoted.line, quoted.column], [2, 4]);
  });

  it('YAML: nesting deeper than the reader\'s stack is "too deep", not "too many aliases"', () => {
    const error = failure(() => YamlFile.parse('a.yaml', `instances: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`));
    assert.deepEqual(error.problem, { id: 'yamlTooDeep' });
    assert.equal(error.line, 1);
  });

  it('JSON: the code jsonc-parser names', () => {
    const error = failure(() => JsonFile.parse('a.json', `{"client_secret": "${SECRET}" "x": 1}`));
    assert.deepEqual(error.problem, { id: 'jsonSyntax', params: { code: 'CommaExpected' } });
    assert.match(error.message, /^is not valid JSON: comma expected\.$/);
    assertSafe(error);
  });
});
