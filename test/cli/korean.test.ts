import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { RULES } from '../../src/rules/index.js';
import { runCli, type CliRun } from '../support/cli.js';
import { englishRuns } from '../support/english.js';
import { Workspace } from '../support/workspace.js';

const HANGUL = /[\uac00-\ud7a3]/;
/** Every rule, so that each one's skip and problem sentences are checked. */
const RULES_IN_KOREAN = RULES.map((rule) => rule.id).join(',');

/** Exit 2, a Korean sentence on stderr, and no English sentence anywhere but in values quoted from the inputs. */
function assertKorean(run: CliRun, expect: RegExp): void {
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, expect);
  for (const line of run.stderr.split('\n').filter(Boolean)) {
    assert.match(line, /^ims-doctor: /, line);
    assert.match(line, HANGUL, `not Korean: ${line}`);
  }
  assert.doesNotMatch(run.stderr + run.stdout, /\n\s+at .*:\d+:\d+\)?\n/, 'no stack trace');
  assert.deepEqual(englishRuns(run.stderr), [], `English on stderr:\n${run.stderr}`);
  assert.deepEqual(englishRuns(run.stdout), [], `English on stdout:\n${run.stdout}`);
}

/** `--lang ko` with bad inputs: every sentence the tool makes is Korean; only quoted values stay as written. */
describe('bad input in Korean (--lang ko)', () => {
  let ws: Workspace | undefined;
  afterEach(() => {
    ws?.dispose();
    ws = undefined;
  });
  const check = (...extra: string[]): Promise<CliRun> => runCli(['check', ws!.dir, '--lang', 'ko', '--format', 'text', ...extra]);
  const checkKorean = (): Promise<CliRun> => check('--only', RULES_IN_KOREAN);

  it('malformed package XML: the problem, and the rules that skip because of it', async () => {
    ws = new Workspace().edit('campaign/stage.xml', '</entities>', '</entity>');
    const run = await check();
    assertKorean(run, /campaign\/stage\.xml:\d+:\d+: 올바른 형식의 XML이 아닙니다: 닫는 태그가 열린 요소와 맞지 않습니다/);
    assert.match(run.stdout, /확인하지 않음: .*stage\.xml:\d+:\d+ 파일을 읽을 수 없습니다/);
  });

  it('a parser message never quotes the source: an unclosed tag is told by its position only', async () => {
    ws = new Workspace().write(
      'campaign/stage.xml',
      '<?xml version="1.0"?>\n<package><entities schema="nms:extAccount"><extAccount clientSecret="p8e-SECRET-IN-TAG"\n',
    );
    const run = await check();
    assertKorean(run, /stage\.xml:\d+:\d+: 올바른 형식의 XML이 아닙니다/);
    assert.doesNotMatch(run.stderr + run.stdout, /p8e-SECRET-IN-TAG|clientSecret/);
  });

  it('malformed workspace YAML', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', '  - name: prod', '  - name: [prod');
    const run = await check();
    assertKorean(run, /ims-doctor\.yaml:\d+:\d+: 여기서 시작한 목록\(\[\)이 닫히지 않았습니다\(\] 없음\)\./);
    assert.equal(run.stdout, '');
  });

  it('YAML with a duplicate key, reported by kind and position', async () => {
    ws = new Workspace().edit('ims/client.yaml', /^(clientId:.*)$/m, '$1\nclientId: other');
    assertKorean(await checkKorean(), /client\.yaml:\d+:\d+: 올바른 YAML이 아닙니다: 키가 중복되었습니다/);
  });

  it('an unknown workspace key, with the suggestion', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', '    accessUrl: https://campaign.acme.example', '    accesUrl: https://campaign.acme.example');
    assertKorean(await check(), /ims-doctor\.yaml:6:5: 알 수 없는 키입니다\("accesUrl", 위치: 인스턴스 #1\)\. 혹시 "accessUrl" 키입니까\?/);
  });

  it('an ignore entry without its reason', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', ', reason: "rotated 2026-10-01, ticket 4711"', '');
    assertKorean(await check(), /"ignore" 항목 #1: "reason" 키가 없습니다/);
  });

  it('malformed Developer Console JSON', async () => {
    ws = new Workspace().edit('ims/console.json', '"name": "ACME Corp",', '"name": "ACME Corp"');
    assertKorean(await checkKorean(), /ims\/console\.json:9:7: 올바른 JSON이 아닙니다: 쉼표\(,\)가 있어야 합니다/);
  });

  it('a CSV that is not an Admin Console export', async () => {
    ws = new Workspace().write('admin-console/users.csv', 'name,mail\nx,y\n');
    assertKorean(await check(), /users\.csv:1:1: Admin Console 사용자 내보내기 파일이 아닙니다/);
  });

  it('a missing file, an empty one and a binary one', async () => {
    ws = new Workspace().remove('ims/client.yaml').write('campaign/prod-serverConf.xml', '');
    ws.write('admin-console/users.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x10]));
    const run = await checkKorean();
    assertKorean(run, /ims\/client\.yaml: 파일이 없습니다\./);
    assert.match(run.stderr, /users\.csv:1:\d+: 텍스트 파일이 아닙니다/);
  });

  it('a folder where a file is expected', async () => {
    ws = new Workspace().remove('ims/client.yaml');
    mkdirSync(ws.path('ims/client.yaml'));
    assertKorean(await checkKorean(), /ims\/client\.yaml: 파일이 아니라 폴더입니다\./);
  });

  it('a workspace folder without ims-doctor.yaml', async () => {
    ws = new Workspace();
    rmSync(ws.path('ims-doctor.yaml'));
    assertKorean(await check(), /ims-doctor\.yaml이 없습니다/);
  });

  it('an unknown rule, an unknown instance, a bad --format and a bad --timeout', async () => {
    ws = new Workspace();
    assertKorean(await check('--only', 'client-idd'), /알 수 없는 규칙입니다: "client-idd" \(혹시 이 값을 뜻했습니까\? "client-id"\)/);
    assertKorean(await check('--instance', 'qa'), /알 수 없는 인스턴스입니다: "qa"/);
    assertKorean(
      await runCli(['check', ws.dir, '--lang', 'ko', '--format', 'htm']),
      /--format은 .* 중 하나여야 합니다\. 지원하지 않는 형식입니다: "htm" \(혹시 이 값을 뜻했습니까\? "html"\)/,
    );
    assertKorean(await check('--timeout', 'soon'), /--timeout은 .*"soon"/);
    assertKorean(
      await runCli(['explain', 'a@acme.example', ws.dir, '--lang', 'ko', '--format', 'yaml']),
      /이 명령의 --format은 "text" 또는 "json"이어야 합니다/,
    );
    // Commander's own parse errors, told from their code.
    assertKorean(
      await runCli(['check', ws.dir, '--lang', 'ko', '--fromat', 'json']),
      /알 수 없는 옵션입니다: "--fromat" \(혹시 이 값을 뜻했습니까\? "--format"\)/,
    );
    assertKorean(await runCli(['explain', '--lang=ko']), /필요한 인수가 없습니다: "who"/);
  });

  it('a bad HAR file and a binary log, from the symptom-first commands', async () => {
    ws = new Workspace().write('broken.har', '{"log": {"entries": [').write('binary.log', Buffer.from([0x41, 0x00, 0x42]));
    assertKorean(await runCli(['har', ws.path('broken.har'), '--lang', 'ko', '--format', 'text']), /broken\.har:\d+:\d+: 파일이 잘렸습니다/);
    assertKorean(await runCli(['logs', ws.path('binary.log'), '--lang', 'ko', '--format', 'text']), /binary\.log:1:1: 텍스트 로그가 아닙니다/);
  });

  it('a malformed snapshot', async () => {
    ws = new Workspace().write('snapshot.json', '{"schemaVersion": 1}');
    assertKorean(
      await runCli(['check', '--snapshot', ws.path('snapshot.json'), '--lang', 'ko']),
      /snapshot\.json:1:1: ims-doctor 스냅샷이 아닙니다\. 스냅샷: "collectedAt" 항목이 없습니다/,
    );
  });
});

describe('the English detector of these tests', () => {
  it('finds an English sentence, and lets quoted values, paths, options and product names through', () => {
    assert.deepEqual(englishRuns('ims-doctor: a/b.yaml:1:1: is not valid YAML: bad indentation.'), ['is not valid']);
    assert.deepEqual(englishRuns('stage.xml:3:4: 올바른 XML이 아닙니다: a closing tag is missing.'), ['a closing tag is missing']);
    assert.deepEqual(
      englishRuns(
        'ims-doctor: a/b.yaml:1:1: 알 수 없는 키입니다("does not exist here", 위치: 인스턴스 #1). --output-dir DIR, Admin Console, https://x.example/a b',
      ),
      [],
    );
  });
});
