import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import urlPermission from '../../src/rules/url-permission.js';
import { ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './url-permission.cases.js';

ruleTester(urlPermission, CASES);

const PROD_CONF = 'campaign/prod-serverConf.xml';
const STAGE_CONF = 'campaign/stage-serverConf.xml';
const IMS_ENTRY = '<url dnsSuffix="adobelogin.com" urlRegEx="https://.*"/>';

describe('rule url-permission', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('passes when an entry allows the IMS host (prod in the example), naming the entry', async () => {
    ws = new Workspace();
    const findings = await ws.findings('url-permission', 'prod');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.match(
      findings[0]!.message,
      /The IMS server "https:\/\/ims-na1\.adobelogin\.com" is allowed by <url dnsSuffix="adobelogin\.com" urlRegEx="https:\/\/\.\*"\/> in .*prod-serverConf\.xml \(action "deny"\)\./,
    );
  });

  it('fails when no dnsSuffix covers the IMS host under deny (stage in the example), and says what to add', async () => {
    ws = new Workspace();
    const findings = await ws.findings('url-permission', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(
      findings[0]!.message,
      /blocks the IMS server "https:\/\/ims-na1-stg1\.adobelogin\.com" \(action "deny"\): no <url> entry has a dnsSuffix that "ims-na1-stg1\.adobelogin\.com" ends with\. The entries: "acme\.example" and "neolane\.net"\./,
    );
    assert.match(
      findings[0]!.remediation!,
      /Add <url dnsSuffix="adobelogin\.com" urlRegEx="https:\/\/\.\*"\/> inside <urlPermission> in .*stage-serverConf\.xml/,
    );
  });

  it('says it in Korean', async () => {
    ws = new Workspace();
    const [finding] = await ws.findings('url-permission', 'stage', 'ko');
    assert.match(finding!.message, /urlPermission이 IMS 서버를 차단합니다\("https:\/\/ims-na1-stg1\.adobelogin\.com", 동작 "deny"\)/);
    assert.match(finding!.message, /토큰으로 교환하지 못할 가능성이 큽니다.*추론이며\[I\]/);
  });

  it('applies the default action, deny, when the attribute is absent, and says so', async () => {
    ws = new Workspace().edit(STAGE_CONF, ' action="deny"', '');
    const [finding] = await ws.findings('url-permission', 'stage');
    assert.equal(finding!.status, 'fail');
    assert.match(finding!.message, /\(action "deny", the default: no action attribute\)/);
    assert.equal(finding!.evidence[1]!.at.defaulted, true);
  });

  it('warns under action "warn": calls are only logged', async () => {
    ws = new Workspace().edit(STAGE_CONF, 'action="deny"', 'action="warn"');
    const [finding] = await ws.findings('url-permission', 'stage');
    assert.equal(finding!.status, 'warn');
    assert.match(finding!.message, /its action is "warn": Campaign only logs the call/);
  });

  it('passes under action "ignore", saying the list is not enforced', async () => {
    ws = new Workspace().edit(STAGE_CONF, 'action="deny"', 'action="ignore"');
    const [finding] = await ws.findings('url-permission', 'stage');
    assert.equal(finding!.status, 'pass');
    assert.match(finding!.message, /action is "ignore" .*the IMS server "https:\/\/ims-na1-stg1\.adobelogin\.com" included/);
  });

  it('matches dnsSuffix on a label boundary only', async () => {
    ws = new Workspace().edit(PROD_CONF, IMS_ENTRY, '<url dnsSuffix="login.com" urlRegEx="https://.*"/>');
    const [finding] = await ws.findings('url-permission', 'prod');
    assert.equal(finding!.status, 'fail');
    assert.match(
      finding!.message,
      /no <url> entry has a dnsSuffix that "ims-na1\.adobelogin\.com" ends with\. The entries: "login\.com", "adobe\.com", and "acme\.example"\./,
    );
  });

  it('accepts a dnsSuffix equal to the host', async () => {
    ws = new Workspace().edit(PROD_CONF, IMS_ENTRY, '<url dnsSuffix="ims-na1.adobelogin.com" urlRegEx="https://ims-na1\\.adobelogin\\.com"/>');
    assert.deepEqual(statuses(await ws.findings('url-permission', 'prod')), ['pass']);
  });

  for (const regex of ['http://.*', 'adobelogin', 'https://ims-na1\\.adobelogin\\.com/ims/.*']) {
    it(`fails when urlRegEx ${JSON.stringify(regex)} does not match the whole URL`, async () => {
      ws = new Workspace().edit(PROD_CONF, IMS_ENTRY, `<url dnsSuffix="adobelogin.com" urlRegEx="${regex}"/>`);
      const [finding] = await ws.findings('url-permission', 'prod');
      assert.equal(finding!.status, 'fail');
      assert.match(
        finding!.message,
        /the whole URL "https:\/\/ims-na1\.adobelogin\.com" does not match the urlRegEx of the entry that matches the host: <url dnsSuffix="adobelogin\.com"/,
      );
      // The pattern as written: backslashes stay single.
      assert.ok(finding!.message.includes(`urlRegEx="${regex}"`), finding!.message);
    });
  }

  it('reports an invalid urlRegEx, which then allows nothing', async () => {
    ws = new Workspace().edit(PROD_CONF, IMS_ENTRY, '<url dnsSuffix="adobelogin.com" urlRegEx="https://(.*"/>');
    const findings = await ws.findings('url-permission', 'prod');
    assert.deepEqual(statuses(findings), ['warn', 'fail']);
    assert.match(
      findings[0]!.message,
      /The urlRegEx of <url dnsSuffix="adobelogin\.com" urlRegEx="https:\/\/\(\.\*"\/> in .*prod-serverConf\.xml:5:\d+ is not a valid regular expression \(missing closing \): `https:\/\/\(\.\*`\)/,
    );
  });

  it('warns on an unknown action and judges it as deny', async () => {
    ws = new Workspace().edit(PROD_CONF, 'action="deny"', 'action="block"');
    const findings = await ws.findings('url-permission', 'prod');
    assert.deepEqual(statuses(findings), ['warn', 'pass']);
    assert.match(findings[0]!.message, /urlPermission action "block" in .* is none of ignore, warn, and deny/);
  });

  it('skips without a serverConf, saying what to add', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', '    serverConf: campaign/stage-serverConf.xml\n', '');
    const [finding] = await ws.findings('url-permission', 'stage');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /add "serverConf:"/);
  });
});
