import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CampaignDouble } from '../../test/doubles/campaign-server.js';
import { BIN, RSS_PROBE, ROOT, dataDir, type BenchCase } from '../lib.js';

const ACME = path.join(ROOT, 'examples/acme');
const WORKSPACES = 20;

function offlineFleet(): string[] {
  const dirs = Array.from({ length: WORKSPACES }, (_, i) => path.join(dataDir(), 'fleet-offline', `ws${String(i + 1).padStart(2, '0')}`));
  for (const dir of dirs) if (!existsSync(dir)) cpSync(ACME, dir, { recursive: true });
  return dirs;
}

/** (f) 20 workspaces of the example in one run vs 20 separate runs: start-up and module loading are paid once. */
export const fleetOffline: BenchCase = {
  name: `check of ${WORKSPACES} example workspaces in one run vs ${WORKSPACES} separate runs`,
  target: '≤ 0.7×',
  maxRatio: 0.7,
  runs: 3,
  prepare: async () => void offlineFleet(),
  baseline: {
    label: `${WORKSPACES} × ims-doctor check WS`,
    argv: ['sh', '-c', `for ws in "$@"; do "${process.execPath}" "${BIN}" check "$ws" --format json > /dev/null; done; exit 0`, 'sh', ...offlineFleet()],
  },
  subject: { label: `ims-doctor check WS1…WS${WORKSPACES}`, argv: [process.execPath, BIN, 'check', ...offlineFleet(), '--format', 'json'], okCodes: [3] },
};

const INSTANCES = Number(process.env.IMS_DOCTOR_BENCH_FLEET_INSTANCES) || 500;
const PER_WORKSPACE = 20;
/** Instances per Campaign double: a server hosting several instances, as the per-host limit expects. */
const PER_SERVER = 10;
const SAMPLE = Math.max(1, Math.round(INSTANCES / 25));
const PASSWORD = 'bench-Op3rator-Pa55word';
const liveDir = path.join(ROOT, 'bench/.data/fleet-live');

/** Workspaces of live instances on `urls` (PER_SERVER instances per server), the first `count` instances. */
function writeLiveFleet(name: string, urls: string[], count: number): string {
  const file = path.join(liveDir, `${name}.yaml`);
  const workspaces: string[] = [];
  for (let w = 0; w * PER_WORKSPACE < count; w++) {
    const dir = path.join(liveDir, name, `ws${w}`);
    mkdirSync(dir, { recursive: true });
    const instances: string[] = [];
    for (let i = w * PER_WORKSPACE; i < Math.min(count, (w + 1) * PER_WORKSPACE); i++) {
      const url = urls[Math.floor(i / PER_SERVER)]!;
      instances.push(
        `  - name: i${i}\n    role: production\n    accessUrl: https://campaign-${i}.bench.example\n` +
          `    campaign: { url: "${url}", user: ims-doctor, passwordEnv: IMS_DOCTOR_BENCH_PASSWORD, allowInsecureHttp: true }`,
      );
    }
    writeFileSync(path.join(dir, 'ims-doctor.yaml'), `instances:\n${instances.join('\n')}\n`);
    workspaces.push(`  - ${path.relative(liveDir, dir)}`);
  }
  writeFileSync(file, `workspaces:\n${workspaces.join('\n')}\n`);
  return file;
}

const liveFleet = path.join(liveDir, 'all.yaml');
const sampleFleet = path.join(liveDir, 'sample.yaml');

/**
 * (g) INSTANCES live instances on Campaign doubles answering each request after 100 ms, with the
 * default concurrency, vs `--concurrency 1` on a sample of INSTANCES/25 instances scaled by 25
 * (the full sequential run would take several minutes).
 */
export const fleetLive: BenchCase = {
  name: `${INSTANCES} live instances (each answer delayed 100 ms) at the default concurrency vs --concurrency 1 (a 1/25 sample, scaled ×25)`,
  target: '≤ 0.1× (10× faster), peak RSS < 512 MB',
  maxRatio: 0.1,
  maxRssMb: 512,
  runs: 1,
  warmup: false,
  baselineScale: INSTANCES / SAMPLE,
  prepare: async () => {
    mkdirSync(liveDir, { recursive: true });
    const servers = await Promise.all(
      Array.from({ length: Math.ceil(INSTANCES / PER_SERVER) }, () =>
        CampaignDouble.start({
          packageFile: path.join(ACME, 'campaign/prod.xml'),
          users: [{ login: 'ims-doctor', password: PASSWORD }],
          faults: [{ kind: 'slow', on: '*', delayMs: 100 }],
        }),
      ),
    );
    // The doubles live as long as the bench runner; they must not keep it alive.
    for (const server of servers) server.unref();
    // The children inherit the runner's environment: the secret never goes on a command line.
    process.env.IMS_DOCTOR_BENCH_PASSWORD = PASSWORD;
    const urls = servers.map((server) => server.url);
    writeLiveFleet('all', urls, INSTANCES);
    writeLiveFleet('sample', urls, SAMPLE);
  },
  baseline: {
    label: `--concurrency 1, ${SAMPLE} instances`,
    argv: [process.execPath, BIN, 'check', '--fleet', sampleFleet, '--concurrency', '1', '--format', 'json'],
    okCodes: [2, 3, 4],
  },
  subject: {
    label: `default concurrency, ${INSTANCES} instances`,
    argv: [process.execPath, '--import', RSS_PROBE, BIN, 'check', '--fleet', liveFleet, '--format', 'json'],
    okCodes: [2, 3, 4],
  },
};
