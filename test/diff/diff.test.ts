import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, before, describe, it } from 'node:test';
import stringWidth from 'string-width';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { baseline, diffFindings, diffSnapshots, diffValues } from '../../src/diff/diff.js';
import { findingKey, stablePath, stableParams } from '../../src/diff/finding-key.js';
import { baselineResult, baselineSummary, diffText } from '../../src/diff/render.js';
import { runRules } from '../../src/engine/run-rules.js';
import type { CheckResult, Finding } from '../../src/model/finding.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { RULES } from '../../src/rules/index.js';
import { ACME, Workspace } from '../support/workspace.js';

const check = (snapshot: Snapshot): CheckResult => runRules(snapshot, RULES, { lang: 'en' });

describe('diff of two snapshots', () => {
  let acme: Snapshot;
  let ws: Workspace | undefined;
  before(async () => {
    acme = await collectWorkspace(ACME);
  });
  afterEach(() => ws?.dispose());

  it('finds nothing between a snapshot and itself, or a JSON round trip of it (a saved snapshot)', () => {
    assert.deepEqual(diffValues(acme, acme), []);
    assert.deepEqual(diffValues(acme, JSON.parse(JSON.stringify(acme)) as Snapshot), []);
  });

  it('lists each value that changed, per plane, with where it was read on both sides', async () => {
    ws = new Workspace()
      .edit('campaign/stage.xml', 'imsRightsMask="campaign - acme-stage  - "', 'imsRightsMask="campaign - acme-stage - "')
      .edit(
        'campaign/stage-serverConf.xml',
        '<url dnsSuffix="neolane.net" urlRegEx="https://.*"/>',
        '<url dnsSuffix="neolane.net" urlRegEx="https://.*"/>\n      <url dnsSuffix="adobelogin.com" urlRegEx="https://.*"/>',
      )
      .edit('ims/client.yaml', 'productContext: dma_campaign_classic', 'productContext: dma_campaign')
      .edit('admin-console/users.csv', 'Campaign - Acme - delivery', 'campaign - acme - delivery');
    const fixed = await collectWorkspace(ws.dir);
    const diff = diffSnapshots(acme, fixed, { a: check(acme), b: check(fixed) });
    const key = (value: (typeof diff.values)[number]): string => `${value.plane} ${value.instance ?? '-'} ${value.key}`;
    const keys = diff.values.map(key);
    assert.deepEqual(
      keys.filter((item) => !item.startsWith('adminConsole')),
      [
        'ims prod productContext',
        'campaign stage extAccount[Adobe_Marketing_Cloud]/@imsRightsMask',
        'serverConf stage urlPermission/url[adobelogin.com https://.*]',
      ],
    );
    assert.deepEqual(
      keys.filter((item) => item.startsWith('adminConsole')),
      [
        'adminConsole - profile[campaign - acme - delivery]/users',
        'adminConsole - profile[Campaign - Acme - delivery]',
        'adminConsole - profile[Campaign - Acme - delivery]/users',
        'adminConsole - user[lucas.martin@acme.example]/profiles',
      ],
    );
    const mask = diff.values.find((value) => value.key.endsWith('@imsRightsMask'))!;
    assert.equal(mask.before?.value, 'campaign - acme-stage  - ');
    assert.equal(mask.after?.value, 'campaign - acme-stage - ');
    assert.match(mask.before?.at.file ?? '', /examples\/acme\/campaign\/stage\.xml$/);
    assert.equal(mask.after?.at.file, ws.path('campaign/stage.xml'));
    assert.equal(typeof mask.after?.at.line, 'number');
    const url = diff.values.find((value) => value.key.startsWith('urlPermission/url'))!;
    assert.equal(url.before, null);
    assert.deepEqual(diff.values.find((value) => value.key === 'user[lucas.martin@acme.example]/profiles')?.after?.value, ['campaign - acme - delivery']);

    assert.ok(diff.findings);
    const brief = (findings: Finding[]): string[] => findings.map((finding) => `${finding.rule} ${finding.instance} ${finding.messageId}`);
    assert.ok(brief(diff.findings.resolved).includes('association-mask stage noMatch'));
    assert.ok(brief(diff.findings.resolved).includes('association-users prod nearUsers'));
    assert.ok(brief(diff.findings.appeared).includes('product-context prod mismatch'));
    assert.deepEqual(
      diff.access.map((item) => [item.person, item.instance, item.gained, item.lost]),
      [
        ['lucas.martin@acme.example', 'prod', ['delivery'], []],
        ['jane.doe@acme.example', 'stage', ['admin'], []],
        ['jisoo.park@acme.example', 'stage', ['delivery'], []],
      ],
    );
  });

  it('prints the diff as text in English and Korean', async () => {
    ws = new Workspace()
      .edit('campaign/stage.xml', 'imsRightsMask="campaign - acme-stage  - "', 'imsRightsMask="campaign - acme-stage - "')
      .edit('ims/stage-client.yaml', 'clientSecret: p8e-STAGE-Q29uZmlkZW50aWFsU3RhZ2VTZWNyZXQ', 'clientSecret: p8e-STAGE-rotated');
    const fixed = await collectWorkspace(ws.dir);
    const ko = (snapshot: Snapshot): CheckResult => runRules(snapshot, RULES, { lang: 'ko' });
    const diff = diffSnapshots(acme, fixed, { a: check(acme), b: check(fixed) });
    const en = diffText(diff, 'en', { width: 1000 });
    assert.match(en, /^Differences from .*ims-doctor\.yaml to .*ims-doctor\.yaml\n\nValues that changed:\n/);
    assert.match(
      en,
      / {2}\[stage\] Campaign extAccount\[Adobe_Marketing_Cloud\]\/@imsRightsMask\n {6}before: "campaign - acme-stage··-·" .*stage\.xml:\d+:\d+\n {6}after: {2}"campaign - acme-stage -·" .*stage\.xml:\d+:\d+\n/,
    );
    assert.match(en, / {2}\[stage\] IMS clientSecret\n {6}before: sha256:[0-9a-f]{8} \(in clear text\) .*\n {6}after: {2}sha256:[0-9a-f]{8} \(in clear text\)/);
    assert.match(en, /Findings that appeared:\n {2}none\n/);
    assert.match(en, /Findings resolved:\n {2}\[fail\] association-mask \(stage\): No Admin Console product profile matches/);
    assert.match(en, / {2}jane\.doe@acme\.example on stage: gained "admin"/);
    assert.doesNotMatch(en, /p8e-|undefined|\[object Object\]/);
    const korean = diffText(diffSnapshots(acme, fixed, { a: ko(acme), b: ko(fixed) }), 'ko', { width: 1000 });
    assert.match(korean, /^차이: /);
    assert.match(korean, /해결된 검사 결과:\n {2}\[실패\] association-mask \(stage\): 연결 마스크/);
    assert.match(korean, /jane\.doe@acme\.example\(인스턴스 stage\): 생김 "admin"/);
    assert.match(diffText(diffSnapshots(acme, acme), 'en'), /No value changed\.\n\nAccess gained or lost:\n {2}Nobody gained or lost an operator group\./);
  });

  it('names a deleted record and a plane that could not be read', async () => {
    ws = new Workspace()
      .edit('campaign/prod.xml', /<extAccount name="Adobe_Marketing_Cloud1"[^>]*\/>/, '')
      .write('campaign/stage-serverConf.xml', '<serverconf');
    const changed = await collectWorkspace(ws.dir);
    const values = diffValues(acme, changed);
    const deleted = values.find((value) => value.key === 'extAccount[Adobe_Marketing_Cloud1]');
    assert.equal(deleted?.after, null);
    assert.match(deleted?.before?.at.file ?? '', /prod\.xml$/);
    const source = values.find((value) => value.plane === 'serverConf' && value.key === '(source)');
    assert.equal(source?.before, null);
    assert.deepEqual((source?.after?.value as { state: string }).state, 'error');
  });

  it('never shows a secret, only its fingerprint and form', async () => {
    ws = new Workspace().edit('ims/stage-client.yaml', 'clientSecret: p8e-STAGE-Q29uZmlkZW50aWFsU3RhZ2VTZWNyZXQ', 'clientSecret: p8e-STAGE-rotated');
    const changed = await collectWorkspace(ws.dir);
    const values = diffValues(acme, changed);
    assert.deepEqual(
      values.map((value) => value.key),
      ['clientSecret'],
    );
    assert.doesNotMatch(JSON.stringify(values), /p8e-/);
    assert.match(JSON.stringify(values[0]!.after?.value), /"fingerprint":"sha256:[0-9a-f]{8}","form":"plain"/);
  });
});

