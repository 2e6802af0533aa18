import type { Provenance } from './provenance.js';

export const STATUSES = ['pass', 'warn', 'fail', 'skip', 'error'] as const;
export type Status = (typeof STATUSES)[number];

/** One value a verdict rests on, and where it was read. Secrets are already fingerprints. */
export interface Evidence {
  /** Key of the field (i18n/fields.ts), stable across languages. */
  field: string;
  /** The field's label in the result's language. */
  label: string;
  /** The value as read, or the rendered observation of a live probe. */
  value: string;
  /** For an observation: the common-catalogue entry it was rendered from, so a consumer can re-render it. */
  valueId?: string;
  valueParams?: Record<string, unknown>;
  at: Provenance;
}

/** A verdict's message and remediation, as data (a catalogue entry and its parameters) and as prose in the result's language. */
export interface RenderedMessage {
  messageId: string;
  params: Record<string, unknown>;
  message: string;
  remediationId: string | null;
  remediationParams: Record<string, unknown> | null;
  remediation: string | null;
}

/**
 * One verdict, as data and as prose. `messageId`/`params` and `remediationId`/`remediationParams`
 * name an entry of the rule's catalogue (or, prefixed `common:`, of the common catalogue) with its
 * parameters; `message` and `remediation` are those entries rendered in the result's language.
 */
export interface Finding extends RenderedMessage {
  rule: string;
  title: string;
  /** Section of the IMS troubleshooting checklist (1-8) the rule automates. */
  section: number;
  /** The rule's own documentation page, in the result's language. */
  docUrl: string;
  status: Status;
  /** null for rules that look across instances. */
  instance: string | null;
  /** In a fleet (schemaVersion 3): the label of the workspace the instance belongs to; null for a rule that looks across the fleet. */
  workspace?: string | null;
  evidence: Evidence[];
  suppressed?: { reason: string; by: 'workspace' | 'command-line' };
}

export type Summary = Record<Status | 'suppressed', number>;

/** A source that could not be read, as data (`problemId`, `params`) and as a sentence. */
export interface ResultProblem {
  file: string;
  line?: number;
  column?: number;
  problemId: string;
  params: Record<string, unknown>;
  message: string;
  /** In a fleet: the label of the workspace whose source it is. */
  workspace?: string;
}

export const RESULT_SCHEMA_VERSION = 2;
/**
 * A fleet's result (several workspaces in one run) adds `workspace` to findings, instances and
 * problems, and `workspaces[]`: a version-2 reader would take two instances named prod for one,
 * so a fleet says 3. One workspace stays exactly version 2.
 */
export const FLEET_RESULT_SCHEMA_VERSION = 3;

/** One workspace of a fleet: what it is called in the reports, its own counts and problems. */
export interface WorkspaceSummary {
  /** Unique in the fleet: from the fleet file's `label`, else the path as given. */
  label: string;
  /** The workspace file (ims-doctor.yaml), or the path given when it could not be read. */
  file: string;
  instances: { name: string; role: string }[];
  summary: Summary;
  problems: ResultProblem[];
  /** The exit code this workspace alone would end with. */
  exitCode: number;
}

/** The canonical result every reporter renders. */
export interface CheckResult {
  schemaVersion: typeof RESULT_SCHEMA_VERSION | typeof FLEET_RESULT_SCHEMA_VERSION;
  tool: { name: 'ims-doctor'; version: string };
  lang: 'en' | 'ko';
  workspace: string;
  instances: { name: string; role: string; workspace?: string }[];
  summary: Summary;
  problems: ResultProblem[];
  findings: Finding[];
  /** A fleet only: each workspace's summary and problems, in fleet order (`summary` totals them). */
  workspaces?: WorkspaceSummary[];
}

/** Problems first, as a reader triages them. */
export const STATUS_ORDER: readonly Status[] = ['error', 'fail', 'warn', 'pass', 'skip'];

/** Counts findings as a summary does: a suppressed finding counts as suppressed only. */
export function summarize(findings: readonly Finding[]): Summary {
  const summary: Summary = { pass: 0, warn: 0, fail: 0, skip: 0, error: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppressed) summary.suppressed++;
    else summary[finding.status]++;
  }
  return summary;
}

/** The most severe status among findings (error first), or skip when there are none. */
export function worstStatus(findings: readonly { status: Status }[]): Status {
  return STATUS_ORDER.find((status) => findings.some((finding) => finding.status === status)) ?? 'skip';
}
