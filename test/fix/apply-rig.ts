import assert from 'node:assert/strict';
import { collectWorkspace, type LiveCollectOptions } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import { planFixes } from '../../src/fix/plan.js';
import type { FixPlan } from '../../src/fix/types.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { RULES } from '../../src/rules/index.js';
import { Redactor } from '../../src/security/redact.js';
import { CampaignDouble, type Fault } from '../doubles/campaign-server.js';
import { ACME, Workspace } from '../support/workspace.js';
import { NOW } from './support.js';

/** The operator's password of the stage double: it must never appear in any output. */
export const STAGE_PASSWORD = 'St4ge-Op3rator-S3cret!';
export const STAGE_ENV = 'ACME_STAGE_PASSWORD';
export const ACCOUNT = 'Adobe_Marketing_Cloud';

/**
 * The ACME example with one instance (stage by default) read live from a Campaign double serving
 * its package, the plan, and the accounts as the double held them before anything was written.
 */
export class ApplyRig {
  private constructor(
    readonly instance: string,
    readonly double: CampaignDouble,
    readonly ws: Workspace,
    readonly live: LiveCollectOptions,
    readonly snapshot: Snapshot,
    readonly plan: FixPlan,
    /** Every account as the double held it before anything was written. */
    readonly originals: Record<string, Record<string, string>>,
  ) {}

  /** `instance` read live (stage by default); `replan` replaces the plan's changes (a case the example lacks). */
  static async start(instance = 'stage', replan?: (plan: FixPlan, snapshot: Snapshot) => FixPlan['changes']): Promise<ApplyRig> {
    const double = await CampaignDouble.start({
      packageFile: `${ACME}/campaign/${instance}.xml`,
      users: [{ login: 'ims-doctor', password: STAGE_PASSWORD }],
      productContextField: true,
    });
    const ws = new Workspace().edit(
      'ims-doctor.yaml',
      `campaign: { package: campaign/${instance}.xml }`,
      `campaign: { url: "${double.url}", user: ims-doctor, passwordEnv: ${STAGE_ENV}, allowInsecureHttp: true }`,
    );
    const live: LiveCollectOptions = {
      net: { timeoutMs: 3000, retries: 0 },
      secrets: { env: { [STAGE_ENV]: STAGE_PASSWORD }, prompt: undefined },
      redactor: new Redactor(),
    };
    const snapshot = await collectWorkspace(ws.dir, { live });
    const made = planFixes(snapshot, runRules(snapshot, RULES, { lang: 'en' }), { now: NOW });
    const plan = replan ? { ...made, changes: replan(made, snapshot) } : made;
    const originals = Object.fromEntries(
      double.records('nms:extAccount').map((record) => {
        const name = record.attributes.get('name')!.value;
        return [name, withoutStamp(double.account(name)!)];
      }),
    );
    return new ApplyRig(instance, double, ws, live, snapshot, plan, originals);
  }

  get original(): Record<string, string> {
    return this.originals[ACCOUNT]!;
  }

  /** The double as it was when the plan was made (records, no fault, no request). */
  reset(): void {
    this.double.reset();
  }

  /** Faults for what follows (collection is over). */
  fault(...faults: Fault[]): void {
    this.double.options.faults = faults;
  }

  /** An account as the plan would leave it. */
  fixed(account = ACCOUNT): Record<string, string> {
    const fixed = { ...this.originals[account] };
    for (const change of this.plan.changes)
      if (
        change.instance === this.instance &&
        change.target === account &&
        change.record === 'extAccount' &&
        change.op === 'set' &&
        typeof change.to === 'string'
      )
        fixed[change.field] = change.to;
    return fixed;
  }

  now(account = ACCOUNT): Record<string, string> {
    return withoutStamp(this.double.account(account)!);
  }

  /** The account is the fixed record or the original, never anything else; returns which. */
  assertWhole(account = ACCOUNT): 'fixed' | 'original' {
    const now = this.now(account);
    const fixed = this.fixed(account);
    const original = this.originals[account]!;
    assert.notDeepEqual(fixed, original, `the plan changes ${account}`);
    if (JSON.stringify(sorted(now)) === JSON.stringify(sorted(fixed))) return 'fixed';
    assert.deepEqual(sorted(now), sorted(original), `${account} is neither the fixed record nor the original`);
    return 'original';
  }

  async close(): Promise<void> {
    await this.double.close().catch(() => undefined);
    this.ws.dispose();
  }
}

/** Campaign stamps lastModified on every write: the record's content is the rest. */
function withoutStamp(record: Record<string, string>): Record<string, string> {
  const { lastModified: _stamp, ...rest } = record;
  return rest;
}

function sorted(record: Record<string, string>): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}
