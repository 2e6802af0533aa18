import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import imsServer from '../../src/rules/ims-server.js';
import { ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './ims-server.cases.js';

const PROD_SERVER = 'imsServer="https://ims-na1.adobelogin.com"';

ruleTester(imsServer, CASES);

describe('rule ims-server', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('passes on the production host (prod in the example), quoting it', async () => {
    ws = new Workspace();
    const findings = await ws.findings('ims-server', 'prod');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.match(findings[0]!.message, /The IMS server of Adobe_Marketing_Cloud is "https:\/\/ims-na1\.adobelogin\.com", a production IMS endpoint/);
    assert.match(findings[0]!.evidence[0]!.at.file!, /prod\.xml$/);
  });

  it('passes on the other production host, adobeid-na1.services.adobe.com', async () => {
    ws = new Workspace().edit('campaign/prod.xml', PROD_SERVER, 'imsServer="https://adobeid-na1.services.adobe.com"');
    assert.deepEqual(statuses(await ws.findings('ims-server', 'prod')), ['pass']);
  });

  it('fails on the stage IMS, even on the stage instance, and says which host to use', async () => {
    ws = new Workspace();
    const findings = await ws.findings('ims-server', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(findings[0]!.message, /"https:\/\/ims-na1-stg1\.adobelogin\.com" is the stage IMS \("ims-na1-stg1\.adobelogin\.com"\)/);
    assert.match(findings[0]!.remediation!, /set "IMS server" to exactly "https:\/\/ims-na1\.adobelogin\.com" /);
  });

  it('explains the stage host in Korean', async () => {
    ws = new Workspace();
    const [finding] = await ws.findings('ims-server', 'stage', 'ko');
    assert.match(finding!.message, /스테이지 IMS\("ims-na1-stg1\.adobelogin\.com"\)입니다/);
    assert.match(finding!.remediation!, /IMS server\(IMS 서버\)에 다음 값을 정확히 입력하고.*다시 시작하십시오: "https:\/\/ims-na1\.adobelogin\.com"$/);
  });

  const cases: [string, string[], RegExp][] = [
    ['', ['fail'], /The IMS server of Adobe_Marketing_Cloud is empty/],
    ['ims-na1.adobelogin.com', ['fail'], /"ims-na1\.adobelogin\.com" does not start with https:\/\//],
    ['http://ims-na1.adobelogin.com', ['fail'], /"http:\/\/ims-na1\.adobelogin\.com" uses http:\/\//],
    ['https://ims-na1.adobelogin.com/', ['warn'], /"https:\/\/ims-na1\.adobelogin\.com\/" ends with "\/"/],
    ['https://ims-na1.adobelogin.com/ims/authorize/v2', ['fail'], /carries a path \("\/ims\/authorize\/v2"\)/],
    ['https://ims-na1.adobelogin.com:443', ['fail'], /names a port \(":443"\)/],
    [' https://ims-na1.adobelogin.com', ['fail'], /The IMS server "·https:\/\/ims-na1\.adobelogin\.com" contains spaces/],
    ['https://ims-na1.adobelogin.com.', ['fail'], /ends with a dot \("ims-na1\.adobelogin\.com\."\)/],
    [
      'https://ims-na1.adobelogin.co',
      ['fail'],
      /host "ims-na1\.adobelogin\.co", which is not a production IMS host .*; did you mean "https:\/\/ims-na1\.adobelogin\.com"\?$/,
    ],
    [
      'https://campaign.acme.example',
      ['fail'],
      /host "campaign\.acme\.example", which is not a production IMS host \(ims-na1\.adobelogin\.com or adobeid-na1\.services\.adobe\.com\)\.$/,
    ],
    ['https://IMS-NA1.adobelogin.com', ['warn'], /is written with capitals/],
    ['https://ims-na1.adobelogin.com?x=1', ['fail'], /carries a query or fragment \("\?x=1"\)/],
    ['http://ims-na1-stg1.adobelogin.com/', ['fail', 'fail', 'warn'], /uses http:\/\//],
  ];
  for (const [value, expected, message] of cases) {
    it(`judges ${JSON.stringify(value)} as ${expected.join(', ')}`, async () => {
      ws = new Workspace().edit('campaign/prod.xml', PROD_SERVER, `imsServer="${value}"`);
      const findings = await ws.findings('ims-server', 'prod');
      assert.deepEqual(statuses(findings), expected);
      assert.match(findings[0]!.message, message);
      assert.ok(findings[0]!.remediation, 'a non-pass finding says what to do');
    });
  }

  it('suggests the production host the value was written with', async () => {
    ws = new Workspace().edit('campaign/prod.xml', PROD_SERVER, 'imsServer="http://adobeid-na1.services.adobe.com"');
    const [finding] = await ws.findings('ims-server', 'prod');
    assert.match(finding!.remediation!, /to exactly "https:\/\/adobeid-na1\.services\.adobe\.com" /);
  });
});
