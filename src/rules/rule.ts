import type { AnyCatalogue, MessageRef } from '../i18n/catalogue.js';
import type { COMMON } from '../i18n/common.js';
import type { FieldKey } from '../i18n/fields.js';
import type { Lang } from '../i18n/lang.js';
import type { Status } from '../model/finding.js';
import type { ContextWith, InstanceContext, Need } from '../model/instance-context.js';
import type { InstanceProbes } from '../model/probes.js';
import type { Provenance, Sourced } from '../model/provenance.js';
import type { SecretRef } from '../model/secret.js';
import type { Snapshot } from '../model/snapshot.js';
import type { RuleId } from './ids.js';

export type { ContextWith, InstanceContext, Need } from '../model/instance-context.js';

/**
 * A value shown as evidence: the value as read (a string), or, for what a live probe observed, an
 * entry of the common catalogue rendered in the report's language.
 */
export type EvidenceValue = string | MessageRef<typeof COMMON>;

/** Evidence as a rule states it; the engine turns the field into a label in the report's language. */
export interface EvidenceInput {
  field: FieldKey;
  value: EvidenceValue;
  at: Provenance;
}

/** One verdict of a rule: a status, a message of the rule's catalogue with exactly its parameters, and the evidence. */
export interface Report<C extends AnyCatalogue> {
  status: Status;
  /** What was observed. */
  message: MessageRef<C>;
  /** What to do; omitted for a pass. */
  remediation?: MessageRef<C>;
  evidence?: EvidenceInput[];
}

interface RuleBase<C extends AnyCatalogue> {
  id: RuleId;
  /** Section of the IMS troubleshooting checklist: 1 external account … 8 restart. */
  section: number;
  title: Record<Lang, string>;
  messages: C;
}

export interface InstanceRule<C extends AnyCatalogue = AnyCatalogue, N extends readonly Need[] = readonly Need[]> extends RuleBase<C> {
  scope: 'instance';
  needs: N;
  check(context: ContextWith<N>): Report<C>[];
  /**
   * The rule's judgement of live observations (`check --probe`), beside its offline check, so one
   * report shows the configuration and what IMS really answered. Called only when probes ran.
   */
  liveCheck?(probes: InstanceProbes, context: InstanceContext): Report<C>[];
  /**
   * A verdict the rule can still give when one of its needs is missing (ims-config: a v8.6 server
   * refuses native logons whatever serverConf says); undefined keeps the engine's skip.
   */
  whenMissing?(context: InstanceContext): Report<C>[] | undefined;
}

export interface WorkspaceContext {
  snapshot: Snapshot;
  contexts: InstanceContext[];
}

export interface WorkspaceRule<C extends AnyCatalogue = AnyCatalogue> extends RuleBase<C> {
  scope: 'workspace';
  check(context: WorkspaceContext): Report<C>[];
}

/** One workspace of a fleet as a fleet rule sees it: its label, its snapshot and its instances. */
export interface FleetMemberContext {
  label: string;
  snapshot: Snapshot;
  contexts: InstanceContext[];
}

export interface FleetContext {
  members: FleetMemberContext[];
}

/** A rule across the workspaces of a fleet (src/fleet/): run only when a run checks several workspaces. */
export interface FleetRule<C extends AnyCatalogue = AnyCatalogue> extends RuleBase<C> {
  scope: 'fleet';
  check(context: FleetContext): Report<C>[];
}

/** Any rule, as the engine sees it. */
export type Rule = InstanceRule<AnyCatalogue, readonly Need[]> | WorkspaceRule<AnyCatalogue> | FleetRule<AnyCatalogue>;

/**
 * Declares a rule. The catalogue type C comes from `messages` and the needs N from `needs`, so
 * `check` receives a context where every needed plane is present, and may only report keys of C
 * with exactly their parameters.
 */
export function defineRule<C extends AnyCatalogue, const N extends readonly Need[]>(rule: InstanceRule<C, N>): Rule;
export function defineRule<C extends AnyCatalogue>(rule: WorkspaceRule<C>): Rule;
export function defineRule<C extends AnyCatalogue>(rule: FleetRule<C>): Rule;
export function defineRule(rule: InstanceRule | WorkspaceRule | FleetRule): Rule {
  return rule;
}

export function evidence(field: FieldKey, value: Sourced<string>): EvidenceInput {
  return { field, value: value.value, at: value.at };
}

/** A secret as evidence: its fingerprint and form, never its value. */
export function secretEvidence(field: FieldKey, secret: Sourced<SecretRef>): EvidenceInput {
  return { field, value: secretShown(secret.value), at: secret.at };
}

/** How a secret is shown: its fingerprint and form (a common-catalogue entry), never its value. */
export function secretShown(secret: SecretRef): MessageRef<typeof COMMON> {
  return { id: 'secretShown', params: { fingerprint: secret.fingerprint, form: secret.form } };
}
