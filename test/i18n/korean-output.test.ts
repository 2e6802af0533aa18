import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { LiveRig } from '../support/live-fixture.js';
import { ROOT, Workspace } from '../support/workspace.js';
import { englishRuns } from './english-leak.js';

const BIN = path.join(ROOT, 'dist/bin/ims-doctor.js');

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, LANG: 'C', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

describe('a Korean report holds no English sentence, only quoted values', () => {
  let rig: LiveRig | undefined;
  let ws: Workspace | undefined;
  afterEach(async () => {
    await rig?.close();
    ws?.dispose();
  });

  it('check examples/acme --probe --lang ko, in text and in the JSON messages', async () => {
    rig = await LiveRig.start();
    ws = new Workspace();
    const caFile = ws.path('test-ca.pem');
    writeFileSync(caFile, rig.ca.cert);
    const connect = rig.connectTo().flatMap((entry) => ['--connect-to', `${entry.host}:${entry.port}:${entry.toHost}:${entry.toPort}`]);
    for (const format of ['text', 'json']) {
      const result = await run(['check', ws.dir, '--probe', '--lang', 'ko', '--format', format, '--timeout', '5', ...connect], { NODE_EXTRA_CA_CERTS: caFile });
      assert.ok([3, 4].includes(result.code), result.out);
      const prose =
        format === 'json'
          ? (
              JSON.parse(result.out) as {
                findings: { title: string; message: string; remediation: string | null; evidence: { label: string; value: string }[] }[];
              }
            ).findings
              .flatMap((finding) => [finding.title, finding.message, finding.remediation ?? '', ...finding.evidence.map((item) => item.label)])
              .join('\n')
          : result.out;
      assert.deepEqual(englishRuns(prose), [], `English in the Korean ${format} report`);
    }
  });
});
