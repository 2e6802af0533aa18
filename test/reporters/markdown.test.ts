import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { code, renderMarkdown, text } from '../../src/reporters/markdown.js';
import { HOSTILE, hostileResult, sampleResult } from '../support/results.js';

describe('Markdown report', () => {
  it('starts with the summary table: one row per instance, the cross-instance checks, and the total', () => {
    const md = renderMarkdown(sampleResult());
    const table = md.split('\n').filter((line) => line.startsWith('|'));
    assert.deepEqual(table, [
      '| Instance | ERROR | FAIL | WARN | PASS | SKIP | SUPPRESSED |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| prod (production) | 0 | 2 | 1 | 1 | 1 | 1 |',
      '| stage (stage) | 1 | 1 | 0 | 1 | 0 | 1 |',
      '| Across instances | 0 | 1 | 0 | 0 | 0 | 0 |',
      '| **Total** | **1** | **4** | **1** | **2** | **1** | **2** |',
    ]);
  });

  it('lists each problem (fail, warn, error) with its evidence and fix; passes, skips and suppressed are only counted', () => {
    const result = sampleResult();
    const md = renderMarkdown(result);
    const headings = md.split('\n').filter((line) => line.startsWith('#### '));
    const problems = result.findings.filter((finding) => !finding.suppressed && ['fail', 'warn', 'error'].includes(finding.status));
    assert.equal(headings.length, problems.length);
    assert.ok(headings.every((line) => /^#### (FAIL|WARN|ERROR) · `[a-z-]+` · /.test(line)));
    assert.ok(!md.includes('Restarted after the last change'), 'a pass is not listed');
    assert.ok(!md.includes('Not checked: the IMS client'), 'a skip is not listed');
    assert.ok(!md.includes('client-secret'), 'a suppressed finding is not listed');
    assert.match(md, /#### FAIL · `external-account` · prod — Title of external-account\n\n"Adobe_Marketing_Cloud1" is a second/);
    assert.match(md, /- External account internal name: `Adobe_Marketing_Cloud1` — `campaign\/prod\.xml:17:17`/);
    assert.match(md, /\*\*Fix:\*\* Delete the external account "Adobe_Marketing_Cloud1", then restart the server\. \(\[Docs\]\(<https:\/\/experienceleague/);
    assert.match(md, /_2 checks passed and 1 was skipped \(not listed\); 2 findings are suppressed\._\n$/);
  });

  it('says so when there is nothing to fix', () => {
    const result = sampleResult();
    result.findings = result.findings.filter((finding) => finding.status === 'pass');
    assert.match(renderMarkdown(result), /### Problems to fix\n\nNo problems found\./);
  });

  it('is short: well under the size of the full text report', () => {
    const md = renderMarkdown(sampleResult());
    assert.ok(md.split('\n').length < 80);
  });

  it('reads in Korean', () => {
    const md = renderMarkdown(sampleResult('ko'));
    assert.match(md, /\| 인스턴스 \| 오류 \| 실패 \| 경고 \| 통과 \| 건너뜀 \| 제외 \|/);
    assert.match(md, /### 조치가 필요한 문제/);
    assert.match(md, /\*\*조치:\*\*/);
  });

  it('keeps markup from customer files as text', () => {
    const md = renderMarkdown(hostileResult());
    // Outside code spans, every "<" is escaped; inside them nothing is markup.
    const outsideCode = md.replace(/(`+)[^`]*?\1/g, '');
    assert.ok(!/(^|[^\\])</m.test(outsideCode.replace(/\(<https:[^>]+>\)/g, '')), 'an unescaped < outside code');
    assert.ok(md.includes('\\<script>alert(1)\\</script>'));
    assert.ok(!md.includes('](javascript:'), 'no javascript: link');
    assert.ok(md.includes(`\`${HOSTILE}\\u{0001}\\u{0007}]]>\``), 'values in code spans, control characters shown');
  });

  it('escapes just enough: intraword underscores and plain punctuation stay as typed', () => {
    assert.equal(text('Adobe_Marketing_Cloud > External accounts'), 'Adobe_Marketing_Cloud > External accounts');
    assert.equal(text('_lead *bold* [link](x) a|b #1 ~x~ &amp; <b>'), '\\_lead \\*bold\\* \\[link\\](x) a\\|b \\#1 \\~x\\~ \\&amp; \\<b>');
    assert.equal(text('- not a list\n# not a heading'), '\\- not a list \\# not a heading');
    assert.equal(text('1. not a list'), '1\\. not a list');
    assert.equal(code('a `b` c'), '``a `b` c``');
    assert.equal(code('`x'), '`` `x ``');
    assert.equal(code('two\nlines'), '`two lines`');
  });
});
