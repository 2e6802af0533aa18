import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runRules } from '../../src/engine/run-rules.js';
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
        const findings = findingsOf(rule, testCase.snapshot(), testCase.instance === undefined ? 'prod' : testCase.instance);
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
    const snapshot = testCase.snapshot();
    const instance = testCase.instance === undefined ? 'prod' : testCase.instance;
    const [en, ko] = (['en', 'ko'] as const).map((lang) => findingsOf(rule, snapshot, instance, lang));
    en!.forEach((finding, index) => {
      const korean = ko![index]!;
      if (!finding.messageId.startsWith('common:')) seen.set(finding.messageId, { en: finding.message, ko: korean.message });
      if (finding.remediationId) seen.set(finding.remediationId, { en: finding.remediation!, ko: korean.remediation! });
    });
  }
  return seen;
}
