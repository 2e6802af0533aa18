import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import callbackUrl from '../../src/rules/callback-url.js';
import { ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './callback-url.cases.js';

ruleTester(callbackUrl, CASES);

const STAGE_CALLBACK = 'callbackServer="https://campaign.acme.example"';
const STAGE_PATTERN = '  - https://campaign-stage\\.acme\\.example(/.*)?\n';
const stageCallback = (value: string): Workspace => new Workspace().edit('campaign/stage.xml', STAGE_CALLBACK, `callbackServer="${value}"`);

describe('rule callback-url', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('passes when the callback is https, on the allowlist and on its own host (prod in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('callback-url', 'prod');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.equal(
      findings[0]!.message,
      'The callback server "https://campaign.acme.example" uses https and points to this instance (campaign.acme.example, as its access URL "https://campaign.acme.example"), and the IMS redirect URI pattern "https://campaign\\.acme\\.example(/.*)?" allows it.',
    );
    assert.deepEqual(
      findings[0]!.evidence.map((item) => item.label),
      ['Callback server', 'Access URL (workspace)', 'IMS redirect URI pattern'],
    );
  });

  it('fails when stage points to production, and says IMS sends the browser to adobe.com (stage in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('callback-url', 'stage');
    assert.deepEqual(statuses(findings), ['fail', 'fail']);
    const [target, allowlist] = findings;
    assert.match(
      target!.message,
      /^The callback server "https:\/\/campaign\.acme\.example" points to instance prod \("https:\/\/campaign\.acme\.example"\), not to this instance \("https:\/\/campaign-stage\.acme\.example"\)/,
    );
    assert.match(target!.remediation!, /Set the callback server to this instance's access URL "https:\/\/campaign-stage\.acme\.example"/);
    assert.deepEqual(
      target!.evidence.map((item) => item.value),
      ['https://campaign.acme.example', 'https://campaign-stage.acme.example', 'https://campaign.acme.example'],
    );
    assert.match(
      allowlist!.message,
      /^No redirect URI pattern of the IMS client allows "https:\/\/campaign\.acme\.example" \(patterns: "https:\/\/campaign-stage\\\.acme\\\.example\(\/\.\*\)\?"\), so IMS sends the browser to the client's default redirect URI "https:\/\/www\.adobe\.com\/" instead: the symptom "redirected to an adobe\.com page"/,
    );
    assert.match(allowlist!.remediation!, /which the pattern "https:\/\/campaign-stage\\\.acme\\\.example\(\/\.\*\)\?" allows/);
    assert.match(allowlist!.evidence.at(-1)!.at.file!, /stage-client\.yaml$/);
  });

  it('says it in Korean', async () => {
    ws = new Workspace();
    const findings = await ws.findings('callback-url', 'stage', 'ko');
    assert.match(findings[0]!.message, /인스턴스 prod\("https:\/\/campaign\.acme\.example"\)를 가리킵니다/);
    assert.match(findings[1]!.message, /기본 리디렉션 URI\("https:\/\/www\.adobe\.com\/"\)로 보냅니다/);
  });

  it('passes on stage once the callback is its own URL', async () => {
    ws = stageCallback('https://campaign-stage.acme.example');
    const findings = await ws.findings('callback-url', 'stage');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.match(findings[0]!.message, /pattern "https:\/\/campaign-stage\\\.acme\\\.example\(\/\.\*\)\?" allows it/);
  });

  it('fails on http://, suggesting the https URL', async () => {
    ws = stageCallback('http://campaign-stage.acme.example');
    const findings = await ws.findings('callback-url', 'stage');
    assert.deepEqual(statuses(findings), ['fail', 'fail']);
    assert.match(
      findings[0]!.message,
      /^The callback server "http:\/\/campaign-stage\.acme\.example" does not start with https:\/\/ \(it starts with "http:\/\/"\)/,
    );
    assert.match(findings[0]!.remediation!, /Set the callback server to "https:\/\/campaign-stage\.acme\.example"/);
    assert.equal(findings[1]!.messageId, 'notAllowed');
  });

  it('fails on stray spaces, showing them', async () => {
    ws = stageCallback('https://campaign-stage.acme.example ');
    const findings = await ws.findings('callback-url', 'stage');
    assert.deepEqual(statuses(findings), ['fail', 'fail']);
    assert.match(findings[0]!.message, /^The callback server "https:\/\/campaign-stage\.acme\.example·" contains spaces/);
    assert.match(findings[0]!.remediation!, /Write the callback server as "https:\/\/campaign-stage\.acme\.example", without spaces/);
    // The redirect URI is sent with the space (shown as ·): no pattern allows it.
    assert.match(findings[1]!.message, /allows "https:\/\/campaign-stage\.acme\.example·"/);
  });

  it('fails with its own message when production points to a non-production instance', async () => {
    ws = new Workspace().edit('campaign/prod.xml', 'callbackServer="https://campaign.acme.example"', 'callbackServer="https://campaign-stage.acme.example"');
    const findings = await ws.findings('callback-url', 'prod');
    assert.deepEqual(statuses(findings), ['fail', 'fail']);
    assert.equal(findings[0]!.messageId, 'prodToNonProd');
    assert.match(
      findings[0]!.message,
      /^The callback server "https:\/\/campaign-stage\.acme\.example" of this production instance points to the stage instance stage \("https:\/\/campaign-stage\.acme\.example"\): production operators would land on a stage server/,
    );
    assert.match(findings[0]!.message, /its own production URL \("https:\/\/campaign\.acme\.example"\)/);
  });

  it('fails on a host no instance of the workspace has', async () => {
    ws = stageCallback('https://campaign.other.example/nl/jsp/logon.jsp');
    const findings = await ws.findings('callback-url', 'stage');
    assert.deepEqual(statuses(findings), ['fail', 'fail']);
    assert.match(findings[0]!.message, /points to host campaign\.other\.example, not to this instance's host campaign-stage\.acme\.example/);
  });

  it('warns on a pattern with unescaped dots, with an address it wrongly allows', async () => {
    ws = stageCallback('https://campaign-stage.acme.example').edit('ims/stage-client.yaml', STAGE_PATTERN, '  - https://campaign-stage.acme.example(/.*)?\n');
    const findings = await ws.findings('callback-url', 'stage');
    assert.deepEqual(statuses(findings), ['warn']);
    assert.match(
      findings[0]!.message,
      /^The IMS redirect URI pattern "https:\/\/campaign-stage\.acme\.example\(\/\.\*\)\?" has 2 unescaped dots: .* \(for example "https:\/\/campaign-stagexacme\.example"\)/,
    );
    assert.match(findings[0]!.remediation!, /"https:\/\/campaign-stage\\\.acme\\\.example\(\/\.\*\)\?"/);
  });

  it('warns on a pattern that is no valid regex', async () => {
    ws = stageCallback('https://campaign-stage.acme.example').edit('ims/stage-client.yaml', STAGE_PATTERN, `${STAGE_PATTERN}  - https://(broken\n`);
    const findings = await ws.findings('callback-url', 'stage');
    assert.deepEqual(statuses(findings), ['warn']);
    assert.match(findings[0]!.message, /^The IMS redirect URI pattern "https:\/\/\(broken" is not a valid regular expression \(.*\): it allows nothing/);
  });

  it('skips only the allowlist when the IMS client gives no redirect URI patterns', async () => {
    ws = stageCallback('https://campaign-stage.acme.example').edit('ims/stage-client.yaml', `redirectUriPatterns:\n${STAGE_PATTERN}`, '');
    const findings = await ws.findings('callback-url', 'stage');
    assert.deepEqual(statuses(findings), ['skip', 'pass']);
    assert.match(findings[0]!.message, /^The IMS redirect URI patterns were not checked: .*stage-client\.yaml gives none/);
    assert.match(findings[0]!.remediation!, /"redirectUriPatterns:"/);
  });

  it('skips only the allowlist when the workspace names no IMS client', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', /\nims:\n {2}client: ims\/client\.yaml\n {2}console: ims\/console\.json\n/, '\n');
    const findings = await ws.findings('callback-url', 'prod');
    assert.deepEqual(statuses(findings), ['skip', 'pass']);
    assert.match(findings[0]!.message, /not checked: the workspace names no IMS client for this instance/);
    assert.match(
      findings[1]!.message,
      /uses https and points to this instance \(campaign\.acme\.example, as its access URL "https:\/\/campaign\.acme\.example"\)\.$/,
    );
  });
});
