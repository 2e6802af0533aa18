import { readFileSync } from 'node:fs';
import { collectAdminConsoleLive } from '../src/collectors/live/umapi.js';
import { Redactor } from '../src/security/redact.js';
import { scaledTimeFrom } from '../test/doubles/umapi-server.js';

/**
 * The subject of the UMAPI bench (bench/cases/umapi.ts): one live read of the org the bench's
 * doubles serve, on the doubles' scaled clock. Argument: a JSON file the case wrote.
 */
interface ReadSpec {
  imsServer: string;
  umapiBase: string;
  caFile: string;
  orgId: string;
  clientId: string;
  secretEnv: string;
  scale: number;
  origin: number;
  realStart: number;
  expectedUsers: number;
}

const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ReadSpec;
const time = scaledTimeFrom(spec.scale, spec.origin, spec.realStart);
const plane = await collectAdminConsoleLive(
  {
    orgId: spec.orgId,
    clientId: spec.clientId,
    clientSecret: process.env[spec.secretEnv] ?? '',
    imsServer: spec.imsServer,
    umapiBase: spec.umapiBase,
    deadlineMs: 24 * 3_600_000,
  },
  { net: { timeoutMs: 30_000, retries: 0, ca: readFileSync(spec.caFile, 'utf8') }, redactor: new Redactor(), clock: time.clock, sleep: time.sleep },
);
if (plane.userCount !== spec.expectedUsers) {
  process.stderr.write(`read ${plane.userCount} users, expected ${spec.expectedUsers}\n`);
  process.exitCode = 1;
}
const cpu = process.cpuUsage();
process.stdout.write(`${plane.userCount} users, ${plane.profiles.length} profiles, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms of CPU\n`);
