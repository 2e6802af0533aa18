import type { Provenance } from './provenance.js';

export const STATUSES = ['pass', 'warn', 'fail', 'skip', 'error'] as const;
export type Status = (typeof STATUSES)[number];

/** One value a verdict rests on, and where it was read. Secrets are already fingerprints. */
export interface Evidence {
  label: string;
  value: string;
  at: Provenance;
}

export interface Finding {
  rule: string;
  title: string;
  /** Section of the IMS troubleshooting checklist (1-8) the rule automates. */
  section: number;
  docUrl: string;
  status: Status;
  /** null for rules that look across instances. */
  instance: string | null;
  messageId: string;
  message: string;
  remediation: string | null;
  evidence: Evidence[];
  suppressed?: { reason: string; by: 'workspace' | 'command-line' };
}

export interface Summary {
  pass: number;
  warn: number;
  fail: number;
  skip: number;
  error: number;
  suppressed: number;
}

export const RESULT_SCHEMA_VERSION = 1;

/** The canonical result every reporter renders. */
export interface CheckResult {
  schemaVersion: typeof RESULT_SCHEMA_VERSION;
  tool: { name: 'ims-doctor'; version: string };
  lang: 'en' | 'ko';
  workspace: string;
  instances: { name: string; role: string }[];
  summary: Summary;
  problems: { file: string; line?: number; column?: number; message: string }[];
  findings: Finding[];
}
