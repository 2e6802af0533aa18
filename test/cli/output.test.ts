import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { FILE_NAMES, FORMATS } from '../../src/reporters/index.js';
import { BIN, runCli } from '../support/cli.js';
import { ROOT } from '../support/workspace.js';

// eslint-disable-next-line no-control-regex -- control characters are exactly what this matches
const ANSI = /\u001b\[/;

/** --format, --output and --output-dir: the one place results become files (src/cli/output.ts). */
describe('writing reports: --format, --output, --output-dir', () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-out-'));
    dirs.push(dir);
    return dir;
  };
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("--output-dir with a list writes one file per format and nothing on stdout; the exit code is the verdict's", async () => {
    const dir = path.join(tempDir(), 'new', 'reports');
    const run = await runCli(['check', 'examples/acme', '--format', 'text,html,sarif', '--output-dir', dir]);
    assert.equal(run.code, 3, run.stderr);
    assert.equal(run.stdout, '');
    assert.deepEqual(readdirSync(dir).sort(), ['report.html', 'report.sarif', 'report.txt']);
    assert.match(readFileSync(path.join(dir, 'report.txt'), 'utf8'), /^ims-doctor — IMS login checklist for examples\/acme\/ims-doctor\.yaml/);
    assert.match(readFileSync(path.join(dir, 'report.html'), 'utf8'), /^<!DOCTYPE html>/);
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'report.sarif'), 'utf8')).version, '2.1.0');
  });

  it('--output-dir without --format writes every format under its file name; all agree on the verdict', async () => {
    const dir = tempDir();
    const run = await runCli(['check', 'examples/acme', '--output-dir', dir, '--only', 'external-account']);
    assert.equal(run.code, 3, run.stderr);
    assert.deepEqual(readdirSync(dir).sort(), FORMATS.map((format) => FILE_NAMES[format]).sort());
    assert.deepEqual(FILE_NAMES, {
      text: 'report.txt',
      json: 'report.json',
      html: 'report.html',
      sarif: 'report.sarif',
      junit: 'report.xml',
      markdown: 'report.md',
    });
    const json = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    assert.deepEqual(json.summary, { pass: 1, warn: 0, fail: 1, skip: 0, error: 0, suppressed: 0 });
    assert.match(readFileSync(path.join(dir, 'report.txt'), 'utf8'), /1 failed, 0 warnings, 1 passed/);
    assert.match(readFileSync(path.join(dir, 'report.md'), 'utf8'), /1 failed, 0 warnings, 1 passed/);
    assert.match(readFileSync(path.join(dir, 'report.xml'), 'utf8'), /<testsuites name="ims-doctor" tests="2" failures="1" errors="0" skipped="0"/);
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'report.sarif'), 'utf8')).runs[0].results.length, 1);
  });

  it('--output FILE writes one format, taken from --format or else from the extension', async () => {
    const dir = tempDir();
    for (const [file, expected] of [
      ['r.sarif', /"version": "2.1.0"/],
      ['r.xml', /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites/],
      ['r.md', /^## ims-doctor/],
      ['r.htm', /^<!DOCTYPE html>/],
      ['r.json', /^\{\n {2}"schemaVersion": 2/],
      ['r.txt', /^ims-doctor — /],
    ] as const) {
      const run = await runCli(['check', 'examples/acme', '--output', path.join(dir, file), '--only', 'external-account']);
      assert.equal(run.code, 3, `${file}: ${run.stderr}`);
      assert.equal(run.stdout, '');
      assert.match(readFileSync(path.join(dir, file), 'utf8'), expected, file);
    }
    const run = await runCli(['check', 'examples/acme', '--format', 'markdown', '--output', path.join(dir, 'ticket.txt'), '--only', 'external-account']);
    assert.equal(run.code, 3);
    assert.match(readFileSync(path.join(dir, 'ticket.txt'), 'utf8'), /^## ims-doctor/, '--format wins over the extension');
  });

  it('--output - is standard output', async () => {
    const run = await runCli(['check', 'examples/acme', '--format', 'md', '--output', '-', '--only', 'external-account']);
    assert.equal(run.code, 3);
    assert.match(run.stdout, /^## ims-doctor/);
  });

  for (const [args, pattern] of [
    [['--format', 'text,html'], /--format lists 2 formats \(text, html\) but standard output takes one; add --output-dir DIR to write one file per format\./],
    [['--format', 'html', '--format', 'sarif'], /--format lists 2 formats \(html, sarif\)/],
    [['--format', 'html,sarif', '--output', 'x.html'], /--output writes one file, but --format lists 2 formats \(html, sarif\)/],
    [['--output', 'x.html', '--output-dir', 'out'], /--output and --output-dir cannot be used together/],
    [['--output', 'report.pdf'], /cannot tell the format of report\.pdf from its extension; add --format \(text, json, html, sarif, junit, markdown\)\./],
    [['--format', 'htm'], /--format must be one of text, json, html, sarif, junit, markdown, not "htm" \(did you mean "html"\?\)\./],
  ] as const) {
    it(`usage error, exit 2, nothing written: ${args.join(' ')}`, async () => {
      const cwd = tempDir();
      const run = await runCli(['check', path.join(ROOT, 'examples/acme'), ...args], { cwd });
      assert.equal(run.code, 2);
      assert.match(run.stderr, pattern);
      assert.equal(run.stdout, '');
      assert.deepEqual(readdirSync(cwd), [], 'no file written');
    });
  }

  it('says usage errors in Korean too', async () => {
    const run = await runCli(['check', 'examples/acme', '--format', 'text,html', '--lang', 'ko']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--format에 형식이 2개\(text, html\) 지정되었지만 표준 출력에는 하나만 쓸 수 있습니다/);
  });

  it('a file that cannot be written: exit 2 with a sentence naming it', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'blocker'), 'a file where a folder should be');
    const run = await runCli(['check', 'examples/acme', '--output-dir', path.join(dir, 'blocker', 'reports'), '--only', 'external-account']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^ims-doctor: cannot write "?.*blocker\/reports\/report\.\w+"?: (ENOTDIR|EEXIST); nothing was written\.\n$/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });

  it(
    'text written to a file has no colour, even when standard output is a terminal',
    { skip: existsSync('/usr/bin/script') ? false : 'util-linux "script" is absent, so no terminal can be simulated here' },
    async () => {
      const dir = tempDir();
      const file = path.join(dir, 'report.txt');
      const command = (args: string) => `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check examples/acme --only external-account ${args}`;
      const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', TERM: 'xterm-256color', LANG: 'en_US.UTF-8', LC_ALL: '' };
      const inTerminal = async (args: string): Promise<string> => {
        // `script` gives the command a pseudo-terminal as standard output, as a person at a terminal has.
        const { stdout } = await promisify(execFile)('script', ['-qec', command(args), '/dev/null'], { cwd: ROOT, env }).catch((error) => error);
        return stdout as string;
      };
      assert.match(await inTerminal('--format text'), ANSI, 'colour at a terminal (so the next assertion means something)');
      await inTerminal(`--format text --output ${JSON.stringify(file)}`);
      const text = readFileSync(file, 'utf8');
      assert.match(text, /External account internal name/);
      assert.doesNotMatch(text, ANSI);
    },
  );
});
