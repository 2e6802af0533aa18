import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CheckResult } from '../../src/model/finding.js';
import { runCli } from '../support/cli.js';

const MARKS = /[·⇥⍽]/;

/** Values a remediation asks to type are exact in every format; marks stay in messages, explained once. */
describe('values to paste (examples/acme, every format)', () => {
  let dir: string;
  const read: Record<string, Record<string, string>> = { en: {}, ko: {} };
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-paste-'));
    for (const lang of ['en', 'ko']) {
      const out = path.join(dir, lang);
      const run = await runCli(['check', 'examples/acme', '--lang', lang, '--output-dir', out]);
      assert.equal(run.code, 3, run.stderr);
      for (const file of ['report.txt', 'report.json', 'report.html', 'report.sarif', 'report.xml', 'report.md'])
        read[lang]![file] = readFileSync(path.join(out, file), 'utf8');
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const lang of ['en', 'ko']) {
    it(`${lang}: no remediation carries a visible-space mark, in any format`, () => {
      const files = read[lang]!;
      const result = JSON.parse(files['report.json']!) as CheckResult;
      const fixes = result.findings.flatMap((finding) => (finding.remediation ? [finding.remediation] : []));
      assert.ok(fixes.length > 10);
      for (const fix of fixes) assert.doesNotMatch(fix, MARKS, fix);
      // The mask's fix asks for its trailing space, exactly.
      assert.ok(fixes.some((fix) => fix.includes('"campaign - acme-stage - "')));

      const fixLabel = lang === 'en' ? 'Fix' : '조치';
      // Text: a Fix runs from its label to the blank line after it.
      const text = files['report.txt']!;
      const textFixes = [...text.matchAll(new RegExp(`^ *${fixLabel}: [\\s\\S]*?(?=\\n\\n)`, 'gm'))].map((match) => match[0]);
      assert.ok(textFixes.length > 5);
      for (const fix of textFixes) assert.doesNotMatch(fix, MARKS, fix);
      const html = files['report.html']!;
      const htmlFixes = [...html.matchAll(/<p class="fix">[\s\S]*?<\/p>/g)].map((match) => match[0]);
      assert.equal(htmlFixes.length, fixes.length);
      for (const fix of htmlFixes) assert.doesNotMatch(fix, MARKS, fix);
      for (const line of files['report.md']!.split('\n').filter((line) => line.startsWith(`**${fixLabel}:**`))) assert.doesNotMatch(line, MARKS, line);
      const sarif = JSON.parse(files['report.sarif']!) as { runs: { results: { properties?: { remediation?: string } }[] }[] };
      for (const item of sarif.runs[0]!.results) if (item.properties?.remediation) assert.doesNotMatch(item.properties.remediation, MARKS);
      for (const line of files['report.xml']!.split('\n').filter((line) => line.startsWith(`${fixLabel}: `))) assert.doesNotMatch(line, MARKS, line);
    });

    it(`${lang}: each report that shows a mark says once what it means; regexes keep single backslashes`, () => {
      const files = read[lang]!;
      const legend = lang === 'en' ? 'stands for a space' : '공백 한 칸을 나타냅니다';
      for (const file of ['report.txt', 'report.md']) {
        assert.match(files[file]!, MARKS, `${file} shows marks`);
        assert.equal(files[file]!.split(legend).length - 1, 1, `${file}: the legend once`);
      }
      assert.match(files['report.html']!, lang === 'en' ? /is highlighted/ : /색으로 강조/);
      for (const file of ['report.txt', 'report.xml']) {
        assert.ok(files[file]!.includes('https://campaign-stage\\.acme\\.example(/.*)?'), `${file}: the pattern as written`);
        assert.ok(!files[file]!.includes('\\\\.acme'), `${file}: no doubled backslash`);
      }
    });
  }
});
