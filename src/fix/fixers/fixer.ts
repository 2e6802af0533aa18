import type { CheckResult, Finding } from '../../model/finding.js';
import type { InstanceContext } from '../../model/instance-context.js';
import type { ExternalAccount, Snapshot } from '../../model/snapshot.js';
import type { ChangeDraft, FixMessage } from '../types.js';

/**
 * A fixer turns one finding of its rule into the changes that would answer it. It reads the
 * finding's DATA (status, messageId, params, remediationId/Params), never its prose, and the
 * snapshot for what a finding only samples (the first users of a long list, say). One module per
 * rule (fixers/<rule-id>.ts), registered in fixers/index.ts.
 */
export interface FixInput {
  finding: Finding;
  /** The snapshot the finding was judged on. Propose from it: two findings asking for the same change then propose the same drafts, which the plan merges. */
  snapshot: Snapshot;
  /** Every finding judged on `snapshot`. */
  result: CheckResult;
  /** The finding's instance in `snapshot` (undefined for a cross-instance finding). */
  context: InstanceContext | undefined;
  /** `snapshot` with the changes planned so far, for what depends on them (the host an IMS server is changing to, say). */
  planned: Snapshot;
  plannedContext: InstanceContext | undefined;
}

/** One way to answer the finding: all of its changes together. */
export interface FixOption {
  changes: ChangeDraft[];
}

export type FixProposal =
  /** Competing ways to answer it: the planner picks the one that touches least and names the others. */
  | { kind: 'options'; options: FixOption[] }
  /** Nothing ims-doctor can propose, and why. */
  | { kind: 'none'; reason: FixMessage }
  /** The changes planned so far already answer it (the check after the plan will say). */
  | { kind: 'resolved' };

export interface Fixer {
  rule: string;
  /** One proposal per decision: a finding may need several (one per profile, say). */
  propose(input: FixInput): FixProposal | FixProposal[];
}

export const none = (reason: FixMessage): FixProposal => ({ kind: 'none', reason });
export const options = (...choices: ChangeDraft[][]): FixProposal => ({
  kind: 'options',
  options: choices.filter((changes) => changes.length > 0).map((changes) => ({ changes })),
});

/** A string parameter of a finding's message or remediation, when it is one. */
export function stringParam(params: Record<string, unknown> | null | undefined, key: string): string | undefined {
  const value = params?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function stringsParam(params: Record<string, unknown> | null | undefined, key: string): string[] | undefined {
  const value = params?.[key];
  return Array.isArray(value) && value.every((item): item is string => typeof item === 'string') ? value : undefined;
}

/** Every account field a plan may set, with the snapshot field it is read from. */
export type AccountTextField =
  'imsServer' | 'clientId' | 'callbackServer' | 'imsOrgId' | 'imsRightsMask' | 'userScope' | 'productContext' | 'server' | 'tenant' | 'label';

/** Sets one attribute of the account Campaign reads, through the package. */
export function setAccount(
  context: InstanceContext,
  account: ExternalAccount,
  field: AccountTextField | 'active',
  to: string,
  risk: FixMessage[] = [],
): ChangeDraft {
  const current = field === 'active' ? { value: account.active.value ? '1' : '0', at: account.active.at } : account[field];
  return {
    plane: 'campaign',
    record: 'extAccount',
    op: 'set',
    instance: context.instance.name,
    target: account.name.value,
    field,
    from: current ? current.value : null,
    to,
    at: current ? current.at : null,
    applyWith: 'package',
    risk,
  };
}
