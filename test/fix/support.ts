import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import type { CheckResult } from '../../src/model/finding.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { RULES } from '../../src/rules/index.js';
import { ACME } from '../support/workspace.js';

/** When the plans of these tests are made. */
export const NOW = new Date('2026-10-05T10:00:00.000Z');

/** The ACME example, collected and checked. */
export async function acme(): Promise<{ snapshot: Snapshot; result: CheckResult }> {
  const snapshot = await collectWorkspace(ACME);
  return { snapshot, result: runRules(snapshot, RULES, { lang: 'en' }) };
}
