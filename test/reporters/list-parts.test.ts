import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import stringWidth from 'string-width';
import { formatFor } from '../../src/i18n/catalogue.js';
import type { CheckResult, Finding } from '../../src/model/finding.js';
import { renderHtml } from '../../src/reporters/html.js';
import { renderJunit } from '../../src/reporters/junit.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { listLayout, splitParts } from '../../src/reporters/message-parts.js';
import { renderSarif } from '../../src/reporters/sarif.js';
import { renderText } from '../../src/reporters/text.js';
import { runCli } from '../support/cli.js';

/** The stage mask's nearest profiles (5 named, 3 more) as each format lays the list out. */
describe('list parts of messages (examples/acme)', () => {
  const results: Partial<Record<'en' | 'ko', CheckResult>> = {};
  before(async () => {
    for (const lang of ['en', 'ko'] as const) {
      const run = await runCli(['check', 'examples/acme', '--format', 'json', '--lang', lang]);
      assert.equal(run.code, 3, run.stderr);
      results[lang] = JSON.parse(run.stdout) as CheckResult;
    }
  });
  const nearest = (result: CheckResult): Finding =>
    result.findings.find((finding) => finding.rule === 'association-mask' && finding.instance === 'stage' && finding.messageId === 'noMatch')!;

  it('JSON, SARIF and JUnit keep the sentence: "a, b, … and 3 more"', () => {
    const en = nearest(results.en!);
    assert.match(
      en.message,
      /Nearest profiles: "campaign - acme-stage - admin": only spaces differ \(its prefix is "campaign - acme-stage -·"\), .*, and 3 more\.$/,
    );
    assert.equal(en.params.nearTotal, 8);
    assert.match(nearest(results.ko!).message, /가장 가까운 프로필: 프로필 "campaign - acme-stage - admin": .* 외 3개\.$/);
    const sarif = JSON.parse(renderSarif(results.en!)) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    assert.ok(sarif.runs[0]!.results.some((item) => item.message.text.startsWith(en.message)));
    assert.ok(renderJunit(results.en!).includes('and 3 more.'));
    for (const out of [renderSarif(results.en!), renderJunit(results.en!), renderSarif(results.ko!)]) assert.doesNotMatch(out, /[\uE000-\uF8FF]/u);
  });

  for (const lang of ['en', 'ko'] as const) {
    it(`${lang} text at 80 columns: one item a line, its continuation hanging under the item, the tail under the items`, () => {
      const text = renderText(results[lang]!, { color: false, width: 80 });
      assert.doesNotMatch(text, /[\uE000-\uF8FF]/u);
      const lines = text.split('\n');
      for (const line of lines) assert.ok(stringWidth(line) <= 80, `${stringWidth(line)} columns: ${line}`);
      const label = lang === 'en' ? 'Nearest profiles:' : '가장 가까운 프로필:';
      const labelAt = lines.findIndex((line) => line.endsWith(label) || line.endsWith(label.split(' ').at(-1)!));
      assert.ok(labelAt > 0, 'the sentence before the list ends with its label');
      const block = lines.slice(
        labelAt + 1,
        lines.findIndex((line, index) => index > labelAt && /^ {6}• /.test(line)),
      );
      const items = block.filter((line) => line.startsWith('        - '));
      assert.equal(items.length, 5);
      assert.ok(
        block.every((line) => /^ {8}- \S/.test(line) || /^ {10}\S/.test(line)),
        block.join('\n'),
      );
      assert.equal(block.at(-1), lang === 'en' ? '          and 3 more' : '          외 3개');
      assert.ok(items[0]!.includes('"campaign - acme-stage - admin"'));
    });
  }

  it('HTML: a list of the items and its tail; Markdown: "- " lines after the paragraph', () => {
    const html = renderHtml(results.en!);
    const card =
      /<article class="finding fail" id="[^"]+" data-status="fail" data-instance="i:stage" data-suppressed="false" data-rule="association-mask">[\s\S]*?<\/article>/.exec(
        html,
      )![0];
    const list = /<div class="message"><p>[^<]*[\s\S]*?Nearest profiles:<\/p><ul class="items">([\s\S]*?)<\/ul><\/div>/.exec(card);
    assert.ok(list, card);
    assert.equal([...list[1]!.matchAll(/<li>/g)].length, 5);
    assert.match(list[1]!, /<li class="more">and 3 more<\/li>$/);
    assert.match(list[1]!, /^<li>"<span class="v">campaign - acme-stage - admin<\/span>": only spaces differ/);
    assert.doesNotMatch(html, /[\uE000-\uF8FF]/u);

    const md = renderMarkdown(results.en!).split('\n');
    const at = md.findIndex((line) => line.endsWith('Nearest profiles:'));
    assert.ok(at > 0);
    assert.deepEqual(
      md.slice(at + 1, at + 7).map((line) => line.slice(0, 2)),
      ['- ', '- ', '- ', '- ', '- ', '- '],
    );
    assert.equal(md[at + 6], '- and 3 more');
    assert.equal(md[at + 7], '');
  });

  it('a short list stays in its sentence; a long one ends its block and drops the full stop after it', () => {
    const f = listLayout(formatFor('en'));
    assert.deepEqual(splitParts(`Operators: ${f.items(['"a"', '"b"'])}. Done.`, 'en'), [{ kind: 'text', text: 'Operators: "a" and "b". Done.' }]);
    assert.deepEqual(splitParts(`Operators: ${f.items(['"a"', '"b"'], { total: 4, unit: 'people' })}. Done.`, 'en'), [
      { kind: 'text', text: 'Operators:' },
      { kind: 'list', items: ['"a"', '"b"'], more: 'and 2 more' },
      { kind: 'text', text: 'Done.' },
    ]);
    assert.equal(formatFor('en').items(['"a"', '"b"'], { total: 4, unit: 'people' }), '"a", "b", and 2 more');
    assert.equal(formatFor('ko').items(['"a"', '"b"'], { total: 4, unit: 'people' }), '"a" 및 "b" 외 2명');
    assert.equal(formatFor('ko').items(['"a"', '"b"'], { total: 3, unit: 'things' }), '"a" 및 "b" 외 1개');
  });
});