/** A trailing space in prod's client ID (the first account only): client-id fails, and the duplicate no longer has the same settings. */
function clientIdWithSpace(copy: Workspace): void {
  copy.edit(
    'campaign/prod.xml',
    'label="Adobe Experience Cloud" type="14" active="1"\n      imsServer="https://ims-na1.adobelogin.com"\n      clientId="acme-campaign-prod"',
    'label="Adobe Experience Cloud" type="14" active="1"\n      imsServer="https://ims-na1.adobelogin.com"\n      clientId="acme-campaign-prod "',
  );
}

describe('baseline', () => {
  let result: CheckResult;
  let ws: Workspace | undefined;
  before(async () => {
    result = check(await collectWorkspace(ACME));
  });
  afterEach(() => ws?.dispose());

  /** The check of a copy of the example, then of the same copy edited. */
  async function beforeAndAfter(edit: (copy: Workspace) => void): Promise<{ earlier: CheckResult; current: CheckResult }> {
    ws = new Workspace();
    const earlier = check(await collectWorkspace(ws.dir));
    edit(ws);
    return { earlier, current: check(await collectWorkspace(ws.dir)) };
  }

  it('exit 0 when every failing finding was in the earlier result, even after lines moved', async () => {
    const { earlier, current } = await beforeAndAfter((copy) =>
      copy.edit('campaign/prod.xml', '<desc>', '<!-- a comment\n that moves every line below -->\n  <desc>'),
    );
    assert.notDeepEqual(
      current.findings.map((finding) => finding.params),
      earlier.findings.map((finding) => finding.params),
    );
    const outcome = baseline(current, earlier);
    assert.deepEqual(outcome.newFindings, []);
    assert.equal(outcome.exitCode, 0);
    assert.equal(outcome.known.length, current.findings.filter((finding) => !finding.suppressed && ['fail', 'warn', 'error'].includes(finding.status)).length);
  });

  it('lists what is new and fails on it, 3 for a failure (a changed parameter is a new finding: the duplicate no longer has the same settings)', async () => {
    const { earlier, current } = await beforeAndAfter(clientIdWithSpace);
    const outcome = baseline(current, earlier);
    assert.deepEqual(
      outcome.newFindings.map((finding) => `${finding.rule} ${finding.instance} ${finding.status} ${finding.messageId}`),
      ['external-account prod fail duplicate', 'client-id prod fail mismatch'],
    );
    assert.equal(outcome.exitCode, 3);
  });

  it('compares a copy of the workspace in another folder with the original: nothing new', async () => {
    ws = new Workspace();
    const outcome = baseline(check(await collectWorkspace(ws.dir)), result);
    assert.deepEqual(
      outcome.newFindings.map((finding) => `${finding.rule} ${finding.instance} ${finding.messageId}`),
      [],
    );
    assert.equal(outcome.exitCode, 0);
  });

  it('4 when only a warning is new; 2 when a source is unreadable', () => {
    const warning: Finding = { ...result.findings.find((finding) => finding.status === 'warn')! };
    const earlier: CheckResult = {
      ...result,
      findings: result.findings.filter((finding) => finding !== result.findings.find((item) => item.status === 'warn')),
    };
    assert.equal(baseline({ ...result, findings: [...earlier.findings, warning] }, earlier).exitCode, 4);
    assert.equal(baseline({ ...result, problems: [{ file: 'x', problemId: 'missingFile', params: {}, message: 'x' }] }, result).exitCode, 2);
  });

  it('matches by rule, instance, message and parameters; a provenance counts without its line and column', () => {
    const [a] = result.findings;
    assert.ok(a);
    assert.equal(
      findingKey({ ...a, params: { at: { file: 'f', line: 1, column: 2, path: 'p' } } }),
      findingKey({ ...a, params: { at: { file: 'f', line: 9, column: 9, path: 'p' } } }),
    );
    assert.notEqual(findingKey({ ...a, params: { at: { file: 'f', path: 'p' } } }), findingKey({ ...a, params: { at: { file: 'g', path: 'p' } } }));
    assert.notEqual(findingKey({ ...a, params: { value: 'x' } }), findingKey({ ...a, params: { value: 'y' } }));
    assert.deepEqual(stableParams({ b: 1, a: { line: 3, file: 'f' }, list: [{ column: 1, endpoint: 'e' }] }), {
      a: { file: 'f' },
      b: 1,
      list: [{ endpoint: 'e' }],
    });
    // A count named "line" in ordinary params is kept.
    assert.deepEqual(stableParams({ line: 3, users: 2 }), { line: 3, users: 2 });
  });

  it('gives a result of only the new findings for the reporters, and a one-line summary', async () => {
    const { earlier, current } = await beforeAndAfter(clientIdWithSpace);
    const outcome = baseline(current, earlier);
    const reported = baselineResult(current, outcome);
    assert.deepEqual(reported.summary, { pass: 0, warn: 0, fail: 2, skip: 0, error: 0, suppressed: 0 });
    assert.equal(baselineSummary(outcome, 'en'), `2 new findings since the baseline; ${outcome.known.length} already in it.`);
    assert.equal(baselineSummary(outcome, 'ko'), `기준 결과 이후 새 검사 결과 2건, 기준 결과에 이미 있던 결과 ${outcome.known.length}건.`);
  });

  it('diffFindings of a result and itself: nothing appeared, nothing resolved', () => {
    assert.deepEqual(diffFindings(result, result), { appeared: [], resolved: [] });
  });
});

