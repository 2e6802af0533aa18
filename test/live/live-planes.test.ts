import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { loadSnapshot } from '../../src/collectors/snapshot-file.js';
import { runRules } from '../../src/engine/run-rules.js';
import { RULES } from '../../src/rules/index.js';
import { Redactor } from '../../src/security/redact.js';
import { CampaignDouble } from '../doubles/campaign-server.js';
import { DevConsoleDouble } from '../doubles/dev-console-server.js';
import { verdicts } from '../support/verdicts.js';
import { ACME_ORG } from '../support/live-fixture.js';
import { umapiDataFromCsv, UmapiRig, UMAPI_CLIENT_ID, UMAPI_SECRET } from '../support/umapi-rig.js';
import { ACME, Workspace } from '../support/workspace.js';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.aio-login-user-token.c2ln';
const PASSWORD = 'live-planes-Op3rator-pw';
const PROJECT = { orgId: '1234567', projectId: '4566206088344794932', workspaceId: '4566206088344859372' };
/** What the ACME org's user groups carry: the workspace's mapping for the files, the groups UMAPI holds for the live read. */
const CARRIED = { 'Marketing Korea': ['campaign - acme - report'], 'campaign - acme - content': ['campaign - acme - delivery'] };

describe('all three planes live in one workspace', () => {
  it('give the same findings as the equivalent files (Campaign SOAP, UMAPI, Developer Console project)', async () => {
    // The files: the ACME example, its user groups mapped to the profiles they carry.
    const files = new Workspace()
      .write(
        'admin-console/user-groups.yaml',
        Object.entries(CARRIED)
          .map(([group, profiles]) => `"${group}": [${profiles.join(', ')}]\n`)
          .join(''),
      )
      .edit('ims-doctor.yaml', 'users: admin-console/users.csv', 'users: admin-console/users.csv\n  userGroups: admin-console/user-groups.yaml');

    const rig = await UmapiRig.start(umapiDataFromCsv(path.join(ACME, 'admin-console/users.csv'), CARRIED));
    const console = await DevConsoleDouble.start({
      tls: await rig.ca.issue(['developers.adobe.io']),
      workspaces: [{ ...PROJECT, download: JSON.parse(readFileSync(path.join(ACME, 'ims/console.json'), 'utf8')) }],
      tokens: [{ token: TOKEN, apiKey: 'aio-cli-console-auth' }],
    });
    const users = [{ login: 'ims-doctor', password: PASSWORD }];
    const prod = await CampaignDouble.start({ packageFile: path.join(ACME, 'campaign/prod.xml'), users });
    const stage = await CampaignDouble.start({ packageFile: path.join(ACME, 'campaign/stage.xml'), users });
    // The live workspace beside it in the same folder, so that the serverConf files are the same files.
    const live = files
      .write('live.yaml', files.read('ims-doctor.yaml').replace('\n  userGroups: admin-console/user-groups.yaml', ''))
      .edit(
        'live.yaml',
        'campaign: { package: campaign/prod.xml }',
        `campaign: { url: "${prod.url}", user: ims-doctor, passwordEnv: CAMPAIGN_PASSWORD, allowInsecureHttp: true }`,
      )
      .edit(
        'live.yaml',
        'campaign: { package: campaign/stage.xml }',
        `campaign: { url: "${stage.url}", user: ims-doctor, passwordEnv: CAMPAIGN_PASSWORD, allowInsecureHttp: true }`,
      )
      .edit(
        'live.yaml',
        '  console: ims/console.json',
        `  consoleProject: { orgId: "${PROJECT.orgId}", projectId: "${PROJECT.projectId}", workspaceId: "${PROJECT.workspaceId}", tokenEnv: AIO_ACCESS_TOKEN }`,
      )
      .edit('live.yaml', 'users: admin-console/users.csv', `umapi: { orgId: "${ACME_ORG}", clientId: ${UMAPI_CLIENT_ID}, clientSecretEnv: ACME_UMAPI_SECRET }`);
    try {
      const net = {
        // Generous: a loaded machine may take seconds to answer a TLS handshake; no timing is asserted.
        timeoutMs: 30_000,
        retries: 0,
        ca: rig.ca.cert,
        connectTo: [...rig.connectTo(), { host: 'developers.adobe.io', port: 443, toHost: '127.0.0.1', toPort: console.port }],
      };
      const env = { CAMPAIGN_PASSWORD: PASSWORD, AIO_ACCESS_TOKEN: TOKEN, ACME_UMAPI_SECRET: UMAPI_SECRET };
      const online = await collectWorkspace(live.path('live.yaml'), { live: { net, secrets: { env, prompt: undefined }, redactor: new Redactor() } });
      const offline = await collectWorkspace(files.dir);
      assert.deepEqual(online.problems, []);
      assert.equal(online.adminConsole.state, 'ok');

      const liveResult = runRules(online, RULES, { lang: 'en' });
      const fileResult = runRules(offline, RULES, { lang: 'en' });
      // The one thing only a live read can know: the secret Campaign stores (an export never carries it).
      const secretAside = (list: unknown[], from: string, to: string): unknown[] =>
        list.map((verdict) => {
          const { rule, instance, status, messageId } = verdict as { rule: string; instance: string; status: string; messageId: string };
          return rule === 'client-secret' ? { rule, instance, status, messageId: messageId === from ? to : messageId } : verdict;
        });
      assert.deepEqual(secretAside(verdicts(liveResult.findings), '', ''), secretAside(verdicts(fileResult.findings), 'notExported', 'encrypted'));
      assert.deepEqual(liveResult.summary, fileResult.summary);

      // --save-snapshot keeps the live result for offline runs: the same findings, provenance included.
      writeFileSync(files.path('live-snapshot.json'), JSON.stringify(online));
      const replayed = runRules(await loadSnapshot(files.path('live-snapshot.json')), RULES, { lang: 'en' });
      assert.deepEqual(JSON.parse(JSON.stringify(replayed.findings)), JSON.parse(JSON.stringify(liveResult.findings)));

      // Only provenance tells them apart.
      const evidence = liveResult.findings.flatMap((finding) => finding.evidence);
      assert.ok(evidence.some((item) => item.at.endpoint?.startsWith('https://usermanagement.adobe.io/') && item.at.live));
      assert.ok(evidence.some((item) => item.at.endpoint?.startsWith('https://developers.adobe.io/') && item.at.live));
      assert.ok(evidence.some((item) => item.at.endpoint?.startsWith(prod.url) && item.at.live));
      const text = JSON.stringify({ online, liveResult });
      for (const secret of [UMAPI_SECRET, TOKEN, PASSWORD, ...rig.umapi.tokensSeen()]) assert.ok(!text.includes(secret));
    } finally {
      files.dispose();
      await Promise.all([console.close(), rig.close(), prod.close(), stage.close()]);
    }
  });
});
