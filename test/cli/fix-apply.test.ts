import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { runFixApply } from '../../src/cli/commands/fix-apply.js';
import type { Lang } from '../../src/i18n/lang.js';
import { englishRuns } from '../i18n/english-leak.js';
import { ApplyRig, STAGE_ENV, STAGE_PASSWORD } from '../fix/apply-rig.js';

/** runFixApply with stdout and stderr captured (it prints; the fix command around it lands from another branch). */
async function apply(rig: ApplyRig, outputDir: string, options: { lang?: Lang; yes?: boolean } = {}): Promise<{ code: number; out: string; err: string }> {
  const writes = { out: '', err: '' };
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  // The command writes text; the test runner's own reports (buffers) pass through.
  const capture =
    (into: 'out' | 'err', original: typeof process.stdout.write) =>
    (chunk: string | Uint8Array, ...rest: never[]): boolean =>
      typeof chunk === 'string' ? ((writes[into] += chunk), true) : original(chunk, ...rest);
  process.stdout.write = capture('out', stdout);
  process.stderr.write = capture('err', stderr);
  const previous = process.env[STAGE_ENV];
  process.env[STAGE_ENV] = STAGE_PASSWORD;
  try {
    const code = await runFixApply({
      workspace: rig.ws.dir,
      plan: rig.plan,
      snapshot: rig.snapshot,
      outputDir,
      lang: options.lang ?? 'en',
      yes: options.yes ?? true,
    });
    return { code, ...writes };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
    if (previous === undefined) delete process.env[STAGE_ENV];
    else process.env[STAGE_ENV] = previous;
  }
}

describe('fix --apply (runFixApply) against the Campaign double', () => {
  // One double and one plan for the file; each test starts from the same records.
  let rig: ApplyRig | undefined;
  let dir: string | undefined;
  before(async () => {
    rig = await ApplyRig.start();
  });
  after(async () => {
    await rig?.close();
  });
  afterEach(() => {
    // Whatever happened, the account is whole: the fixed record or the original.
    rig!.assertWhole();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const start = (): void => {
    dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-fix-apply-'));
    rig!.reset();
  };
  const writes = (): number => rig!.double.soapCalls.filter((call) => call.endsWith('#Write')).length;

  it('--yes: shows the plan, writes stage, skips prod (a package export), reminds what is left, checks again', async () => {
    start();
    const { code, out, err } = await apply(rig!, dir!);
    assert.equal(rig!.assertWhole(), 'fixed');
    assert.equal(writes(), 1);
    // Other findings remain (prod is offline, Admin Console and serverConf changes are by hand): exit 3.
    assert.equal(code, 3, out + err);
    assert.match(out, /On stage \(http:\/\/127\.0\.0\.1:\d+\), 1 account to write:/);
    assert.match(out, / {2}Adobe_Marketing_Cloud clientId: "acme-campaign-stage·" → "acme-campaign-stage"/);
    assert.match(out, /stage: applied, every value read back as written \(1 account\)\. Backup: .*stage-\d{8}T\d{6}Z\.xml/);
    assert.match(out, /prod: skipped, nothing written\. It is read from a package export, not live over SOAP: import its package instead\./);
    assert.match(out, /Still to do, which cannot be done from here:/);
    assert.match(out, /The check, run again:\n {2}\d+ failed, /);
    assert.doesNotMatch(out, /9\. .*restart.*stage/i, 'the stage restart is still listed');
    assert.equal(readdirSync(path.join(dir!, 'backup')).length, 1);
    assert.doesNotMatch(out + err, new RegExp(STAGE_PASSWORD));
  });

  it('without a terminal and without --yes, nothing is written: exit 2 with a sentence', async () => {
    start();
    const { code, err } = await apply(rig!, dir!, { yes: false });
    assert.equal(code, 2);
    assert.equal(err, 'ims-doctor: nothing was written: there is no terminal to ask on; add --yes to apply without asking.\n');
    assert.equal(writes(), 0);
    assert.equal(existsSync(path.join(dir!, 'backup')), false);
    assert.equal(rig!.assertWhole(), 'original');
  });

  it('a backup that cannot be written: nothing is written, exit 2', async () => {
    start();
    writeFileSync(path.join(dir!, 'backup'), 'a file where the backup folder goes');
    const { code, out } = await apply(rig!, dir!);
    assert.equal(code, 2);
    assert.match(out, /stage: skipped, nothing written\. The backup .*stage-\d{8}T\d{6}Z\.xml could not be written \(\w+\): nothing is written without one\./);
    assert.equal(writes(), 0);
    assert.equal(rig!.assertWhole(), 'original');
  });

  it('a refused write, in Korean: restored, said so with the fault, exit 2, no English sentence and no secret', async () => {
    start();
    rig!.fault({ kind: 'refuse', on: 'Write', times: 1 });
    const { code, out, err } = await apply(rig!, dir!, { lang: 'ko' });
    assert.equal(code, 2, out + err);
    assert.equal(rig!.assertWhole(), 'original');
    assert.match(out, /stage: 적용하지 않음\. 쓴 값을 모두 되돌렸고, 다시 읽은 값이 이전과 같습니다\./);
    assert.match(out, /계정 Adobe_Marketing_Cloud 쓰기 실패: Campaign이 xtk:session#Write \(nms:extAccount\) 호출에 SOAP 오류로 응답했습니다/);
    // The collector's allowInsecureHttp warning follows LANG, not --lang: not this command's text.
    const own = err
      .split('\n')
      .filter((line) => !line.includes('allowInsecureHttp'))
      .join('\n');
    assert.deepEqual(englishRuns(out + own), []);
    assert.doesNotMatch(out + err, new RegExp(STAGE_PASSWORD));
  });
});