/** Every path of a snapshot taken here, as a customer's Windows machine would have written it. */
function onWindows(snapshot: Snapshot, folder: string): Snapshot {
  const move = (value: unknown): unknown => {
    if (typeof value === 'string')
      return value === folder || value.startsWith(`${folder}/`) ? `C:\\Users\\support\\cases\\acme${value.slice(folder.length).replaceAll('/', '\\')}` : value;
    if (Array.isArray(value)) return value.map(move);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, move(item)]));
  };
  return move(JSON.parse(JSON.stringify(snapshot))) as Snapshot;
}

describe('diff of a workspace that sits elsewhere', () => {
  let acme: Snapshot;
  let ws: Workspace | undefined;
  before(async () => {
    acme = await collectWorkspace(ACME);
  });
  afterEach(() => ws?.dispose());

  it('a copy in another folder with one value changed: that value, and no finding both new and resolved', async () => {
    ws = new Workspace().edit('campaign/prod.xml', 'label="Adobe Experience Cloud" type="14"', 'label="Adobe Experience Cloud (prod)" type="14"');
    const moved = await collectWorkspace(ws.dir);
    const diff = diffSnapshots(acme, moved, { a: check(acme), b: check(moved) });
    assert.deepEqual(
      diff.values.map((value) => value.key),
      ['extAccount[Adobe_Marketing_Cloud]/@label'],
    );
    assert.deepEqual(diff.findings, { appeared: [], resolved: [] });
    const text = diffText(diff, 'en', { width: 80 });
    assert.match(text, /Findings that appeared:\n {2}none\n\nFindings resolved:\n {2}none\n/);
    for (const line of text.split('\n')) assert.ok(stringWidth(line) <= 80 || !line.trim().includes(' '), line);
  });

  it("a snapshot saved on a customer's Windows machine diffs cleanly against the same workspace here, named as the snapshot file", () => {
    const folder = path.dirname(acme.workspace.file);
    const theirs = onWindows(acme, folder);
    assert.match(theirs.workspace.file, /^C:\\Users\\support\\cases\\acme\\ims-doctor\.yaml$/);
    const diff = diffSnapshots(theirs, acme, { a: check(theirs), b: check(acme) }, { a: '/tmp/o/before.json' });
    assert.deepEqual(diff.values, []);
    assert.deepEqual(diff.findings, { appeared: [], resolved: [] });
    assert.equal(diff.a, '/tmp/o/before.json');
    assert.equal(diff.workspaces.a, theirs.workspace.file);
    const en = diffText(diff, 'en', { width: 1000 });
    assert.match(
      en,
      /^Differences from \/tmp\/o\/before\.json \(snapshot of C:\\Users\\support\\cases\\acme\\ims-doctor\.yaml\) to .*examples\/acme\/ims-doctor\.yaml\n/,
    );
    assert.match(diffText(diff, 'ko', { width: 1000 }), /^차이: \/tmp\/o\/before\.json\(C:\\Users\\support\\cases\\acme\\ims-doctor\.yaml의 스냅샷\) → /);
    // check --baseline against the customer's result: nothing new either.
    assert.deepEqual(baseline(check(acme), check(theirs)).newFindings, []);
  });

  it('says what a secret form and a record that only exists mean, in words (en and ko), never as raw tokens', () => {
    const after = JSON.parse(JSON.stringify(acme)) as Snapshot;
    const prod = after.instances.find((instance) => instance.name === 'prod')!;
    assert.equal(prod.campaign.state, 'ok');
    if (prod.campaign.state !== 'ok') return;
    const account = prod.campaign.data.externalAccounts[0]!;
    assert.equal(account.clientSecret.value.form, 'not-exported');
    account.clientSecret.value = { kind: 'secret', fingerprint: 'sha256:0123abcd', form: 'campaign-encrypted', length: 44 };
    prod.campaign.data.externalAccounts.splice(1, 1);
    const diff = diffSnapshots(acme, after);
    const en = diffText(diff, 'en', { width: 80 });
    assert.match(
      en,
      /\[prod\] Campaign extAccount\[Adobe_Marketing_Cloud\]\/@clientSecret\n {6}before: \(not in this export\) .*prod\.xml:\d+:\d+\n {6}after: {2}sha256:0123abcd \(encrypted by Campaign\)/,
    );
    assert.match(en, /\[prod\] Campaign extAccount\[Adobe_Marketing_Cloud1\]\n {6}removed .*prod\.xml:17:\d+\n/);
    assert.doesNotMatch(en, /"present"|not-exported|campaign-encrypted/);
    const ko = diffText(diff, 'ko', { width: 80 });
    assert.match(ko, /이전: \(내보내기에 없음\)/);
    assert.match(ko, /이후: sha256:0123abcd \(Campaign이 암호화함\)/);
    assert.match(ko, /\n {6}없어짐 .*prod\.xml:17:\d+\n/);
    assert.doesNotMatch(ko, /비어 있음|"present"|not-exported/);
  });

  it('names a file by its path under the workspace folder, whatever the separator; one outside it by its name', () => {
    assert.equal(stablePath('examples/acme/campaign/prod.xml', 'examples/acme'), 'campaign/prod.xml');
    assert.equal(stablePath('C:\\cases\\acme\\campaign\\prod.xml', 'C:\\cases\\acme'), 'campaign/prod.xml');
    assert.equal(stablePath('./campaign/prod.xml', '.'), 'campaign/prod.xml');
    assert.equal(stablePath('campaign/prod.xml', ''), 'campaign/prod.xml');
    assert.equal(stablePath('/srv/shared/users.csv', '/srv/acme'), 'users.csv');
    assert.equal(stablePath('../shared/users.csv', ''), 'users.csv');
    assert.deepEqual(stableParams({ source: '/srv/shared/users.csv', at: { file: '/srv/shared/users.csv', line: 3 } }, '/srv/acme'), {
      at: { file: 'users.csv' },
      source: 'users.csv',
    });
  });
});
