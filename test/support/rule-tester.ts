import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingOf, runRules } from '../../src/engine/run-rules.js';
import { instanceContext } from '../../src/model/instance-context.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { Finding, Status } from '../../src/model/finding.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import type { Rule } from '../../src/rules/rule.js';

/** One expected finding: its status, message key and (a subset of) its parameters, compared deeply. */
export interface Expected {
  status: Status;
  messageId: string;
  params?: Record<string, unknown>;
  remediationId?: string | null;
}

/** One case of a rule's table, in the manner of ESLint's RuleTester. */
export interface RuleCase {
  name: string;
  snapshot: () => Snapshot;
  /** The instance whose findings are compared (default prod; null: cross-instance findings). */
  instance?: string | null;
  expect: Expected[];
  /** A fleet rule's case: the workspaces of the fleet, each a label and its snapshot (`snapshot` is then the first one's). */
  fleet?: () => { label: string; snapshot: Snapshot }[];
}

/** A fleet rule's findings over labelled snapshots, as a fleet run makes them (src/fleet/run-fleet.ts). */
export function fleetFindingsOf(rule: Rule, members: { label: string; snapshot: Snapshot }[], lang: Lang = 'en'): Finding[] {
  if (rule.scope !== 'fleet') return [];
  const fleet = {
    members: members.map(({ label, snapshot }) => ({ label, snapshot, contexts: snapshot.instances.map((item) => instanceContext(snapshot, item)) })),
  };
  return rule.check(fleet).map((report) => findingOf(rule, report, null, lang));
}

function caseFindings(rule: Rule, testCase: RuleCase, lang: Lang = 'en'): Finding[] {
  if (testCase.fleet) return fleetFindingsOf(rule, testCase.fleet(), lang);
  return findingsOf(rule, testCase.snapshot(), testCase.instance === undefined ? 'prod' : testCase.instance, lang);
}

export function findingsOf(rule: Rule, snapshot: Snapshot, instance: string | null, lang: Lang = 'en'): Finding[] {
  const result = runRules(snapshot, [rule], { lang });
  return result.findings.filter((finding) => finding.instance === instance);
}

/** Runs a rule's table: each case's findings, in order, with exactly the statuses, keys and parameters expected. */
export function ruleTester(rule: Rule, cases: readonly RuleCase[]): void {
  describe(`rule ${rule.id} (data)`, () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        const findings = caseFindings(rule, testCase);
        assert.deepEqual(
          findings.map((finding) => `${finding.status} ${finding.messageId}`),
          testCase.expect.map((expected) => `${expected.status} ${expected.messageId}`),
        );
        testCase.expect.forEach((expected, index) => {
          const finding = findings[index]!;
          for (const [name, value] of Object.entries(expected.params ?? {}))
            assert.deepEqual(finding.params[name], value, `param ${name} of ${finding.messageId}`);
          if (expected.remediationId !== undefined) assert.equal(finding.remediationId, expected.remediationId);
        });
      });
    }
  });
}

/**
 * Every message key of a rule's catalogue that its table produces, rendered in each language; the
 * i18n test uses it to prove that every message is covered and reads in both languages.
 */
export function renderedMessages(rule: Rule, cases: readonly RuleCase[]): Map<string, Record<Lang, string>> {
  const seen = new Map<string, Record<Lang, string>>();
  for (const testCase of cases) {
    const [en, ko] = (['en', 'ko'] as const).map((lang) => caseFindings(rule, testCase, lang));
    en!.forEach((finding, index) => {
      const korean = ko![index]!;
      if (!finding.messageId.startsWith('common:')) seen.set(finding.messageId, { en: finding.message, ko: korean.message });
      if (finding.remediationId) seen.set(finding.remediationId, { en: finding.remediation!, ko: korean.remediation! });
    });
  }
  return seen;
}
