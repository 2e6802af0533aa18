import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import net, { type AddressInfo, type Socket } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { LiveCollectOptions } from '../../src/collectors/collect.js';
import { UsageError } from '../../src/cli/exit.js';
import { runFleet } from '../../src/fleet/run-fleet.js';
import { FLEET_RULES } from '../../src/rules/fleet.js';
import { RULES } from '../../src/rules/index.js';
import { Redactor } from '../../src/security/redact.js';
import { englishRuns } from '../i18n/english-leak.js';
import { runCli } from './cli.js';
import { Workspace } from '../support/workspace.js';

const limits = { concurrency: 4, perHost: 4, deadlineMs: 20_000 };
const offline = (): LiveCollectOptions => ({ net: { timeoutMs: 5000, retries: 0 }, secrets: { env: {}, prompt: undefined }, redactor: new Redactor() });

/** Replaces text in a package export, which is ISO-8859-1 (read and written as such). */
function editLatin1(file: string, from: RegExp, to: string): void {
  const before = readFileSync(file, 'latin1');
  const after = before.replace(from, to);
  assert.notEqual(after, before, `nothing to replace in ${file}`);
  writeFileSync(file, after, 'latin1');
}

describe('fleets: --instance across workspaces', () => {
  let acme: Workspace;
  let eu: Workspace;
  before(() => {
    acme = new Workspace();
    // The same organisation's European copy names its stage instance differently.
    eu = new Workspace().edit('ims-doctor.yaml', '- name: stage', '- name: stage-eu').edit('ims-doctor.yaml', 'instance: stage,', 'instance: stage-eu,');
  });
  after(() => {
    acme.dispose();
    eu.dispose();
  });
  const members = (): { target: string; label: string }[] => [
    { target: acme.dir, label: 'acme' },
    { target: eu.dir, label: 'eu' },
  ];

  it('limits the workspaces that have the name, and leaves out those that have none', async () => {
    const both = await runFleet(members(), RULES, FLEET_RULES, { lang: 'en', live: offline(), limits, instances: ['prod'] });
    assert.deepEqual(
      both.result.instances.map((instance) => `${instance.workspace}/${instance.name}`),
      ['acme/prod', 'eu/prod'],
    );
    const one = await runFleet(members(), RULES, FLEET_RULES, { lang: 'en', live: offline(), limits, instances: ['stage-eu'] });
    assert.deepEqual(
      one.result.workspaces!.map((workspace) => [workspace.label, workspace.instances.map((instance) => instance.name)]),
      [['eu', ['stage-eu']]],
    );
    assert.ok(one.result.findings.every((finding) => finding.instance === 'stage-eu' || finding.instance === null));
  });

  it('refuses a name that no workspace has, with the nearest one and its workspace', async () => {
    await assert.rejects(
      runFleet(members(), RULES, FLEET_RULES, { lang: 'en', live: offline(), limits, instances: ['prod', 'stage-e'] }),
      (error: unknown) =>
        error instanceof UsageError &&
        error.message === 'unknown instance "stage-e": none of the 2 workspaces of the fleet describes it (did you mean "stage-eu", in "eu"?).',
    );
    // --ignore RULE@INSTANCE names instances too, as for one workspace.
    await assert.rejects(
      runFleet(members(), RULES, FLEET_RULES, { lang: 'en', live: offline(), limits, ignore: [{ rule: 'client-secret', instance: 'qa' }] }),
      (error: unknown) => error instanceof UsageError && /^unknown instance "qa": none of the 2 workspaces of the fleet describes it\.$/.test(error.message),
    );
  });

  it('refuses it from the command line with exit code 2, in English and Korean, before reading anything live', async () => {
    const en = await runCli(['check', acme.dir, eu.dir, '--instance', 'stage-e', '--format', 'json']);
    assert.equal(en.code, 2);
    assert.equal(en.stdout, '');
    assert.match(en.stderr, /unknown instance "stage-e": none of the 2 workspaces of the fleet describes it \(did you mean "stage-eu", in "[^"]+"\?\)\./);
    const ko = await runCli(['check', acme.dir, eu.dir, '--instance', 'stage-e', '--format', 'json', '--lang', 'ko']);
    assert.equal(ko.code, 2);
    const line = ko.stderr.trim().split('\n').at(-1)!;
    assert.match(
      line,
      /알 수 없는 인스턴스입니다: "stage-e"\. 플릿의 워크스페이스 2개 어디에도 없습니다 \(혹시 이 값을 뜻했습니까\? "stage-eu", 워크스페이스 "[^"]+"\)\./,
    );
    assert.deepEqual(englishRuns(line), []);
  });
});

describe('fleets: probes within the deadline', () => {
  const sockets = new Set<Socket>();
  let silent: net.Server;
  let closedPort = 0;
  let quiet: Workspace;
  let answered: Workspace;
  before(async () => {
    // Accepts, reads, never answers: IMS gone silent.
    silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('data', () => {});
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    // A port nothing listens on: refused at once.
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    quiet = new Workspace();
    answered = new Workspace();
    editLatin1(answered.path('campaign/prod.xml'), /ims-na1\.adobelogin\.com/g, 'ims-refusing.example');
  });
  after(() => {
    for (const socket of sockets) socket.destroy();
    silent.close();
    quiet.dispose();
    answered.dispose();
  });

  it('ends the probes of a silent IMS host at the deadline, while the other workspace is probed in full', { timeout: 60_000 }, async () => {
    const silentPort = (silent.address() as AddressInfo).port;
    const live: LiveCollectOptions = {
      // A request timeout far past the deadline: only the deadline can end the silent probes.
      net: {
        timeoutMs: 600_000,
        retries: 0,
        connectTo: [
          { host: 'ims-na1.adobelogin.com', port: 443, toHost: '127.0.0.1', toPort: silentPort },
          { host: 'ims-refusing.example', port: 443, toHost: '127.0.0.1', toPort: closedPort },
          { host: 'campaign.acme.example', port: 443, toHost: '127.0.0.1', toPort: closedPort },
        ],
      },
      secrets: { env: {}, prompt: undefined },
      redactor: new Redactor(),
    };
    const { result } = await runFleet(
      [
        { target: quiet.dir, label: 'quiet' },
        { target: answered.dir, label: 'answered' },
      ],
      RULES,
      FLEET_RULES,
      { lang: 'en', live, limits: { concurrency: 4, perHost: 4, deadlineMs: 1500 }, instances: ['prod'], probe: true },
    );
    const byLabel = new Map(result.workspaces!.map((workspace) => [workspace.label, workspace]));
    const quietProblems = byLabel.get('quiet')!.problems;
    assert.deepEqual(
      quietProblems.map((problem) => [problem.problemId, problem.params, problem.line]),
      [['probeDeadline', { instance: 'prod', seconds: 1.5 }, 4]],
    );
    assert.match(quietProblems[0]!.message, /^the probes of instance "prod" did not end within its deadline of 1\.5 s: /);
    assert.equal(quietProblems[0]!.file, path.join(quiet.dir, 'ims-doctor.yaml').replace(`${process.cwd()}${path.sep}`, ''));
    // The other workspace's probes ended on their own (IMS refused the connection): recorded, no deadline.
    const answeredProblems = byLabel.get('answered')!.problems;
    assert.deepEqual(
      answeredProblems.map((problem) => problem.problemId),
      ['probeUnreachable'],
    );
    assert.equal(answeredProblems[0]!.params.failure && (answeredProblems[0]!.params.failure as { kind: string }).kind, 'refused');
  });
});
