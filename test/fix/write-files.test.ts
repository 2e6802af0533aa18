import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { writeFixDirectory } from '../../src/fix/outputs.js';
import { planFixes } from '../../src/fix/plan.js';
import { writeFileAtomic, writeFilesAtomic } from '../../src/fix/write-files.js';
import { acme, NOW } from './support.js';

const folders: string[] = [];
const folder = (): string => {
  const made = mkdtempSync(path.join(tmpdir(), 'ims-doctor-write-'));
  folders.push(made);
  return made;
};
after(() => folders.forEach((item) => rmSync(item, { recursive: true, force: true })));

describe('atomic writes', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const dir = folder();
    const file = path.join(dir, 'plan.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir), ['plan.json']);
  });

  it('creates the folders it needs and refuses a path that leaves the output folder', async () => {
    const dir = folder();
    await writeFilesAtomic(dir, [{ path: 'campaign/prod.xml', content: '<package/>' }]);
    assert.equal(readFileSync(path.join(dir, 'campaign/prod.xml'), 'utf8'), '<package/>');
    await assert.rejects(writeFilesAtomic(dir, [{ path: '../escape.txt', content: 'x' }]), /refusing to write outside/);
  });

  it('writes a plan directory: plan.json, plan.md, the Admin Console steps, the packages and the serverConf patch with its patched copy', async () => {
    const { snapshot, result } = await acme();
    const dir = folder();
    const plan = planFixes(snapshot, result, { now: NOW });
    await writeFixDirectory(dir, plan, snapshot, 'ko');
    const list = (sub: string): string[] => readdirSync(path.join(dir, sub)).sort();
    assert.deepEqual(readdirSync(dir).sort(), ['admin-console', 'campaign', 'plan.json', 'plan.md', 'server-conf']);
    assert.deepEqual(list('admin-console'), ['steps.md']);
    assert.match(readFileSync(path.join(dir, 'admin-console/steps.md'), 'utf8'), /^# Admin Console 단계\n/);
    assert.deepEqual(list('campaign'), ['prod.xml', 'stage.xml']);
    assert.deepEqual(list('server-conf'), ['stage.patch', 'stage.xml']);
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')), JSON.parse(JSON.stringify(plan)));
    assert.match(readFileSync(path.join(dir, 'plan.md'), 'utf8'), /^# ims-doctor 수정 계획/);
  });
});
