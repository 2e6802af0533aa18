import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { collectImsClientFile, mergeImsPlanes } from '../../src/collectors/ims-client.js';
import { collectDeveloperConsoleLive } from '../../src/collectors/live/dev-console.js';
import { collectAdminConsoleLive } from '../../src/collectors/live/umapi.js';
import { runRules } from '../../src/engine/run-rules.js';
import type { Finding } from '../../src/model/finding.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { RULES } from '../../src/rules/index.js';
import { Redactor } from '../../src/security/redact.js';
import { DevConsoleDouble } from '../doubles/dev-console-server.js';
import { umapiDataFromCsv, UmapiRig, UMAPI_SECRET } from '../support/umapi-rig.js';
import { ACME } from '../support/workspace.js';

/** What a finding says, without where its values were read (file:line or endpoint, and the source's name). */
function verdicts(findings: Finding[]): unknown[] {
  const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'at' || key === 'source' ? undefined : item)));
  return findings.map((finding) => ({
    rule: finding.rule,
    instance: finding.instance,
    status: finding.status,
    messageId: finding.messageId,
    params: strip(finding.params),
    remediationId: finding.remediationId,
    remediationParams: strip(finding.remediationParams),
    evidence: finding.evidence.map((item) => ({ field: item.field, value: item.value })),
  }));
}

describe(
  'live people and IMS planes in the ACME workspace',
  { todo: 'written before the example became realistic (issue 9: no secret, user groups apart from profiles); update its expectations to the merged example' },
  () => {
    it(
      'give the same findings as the Admin Console export and the Developer Console export',
      { todo: 'written before the example became realistic (issue 9); update to the merged example' },
      async () => {
        const files = await collectWorkspace(ACME);

        const rig = await UmapiRig.start(umapiDataFromCsv(path.join(ACME, 'admin-console/users.csv')));
        const token = 'eyJhbGciOiJSUzI1NiJ9.aio-login-user-token.c2ln';
        const console = await DevConsoleDouble.start({
          tls: await rig.ca.issue(['developers.adobe.io']),
          workspaces: [
            {
              orgId: '1234567',
              projectId: '4566206088344794932',
              workspaceId: '4566206088344859372',
              download: JSON.parse(readFileSync(path.join(ACME, 'ims/console.json'), 'utf8')),
            },
          ],
          tokens: [{ token, apiKey: 'aio-cli-console-auth' }],
        });
        try {
          const redactor = new Redactor();
          const net = {
            timeoutMs: 5000,
            retries: 0,
            ca: rig.ca.cert,
            connectTo: [...rig.connectTo(), { host: 'developers.adobe.io', port: 443, toHost: '127.0.0.1', toPort: console.port }],
          };
          const people = await collectAdminConsoleLive(rig.config(), { net, redactor });
          const project = await collectDeveloperConsoleLive(
            { orgId: '1234567', projectId: '4566206088344794932', workspaceId: '4566206088344859372', accessToken: token, tokenEnv: 'AIO_TOKEN' },
            { net, redactor },
          );
          const client = await collectImsClientFile(path.join(ACME, 'ims/client.yaml'));

          // The instances whose IMS sources are the workspace's (client file + console export) get the live project instead of the export.
          const live: Snapshot = structuredClone(files);
          live.adminConsole = { state: 'ok', data: people };
          for (const instance of live.instances) {
            if (instance.name === 'prod') instance.ims = { state: 'ok', data: mergeImsPlanes(client, project) };
          }

          const offline = runRules(files, RULES, { lang: 'en' });
          const online = runRules(live, RULES, { lang: 'en' });
          assert.deepEqual(verdicts(online.findings), verdicts(offline.findings));
          assert.deepEqual(online.summary, offline.summary);

          // Only provenance tells them apart.
          const evidence = online.findings.flatMap((finding) => finding.evidence);
          assert.ok(evidence.some((item) => item.at.endpoint?.startsWith('https://usermanagement.adobe.io/') && item.at.live));
          assert.ok(evidence.some((item) => item.at.endpoint?.startsWith('https://developers.adobe.io/') && item.at.live));
          const text = JSON.stringify(online);
          for (const secret of [UMAPI_SECRET, token, ...rig.umapi.tokensSeen()]) assert.ok(!text.includes(secret));
        } finally {
          await console.close();
          await rig.close();
        }
      },
    );
  },
);
