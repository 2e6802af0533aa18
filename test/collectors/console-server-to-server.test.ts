import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { collectDeveloperConsoleExport } from '../../src/collectors/ims-client.js';
import { ROOT, Workspace } from '../support/workspace.js';

const HEALTHY = path.join(ROOT, 'test/fixtures/healthy');
const S2S_ONLY = path.join(ROOT, 'test/fixtures/dev-console/server-to-server-only.json');

/** The healthy workspace whose IMS side is only a Developer Console project holding a server-to-server credential. */
function serverToServerOnly(): Workspace {
  const ws = new Workspace(HEALTHY).edit(
    'ims-doctor.yaml',
    /ims:\n {2}client: ims\/client\.yaml\n {2}console: ims\/console\.json\n/,
    'ims:\n  console: ims/console.json\n',
  );
  copyFileSync(S2S_ONLY, ws.path('ims/console.json'));
  return ws;
}

describe('a Developer Console export with only a server-to-server credential (a real export)', () => {
  let ws: Workspace | undefined;
  afterEach(() => {
    ws?.dispose();
    ws = undefined;
  });

  it('loads: the organization and the credential are read, the missing web app is recorded with where it was looked for', async () => {
    const plane = await collectDeveloperConsoleExport(S2S_ONLY);
    assert.equal(plane.orgId?.value, '7C1D2E3F4A5B6C7D8E9F0A1B@AdobeOrg');
    assert.equal(plane.clientId, undefined);
    assert.deepEqual(plane.noWebApp?.kinds, ['oauth_server_to_server']);
    assert.equal(plane.noWebApp?.at.line, 14);
    assert.deepEqual(
      plane.credentials?.map((credential) => [credential.kind.value, credential.technicalAccountEmail?.value]),
      [['oauth_server_to_server', '0a1b2c3d-4e5f-6789-abcd-ef0123456789@techacct.adobe.com']],
    );
  });

  it('client-id and client-secret skip saying the project has no OAuth Web App credential (en + ko)', async () => {
    ws = serverToServerOnly();
    for (const rule of ['client-id', 'client-secret']) {
      const [finding] = await ws.findings(rule, 'prod');
      assert.equal(finding!.status, 'skip', rule);
      assert.equal(finding!.messageId, 'common:skipNoWebApp');
      assert.equal(
        finding!.message,
        `Not checked: the Developer Console project (${ws.path('ims/console.json')}:14:24) has no OAuth Web App credential, the client of the Adobe ID login (it holds "oauth_server_to_server"). Add the project's OAuth Web App credential, or give the IMS client file (ims: { client: … }).`,
      );
    }
    const [ko] = await ws.findings('client-id', 'prod', 'ko');
    assert.equal(
      ko!.message,
      `확인하지 않음: Developer Console 프로젝트(${ws.path('ims/console.json')}:14:24)에 Adobe ID 로그인의 클라이언트인 OAuth Web App 자격 증명이 없습니다(있는 자격 증명: "oauth_server_to_server"). 프로젝트에 OAuth Web App 자격 증명을 추가하거나 IMS 클라이언트 파일(ims: { client: … })을 지정하십시오.`,
    );
  });

  it('technical-account judges the server-to-server credential: its technical account is not yet an operator', async () => {
    ws = serverToServerOnly();
    const findings = await ws.findings('technical-account', 'prod');
    assert.deepEqual(
      findings.map((finding) => `${finding.status} ${finding.messageId}`),
      ['warn s2sOperatorMissing'],
    );
    assert.match(findings[0]!.message, /"0a1b2c3d-4e5f-6789-abcd-ef0123456789@techacct\.adobe\.com"/);
  });

  it('with the IMS client file beside it, the client file gives the login client: client-id is checked', async () => {
    ws = new Workspace(HEALTHY);
    copyFileSync(S2S_ONLY, ws.path('ims/console.json'));
    assert.deepEqual(
      (await ws.findings('client-id', 'prod')).map((finding) => `${finding.status} ${finding.messageId}`),
      ['pass pass'],
    );
  });
});
