import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { runCli } from '../support/cli.js';
import { Workspace } from '../support/workspace.js';

/** A variable no test machine exports. */
const VARIABLE = 'IMS_DOCTOR_TEST_UNSET_PASSWORD';

interface Finding {
  rule: string;
  instance: string | null;
  status: string;
  messageId: string;
  params: Record<string, unknown>;
  message: string;
}

describe('an unset passwordEnv: said once, each skipped rule refers to it in one line', () => {
  const ws = new Workspace().edit(
    'ims-doctor.yaml',
    'campaign: { package: campaign/prod.xml }',
    `campaign: { url: "https://campaign-api.acme.example", user: ims-doctor, passwordEnv: ${VARIABLE} }`,
  );
  after(() => ws.remove('.'));
  const env = { [VARIABLE]: '' };

  it('skips with common:skipSecretNotSet {variable, where}, never "could not be read … Fix that file"', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const run = await runCli(['check', ws.dir, '--format', 'json', '--lang', lang], { env });
      assert.equal(run.code, 2, run.stderr);
      const result = JSON.parse(run.stdout) as { findings: Finding[]; problems: { problemId: string; line: number; column: number }[] };
      assert.deepEqual(
        result.problems.map((problem) => [problem.problemId, problem.line, problem.column]),
        [['secretNotSet', 7, 15]],
      );
      const skipped = result.findings.filter((finding) => finding.instance === 'prod' && finding.status === 'skip');
      assert.ok(skipped.length >= 10, `prod's rules that need Campaign are skipped (${skipped.length})`);
      for (const finding of skipped.filter((item) => item.messageId !== 'common:skipPlaneAbsent')) {
        assert.equal(finding.messageId, 'common:skipSecretNotSet', finding.rule);
        assert.deepEqual(finding.params, { variable: VARIABLE, where: { file: `${ws.dir}/ims-doctor.yaml`, line: 7, column: 15 } });
      }
      const message = skipped.find((finding) => finding.messageId === 'common:skipSecretNotSet')!.message;
      assert.equal(
        message,
        lang === 'en'
          ? `Not checked: environment variable ${VARIABLE} is not set (${ws.dir}/ims-doctor.yaml:7:15).`
          : `확인하지 않음: 환경 변수 미설정(${VARIABLE}, ${ws.dir}/ims-doctor.yaml:7:15에서 지정).`,
      );
    }
  });

  it('the text report tells what to export once, not per rule', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const run = await runCli(['check', ws.dir, '--format', 'text', '--lang', lang], { env: { ...env, COLUMNS: '200' } });
      const out = run.stdout;
      const advice = lang === 'en' ? /export it before running ims-doctor/g : /export로 설정하십시오/g;
      assert.equal(out.match(advice)?.length, 1, 'the variable and what to do: once');
      assert.doesNotMatch(out, lang === 'en' ? /yaml:7:15 could not be read|Fix that file/ : /파일을 읽을 수 없습니다|파일을 고친 뒤/);
      const short = lang === 'en' ? /Not checked: environment variable IMS_DOCTOR_TEST_UNSET_PASSWORD is not set/g : /확인하지 않음: 환경 변수 미설정/g;
      assert.ok((out.match(short)?.length ?? 0) >= 10);
    }
  });
});
