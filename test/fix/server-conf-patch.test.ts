import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { collectServerConf } from '../../src/collectors/server-conf.js';
import { fixOutputs } from '../../src/fix/outputs.js';
import { planFixes } from '../../src/fix/plan.js';
import { decodeKeepingBytes, serverConfPatch } from '../../src/fix/server-conf-patch.js';
import type { ChangeDraft } from '../../src/fix/types.js';
import { unifiedDiff } from '../../src/fix/unified-diff.js';
import { ACME } from '../support/workspace.js';
import { acme, NOW } from './support.js';

const addUrl = (dnsSuffix: string): ChangeDraft => ({
  plane: 'serverConf',
  record: 'urlPermission',
  op: 'add',
  instance: 'stage',
  target: 'conf.xml',
  field: 'url',
  from: null,
  to: { dnsSuffix, urlRegEx: 'https://.*' },
  at: null,
  applyWith: 'patch',
  risk: [],
});
const setOrg = (to: string, line?: number): ChangeDraft => ({
  plane: 'serverConf',
  record: 'redirection',
  op: 'set',
  instance: 'stage',
  target: 'conf.xml',
  field: 'IMSOrgId',
  from: null,
  to,
  at: line === undefined ? null : { file: 'conf.xml', line },
  applyWith: 'patch',
  risk: [],
});

const folders: string[] = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Writes the original under `file` in a fresh folder and checks the patch applies there with git apply -p0 and patch -p0, giving `patched`. */
function assertApplies(file: string, original: string | Buffer, patch: string | Buffer, patched: string | Buffer): void {
  const folder = mkdtempSync(path.join(tmpdir(), 'ims-doctor-patch-'));
  folders.push(folder);
  mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  writeFileSync(path.join(folder, file), original);
  writeFileSync(path.join(folder, 'fix.patch'), patch);
  execFileSync('git', ['apply', '--check', '-p0', 'fix.patch'], { cwd: folder });
  execFileSync('patch', ['-p0', '--dry-run', '-i', 'fix.patch'], { cwd: folder, stdio: 'pipe' });
  execFileSync('git', ['apply', '-p0', 'fix.patch'], { cwd: folder });
  assert.deepEqual(readFileSync(path.join(folder, file)), Buffer.from(patched));
}

