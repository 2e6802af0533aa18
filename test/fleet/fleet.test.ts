import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, cpSync, readFileSync } from 'node:fs';
import net, { type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { collectFromConfig, type LiveCollectOptions } from '../../src/collectors/collect.js';
import { readWorkspaceConfig } from '../../src/collectors/workspace-config.js';
import { exitCodeOf, runRules } from '../../src/engine/run-rules.js';
import { InputError } from '../../src/inputs/input-error.js';
import { readFleetFile } from '../../src/fleet/fleet-file.js';
import { runFleet } from '../../src/fleet/run-fleet.js';
import { instanceVariable } from '../../src/fleet/schedule.js';
import { summarize, type Summary } from '../../src/model/finding.js';
import { render } from '../../src/reporters/index.js';
import { FLEET_RULES } from '../../src/rules/fleet.js';
import { RULES } from '../../src/rules/index.js';
import { Redactor } from '../../src/security/redact.js';
import { CampaignDouble } from '../doubles/campaign-server.js';
import { runCli } from './cli.js';
import { draft2020Validator } from '../support/schema.js';
import { ACME, ROOT } from '../support/workspace.js';

const PASSWORD = 'fleet-Op3rator-Pa55word';
const offline = (): LiveCollectOptions => ({ net: { timeoutMs: 5000, retries: 0 }, secrets: { env: {}, prompt: undefined }, redactor: new Redactor() });
const limits = { concurrency: 16, perHost: 4, deadlineMs: 20_000 };

function add(a: Summary, b: Summary): Summary {
  return {
    pass: a.pass + b.pass,
    warn: a.warn + b.warn,
    fail: a.fail + b.fail,
    skip: a.skip + b.skip,
    error: a.error + b.error,
    suppressed: a.suppressed + b.suppressed,
  };
}

/** One workspace alone, as `check WS` runs it: its summary and exit code (an unreadable workspace: nothing, exit 2). */
async function separately(target: string): Promise<{ summary: Summary; exitCode: number }> {
  try {
    const config = await readWorkspaceConfig(target);
    const result = runRules(await collectFromConfig(config, { live: offline() }), RULES, { lang: 'en' });
    return { summary: result.summary, exitCode: exitCodeOf(result) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { summary: summarize([]), exitCode: 2 };
  }
}

describe('fleets: the example and two broken copies', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-fleet-'));
    for (const name of ['acme', 'broken-package', 'broken-yaml']) cpSync(ACME, path.join(dir, 'orgs', name), { recursive: true });
    // A package cut half-way: a source problem of that workspace, its other sources still read.
    const pkg = path.join(dir, 'orgs/broken-package/campaign/prod.xml');
    writeFileSync(pkg, readFileSync(pkg, 'latin1').slice(0, 400), 'latin1');
    // A workspace file that is not YAML: the whole workspace is unreadable, the others still run.
    writeFileSync(path.join(dir, 'orgs/broken-yaml/ims-doctor.yaml'), 'instances: [\n');
    writeFileSync(path.join(dir, 'fleet.yaml'), 'workspaces:\n  - orgs/*/ims-doctor.yaml\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives counts equal to the sum of the three separate runs, and the worst exit code', async () => {
    const members = await readFleetFile(path.join(dir, 'fleet.yaml'));
    assert.equal(members.length, 3);
    const { result } = await runFleet(members, RULES, FLEET_RULES, { lang: 'en', live: offline(), limits });
    const alone = await Promise.all(members.map((member) => separately(member.target)));
    const sum = alone.reduce((total, one) => add(total, one.summary), summarize([]));
    assert.deepEqual(
      result.workspaces!.reduce((total, one) => add(total, one.summary), summarize([])),
      sum,
    );
    assert.deepEqual(
      result.workspaces!.map((workspace) => workspace.exitCode),
      alone.map((one) => one.exitCode),
    );
    // The fleet's own findings come on top, each with workspace null.
    const across = result.findings.filter((finding) => finding.workspace === null);
    assert.deepEqual(result.summary, add(sum, summarize(across)));
    assert.equal(result.schemaVersion, 3);
    assert.equal(exitCodeOf(result), 2, 'an unreadable source makes the fleet incomplete');
    assert.ok(result.findings.every((finding) => finding.workspace === null || members.some((member) => member.label === finding.workspace)));
    const yamlProblem = result.workspaces!.find((workspace) => workspace.label.endsWith('broken-yaml'))!.problems[0]!;
    assert.equal(yamlProblem.problemId, 'yamlUnclosedFlow');
    assert.equal(yamlProblem.line, 1, 'where the [ opens, not past the end of the file');
  });

  it('runs from the command line: --fleet gives the same JSON counts; text opens with the fleet table', async () => {
    const json = await runCli(['check', '--fleet', path.join(dir, 'fleet.yaml'), '--format', 'json']);
    assert.equal(json.code, 2, json.stderr);
    const result = JSON.parse(json.stdout) as { summary: Summary; workspaces: { label: string }[] };
    assert.equal(result.workspaces.length, 3);
    const validate = draft2020Validator(path.join(ROOT, 'docs/result.schema.json'));
    assert.deepEqual(validate(result), []);
    const text = await runCli(['check', path.join(dir, 'orgs/acme'), path.join(dir, 'orgs/broken-package'), '--format', 'text']);
    assert.match(text.stdout, /^Fleet: 2 workspaces, 4 instances \(worst first\)/);
    // Worst first: the workspace with an unreadable source comes before the merely failing one.
    const rows = text.stdout.split('\n').slice(2, 6);
    assert.match(rows[0]!, /broken-package/);
    const ko = await runCli(['check', path.join(dir, 'orgs/acme'), path.join(dir, 'orgs/broken-package'), '--format', 'text', '--lang', 'ko']);
    assert.match(ko.stdout, /^플릿: 워크스페이스 2개, 인스턴스 4개\(심각한 순\)/);
  });

  it('renders SARIF with one run per workspace and JUnit with one suite per workspace', async () => {
    const members = await readFleetFile(path.join(dir, 'fleet.yaml'));
    const { result } = await runFleet(members, RULES, FLEET_RULES, { lang: 'en', live: offline(), limits });
    const sarif = JSON.parse(await render('sarif', result, { color: false })) as { runs: { automationDetails: { id: string } }[] };
    assert.deepEqual(
      sarif.runs.map((item) => item.automationDetails.id),
      [...members.map((member) => `ims-doctor/${member.label}/`), 'ims-doctor/fleet/'],
    );
    const junit = await render('junit', result, { color: false });
    assert.deepEqual(
      [...junit.matchAll(/<testsuite name="([^"]*)"/g)].map((match) => match[1]),
      [...members.map((member) => member.label), 'fleet'],
    );
  });

  it('reports fleet-duplicate-instance when the same workspace is listed twice', async () => {
    const { result } = await runFleet(
      [
        { target: path.join(dir, 'orgs/acme'), label: 'one' },
        { target: path.join(dir, 'orgs/acme'), label: 'two' },
      ],
      RULES,
      FLEET_RULES,
      { lang: 'en', live: offline(), limits, only: ['fleet-duplicate-instance'] },
    );
    assert.deepEqual(
      result.findings.map((finding) => [finding.rule, finding.status, finding.messageId, finding.params.url]),
      [
        ['fleet-duplicate-instance', 'warn', 'listedTwice', 'https://campaign.acme.example'],
        ['fleet-duplicate-instance', 'warn', 'listedTwice', 'https://campaign-stage.acme.example'],
      ],
    );
  });
});

describe('fleets: live instances within their limits', () => {
  const workspaces: string[] = [];
  after(() => {
    for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
  });
  const liveWorkspace = (url: string): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-fleet-live-'));
    cpSync(ACME, dir, { recursive: true });
    const file = path.join(dir, 'ims-doctor.yaml');
    const yaml = readFileSync(file, 'utf8').replace(
      'campaign: { package: campaign/prod.xml }',
      `campaign: { url: "${url}", user: ims-doctor, passwordEnv: P, allowInsecureHttp: true }`,
    );
    writeFileSync(file, yaml);
    workspaces.push(dir);
    return dir;
  };
  const live = (): LiveCollectOptions => ({
    net: { timeoutMs: 30_000, retries: 0 },
    secrets: { env: { P: PASSWORD }, prompt: undefined },
    redactor: new Redactor(),
  });

  it('ends a silent server at its deadline as a problem of that instance, while the others finish', async () => {
    const sockets = new Set<Socket>();
    // Accepts, reads, never answers.
    const silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('data', () => {});
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const double = await CampaignDouble.start({ packageFile: `${ACME}/campaign/prod.xml`, users: [{ login: 'ims-doctor', password: PASSWORD }] });
    try {
      const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const { result } = await runFleet(
        [
          { target: liveWorkspace(silentUrl), label: 'silent' },
          { target: liveWorkspace(double.url), label: 'answering' },
          { target: ACME, label: 'offline' },
        ],
        RULES,
        FLEET_RULES,
        { lang: 'en', live: live(), limits: { concurrency: 4, perHost: 4, deadlineMs: 10_000 } },
      );
      const byLabel = new Map(result.workspaces!.map((workspace) => [workspace.label, workspace]));
      assert.deepEqual(
        byLabel.get('silent')!.problems.map((problem) => [problem.file, problem.problemId, problem.params]),
        [[silentUrl, 'instanceDeadline', { instance: 'prod', seconds: 10 }]],
      );
      assert.deepEqual(byLabel.get('answering')!.problems, [], 'the answering server was read in full');
      assert.equal(byLabel.get('offline')!.problems.length, 0);
      assert.equal(result.problems.find((problem) => problem.problemId === 'instanceDeadline')!.workspace, 'silent');
      assert.match(result.problems[0]!.message, /was not read within its deadline of 10 s/);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await double.close();
    }
  });

  it('never has more requests in flight to one host than --per-host, nor more instances than --concurrency', async () => {
    const double = await CampaignDouble.start({
      packageFile: `${ACME}/campaign/prod.xml`,
      users: [{ login: 'ims-doctor', password: PASSWORD }],
      faults: [{ kind: 'slow', on: '*', delayMs: 30 }],
    });
    try {
      const members = Array.from({ length: 4 }, (_, index) => ({ target: liveWorkspace(double.url), label: `ws${index}` }));
      const { result } = await runFleet(members, RULES, FLEET_RULES, { lang: 'en', live: live(), limits: { concurrency: 6, perHost: 2, deadlineMs: 60_000 } });
      assert.equal(result.problems.length, 0);
      assert.equal(double.maxInFlight, 2, 'four instances on one host, two requests at a time');

      double.maxInFlight = 0;
      await runFleet(members.slice(0, 2), RULES, FLEET_RULES, { lang: 'en', live: live(), limits: { concurrency: 1, perHost: 4, deadlineMs: 60_000 } });
      assert.equal(double.maxInFlight, 1, 'one instance at a time reads sequentially');
    } finally {
      await double.close();
    }
  });

  it('names a secret variable per workspace and instance', () => {
    assert.equal(instanceVariable('ACC_PASSWORD', 'orgs/acme-eu', 'prod'), 'ACC_PASSWORD_ORGS_ACME_EU_PROD');
  });
});

describe('fleets: progress', () => {
  it('names the slow instances, counts the done ones, and stays silent when not at a terminal', async () => {
    const { fleetProgress } = await import('../../src/fleet/progress.js');
    let now = 0;
    const written: string[] = [];
    const stream = { isTTY: true, columns: 200, write: (text: string) => written.push(text) };
    const progress = fleetProgress('en', { stream, now: () => now, intervalMs: 60_000, force: true })!;
    progress.planned(3);
    progress.begin('acme/prod');
    progress.begin('acme/stage');
    progress.end('acme/stage');
    now = 31_000;
    progress.close();
    assert.equal(written.at(-2), '\r\u001b[2K1/3 instances checked · waiting for acme/prod (31 s)');
    assert.equal(fleetProgress('en', { stream: { isTTY: false, write: () => true } }), undefined);
    const ko: string[] = [];
    const korean = fleetProgress('ko', { stream: { isTTY: false, write: (text: string) => ko.push(text) }, force: true, now: () => 0 })!;
    korean.planned(2);
    korean.close();
    assert.deepEqual(ko, ['인스턴스 0/2개 검사함\n']);
  });
});
