import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultLabel, readFleetFile } from '../../src/fleet/fleet-file.js';
import { InputError } from '../../src/inputs/input-error.js';
import { problemText } from '../../src/i18n/problems.js';

describe('a fleet file that names one workspace twice', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-fleet-twice-'));
    for (const name of ['acme', 'beta']) {
      mkdirSync(path.join(dir, 'orgs', name), { recursive: true });
      writeFileSync(path.join(dir, 'orgs', name, 'ims-doctor.yaml'), 'instances: []\n');
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const fleet = (text: string): string => {
    const file = path.join(dir, `fleet-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text);
    return file;
  };

  it('checks a workspace once when a glob and a labelled entry both name it, with the label written', async () => {
    const members = await readFleetFile(fleet('workspaces:\n  - orgs/*/ims-doctor.yaml\n  - { path: orgs/acme, label: acme }\n'));
    assert.deepEqual(
      members.map((member) => [path.relative(dir, member.target), member.label]),
      [
        ['orgs/beta/ims-doctor.yaml', defaultLabel(path.join(dir, 'orgs/beta'))],
        ['orgs/acme', 'acme'],
      ],
    );
  });

  it('checks a workspace once when two globs match it', async () => {
    const members = await readFleetFile(fleet('workspaces:\n  - orgs/*/ims-doctor.yaml\n  - orgs/a*\n'));
    assert.equal(members.length, 2);
  });

  it('refuses two paths to one workspace, at the second, in both languages', async () => {
    const file = fleet('workspaces:\n  - orgs/acme\n  - orgs/acme/ims-doctor.yaml\n');
    const error = await readFleetFile(file).then(
      () => assert.fail('accepted'),
      (caught: unknown) => caught as InputError,
    );
    assert.ok(error instanceof InputError);
    assert.equal(error.problem.id, 'fleetWorkspaceTwice');
    assert.deepEqual([error.line, error.column], [3, 5]);
    assert.match(problemText(error.problem, 'en'), /^lists the workspace ".*orgs\/acme" a second time; each workspace is checked once/);
    assert.match(problemText(error.problem, 'ko'), /^같은 워크스페이스가 두 번 나옵니다\(".*orgs\/acme"\)\./);
  });
});
