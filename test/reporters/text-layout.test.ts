import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import stringWidth from 'string-width';
import { wrap } from '../../src/reporters/layout.js';
import { runCli } from '../support/cli.js';

describe('text report layout (examples/acme)', () => {
  for (const lang of ['en', 'ko'] as const) {
    for (const columns of [80, 120]) {
      it(`${lang} at COLUMNS=${columns}: fits, no word broken, the per-rule block first, the summary first and last`, async () => {
        const run = await runCli(['check', 'examples/acme', '--format', 'text', '--lang', lang], { env: { COLUMNS: String(columns) } });
        assert.equal(run.code, 3, run.stderr);
        const lines = run.stdout.trimEnd().split('\n');
        for (const line of lines) assert.ok(stringWidth(line) <= columns, `${stringWidth(line)} columns: ${line}`);
        // No word broken: every word of the one-line report is a word of the wrapped one.
        const wide = await runCli(['check', 'examples/acme', '--format', 'text', '--lang', lang], { env: { COLUMNS: '10000' } });
        const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
        assert.deepEqual(words(run.stdout), words(wide.stdout));
        const summary =
          lang === 'en'
            ? /^15 failed, 1 warning, 15 passed, 2 skipped, 0 errors, 1 suppressed$/
            : /^실패 15건, 경고 1건, 통과 15건, 건너뜀 2건, 오류 0건, 제외 1건$/;
        assert.match(lines[1]!, summary);
        assert.match(lines.at(-1)!, summary);
        assert.equal(lines[3], lang === 'en' ? 'Checks' : '점검 항목');
        assert.match(lines[5]!, /^ {4}✗ /, 'one line per instance × rule, with its mark');
        const block = lines.slice(4, lines.indexOf('', 4));
        const marks = block.filter((line) => /^ {4}[✓✗!–] /.test(line));
        assert.equal(marks.length, 15 + 15 + 1, 'every rule on every instance, and the cross-instance one');
        // Passes are one line, not details.
        const details = lines.slice(lines.indexOf('', 4));
        assert.ok(!details.some((line) => /^ {4}✓ /.test(line)), 'no pass in the details without -v');
        // A fix said once.
        assert.equal(details.filter((line) => line.includes(lang === 'en' ? 'same fix as above (scope, stage)' : '위와 같습니다(scope, stage)')).length, 1);
        // Hanging indents: a wrapped line keeps its block's indent.
        for (const line of details) if (line !== '' && !/^\S/.test(line)) assert.match(line, /^ {2,}\S|^ +"/);
      });
    }
  }

  it('-v details the passes too', async () => {
    const run = await runCli(['check', 'examples/acme', '--format', 'text', '-v'], { env: { COLUMNS: '100' } });
    const details = run.stdout.split('\n\n').slice(2).join('\n\n');
    assert.match(details, /✓ PASS client-id:/);
    assert.match(details, /The IMS client identifier of Adobe_Marketing_Cloud is "acme-campaign-prod"/);
  });

  it('wraps by display width: Hangul are two columns; a quoted value keeps its spaces', () => {
    const lines = wrap('가나다라 마바사아 자차카타 "a  b " 끝', 12, '', '  ');
    for (const line of lines) assert.ok(stringWidth(line) <= 12, line);
    assert.ok(
      lines.some((line) => line.includes('"a  b "')),
      lines.join('|'),
    );
    // A piece wider than a hanging line gets its own line, whole.
    assert.deepEqual(wrap('Set it to "openid,AdobeID,read" then', 14, '', '    '), ['Set it to', '"openid,AdobeID,read"', '    then']);
  });
});
