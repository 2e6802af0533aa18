import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { CampaignDouble } from '../doubles/campaign-server.js';
import { ACME_PROD_SECRET, LiveRig } from '../support/live-fixture.js';
import { ACME, ROOT, Workspace } from '../support/workspace.js';

const BIN = path.join(ROOT, 'dist/bin/ims-doctor.js');
const PASSWORD = 'cli-Op3rator-Pa55word';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 30_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, LANG: 'C', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ims-doctor ${args.join(' ')} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

describe('check --save-snapshot / --snapshot and live runs from the command line', () => {
  let ws: Workspace | undefined;
  let rig: LiveRig | undefined;
  let double: CampaignDouble | undefined;
  afterEach(async () => {
    ws?.dispose();
    await rig?.close();
    await double?.close();
    ws = undefined;
    rig = undefined;
    double = undefined;
  });

  it('replays a saved snapshot offline with the same findings', async () => {
    ws = new Workspace();
    const file = ws.path('snapshot.json');
    const collected = await run(['check', ACME, '--format', 'json', '--save-snapshot', file]);
    const replayed = await run(['check', '--snapshot', file, '--format', 'json']);
    assert.equal(replayed.code, collected.code);
    assert.deepEqual(JSON.parse(replayed.stdout).findings, JSON.parse(collected.stdout).findings);
    const saved = readFileSync(file, 'utf8');
    assert.ok(!saved.includes(ACME_PROD_SECRET), 'the snapshot holds fingerprints, not secrets');
    assert.match(saved, /"fingerprint": "sha256:[0-9a-f]{8}"/);
  });

  it('rejects a malformed snapshot with exit 2 and file:line:col', async () => {
    ws = new Workspace();
    const broken = ws.path('broken.json');
    writeFileSync(broken, '{\n  "schemaVersion": 1,\n  "instances": [\n    {"name": "prod",}\n  ]\n}\n');
    const syntax = await run(['check', '--snapshot', broken]);
    assert.equal(syntax.code, 2);
    assert.match(syntax.stderr, /broken\.json:4:21: is not valid JSON: property name expected/);
    assert.ok(!/\n\s+at /.test(syntax.stderr), 'no stack trace');

    const shape = ws.path('shape.json');
    writeFileSync(
      shape,
      JSON.stringify(
        {
          schemaVersion: 1,
          collectedAt: 'x',
          workspace: { file: 'w', suppressions: [] },
          problems: [],
          instances: [{ name: 'prod', role: 'production', accessUrl: {}, campaign: { state: 'maybe' } }],
        },
        null,
        2,
      ),
    );
    const wrong = await run(['check', '--snapshot', shape]);
    assert.equal(wrong.code, 2);
    assert.match(
      wrong.stderr,
      /shape\.json:\d+:\d+: is not an ims-doctor snapshot: "state" of instances\[0\]\.campaign should be "ok", "absent" or "error", not "maybe"/,
    );

    // A problem this version does not know (a newer ims-doctor, a hand-edited file) is refused, not printed as an id.
    const unknown = ws.path('unknown.json');
    writeFileSync(
      unknown,
      JSON.stringify(
        {
          schemaVersion: 1,
          collectedAt: 'x',
          workspace: { file: 'w', suppressions: [] },
          problems: [{ file: 'a.xml', problem: { id: 'fromTheFuture' } }],
          instances: [],
        },
        null,
        2,
      ),
    );
    const future = await run(['check', '--snapshot', unknown]);
    assert.equal(future.code, 2);
    assert.match(
      future.stderr,
      /unknown\.json:\d+:\d+: is not a snapshot this ims-doctor can read: problems\[0\]\.problem\.id names the problem "fromTheFuture"/,
    );
  });

  it('replays a snapshot holding an unreadable source: the same problem, in the language of the replay', async () => {
    ws = new Workspace().edit('campaign/stage.xml', '</entities>', '</entity>');
    const file = ws.path('snapshot.json');
    const collected = await run(['check', ws.dir, '--format', 'json', '--save-snapshot', file]);
    assert.equal(collected.code, 2);
    const replayed = await run(['check', '--snapshot', file, '--format', 'json']);
    assert.equal(replayed.code, 2);
    assert.deepEqual(JSON.parse(replayed.stdout).problems, JSON.parse(collected.stdout).problems);
    assert.deepEqual(JSON.parse(replayed.stdout).findings, JSON.parse(collected.stdout).findings);
    const korean = await run(['check', '--snapshot', file, '--format', 'json', '--lang', 'ko']);
    assert.match(JSON.parse(korean.stdout).problems[0].message, /^올바른 형식의 XML이 아닙니다/);
  });

  it('reads Campaign live and probes IMS through the bundled CLI, trusting the test CA via NODE_EXTRA_CA_CERTS; no secret in any output', async () => {
    rig = await LiveRig.start();
    double = await CampaignDouble.start({
      packageFile: `${ACME}/campaign/prod.xml`,
      users: [{ login: 'ims-doctor', password: PASSWORD }],
      tls: await rig.ca.issue(['campaign-api.acme.example']),
    });
    ws = new Workspace().edit(
      'ims-doctor.yaml',
      'campaign: { package: campaign/prod.xml }',
      'campaign: { url: "https://campaign-api.acme.example", user: ims-doctor, passwordEnv: ACME_PROD_PASSWORD }',
    );
    const caFile = ws.path('test-ca.pem');
    writeFileSync(caFile, rig.ca.cert);
    const snapshotFile = ws.path('live-snapshot.json');
    const connect = [
      ...rig.connectTo().flatMap((entry) => ['--connect-to', `${entry.host}:${entry.port}:${entry.toHost}:${entry.toPort}`]),
      '--connect-to',
      `campaign-api.acme.example:443:127.0.0.1:${double.port}`,
    ];
    const result = await run(['check', ws.dir, '--format', 'json', '--probe', '--timeout', '5', '--save-snapshot', snapshotFile, ...connect], {
      NODE_EXTRA_CA_CERTS: caFile,
      ACME_PROD_PASSWORD: PASSWORD,
    });
    assert.ok([3, 4].includes(result.code), `exit ${result.code}: ${result.stderr}`);
    const report = JSON.parse(result.stdout) as { findings: { rule: string; instance: string; status: string }[] };
    assert.ok(report.findings.some((finding) => finding.instance === 'prod' && finding.rule === 'external-account' && finding.status === 'fail'));
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8'));
    const prod = snapshot.instances.find((instance: { name: string }) => instance.name === 'prod');
    assert.equal(prod.campaign.state, 'ok');
    assert.equal(prod.campaign.data.live.endpoint, 'https://campaign-api.acme.example/nl/jsp/soaprouter.jsp');
    assert.equal(prod.probes.authorize.outcome, 'login-page');
    assert.equal(prod.probes.clientSecret.outcome, 'accepted');
    for (const output of [result.stdout, result.stderr, readFileSync(snapshotFile, 'utf8')]) {
      assert.ok(!output.includes(PASSWORD), 'the Campaign password appears nowhere');
      assert.ok(!output.includes(ACME_PROD_SECRET), 'the IMS client secret appears nowhere');
    }

    // The same snapshot replays offline with the same findings.
    const replayed = await run(['check', '--snapshot', snapshotFile, '--format', 'json']);
    assert.deepEqual(JSON.parse(replayed.stdout).findings, report.findings);
  });

  it('ends a wrong password, a server down mid-run and a 500 HTML page in one sentence each, never a stack trace', async () => {
    const cases: { faults?: ConstructorParameters<typeof CampaignDouble>[0]['faults']; password?: string; expect: RegExp }[] = [
      { password: 'wrong-password-123', expect: /Campaign refused the login and password of operator "ims-doctor" \(XSV-350022/ },
      { faults: [{ kind: 'down-after', on: 'Logon' }], expect: /refused the connection/ },
      {
        faults: [{ kind: 'html500', on: 'ExecuteQuery' }],
        expect: /answered HTTP 500 to xtk:queryDef#ExecuteQuery \(nms:extAccount\) with an HTML page titled "500 Internal Server Error"/,
      },
      { faults: [{ kind: 'truncated', on: 'ExecuteQuery' }], expect: /not a complete SOAP message/ },
      { faults: [{ kind: 'redirect-loop', on: '/r/test' }], expect: /does not look like a Campaign server: \/r\/test answered HTTP 302/ },
    ];
    for (const entry of cases) {
      double = await CampaignDouble.start({
        packageFile: `${ACME}/campaign/prod.xml`,
        users: [{ login: 'ims-doctor', password: PASSWORD }],
        faults: entry.faults,
      });
      ws = new Workspace().edit(
        'ims-doctor.yaml',
        'campaign: { package: campaign/prod.xml }',
        `campaign: { url: "${double.url}", user: ims-doctor, passwordEnv: ACME_PROD_PASSWORD, allowInsecureHttp: true }`,
      );
      const result = await run(['check', ws.dir, '--format', 'text', '--timeout', '3', '--retries', '1'], { ACME_PROD_PASSWORD: entry.password ?? PASSWORD });
      assert.equal(result.code, 2, `${entry.expect}: exit ${result.code} ${result.stderr}`);
      assert.match(result.stderr, entry.expect);
      assert.ok(!/\n\s+at /.test(result.stderr + result.stdout), 'no stack trace');
      assert.ok(!(result.stderr + result.stdout).includes(PASSWORD));
      await double.close();
      double = undefined;
      ws.dispose();
      ws = undefined;
    }
  });
});
