import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { runRules } from '../../src/engine/run-rules.js';
import type { InstanceProbes } from '../../src/model/probes.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { secretDestinationRefused } from '../../src/probes/ims-probes.js';
import { render } from '../../src/reporters/index.js';
import { RULES } from '../../src/rules/index.js';
import { ACME_PROD_SECRET, LiveRig } from '../support/live-fixture.js';
import { Workspace } from '../support/workspace.js';

/**
 * `check --probe` sends the clear client secret in a token request. The discovery document names
 * the token endpoint, so a hostile or mistaken IMS (or a man in the middle of an http discovery)
 * could collect it: the secret goes only over https, to a production IMS host, on the IMS
 * server's own origin. The IMS double answers on 127.0.0.1 through --connect-to with the real
 * names, so these tests also prove the check is made on the URL's host, not the address connected to.
 */

function probesOf(snapshot: Snapshot): InstanceProbes {
  const probes = snapshot.instances.find((entry) => entry.name === 'prod')!.probes;
  assert.ok(probes);
  return probes;
}

describe('the client secret goes only to IMS, over https', () => {
  let rig: LiveRig | undefined;
  let ws: Workspace | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
    ws?.dispose();
    ws = undefined;
  });

  const cases = [
    { tokenEndpoint: 'http://ims-na1.adobelogin.com/ims/token/v3', skipped: 'not-https' },
    { tokenEndpoint: 'https://collector.evil.example/ims/token/v3', skipped: 'not-ims-host' },
    { tokenEndpoint: 'https://ims-na1.adobelogin.com@collector.evil.example/ims/token/v3', skipped: 'not-ims-host' },
    { tokenEndpoint: 'https://ims-na1-stg1.adobelogin.com/ims/token/v3', skipped: 'not-ims-host' },
    { tokenEndpoint: 'https://adobeid-na1.services.adobe.com/ims/token/v3', skipped: 'other-origin' },
    { tokenEndpoint: 'https://ims-na1.adobelogin.com:8443/ims/token/v3', skipped: 'other-origin' },
  ] as const;
  for (const entry of cases) {
    it(`does not send it to ${entry.tokenEndpoint} (${entry.skipped}), and says so`, async () => {
      rig = await LiveRig.start({ ims: { tokenEndpoint: entry.tokenEndpoint } });
      ws = new Workspace();
      const snapshot = await rig.probe(ws.dir);
      const probe = probesOf(snapshot).clientSecret;
      assert.equal(probe?.outcome, 'skipped', JSON.stringify(probe));
      assert.equal(probe?.skipped, entry.skipped);
      assert.ok(!rig.ims.requests.some((request) => request.method === 'POST'), 'no token request reached any server');
      const result = runRules(snapshot, RULES, { lang: 'en', only: ['client-secret'], instances: ['prod'] });
      const live = result.findings.find((finding) => finding.evidence.some((item) => item.field === 'liveTokenRequest'));
      assert.equal(live?.status, 'warn');
      assert.match(live?.message ?? '', /the secret was not sent: the token endpoint/);
    });
  }

  it('still sends it to the production IMS named by the workspace (healthy case)', async () => {
    rig = await LiveRig.start();
    ws = new Workspace();
    assert.equal(probesOf(await rig.probe(ws.dir)).clientSecret?.outcome, 'accepted');
    assert.ok(rig.ims.requests.some((request) => request.method === 'POST' && request.path === '/ims/token/v3'));
  });

  it('a token endpoint that echoes the secret: no trace of it in the snapshot or any report format', async () => {
    rig = await LiveRig.start({ ims: { echoSecret: true } });
    ws = new Workspace();
    const snapshot = await rig.probe(ws.dir);
    const probe = probesOf(snapshot).clientSecret;
    assert.ok(probe?.error?.startsWith('invalid_client'), JSON.stringify(probe));
    assert.ok(!JSON.stringify(snapshot).includes(ACME_PROD_SECRET), 'snapshot');
    const result = runRules(snapshot, RULES, { lang: 'en' });
    for (const format of ['text', 'json', 'html', 'sarif', 'junit', 'markdown'] as const) {
      const text = await render(format, result, { color: false, baseUri: 'file:///' });
      assert.ok(!text.includes(ACME_PROD_SECRET), format);
    }
  });

  it('judges the URL, not the address: userinfo, case, a trailing dot and other schemes', () => {
    const ims = 'https://ims-na1.adobelogin.com';
    assert.equal(secretDestinationRefused('https://IMS-NA1.adobelogin.com/ims/token/v3', ims), undefined);
    assert.equal(secretDestinationRefused('https://ims-na1.adobelogin.com./ims/token/v3', ims), 'other-origin');
    assert.equal(secretDestinationRefused('https://user:pw@ims-na1.adobelogin.com/ims/token/v3', ims), 'not-ims-host');
    assert.equal(secretDestinationRefused('ftp://ims-na1.adobelogin.com/', ims), 'not-https');
    assert.equal(secretDestinationRefused('not a url', ims), 'not-https');
    assert.equal(secretDestinationRefused('https://ims-na1.adobelogin.com/ims/token/v3', 'http://ims-na1.adobelogin.com'), 'other-origin');
  });
});
