import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import stringWidth from 'string-width';
import { elide, hang, padEnd } from '../../src/reporters/layout.js';
import { runCli } from '../support/cli.js';

/**
 * The text views of explain, triage, har, logs, diff and fix --what-if at an 80-column terminal,
 * run as a user runs them on the example: no line wider than 80 display columns (Hangul count
 * two), no word broken (the words are those of the same view unwrapped), values whole.
 */

const VIEWS: Record<string, string[]> = {
  explain: ['explain', 'jisoo.park@acme.example', 'examples/acme'],
  triage: ['triage', 'no matching rights', 'examples/acme'],
  har: ['har', 'examples/acme/har/login.har', 'examples/acme'],
  logs: ['logs', 'examples/acme/logs', 'examples/acme'],
  whatIf: ['fix', 'examples/acme', '--what-if', 'stage.imsRightsMask=campaign - acme-stage - '],
  diff: ['diff', 'examples/acme', 'examples/acme'],
};

async function view(args: string[], lang: 'en' | 'ko', columns: number): Promise<string> {
  const run = await runCli([...args, '--format', 'text', '--lang', lang], { env: { COLUMNS: String(columns) } });
  assert.ok(run.code !== null && run.code !== 2 && run.code !== 1, `${args.join(' ')}: exit ${run.code}\n${run.stderr}`);
  return run.stdout;
}

/** Request lines of a HAR view are cut to the line, and the hour bars of logs scale with it: they are not prose. */
const prose = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !/^ {4}\[\d+\] |^ {8}→ |█/.test(line))
    .join('\n');
const words = (text: string): string[] => prose(text).split(/\s+/).filter(Boolean);

describe('text views at 80 columns', () => {
  for (const [name, args] of Object.entries(VIEWS)) {
    it(`${name}: fits 80 columns in English and Korean, every word whole`, async () => {
      for (const lang of ['en', 'ko'] as const) {
        const [narrow, wide] = await Promise.all([view(args, lang, 80), view(args, lang, 1000)]);
        const lines = narrow.split('\n');
        assert.ok(lines.length > 3, narrow);
        for (const line of lines) assert.ok(stringWidth(line) <= 80, `${name} ${lang}: ${stringWidth(line)} columns: ${line}`);
        // Wrapping only moves line breaks: the words, in order, are those of the unwrapped view.
        assert.deepEqual(words(narrow), words(wide), `${name} ${lang}`);
        if (name !== 'diff')
          assert.ok(
            wide.split('\n').some((line) => stringWidth(line) > 80),
            `${name} ${lang}: the example has long lines to wrap`,
          );
      }
    });
  }

  it('explain aligns the status column by display width (실패, 건너뜀)', async () => {
    const text = await view(VIEWS.explain!, 'ko', 80);
    const rows = text.split('\n').filter((line) => /^ {4}(통과|경고|실패|건너뜀) +프로필/.test(line));
    assert.ok(rows.length >= 3, text);
    const column = (line: string): number => stringWidth(line.slice(0, line.indexOf('프로필')));
    assert.deepEqual(new Set(rows.map(column)).size, 1, rows.join('\n'));
    assert.match(text, / {4}건너뜀 {2}프로필/);
    assert.match(text, / {4}실패 {4}/);
  });

  it('logs aligns the By-user counts by display width (박지수 takes six columns)', async () => {
    const text = await view(VIEWS.logs!, 'ko', 80);
    const rows = text.split('\n').filter((line) => /^ {2}\S+ +\d+ {2}(no-right|xsv)/.test(line));
    assert.ok(
      rows.some((line) => line.includes('박지수')),
      text,
    );
    const countEnd = (line: string): number => stringWidth(/^(.*? +\d+) {2}(?:no-right|xsv)/.exec(line)![1]!);
    assert.equal(new Set(rows.map(countEnd)).size, 1, rows.join('\n'));
  });

  it('log samples lose their tabs (a terminal widens them), and keep their text', async () => {
    const text = await view(VIEWS.logs!, 'en', 80);
    assert.doesNotMatch(text, /\t/);
    assert.match(text, /Login does not have any right matching the expression/);
  });

  it('har keeps each value sent whole, on its own line when it does not fit after its name', async () => {
    const text = await view(VIEWS.har!, 'en', 80);
    assert.match(text, /\n {4}scope\n {2,}"openid,AdobeID,read_organizations,additional_info\.projectedProductContext"\n/);
    assert.match(text, /\n {4}redirect_uri {2}"https:\/\/campaign\.acme\.example"\n/);
  });

  it('fix --what-if names what resolves by rule title, never by message id', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const text = await view(VIEWS.whatIf!, lang, 80);
      assert.doesNotMatch(text, /noMatch|nearUsers|missingGroup/, text);
    }
    const en = await view(VIEWS.whatIf!, 'en', 80);
    assert.match(
      en,
      /Would resolve 2 failing checks:\n {2}✓ Association mask [^✓]+ \(association-mask\) on stage\n {2}✓ [^✓]+ \(association-users\) on stage\n/,
    );
    const ko = await view(VIEWS.whatIf!, 'ko', 80);
    assert.match(ko, /해결되는 실패 항목 2건:\n {2}✓ [^✓]+\(association-mask,\s+인스턴스 stage\)\n/);
  });
});

describe('layout helpers', () => {
  it('pads by display width', () => {
    assert.equal(padEnd('실패', 6), '실패  ');
    assert.equal(padEnd('건너뜀', 6), '건너뜀');
    assert.equal(stringWidth(padEnd('박지수', 10)), 10);
  });

  it('hangs text after a lead, a value too long for the lead starting its own line, a quoted value never split', () => {
    assert.deepEqual(hang('  FAIL  ', 'one two three four five', 21, '        '), ['  FAIL  one two three', '        four five']);
    assert.deepEqual(hang('    scope ', '"a-long-value-that-does-not-fit"', 30, '      '), ['    scope', '"a-long-value-that-does-not-fit"'.padStart(30)]);
    const lines = hang('  ', 'set the mask to "campaign - acme - " and save', 30, '    ');
    assert.ok(lines.includes('    "campaign - acme - " and') || lines.some((line) => line.includes('"campaign - acme - "')), lines.join('|'));
    assert.deepEqual(hang('  ', '가나다 라마바 사아자 차카타', 16, '    '), ['  가나다 라마바', '    사아자', '    차카타']);
  });

  it('elides by display width', () => {
    assert.equal(elide('https://example.com/abcdef', 12), 'https://exa…');
    assert.equal(stringWidth(elide('가나다라마바사', 7)), 7);
    assert.equal(elide('short', 12), 'short');
  });
});
