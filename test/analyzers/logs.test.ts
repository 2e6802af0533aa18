import assert from 'node:assert/strict';
import { problemText } from '../../src/i18n/problems.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { listLogFiles, scanLogFiles, type LogScan } from '../../src/analyzers/log-scan.js';
import { NO_MATCHING_RIGHT_MESSAGE } from '../../src/domain/facts.js';
import { InputError } from '../../src/inputs/input-error.js';
import { runCli } from '../support/cli.js';
import { ROOT } from '../support/workspace.js';

const LOGS = path.join(ROOT, 'test/fixtures/logs');
const BAD = path.join(ROOT, 'test/fixtures/logs-bad');
const tmp = mkdtempSync(path.join(tmpdir(), 'ims-doctor-logs-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Secrets written in the fixture lines (a code and an access token): never shown. */
const LOG_SECRETS = ['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ5In0.c2lnbmF0dXJlLTI'];

async function scanFolder(folder = LOGS): Promise<LogScan> {
  return scanLogFiles(listLogFiles([folder]).files);
}

const count = (scan: LogScan, id: string): number => scan.signatures.find((signature) => signature.id === id)?.count ?? 0;

describe('logs: known IMS signatures in Campaign logs', () => {
  it('finds every signature in plain, daily, rolled-and-gzipped and EUC-KR files; leaves other lines alone', async () => {
    const scan = await scanFolder();
    assert.deepEqual(
      scan.files.map((file) => path.basename(file.file)),
      ['logins-euckr.log', 'logins.26-10-03.log', 'logins.log', 'web.log', 'web_2.log.gz'],
    );
    assert.equal(scan.files.find((file) => file.file.endsWith('.gz'))!.compressed, true);
    assert.equal(count(scan, 'no-right-en'), 5);
    assert.equal(count(scan, 'no-right-ko'), 4);
    assert.equal(count(scan, 'no-right-ko-euckr'), 1);
    assert.equal(count(scan, 'xsv-350008'), 2);
    assert.equal(count(scan, 'xsv-350013'), 1);
    assert.equal(count(scan, 'jst-310027'), 1);
    assert.equal(count(scan, 'invalid-client'), 1);
    assert.equal(count(scan, 'invalid-scope'), 1);
    assert.equal(scan.hits, 16);
    assert.deepEqual(scan.problems, []);
  });

  it('summarises per user (case ignored, Korean names kept), per hour (daily files dated by their name)', async () => {
    const scan = await scanFolder();
    const user = (name: string) => scan.users.find((item) => item.user.toLowerCase() === name);
    assert.equal(user('lucas.martin@acme.example')!.count, 3, 'Lucas.Martin and lucas.martin are one person');
    assert.deepEqual(user('minho.kim@acme.example')!.bySignature, { 'no-right-ko': 2, 'no-right-ko-euckr': 1 });
    assert.ok(scan.users.some((item) => item.user === '박지수'));
    assert.deepEqual(
      scan.hours.map((hour) => hour.hour),
      ['2026-10-01 17', '2026-10-02 09', '2026-10-02 10', '2026-10-03 08', '2026-10-03 09', '2026-10-04 11'],
    );
    const ko = scan.signatures.find((signature) => signature.id === 'no-right-ko')!;
    assert.equal(ko.first, '2026-10-01 17:46:40');
    assert.equal(ko.last, '2026-10-03 09:01:19');
  });

  it('decodes EUC-KR lines, keeps a few samples with their byte offset, and hides codes and tokens', async () => {
    const scan = await scanFolder();
    const euckr = scan.signatures.find((signature) => signature.id === 'no-right-ko-euckr')!;
    assert.match(euckr.samples[0]!.text, /로그인에 표현식과 일치하는 권한이 없습니다\. \(login 'minho\.kim@acme\.example'\)/);
    assert.equal(euckr.samples[0]!.offset, 0);
    const text = JSON.stringify(scan);
    for (const secret of LOG_SECRETS) assert.ok(!text.includes(secret), 'a token from the log is shown');
    assert.match(text, /code=<redacted>/);
  });

  it('finds every signature whatever the read boundaries (lines of every length over several MB), CRLF lines', async () => {
    const file = path.join(tmp, 'boundaries.log');
    const lines: string[] = [];
    let expected = 0;
    for (let i = 0; i < 20000; i++) {
      if (i % 7 === 3) {
        lines.push(`2026-10-05 12:00:00 ${'p'.repeat(i % 41)} ${NO_MATCHING_RIGHT_MESSAGE.en} (operator 'edge${i % 5}@acme.example')`);
        expected++;
      } else {
        lines.push('x'.repeat((i * 37) % 700));
      }
    }
    writeFileSync(file, lines.join('\r\n') + '\r\n');
    const scan = await scanLogFiles([file]);
    assert.equal(count(scan, 'no-right-en'), expected);
    assert.equal(scan.users.length, 5);
    assert.doesNotMatch(scan.signatures[0]!.samples[1]!.text, /\r/);
  });

  it('a log with no signature: nothing found', async () => {
    const file = path.join(tmp, 'quiet.log');
    writeFileSync(file, "2026-10-05 12:00:00 Login 'jane.doe@acme.example' accepted\n".repeat(100));
    const scan = await scanLogFiles([file]);
    assert.equal(scan.hits, 0);
    assert.deepEqual(scan.signatures, []);
  });

  it('bad input: a binary file or a truncated gzip is a problem with a sentence; the other files are still scanned', async () => {
    const scan = await scanLogFiles([path.join(BAD, 'binary.log'), path.join(LOGS, 'web.log'), path.join(BAD, 'web_3.log.gz')]);
    assert.equal(scan.problems.length, 2);
    assert.match(problemText(scan.problems[0]!.problem, 'en'), /is not a text log \(it contains binary data\)/);
    assert.match(problemText(scan.problems[1]!.problem, 'en'), /gzip file that cannot be decompressed \(it is truncated\)/);
    assert.equal(scan.hits, 3);
  });

  it('a path that does not exist is bad input; a folder without logs is listed as empty', () => {
    assert.throws(
      () => listLogFiles([path.join(tmp, 'nope')]),
      (error: unknown) => error instanceof InputError && /does not exist/.test(error.message),
    );
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'notes.txt'), 'not a log');
    assert.deepEqual(listLogFiles([empty]), { files: [], empty: [empty] });
  });
});

