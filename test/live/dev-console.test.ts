import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { collectDeveloperConsoleExport } from '../../src/collectors/ims-client.js';
import { collectDeveloperConsoleLive, type DevConsoleLiveConfig } from '../../src/collectors/live/dev-console.js';
import { liveSourceProblem, readDeveloperConsoleLive } from '../../src/collectors/live/live-sources.js';
import { DevConsoleError, type DevConsoleFact, type DevConsoleFactKind } from '../../src/collectors/live/dev-console-errors.js';
import { render } from '../../src/i18n/catalogue.js';
import { DEV_CONSOLE } from '../../src/i18n/dev-console.js';
import type { ImsPlane } from '../../src/model/snapshot.js';
import { Redactor } from '../../src/security/redact.js';
import { DevConsoleDouble, type DevConsoleDoubleOptions } from '../doubles/dev-console-server.js';
import { TestCa } from '../doubles/tls.js';
import { englishRuns } from '../i18n/english-leak.js';
import { ACME_ORG, ACME_PROD_SECRET } from '../support/live-fixture.js';
import { ACME } from '../support/workspace.js';

const EXPORT = path.join(ACME, 'ims/console.json');
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.aio-login-user-token-for-tests.c2ln';
const IDS = { orgId: '1234567', projectId: '4566206088344794932', workspaceId: '4566206088344859372' };
const ENDPOINT = `https://developers.adobe.io/console/organizations/${IDS.orgId}/projects/${IDS.projectId}/workspaces/${IDS.workspaceId}/download`;

/** The plane without provenance: what the rules compare. */
function content(plane: ImsPlane): unknown {
  return JSON.parse(JSON.stringify(plane, (key, value: unknown) => (key === 'at' || key === 'sources' ? undefined : value)));
}

