import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ImsDouble } from '../../test/doubles/ims-server.js';
import { TestCa } from '../../test/doubles/tls.js';
import { scaledTime, UmapiDouble, type UmapiDoubleGroup, type UmapiDoubleUser } from '../../test/doubles/umapi-server.js';
import { RSS_PROBE, ROOT, dataDir, type BenchCase } from '../lib.js';
import { NAMES, PROFILES } from './population.js';

const USERS = 1_000_000;
const PAGE_SIZE = 200;
const USERS_PER_MINUTE = 25;
/**
 * One throttling minute lasts this many real milliseconds (IMS_DOCTOR_BENCH_MINUTE_MS to change it).
 * Scaling time compresses the minute but not the cost of a request: 25 pages (about 5 ms each for
 * client and double together on an idle machine) must fit in one minute for the throttle, not the
 * machine, to set the pace. 250 ms leaves room for that; 100 ms does not.
 */
const MINUTE_MS = Number(process.env.IMS_DOCTOR_BENCH_MINUTE_MS) || 250;
const SCALE = 60_000 / MINUTE_MS;
const ORG = '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg';
const CLIENT_ID = 'acme-umapi-s2s';
const SECRET_ENV = 'IMS_DOCTOR_BENCH_UMAPI_SECRET';
const SECRET = 'p8e-S2S-bench-secret-VW1hcGlCZW5jaA';

/**
 * The time the throttle allows: the users pages are sent in bursts of 25, one burst a minute, so the
 * last page can be asked for (pages / 25 − 1) minutes after the first; the one groups page goes
 * through its own bucket meanwhile.
 */
const PAGES = Math.ceil(USERS / PAGE_SIZE);
const ALLOWED_MS = (Math.ceil(PAGES / USERS_PER_MINUTE) - 1) * MINUTE_MS;

const GROUPS: UmapiDoubleGroup[] = [
  ...PROFILES.map((groupName): UmapiDoubleGroup => ({ groupName, type: 'PRODUCT_PROFILE', productName: 'Adobe Campaign' })),
  { groupName: 'Marketing Korea', type: 'USER_GROUP', profiles: ['campaign - acme - delivery', 'campaign - acme - report'] },
  { groupName: 'campaign - acme - report', type: 'PRODUCT_PROFILE', productName: 'Adobe Campaign' },
];

/** User i of the org, made when its page is asked for (as the CSV bench's generator makes its rows). */
function user(i: number): UmapiDoubleUser {
  const [firstname, lastname] = NAMES[i % NAMES.length]!;
  const groups: string[] = i % 3 === 0 ? [PROFILES[i % PROFILES.length]!, PROFILES[(i + 1) % PROFILES.length]!] : [PROFILES[i % PROFILES.length]!];
  if (i % 10 === 0) groups.push('Marketing Korea');
  return {
    id: `${(1e12 + i).toString(16).toUpperCase()}@AcmeFed`,
    email: `user${i}@acme.example`,
    username: `user${i}@acme.example`,
    domain: 'acme.example',
    firstname,
    lastname,
    country: 'KR',
    type: 'federatedID',
    status: 'active',
    groups,
  };
}

const specFile = path.join(ROOT, 'bench/.data/umapi-read.json');

/** (e) A live read of a 1,000,000-user org against the UMAPI double with the documented limits, time scaled, vs the time its throttle allows. */
export const umapi: BenchCase = {
  name: `live UMAPI read of a 1,000,000-user org (a minute lasts ${MINUTE_MS} ms) vs the time the throttle allows`,
  target: '≤ 1.1×',
  maxRatio: 1.1,
  maxRssMb: 512,
  runs: 1,
  // The baseline is a timer and the subject reads nothing from disk: nothing to warm.
  warmup: false,
  async prepare() {
    dataDir();
    process.env[SECRET_ENV] = SECRET;
    const ca = await TestCa.create();
    const ims = await ImsDouble.start({
      tls: await ca.issue(['127.0.0.1']),
      clients: [
        {
          clientId: CLIENT_ID,
          clientSecret: SECRET,
          redirectUriPatterns: [],
          defaultRedirectUri: '',
          scopes: ['openid', 'AdobeID', 'user_management_sdk'],
          serverToServer: { orgId: ORG },
        },
      ],
      users: [],
    });
    const time = scaledTime(SCALE);
    // Plain http: the bench measures the client's reading, not TLS on the loopback.
    const double = await UmapiDouble.start({
      ims: { jwk: ims.publicJwk(), issuer: 'https://ims-na1.adobelogin.com' },
      credentials: [{ clientId: CLIENT_ID, orgId: ORG, umapi: true }],
      users: { count: USERS, user },
      groups: GROUPS,
      pageSize: PAGE_SIZE,
      limits: { users: USERS_PER_MINUTE, groups: 5 },
      clock: time.clock,
    });
    ims.unref();
    double.unref();
    const caFile = path.join(ROOT, 'bench/.data/umapi-ca.pem');
    writeFileSync(caFile, ca.cert);
    writeFileSync(
      specFile,
      JSON.stringify({
        imsServer: ims.url,
        umapiBase: double.base,
        caFile,
        orgId: ORG,
        clientId: CLIENT_ID,
        secretEnv: SECRET_ENV,
        scale: SCALE,
        origin: time.origin,
        realStart: time.realStart,
        expectedUsers: USERS,
      }),
    );
  },
  baseline: {
    label: `the throttle's ${(ALLOWED_MS / 1000).toFixed(1)} s`,
    argv: [process.execPath, '-e', `setTimeout(() => {}, ${ALLOWED_MS})`],
  },
  subject: {
    label: 'collectAdminConsoleLive (1M users)',
    argv: [process.execPath, '--import', RSS_PROBE, path.join(ROOT, 'dist/bench/umapi-read.js'), specFile],
  },
};
