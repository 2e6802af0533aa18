import assert from 'node:assert/strict';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { collectAdminConsoleUsers } from '../../src/collectors/admin-console-users.js';
import { liveSourceProblem, readAdminConsoleLive } from '../../src/collectors/live/live-sources.js';
import { collectAdminConsoleLive, retryAfterUntil, type UmapiProgress } from '../../src/collectors/live/umapi.js';
import { InputError } from '../../src/inputs/input-error.js';
import { UmapiError, type UmapiFact, type UmapiFactKind } from '../../src/collectors/live/umapi-errors.js';
import { render } from '../../src/i18n/catalogue.js';
import { UMAPI } from '../../src/i18n/umapi.js';
import { adminConsoleUserAt } from '../../src/model/admin-console-at.js';
import type { AdminConsolePlane } from '../../src/model/snapshot.js';
import { scaledTime, type UmapiDoubleGroup, type UmapiDoubleUser } from '../doubles/umapi-server.js';
import { englishRuns } from '../i18n/english-leak.js';
import { ACME_ORG } from '../support/live-fixture.js';
import { planeContent, umapiClient, umapiDataFromCsv, UmapiRig, UMAPI_CLIENT_ID, UMAPI_SECRET } from '../support/umapi-rig.js';
import { ACME } from '../support/workspace.js';

const CSV = path.join(ACME, 'admin-console/users.csv');
const USERS_ENDPOINT = `https://usermanagement.adobe.io/v2/usermanagement/users/${encodeURIComponent(ACME_ORG)}`;

/** Every secret the read handled: the client secret and each token UMAPI saw. */
function secretsOf(rig: UmapiRig): string[] {
  return [UMAPI_SECRET, ...rig.umapi.tokensSeen()];
}

function assertNoSecret(rig: UmapiRig, ...values: unknown[]): void {
  for (const value of values) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    for (const secret of secretsOf(rig)) assert.ok(!text.includes(secret), `a secret leaked: ${text.slice(0, 200)}`);
  }
}

/** The read's one fact, or a failed assertion when it did not fail that way. */
async function factOf(promise: Promise<AdminConsolePlane>, kind: UmapiFactKind): Promise<UmapiFact> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof UmapiError, `not a UmapiError: ${String(error)}`);
    assert.equal(error.fact.kind, kind, error.message);
    return error.fact;
  }
  assert.fail(`the read succeeded where ${kind} was expected`);
}

function people(count: number, groups: (i: number) => string[]): UmapiDoubleUser[] {
  return Array.from({ length: count }, (_, i) => ({
    email: `user${i}@acme.example`,
    username: `user${i}@acme.example`,
    type: 'federatedID',
    groups: groups(i),
  }));
}