describe('live Developer Console project against the Developer Console double', () => {
  let ca: TestCa | undefined;
  let double: DevConsoleDouble | undefined;
  afterEach(async () => {
    await double?.close();
    double = undefined;
  });

  async function start(options: Partial<DevConsoleDoubleOptions> = {}): Promise<(config?: Partial<DevConsoleLiveConfig>) => Promise<ImsPlane>> {
    ca ??= await TestCa.create();
    double = await DevConsoleDouble.start({
      tls: await ca.issue(['developers.adobe.io']),
      workspaces: [{ ...IDS, download: JSON.parse(readFileSync(EXPORT, 'utf8')) }],
      tokens: [{ token: TOKEN, apiKey: 'aio-cli-console-auth' }],
      ...options,
    });
    const port = double.port;
    const authority = ca.cert;
    return (config = {}) =>
      collectDeveloperConsoleLive(
        { ...IDS, accessToken: TOKEN, tokenEnv: 'AIO_ACCESS_TOKEN', ...config },
        {
          net: { timeoutMs: 4000, retries: 0, ca: authority, connectTo: [{ host: 'developers.adobe.io', port: 443, toHost: '127.0.0.1', toPort: port }] },
          redactor: new Redactor(),
        },
      );
  }

  async function factOf(promise: Promise<ImsPlane>, kind: DevConsoleFactKind): Promise<DevConsoleFact> {
    try {
      await promise;
    } catch (error) {
      assert.ok(error instanceof DevConsoleError, String(error));
      assert.equal(error.fact.kind, kind, error.message);
      return error.fact;
    }
    assert.fail(`expected ${kind}`);
  }

  it('reads the same IMS client as the export of the same project, provenance marked live', async () => {
    const read = await start();
    const live = await read();
    const file = await collectDeveloperConsoleExport(EXPORT);
    assert.deepEqual(content(live), content(file));
    assert.equal(live.clientId?.value, 'acme-campaign-prod');
    assert.equal(live.orgId?.value, ACME_ORG);
    assert.deepEqual(live.clientId?.at, { endpoint: ENDPOINT, path: 'project.workspace.details.credentials[0].oauth2.client_id', live: true });
    assert.deepEqual(
      live.redirectUriPatterns?.map((item) => item.at.path),
      ['project.workspace.details.credentials[0].oauth2.redirect_uri[0]'],
    );
    assert.deepEqual(live.sources, [ENDPOINT]);
    assert.equal(live.clientSecret?.value.form, 'plain');
    const text = JSON.stringify(live);
    assert.ok(!text.includes(ACME_PROD_SECRET) && !text.includes(TOKEN));
    assert.deepEqual(
      double!.requests.map((request) => `${request.apiKey} ${request.status}`),
      ['aio-cli-console-auth 200'],
    );
  });

  it('picks an OAuth Web App credential by name among several', async () => {
    const download = JSON.parse(readFileSync(EXPORT, 'utf8')) as { project: { workspace: { details: { credentials: Record<string, unknown>[] } } } };
    const credentials = download.project.workspace.details.credentials;
    credentials.unshift({
      id: '1',
      name: 'Analytics reporting',
      integration_type: 'oauth_server_to_server',
      oauth_server_to_server: { client_id: 'x', client_secrets: ['y'] },
    });
    credentials.push({
      id: '566999',
      name: 'Campaign stage login',
      integration_type: 'oauthwebapp',
      oauth2: {
        client_id: 'acme-campaign-stage',
        redirect_uri: 'https://campaign-stage\\.acme\\.example(/.*)?',
        defaultRedirectUri: 'https://www.adobe.com/',
      },
    });
    const read = await start({ workspaces: [{ ...IDS, download }] });
    assert.equal((await read()).clientId?.value, 'acme-campaign-prod');
    const stage = await read({ credential: 'Campaign stage login' });
    assert.equal(stage.clientId?.value, 'acme-campaign-stage');
    assert.equal(stage.clientSecret, undefined);
    assert.deepEqual(
      stage.redirectUriPatterns?.map((item) => item.value),
      ['https://campaign-stage\\.acme\\.example(/.*)?'],
    );
    assert.equal(stage.clientId?.at.path, 'project.workspace.details.credentials[2].oauth2.client_id');
    const fact = await factOf(read({ credential: 'Campaign prod' }), 'credential-not-found');
    assert.ok(fact.kind === 'credential-not-found' && fact.available.join('|') === 'Campaign production login|Campaign stage login');
  });

  it('ends each error in one fact, without the token or the secret', async () => {
    const noWebApp = {
      project: {
        org: { ims_org_id: ACME_ORG },
        workspace: { details: { credentials: [{ integration_type: 'oauth_server_to_server' }, { integration_type: 'service' }] } },
      },
    };
    const cases: { kind: DevConsoleFactKind; options?: Partial<DevConsoleDoubleOptions>; config?: Partial<DevConsoleLiveConfig> }[] = [
      { kind: 'unauthorized', config: { accessToken: 'eyJ.expired-token-of-yesterday.sig' } },
      { kind: 'forbidden', config: { apiKey: 'some-other-client' } },
      { kind: 'not-found', config: { workspaceId: '4566206088344859999' } },
      { kind: 'no-web-app', options: { workspaces: [{ ...IDS, download: noWebApp }] } },
      { kind: 'unexpected-answer', options: { fault: { status: 200, body: '<html>maintenance</html>' } } },
      { kind: 'unexpected-answer', options: { fault: { status: 500, body: '{}' } } },
      { kind: 'unexpected-answer', options: { fault: { status: 200, body: '{"project":{}}' } } },
    ];
    for (const item of cases) {
      const read = await start(item.options);
      const fact = await factOf(read(item.config), item.kind);
      for (const lang of ['en', 'ko'] as const) {
        const sentence = render(DEV_CONSOLE, { id: 'failure', params: { fact } }, lang);
        for (const secret of [TOKEN, ACME_PROD_SECRET]) assert.ok(!sentence.includes(secret) && !JSON.stringify(fact).includes(secret));
        assert.doesNotMatch(sentence, /undefined|null|\[object/);
        if (lang === 'ko') assert.deepEqual(englishRuns(sentence), [], sentence);
      }
      assert.deepEqual(new DevConsoleError(fact).toProblem(), {
        file: ENDPOINT.replace(IDS.workspaceId, item.config?.workspaceId ?? IDS.workspaceId),
        problem: { id: 'devConsoleFailure', params: { fact } },
      });
      if (fact.kind === 'no-web-app') assert.deepEqual(fact.found, ['oauth_server_to_server', 'service']);
      await double!.close();
      double = undefined;
    }
  });

  it('reads the token of a workspace source from its environment variable', async () => {
    await start();
    const net = {
      timeoutMs: 4000,
      retries: 0,
      ca: ca!.cert,
      connectTo: [{ host: 'developers.adobe.io', port: 443, toHost: '127.0.0.1', toPort: double!.port }],
    };
    const source = { ...IDS, tokenEnv: 'AIO_ACCESS_TOKEN', at: { file: 'ims-doctor.yaml', line: 9 } };
    const plane = await readDeveloperConsoleLive(source, { net, redactor: new Redactor(), secrets: { env: { AIO_ACCESS_TOKEN: TOKEN }, prompt: undefined } });
    assert.equal(plane.clientId?.value, 'acme-campaign-prod');
    let problem;
    try {
      await readDeveloperConsoleLive(source, { net, redactor: new Redactor(), secrets: { env: { AIO_ACCESS_TOKEN: 'eyJ.stale.sig' }, prompt: undefined } });
    } catch (error) {
      problem = liveSourceProblem(error);
    }
    assert.equal(problem?.problem.id, 'devConsoleFailure');
    assert.equal(problem?.file, ENDPOINT);
  });

  it('names a network failure', async () => {
    const read = await start();
    await double!.close();
    double = undefined;
    const fact = await factOf(read(), 'network');
    assert.ok(fact.kind === 'network' && fact.failure.kind === 'refused' && fact.endpoint === ENDPOINT);
    for (const lang of ['en', 'ko'] as const) assert.doesNotMatch(render(DEV_CONSOLE, { id: 'failure', params: { fact } }, lang), /undefined/);
  });
});
