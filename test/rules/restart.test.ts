import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import restart from '../../src/rules/restart.js';
import { ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './restart.cases.js';

ruleTester(restart, CASES);

const STARTED = 'serverStartedAt: "2026-10-01T06:00:00Z"';
const MODIFIED = '\n      lastModified="2026-10-02 09:10:03.000Z"';

describe('rule restart', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('warns when the account changed after the server started (prod in the example), quoting both times', async () => {
    ws = new Workspace();
    const findings = await ws.findings('restart', 'prod');
    assert.deepEqual(statuses(findings), ['warn']);
    assert.equal(
      findings[0]!.message,
      'The external account Adobe_Marketing_Cloud was last modified at "2026-10-02 09:10:03.000Z", 1 d 3 h 10 min after the server last started ("2026-10-01T06:00:00Z"): the running server still uses the old settings. Restart the server.',
    );
    assert.match(findings[0]!.remediation!, /Restart the Campaign server of instance prod/);
    assert.deepEqual(
      findings[0]!.evidence.map((item) => item.label),
      ['Account last modified', 'Server last started'],
    );
    assert.match(findings[0]!.evidence[1]!.at.file!, /ims-doctor\.yaml$/);
  });

  it('says it in Korean', async () => {
    ws = new Workspace();
    const [finding] = await ws.findings('restart', 'prod', 'ko');
    assert.match(
      finding!.message,
      /마지막 수정 시각이 서버 마지막 시작 시각보다 1일 3시간 10분 늦습니다\(수정: "2026-10-02 09:10:03\.000Z", 서버 시작: "2026-10-01T06:00:00Z"\)/,
    );
  });

  it('passes when the server started after the change', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', STARTED, 'serverStartedAt: "2026-10-02T10:00:00Z"');
    const [finding] = await ws.findings('restart', 'prod');
    assert.equal(finding!.status, 'pass');
    assert.match(finding!.message, /modified at "2026-10-02 09:10:03\.000Z", before the server last started \("2026-10-02T10:00:00Z"\)/);
  });

  it('honours zone offsets', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', STARTED, 'serverStartedAt: "2026-10-02T18:00:00+09:00"');
    const [finding] = await ws.findings('restart', 'prod');
    assert.equal(finding!.status, 'warn');
    assert.match(finding!.message, /, 10 min after the server last started \("2026-10-02T18:00:00\+09:00"\)/);
    ws.dispose();
    ws = new Workspace().edit('ims-doctor.yaml', STARTED, 'serverStartedAt: "2026-10-02T18:15:00+0900"');
    assert.deepEqual(statuses(await ws.findings('restart', 'prod')), ['pass']);
  });

  it('skips when both times are unknown (stage in the example), saying what to add', async () => {
    ws = new Workspace();
    const [finding] = await ws.findings('restart', 'stage');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /carries no lastModified and the workspace gives no serverStartedAt for instance stage\./);
    assert.match(finding!.remediation!, /with its lastModified attribute, add serverStartedAt .* to instance stage in ims-doctor\.yaml/);
  });

  it('skips without serverStartedAt, quoting the modification time', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', `    ${STARTED}\n`, '');
    const [finding] = await ws.findings('restart', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(
      finding!.message,
      /since Adobe_Marketing_Cloud was modified \("2026-10-02 09:10:03\.000Z"\): the workspace gives no serverStartedAt for instance prod\./,
    );
    assert.match(finding!.remediation!, /Add serverStartedAt: /);
  });

  it('skips without lastModified in the export', async () => {
    ws = new Workspace().edit('campaign/prod.xml', MODIFIED, '');
    const [finding] = await ws.findings('restart', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /the export of Adobe_Marketing_Cloud carries no lastModified\./);
  });

  it('skips on a serverStartedAt that is not a date, quoting it', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', STARTED, 'serverStartedAt: "yesterday 6am"');
    const [finding] = await ws.findings('restart', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /serverStartedAt "yesterday 6am" \(.*ims-doctor\.yaml:\d+:\d+\) is not a date and time ims-doctor can read\./);
  });

  it('skips on an impossible lastModified, quoting it', async () => {
    ws = new Workspace().edit('campaign/prod.xml', MODIFIED, '\n      lastModified="2026-09-31 09:10:03.000Z"');
    const [finding] = await ws.findings('restart', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /lastModified "2026-09-31 09:10:03\.000Z" \(.*prod\.xml:\d+:\d+\) is not a date/);
  });

  it('skips when a time without a zone is too close to call', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', STARTED, 'serverStartedAt: "2026-10-02 08:00:00"');
    const [finding] = await ws.findings('restart', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /less than 14 h apart/);
    assert.match(finding!.remediation!, /with its zone/);
  });

  it('still judges a time without a zone when the gap exceeds any zone offset', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', STARTED, 'serverStartedAt: "2026-09-20 08:00"');
    assert.deepEqual(statuses(await ws.findings('restart', 'prod')), ['warn']);
  });
});