describe('live Admin Console (UMAPI) against the UMAPI and IMS doubles', () => {
  let rig: UmapiRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  it('reads the same users and profiles as the CSV export of the same people', async () => {
    rig = await UmapiRig.start(umapiDataFromCsv(CSV));
    const live = await collectAdminConsoleLive(rig.config(), rig.options());
    const file = await collectAdminConsoleUsers(CSV);
    assert.deepEqual(planeContent(live), planeContent(file));
    assert.equal(live.userCount, 9);

    // What only the live read knows: which names are user groups, and where each user was read.
    // User groups stay apart from profiles, as in the export's "User Groups" column.
    assert.deepEqual(live.userGroups?.map((group) => group.name).sort(), ['Marketing Korea', 'campaign - acme - content']);
    assert.deepEqual(live.live?.unlisted, []);
    assert.equal(live.source, USERS_ENDPOINT);
    const lucas = live.users.find((user) => user.email === 'lucas.martin@acme.example')!;
    assert.deepEqual(adminConsoleUserAt(live, lucas), { endpoint: `${USERS_ENDPOINT}/0`, path: 'umapi users page 0, user 5', live: true });
    assert.deepEqual(live.profiles[0]!.at, { endpoint: `${USERS_ENDPOINT}/0`, path: 'umapi users page 0, user 1, groups', live: true });
    // The CSV plane keeps its lines.
    assert.deepEqual(adminConsoleUserAt(file, file.users[4]!, 'email'), { file: CSV, line: 6, path: 'Email' });

    // Users with directOnly=false, groups first; the token, never the secret, is sent to UMAPI.
    assert.deepEqual(
      rig.umapi.requests.map((request) => `${request.list} ${request.page} ${request.directOnly} ${request.status}`),
      ['groups 0 null 200', 'users 0 false 200'],
    );
    assert.ok(rig.umapi.requests.every((request) => request.apiKey === UMAPI_CLIENT_ID));
    assert.deepEqual(rig.ims.issued, [{ clientId: UMAPI_CLIENT_ID, scope: 'openid,AdobeID,user_management_sdk' }]);
    assertNoSecret(rig, live);
  });

  it('pages until lastPage and names the page and position of each user', async () => {
    rig = await UmapiRig.start({ ...umapiDataFromCsv(CSV), pageSize: 4, groupPageSize: 3 });
    const live = await collectAdminConsoleLive(rig.config(), rig.options());
    assert.deepEqual(planeContent(live), planeContent(await collectAdminConsoleUsers(CSV)));
    assert.deepEqual(live.live?.pageStarts, [1, 5, 9]);
    const ninth = live.users[8]!;
    assert.equal(ninth.email, 'ops.bot@acme.example');
    assert.deepEqual(adminConsoleUserAt(live, ninth), { endpoint: `${USERS_ENDPOINT}/2`, path: 'umapi users page 2, user 1', live: true });
    assert.deepEqual(adminConsoleUserAt(live, live.users[5]!), { endpoint: `${USERS_ENDPOINT}/1`, path: 'umapi users page 1, user 2', live: true });
    assert.deepEqual(
      rig.umapi.requests.filter((request) => request.list === 'users').map((request) => request.page),
      [0, 1, 2],
    );
  });

  it('holds the product profiles a user gets through a user group, which the CSV export does not show', async () => {
    const groups: UmapiDoubleGroup[] = [
      { groupName: 'campaign - acme - delivery', type: 'PRODUCT_PROFILE', productName: 'Adobe Campaign' },
      { groupName: 'campaign - acme - report', type: 'PRODUCT_PROFILE', productName: 'Adobe Campaign' },
      { groupName: 'Marketing Korea', type: 'USER_GROUP', profiles: ['campaign - acme - delivery', 'campaign - acme - report'] },
    ];
    rig = await UmapiRig.start({
      groups,
      users: [
        { email: 'jisoo.park@acme.example', username: 'jisoo.park@acme.example', groups: ['Marketing Korea'] },
        { email: 'minho.kim@acme.example', username: 'minho', groups: ['campaign - acme - delivery', 'Marketing Korea'] },
      ],
    });
    const live = await collectAdminConsoleLive(rig.config(), rig.options());
    assert.deepEqual(planeContent(live).users, [
      { email: 'jisoo.park@acme.example', username: '', profiles: ['campaign - acme - delivery', 'campaign - acme - report'], userGroups: ['Marketing Korea'] },
      // Held directly and through the group: once (as UMAPI lists it).
      {
        email: 'minho.kim@acme.example',
        username: 'minho',
        profiles: ['campaign - acme - delivery', 'campaign - acme - report'],
        userGroups: ['Marketing Korea'],
      },
    ]);
    assert.deepEqual(planeContent(live).profiles, [
      { name: 'campaign - acme - delivery', userCount: 2 },
      { name: 'campaign - acme - report', userCount: 2 },
    ]);
    assert.deepEqual(planeContent(live).userGroups, [{ name: 'Marketing Korea', userCount: 2 }]);
  });

  it('leaves administrative groups out of the profiles, as the CSV export does', async () => {
    rig = await UmapiRig.start({
      groups: [
        { groupName: 'campaign - acme - delivery', type: 'PRODUCT_PROFILE' },
        { groupName: '_admin_campaign - acme - delivery', type: 'PRODUCT_ADMIN_GROUP' },
        { groupName: 'Administrators', type: 'SYSADMIN_GROUP' },
      ],
      users: [
        {
          email: 'jane.doe@acme.example',
          groups: ['_org_admin', 'Administrators', '_admin_campaign - acme - delivery', 'campaign - acme - delivery', '_developer_Photoshop - Default'],
        },
      ],
    });
    const live = await collectAdminConsoleLive(rig.config(), rig.options());
    assert.deepEqual(planeContent(live).users, [{ email: 'jane.doe@acme.example', username: '', profiles: ['campaign - acme - delivery'], userGroups: [] }]);
    assert.deepEqual(
      live.profiles.map((profile) => profile.name),
      ['campaign - acme - delivery'],
    );
  });

  for (const variant of [
    { retryAfter: 'seconds', window: 'fixed' },
    { retryAfter: 'date', window: 'fixed' },
    { retryAfter: 'seconds', window: 'sliding' },
  ] as const) {
    it(`sends no request before its Retry-After (${variant.retryAfter}, ${variant.window} window)`, async () => {
      // A minute of one real second; 2 users pages and 1 groups page a minute, 5 users pages and 2 groups pages to read.
      const time = scaledTime(60);
      rig = await UmapiRig.start({
        users: people(9, (i) => [`profile ${i % 3}`]),
        groups: [
          { groupName: 'profile 0', type: 'PRODUCT_PROFILE' },
          { groupName: 'profile 1', type: 'PRODUCT_PROFILE' },
          { groupName: 'profile 2', type: 'PRODUCT_PROFILE' },
        ],
        pageSize: 2,
        groupPageSize: 2,
        limits: { users: 2, groups: 1 },
        clock: time.clock,
        ...variant,
      });
      const events: UmapiProgress[] = [];
      const live = await collectAdminConsoleLive(
        rig.config(),
        rig.options({ clock: time.clock, sleep: time.sleep, onProgress: (event) => events.push(event) }),
      );
      assert.equal(live.userCount, 9);

      const requests = rig.umapi.requests;
      const throttled = requests.filter((request) => request.status === 429);
      assert.ok(throttled.length >= 3, `expected throttling, got ${requests.map((r) => r.status).join(',')}`);
      for (const refused of throttled) {
        const next = requests.find((request) => request.at > refused.at && request.list === refused.list);
        assert.ok(next, 'a throttled request was never sent again');
        assert.ok(next.at >= refused.allowedAt!, `sent ${refused.allowedAt! - next.at} ms before its Retry-After (${refused.retryAfter})`);
        // And not needlessly late (a loaded machine may delay a timer by a few real ms).
        assert.ok(next.at - refused.allowedAt! < 20_000, `waited ${next.at - refused.allowedAt!} ms more than Retry-After asked`);
      }
      if (variant.retryAfter === 'date') assert.match(throttled[0]!.retryAfter!, /GMT$/);
      else assert.match(throttled[0]!.retryAfter!, /^\d+$/);

      // Progress: pages, users so far, and each wait announced before it starts.
      const waits = events.filter((event) => event.waitingMs > 0);
      assert.equal(waits.length, throttled.length);
      const last = events.at(-1)!;
      assert.equal(last.done, true);
      assert.equal(last.usersRead, 9);
      assert.ok(last.waitedMs >= waits.reduce((sum, event) => sum + event.waitingMs, 0) - 1);
      const userPages = events.filter((event) => event.list === 'users' && event.waitingMs === 0 && !event.done);
      assert.deepEqual(
        userPages.map((event) => event.usersRead),
        [2, 4, 6, 8, 9],
      );
      assert.equal(userPages[0]!.pageCount, 5);
      assert.equal(userPages[0]!.totalUsers, 9);
    });
  }

  it('ends at once when Adobe asks to wait past the deadline', async () => {
    // A minute of 5 real seconds: the deadline (30 s) is 2.5 real seconds away, the wait Adobe asks for longer.
    const time = scaledTime(12);
    rig = await UmapiRig.start({ users: people(9, () => []), pageSize: 2, limits: { users: 2, groups: 5 }, clock: time.clock });
    const started = Date.now();
    const fact = await factOf(
      collectAdminConsoleLive(rig.config({ deadlineMs: 30_000 }), rig.options({ clock: time.clock, sleep: time.sleep })),
      'throttled-beyond-deadline',
    );
    assert.ok(Date.now() - started < 2500, 'it waited instead of ending');
    assert.ok(fact.kind === 'throttled-beyond-deadline' && fact.retryAfterMs > 30_000 && fact.pagesRead === 3 && fact.usersRead === 4, JSON.stringify(fact));
    assert.equal(rig.umapi.requests.filter((request) => request.status === 429).length, 1);
  });

  it('ends each error in one fact, without the secret or the token', async () => {
    const data = umapiDataFromCsv(CSV);
    const cases: { kind: UmapiFactKind; start: Parameters<typeof UmapiRig.start>[0]; config?: Parameters<UmapiRig['config']>[0] }[] = [
      { kind: 'invalid-client', start: data, config: { clientSecret: 'p8e-S2S-an-old-rotated-secret' } },
      { kind: 'token-refused', start: { ...data, clients: [umapiClient({ scopes: ['openid', 'AdobeID'] })] } },
      { kind: 'forbidden', start: { ...data, credentials: [{ clientId: UMAPI_CLIENT_ID, orgId: ACME_ORG, umapi: false }] } },
      { kind: 'org-invalid', start: data, config: { orgId: '0000000000000000DEADBEEF@AdobeOrg' } },
      { kind: 'unauthorized', start: { ...data, imsJwk: 'foreign' } },
      { kind: 'unexpected-answer', start: { ...data, pageSize: 4, neverLastPage: true } },
    ];
    for (const item of cases) {
      rig = await UmapiRig.start(item.start);
      const fact = await factOf(collectAdminConsoleLive(rig.config(item.config), rig.options()), item.kind);
      for (const lang of ['en', 'ko'] as const) {
        const sentence = render(UMAPI, { id: 'failure', params: { fact } }, lang);
        assertNoSecret(rig, fact, sentence);
        assert.doesNotMatch(sentence, /undefined|null|\[object/);
      }
      const problem = new UmapiError(fact).toProblem();
      assert.equal(problem.problem.id, 'umapiFailure');
      assert.match(
        problem.file,
        fact.kind === 'invalid-client' || fact.kind === 'token-refused'
          ? /^https:\/\/ims-na1\.adobelogin\.com\/ims\/token\/v3$/
          : /^https:\/\/usermanagement\.adobe\.io\/v2\/usermanagement\/(groups|users)\//,
      );
      if (fact.kind === 'invalid-client') assert.equal(fact.clientId, UMAPI_CLIENT_ID);
      if (fact.kind === 'org-invalid') assert.equal(fact.orgId, '0000000000000000DEADBEEF@AdobeOrg');
      if (fact.kind === 'token-refused') assert.equal(fact.error, 'invalid_scope');
      if (fact.kind === 'unexpected-answer') assert.ok(fact.reason === 'no-last-page' && fact.endpoint.endsWith('/3?directOnly=false'), JSON.stringify(fact));
      await rig.close();
      rig = undefined;
    }
  });

  it('names a network failure, and never retries the token request', async () => {
    rig = await UmapiRig.start(umapiDataFromCsv(CSV));
    // Where IMS should be: a server that cuts every connection (a transient failure a GET would retry).
    let connections = 0;
    const cutter = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => cutter.listen(0, '127.0.0.1', resolve));
    const connectTo = rig
      .connectTo()
      .map((entry) => (entry.host === 'ims-na1.adobelogin.com' ? { ...entry, toPort: (cutter.address() as AddressInfo).port } : entry));
    try {
      const fact = await factOf(
        collectAdminConsoleLive(rig.config(), rig.options({ net: { timeoutMs: 2000, retries: 3, backoffMs: 1, ca: rig.ca.cert, connectTo } })),
        'network',
      );
      assert.ok(
        fact.kind === 'network' && fact.failure.kind === 'reset' && fact.endpoint === 'https://ims-na1.adobelogin.com/ims/token/v3',
        JSON.stringify(fact),
      );
      assert.equal(connections, 1);
      assert.equal(rig.umapi.requests.length, 0);
    } finally {
      await new Promise<void>((resolve) => cutter.close(() => resolve()));
    }
  });

  it('gets a new token once when UMAPI stops accepting the first one mid-read', async () => {
    rig = await UmapiRig.start({ ...umapiDataFromCsv(CSV), pageSize: 3 });
    const current = rig;
    const live = await collectAdminConsoleLive(
      rig.config(),
      rig.options({ onProgress: (event) => event.list === 'users' && event.pagesRead === 1 && current.umapi.revokeSeen() }),
    );
    assert.equal(live.userCount, 9);
    assert.equal(rig.ims.issued.length, 2);
    assert.deepEqual(
      rig.umapi.requests.map((request) => `${request.list} ${request.page} ${request.status}`),
      ['groups 0 200', 'users 0 200', 'users 1 401', 'users 1 200', 'users 2 200'],
    );
    assertNoSecret(rig, live);
  });

  it('reads the secret of a workspace source from its environment variable, and turns a failure into a snapshot problem', async () => {
    rig = await UmapiRig.start(umapiDataFromCsv(CSV));
    const source = { orgId: ACME_ORG, clientId: UMAPI_CLIENT_ID, clientSecretEnv: 'ACME_UMAPI_SECRET', at: { file: 'ims-doctor.yaml', line: 20, column: 3 } };
    const { net, redactor } = rig.options();
    const live = await readAdminConsoleLive(source, { net, redactor, secrets: { env: { ACME_UMAPI_SECRET: UMAPI_SECRET }, prompt: undefined } });
    assert.equal(live.userCount, 9);
    await assert.rejects(
      readAdminConsoleLive(source, { net, redactor, secrets: { env: {}, prompt: undefined } }),
      (error: unknown) => error instanceof InputError && error.file === 'ims-doctor.yaml' && error.line === 20,
    );
    let problem;
    try {
      await readAdminConsoleLive(source, { net, redactor, secrets: { env: { ACME_UMAPI_SECRET: 'p8e-S2S-wrong' }, prompt: undefined } });
    } catch (error) {
      problem = liveSourceProblem(error);
    }
    assert.deepEqual(problem?.file, 'https://ims-na1.adobelogin.com/ims/token/v3');
    assert.equal(problem?.problem.id, 'umapiFailure');
    assert.equal(liveSourceProblem(new Error('a bug')), undefined);
  });

  it('reads Retry-After in seconds and as an HTTP date', () => {
    assert.equal(retryAfterUntil('38', 1_000), 39_000);
    assert.equal(retryAfterUntil(['2', '5'], 0), 2_000);
    assert.equal(retryAfterUntil('Wed, 21 Oct 2026 07:28:00 GMT', 0), Date.parse('2026-10-21T07:28:00Z'));
    assert.equal(retryAfterUntil('soon', 0), undefined);
    assert.equal(retryAfterUntil(undefined, 0), undefined);
  });

  it('says every fact and the progress line in English and Korean', () => {
    const failure = { kind: 'refused', host: 'usermanagement.adobe.io' } as const;
    const facts: UmapiFact[] = [
      { kind: 'invalid-client', imsServer: 'https://ims-na1.adobelogin.com', clientId: 'acme-umapi-s2s', status: 401 },
      {
        kind: 'token-refused',
        imsServer: 'https://ims-na1.adobelogin.com',
        clientId: 'acme-umapi-s2s',
        status: 400,
        error: 'invalid_scope',
        description: 'scope not allowed',
      },
      { kind: 'token-refused', imsServer: 'https://ims-na1.adobelogin.com', clientId: 'acme-umapi-s2s', status: 500, error: 'HTTP 500', description: '' },
      { kind: 'org-invalid', orgId: 'X@AdobeOrg', endpoint: USERS_ENDPOINT, status: 400, message: 'Bad organization Id' },
      { kind: 'forbidden', clientId: 'acme-umapi-s2s', endpoint: USERS_ENDPOINT, status: 403, result: '' },
      { kind: 'forbidden', clientId: 'acme-umapi-s2s', endpoint: USERS_ENDPOINT, status: 200, result: 'error.apikey.invalid' },
      { kind: 'unauthorized', orgId: ACME_ORG, endpoint: USERS_ENDPOINT, status: 401 },
      {
        kind: 'throttled-beyond-deadline',
        endpoint: USERS_ENDPOINT,
        retryAfterMs: 3_600_000,
        deadlineMs: 21_600_000,
        elapsedMs: 20_000_000,
        pagesRead: 1,
        usersRead: 200,
      },
      { kind: 'deadline-passed', endpoint: USERS_ENDPOINT, deadlineMs: 60_000, pagesRead: 3, usersRead: 1 },
      { kind: 'network', endpoint: USERS_ENDPOINT, failure },
      ...(['status', 'not-json', 'shape', 'result', 'no-last-page'] as const).map((reason): UmapiFact => ({
        kind: 'unexpected-answer',
        endpoint: USERS_ENDPOINT,
        status: 502,
        reason,
        result: 'error',
      })),
    ];
    const progress: UmapiProgress[] = [
      { list: 'token', pagesRead: 0, pageCount: undefined, usersRead: 0, totalUsers: undefined, waitingMs: 0, waitedMs: 0, elapsedMs: 0, done: false },
      { list: 'groups', pagesRead: 1, pageCount: 1, usersRead: 0, totalUsers: undefined, waitingMs: 0, waitedMs: 0, elapsedMs: 50, done: false },
      {
        list: 'users',
        pagesRead: 12,
        pageCount: 5000,
        usersRead: 2400,
        totalUsers: 1_000_000,
        waitingMs: 38_000,
        waitedMs: 65_000,
        elapsedMs: 70_000,
        done: false,
      },
      {
        list: 'users',
        pagesRead: 5000,
        pageCount: 5000,
        usersRead: 1_000_000,
        totalUsers: 1_000_000,
        waitingMs: 0,
        waitedMs: 11_000_000,
        elapsedMs: 12_000_000,
        done: true,
      },
    ];
    const sentences = [
      ...facts.map((fact) => (lang: 'en' | 'ko') => render(UMAPI, { id: 'failure', params: { fact } }, lang)),
      ...progress.map((event) => (lang: 'en' | 'ko') => render(UMAPI, { id: 'progress', params: { progress: event } }, lang)),
    ];
    for (const say of sentences) {
      const en = say('en');
      const ko = say('ko');
      for (const text of [en, ko]) assert.doesNotMatch(text, /undefined|null|NaN|\[object/, text);
      assert.deepEqual(englishRuns(ko), [], ko);
      assert.notEqual(en, ko);
    }
    assert.equal(
      render(UMAPI, { id: 'progress', params: { progress: progress[2]! } }, 'en'),
      "Admin Console (UMAPI): 12 of 5,000 pages, 2,400 of 1,000,000 users; waiting 38 s, as Adobe's throttling asks (1 min 5 s waited in all)",
    );
    assert.equal(
      render(UMAPI, { id: 'progress', params: { progress: progress[3]! } }, 'ko'),
      'Admin Console(UMAPI): 3시간 20분 동안 사용자 1,000,000명 읽음(Adobe 요청 제한으로 3시간 3분 대기).',
    );
  });
});