describe('serverConf patch', () => {
  it('of the ACME plan adds the IMS host to stage urlPermission, applies with git apply -p0 and patch -p0, and leaves the original alone', async () => {
    const { snapshot, result } = await acme();
    const before = readFileSync(path.join(ACME, 'campaign/stage-serverConf.xml'));
    const files = await fixOutputs(planFixes(snapshot, result, { now: NOW }), snapshot, { lang: 'en' });
    const patch = files.find((file) => file.path === 'server-conf/stage.patch')!.content.toString();
    const patched = files.find((file) => file.path === 'server-conf/stage.xml')!.content.toString();
    assert.equal(
      patch,
      [
        '--- campaign/stage-serverConf.xml',
        '+++ campaign/stage-serverConf.xml',
        '@@ -4,6 +4,7 @@',
        '     <urlPermission action="deny" debugTrace="false">',
        '       <url dnsSuffix="acme.example" urlRegEx="https://.*"/>',
        '       <url dnsSuffix="neolane.net" urlRegEx="https://.*"/>',
        '+      <url dnsSuffix="adobelogin.com" urlRegEx="https://.*"/>',
        '     </urlPermission>',
        '   </shared>',
        '   <web>',
        '',
      ].join('\n'),
    );
    assert.ok(!files.some((file) => file.path.startsWith('server-conf/prod')), 'prod needs no serverConf change');
    assertApplies('campaign/stage-serverConf.xml', before, patch, patched);
    assert.deepEqual(readFileSync(path.join(ACME, 'campaign/stage-serverConf.xml')), before);
  });

  it('gives a copy the collector reads with the entry', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ims-doctor-patch-'));
    folders.push(folder);
    const text = readFileSync(path.join(ACME, 'campaign/stage-serverConf.xml'), 'utf8');
    const result = serverConfPatch({ path: 'conf.xml', text }, [addUrl('adobelogin.com')])!;
    writeFileSync(path.join(folder, 'conf.xml'), result.patched);
    const plane = await collectServerConf(path.join(folder, 'conf.xml'));
    assert.deepEqual(
      plane.urlPermissions.map((entry) => entry.dnsSuffix),
      ['acme.example', 'neolane.net', 'adobelogin.com'],
    );
  });

  it('sets IMSOrgId in place, keeps CRLF line ends, and edits before it inserts', () => {
    const text =
      '<serverconf>\r\n  <shared>\r\n    <urlPermission action="deny">\r\n      <url dnsSuffix="a.example" urlRegEx="https://.*"/>\r\n    </urlPermission>\r\n  </shared>\r\n  <web>\r\n    <redirection IMSOrgId="OLD@AdobeOrg" other="1"/>\r\n  </web>\r\n</serverconf>\r\n';
    const result = serverConfPatch({ path: 'conf.xml', text }, [addUrl('adobelogin.com'), setOrg('NEW@AdobeOrg', 8)])!;
    assert.equal(
      result.patched,
      text
        .replace('OLD@AdobeOrg', 'NEW@AdobeOrg')
        .replace('    </urlPermission>', '      <url dnsSuffix="adobelogin.com" urlRegEx="https://.*"/>\r\n    </urlPermission>'),
    );
    assertApplies('conf.xml', text, result.patch, result.patched);
  });

  it('opens a self-closing urlPermission, fills an empty one, and adds a missing one inside <shared>', () => {
    const selfClosing = '<serverconf>\n  <shared>\n    <urlPermission action="deny"/>\n  </shared>\n</serverconf>\n';
    assert.equal(
      serverConfPatch({ path: 'c.xml', text: selfClosing }, [addUrl('adobelogin.com')])!.patched,
      '<serverconf>\n  <shared>\n    <urlPermission action="deny">\n      <url dnsSuffix="adobelogin.com" urlRegEx="https://.*"/>\n    </urlPermission>\n  </shared>\n</serverconf>\n',
    );
    const empty = '<serverconf>\n  <shared>\n    <urlPermission action="deny">\n    </urlPermission>\n  </shared>\n</serverconf>\n';
    assert.match(serverConfPatch({ path: 'c.xml', text: empty }, [addUrl('adobelogin.com')])!.patched, /deny">\n {6}<url dnsSuffix="adobelogin.com"/);
    const missing = '<serverconf>\n  <shared>\n    <ims/>\n  </shared>\n</serverconf>\n';
    const added = serverConfPatch({ path: 'c.xml', text: missing }, [addUrl('adobelogin.com')])!;
    assert.match(
      added.patched,
      /<ims\/>\n {4}<urlPermission>\n {6}<url dnsSuffix="adobelogin.com" urlRegEx="https:\/\/\.\*"\/>\n {4}<\/urlPermission>\n {2}<\/shared>/,
    );
    assertApplies('c.xml', missing, added.patch, added.patched);
  });

  it('ignores what a comment says', () => {
    const text =
      '<serverconf>\n  <shared>\n    <!-- <urlPermission action="ignore"/> -->\n    <urlPermission action="deny">\n      <url dnsSuffix="a.example" urlRegEx="https://.*"/>\n    </urlPermission>\n  </shared>\n</serverconf>\n';
    const result = serverConfPatch({ path: 'c.xml', text }, [addUrl('adobelogin.com')])!;
    assert.match(result.patched, /<!-- <urlPermission action="ignore"\/> -->\n/);
    assert.match(result.patched, /a\.example" urlRegEx="https:\/\/\.\*"\/>\n {6}<url dnsSuffix="adobelogin\.com"/);
  });

  it('keeps Latin-1 bytes as they are', () => {
    const bytes = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<serverconf>\n  <shared>\n    <!-- café -->\n    <urlPermission action="deny">\n    </urlPermission>\n  </shared>\n</serverconf>\n',
      'latin1',
    );
    const { text, encoding } = decodeKeepingBytes(bytes);
    assert.equal(encoding, 'latin1');
    const result = serverConfPatch({ path: 'c.xml', text }, [addUrl('adobelogin.com')])!;
    assertApplies('c.xml', bytes, Buffer.from(result.patch, encoding), Buffer.from(result.patched, encoding));
  });

  it('writes nothing when nothing changes', () => {
    assert.equal(serverConfPatch({ path: 'c.xml', text: '<serverconf/>\n' }, []), undefined);
    assert.equal(unifiedDiff('c.xml', 'a\n', 'a\n'), '');
  });
});

describe('unified diff', () => {
  it('splits far-apart changes into hunks and marks a missing final newline', () => {
    const before = Array.from({ length: 30 }, (_, index) => `line ${index + 1}`).join('\n');
    const after = before.replace('line 2\n', 'line 2 changed\n').replace('line 30', 'line 30 changed');
    const diff = unifiedDiff('f.txt', before, after);
    assert.equal((diff.match(/^@@ /gm) ?? []).length, 2);
    assert.match(diff, /-line 30\n\\ No newline at end of file\n\+line 30 changed\n\\ No newline at end of file\n$/);
    assertApplies('f.txt', before, diff, after);
  });

  it('handles insertions at the very start and end, and deletions', () => {
    for (const [before, after] of [
      ['a\nb\n', 'x\na\nb\n'],
      ['a\nb\n', 'a\nb\nc\n'],
      ['a\nb\nc\n', 'a\nc\n'],
      ['', 'a\n'],
      ['a\n', ''],
    ] as const) {
      assertApplies('g.txt', before, unifiedDiff('g.txt', before, after), after);
    }
  });
});
