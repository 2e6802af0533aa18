import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import { planFixes } from '../../src/fix/plan.js';
import type { FixPlan } from '../../src/fix/types.js';
import { RULES } from '../../src/rules/index.js';
import { runCli } from '../support/cli.js';
import { draft2020Validator } from '../support/schema.js';
import { ACME, ROOT } from '../support/workspace.js';
import { NOW } from './support.js';

/** The published shape of plan.json (docs/plan.schema.json, JSON Schema draft 2020-12, strict). */
const validate = draft2020Validator(path.join(ROOT, 'docs/plan.schema.json'));

describe('published JSON Schema of the fix plan (docs/plan.schema.json)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-plan-schema-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('validates the plan.json that `fix --output-dir` writes for the example, and what `fix --format json` prints', async () => {
    const out = path.join(dir, 'out');
    const written = await runCli(['fix', 'examples/acme', '--output-dir', out]);
    assert.equal(written.code, 0, written.stderr);
    const plan = JSON.parse(readFileSync(path.join(out, 'plan.json'), 'utf8')) as FixPlan;
    assert.ok(plan.changes.length > 5, 'the example needs several changes');
    assert.deepEqual(validate(plan), []);
    const printed = await runCli(['fix', 'examples/acme', '--output-dir', path.join(dir, 'printed'), '--format', 'json']);
    assert.deepEqual(validate(JSON.parse(printed.stdout)), []);
  });

  it('validates a rejected plan (its rejections carry catalogue references)', async () => {
    const snapshot = await collectWorkspace(ACME);
    const result = runRules(snapshot, RULES, { lang: 'en' });
    const plan = planFixes(snapshot, result, { now: NOW });
    const rejected: FixPlan = {
      ...plan,
      accepted: false,
      rejections: [{ reason: { id: 'rejectAccessLost', params: { person: 'jane.doe@acme.example', instance: 'prod', groups: ['admin'] } } }],
    };
    assert.deepEqual(validate(rejected), []);
  });

  it('refuses what is not a plan: an unknown plane, a change without its order, a secret-shaped extra field', async () => {
    const snapshot = await collectWorkspace(ACME);
    const base: FixPlan = JSON.parse(JSON.stringify(planFixes(snapshot, runRules(snapshot, RULES, { lang: 'en' }), { now: NOW })));
    const first = base.changes[0]!;
    const unknownPlane = { ...base, changes: [{ ...first, plane: 'ldap' }] };
    assert.ok(validate(unknownPlane).some((line) => line.startsWith('/changes/0/plane')));
    const { order: _order, ...noOrder } = first;
    assert.ok(validate({ ...base, changes: [noOrder] }).some((line) => line.includes("must have required property 'order'")));
    assert.ok(validate({ ...base, clientSecret: 'x' }).some((line) => line.includes('additional properties')));
  });
});