describe('ims-doctor logs (built binary)', () => {
  it('exit 4 when failed logins are seen, JSON linking each signature to its symptom, no secret shown', async () => {
    const run = await runCli(['logs', 'test/fixtures/logs', '--format', 'json']);
    assert.equal(run.code, 4, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.command, 'logs');
    assert.deepEqual(result.symptoms.map((symptom: { id: string }) => symptom.id).slice(0, 1), ['no-matching-right']);
    assert.equal(result.symptoms[0].count, 10);
    assert.ok(result.symptoms.every((symptom: { causes: unknown[] }) => symptom.causes.length > 0));
    for (const secret of LOG_SECRETS) assert.ok(!run.stdout.includes(secret));
  });

  it('text in Korean', async () => {
    const run = await runCli(['logs', 'test/fixtures/logs', '--format', 'text', '--lang', 'ko']);
    assert.equal(run.code, 4);
    assert.match(run.stdout, /메시지별/);
    assert.match(run.stdout, /사용자별/);
    assert.match(run.stdout, /시간대별/);
  });

  it('with a workspace last, the candidate rules rank the causes', async () => {
    const run = await runCli(['logs', 'test/fixtures/logs/logins.log', 'examples/acme', '--format', 'json']);
    const result = JSON.parse(run.stdout);
    assert.match(result.workspace, /examples\/acme/);
    const causes = result.symptoms.find((symptom: { id: string }) => symptom.id === 'no-matching-right').causes;
    assert.ok(causes.some((cause: { verdict: string }) => cause.verdict !== 'unchecked'));
    assert.ok([3, 4].includes(run.code!), `exit ${run.code}`);
  });

  it('only routine messages (XSV-350008): exit 0', async () => {
    const file = path.join(tmp, 'routine.log');
    writeFileSync(file, '2026-10-05 12:00:00 XSV-350008 Session has expired or is invalid.\n');
    const run = await runCli(['logs', file, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
  });

  it('bad input ends with a sentence per file and exit 2, never a stack trace', async () => {
    const run = await runCli(['logs', 'test/fixtures/logs-bad/binary.log', '--format', 'text']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^ims-doctor: test\/fixtures\/logs-bad\/binary\.log:1:1: is not a text log/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    const missing = await runCli(['logs', 'test/fixtures/logs/nope.log']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.log: does not exist/);
  });

  it('a gzipped log is read whatever its name', async () => {
    const file = path.join(tmp, 'rolled');
    writeFileSync(file, gzipSync(`2026-10-05 12:00:00 ${NO_MATCHING_RIGHT_MESSAGE.en} (operator 'a@acme.example')\n`));
    const run = await runCli(['logs', file, '--format', 'json']);
    assert.equal(JSON.parse(run.stdout).hits, 1);
  });
});

describe("the example's logs (examples/acme/logs): English, as Campaign writes them", () => {
  it('no Korean message (Campaign has no Korean UI); the same cases and users, each with the English signatures', async () => {
    const scan = await scanFolder(path.join(ROOT, 'examples/acme/logs'));
    assert.equal(scan.hits, 15);
    assert.deepEqual(scan.signatures.map((signature) => [signature.id, signature.count]).sort(), [
      ['invalid-client', 1],
      ['invalid-scope', 1],
      ['jst-310027', 1],
      ['no-right-en', 9],
      ['xsv-350008', 2],
      ['xsv-350013', 1],
    ]);
    assert.deepEqual(
      scan.users.map((user) => [user.user, user.bySignature]),
      [
        ['lucas.martin@acme.example', { 'no-right-en': 3 }],
        ['minho.kim@acme.example', { 'no-right-en': 2 }],
        ['jane.doe@acme.example', { 'xsv-350008': 1 }],
        ['jisoo.park@acme.example', { 'no-right-en': 1 }],
        ['ops.bot@acme.example', { 'xsv-350013': 1 }],
        ['sofia.garcia@acme.example', { 'no-right-en': 1 }],
        ['yuna.choi@acme.example', { 'no-right-en': 1 }],
        // An operator written by name: a name, not a message of Campaign's.
        ['박지수', { 'no-right-en': 1 }],
      ],
    );
    const run = await runCli(['logs', 'examples/acme/logs', '--format', 'text']);
    const messages = run.stdout
      .split('\n')
      .filter((line) => line.includes(' › '))
      .map((line) => line.replace(/'박지수'/g, ''));
    assert.ok(messages.length > 0);
    for (const line of messages) assert.doesNotMatch(line, /[\uac00-\ud7a3]/, line);
    assert.doesNotMatch(run.stdout, new RegExp(NO_MATCHING_RIGHT_MESSAGE.ko.replace(/\.$/, '')));
  });

  it("in Korean, the symptom gives Campaign's English message with a Korean gloss, never our translation as its words", async () => {
    const run = await runCli(['triage', 'XSV-350008', '--format', 'json', '--lang', 'ko']);
    assert.equal(JSON.parse(run.stdout).matched[0].title, 'XSV-350008: 세션 만료(Campaign은 이 오류를 영어로 표시하며 한국어는 번역입니다)');
    const refused = await runCli(['triage', NO_MATCHING_RIGHT_MESSAGE.en, '--format', 'json', '--lang', 'ko']);
    assert.equal(
      JSON.parse(refused.stdout).matched[0].title,
      'Campaign이 로그인을 거부합니다: "Login does not have any right matching the expression"(번역: 로그인에 표현식과 일치하는 권한이 없습니다)',
    );
  });
});
