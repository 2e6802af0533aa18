import { shown } from '../i18n/catalogue.js';
import type { CheckResult, Finding } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { uiText } from '../i18n/ui.js';
import { escapeXml, groupByInstance, STATUS_KEY } from './shared.js';

/** Test-case class of the checks that look across instances. */
export const WORKSPACE_CLASSNAME = 'workspace';

/**
 * JUnit XML for CI dashboards: one test suite per instance (and one for the cross-instance
 * checks), one test case per rule in it. A rule may report several findings for one instance;
 * its test case shows them all:
 * - any unsuppressed fail or error → `<failure>` (type "fail" or "error"), every such finding in its text;
 * - else, when nothing was checked (skips) or everything is suppressed → `<skipped message=reason>`;
 * - else the test case passes; warnings (JUnit has no such verdict) are written to `<system-out>`.
 */
export function renderJunit(result: CheckResult): string {
  return testsuites(
    groupByInstance(result).map((group) => {
      const classname = group.instance ?? WORKSPACE_CLASSNAME;
      const properties = [['ims-doctor.version', result.tool.version], ['workspace', result.workspace], ...(group.role ? [['role', group.role]] : [])];
      return suite(classname, [testCases(group.findings, classname, result.lang)], properties);
    }),
  );
}

/**
 * A fleet (src/fleet/): one suite per workspace, its instances as the classnames of its test
 * cases, so that a CI dashboard shows one line per workspace.
 */
export function renderJunitSuites(workspaces: { name: string; result: CheckResult }[], fleet: CheckResult): string {
  return testsuites(
    workspaces.map(({ name, result }) => {
      const cases = groupByInstance(result).map((group) => testCases(group.findings, group.instance ?? WORKSPACE_CLASSNAME, fleet.lang));
      return suite(name, cases, [
        ['ims-doctor.version', fleet.tool.version],
        ['workspace', result.workspace],
      ]);
    }),
  );
}

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
}

/** One test case per rule of a group of findings. */
function testCases(findings: Finding[], classname: string, lang: CheckResult['lang']): { cases: string[]; counts: Counts } {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  const counts = { tests: 0, failures: 0, skipped: 0 };
  const cases: string[] = [];
  for (const [rule, findings] of byRule) {
    counts.tests++;
    const open = `    <testcase classname="${attr(classname)}" name="${attr(rule)}" time="0">`;
    const failing = findings.filter((finding) => !finding.suppressed && (finding.status === 'fail' || finding.status === 'error'));
    if (failing.length > 0) {
      counts.failures++;
      const type = [...new Set(failing.map((finding) => finding.status))].join(' ');
      const message = failing.map((finding) => finding.message).join(' ');
      const text = failing.map((finding) => describe(finding, lang)).join('\n\n');
      cases.push(
        `${open}\n      <failure message="${attr(message)}" type="${type}">${escapeXml(text)}</failure>${systemOut(findings, failing, lang)}\n    </testcase>`,
      );
      continue;
    }
    const checked = findings.filter((finding) => !finding.suppressed && finding.status !== 'skip');
    if (checked.length === 0) {
      counts.skipped++;
      const reason = findings
        .map((finding) => (finding.suppressed ? uiText(lang, { id: 'suppressedBecause', params: { reason: finding.suppressed.reason } }) : finding.message))
        .join(' ');
      cases.push(`${open}\n      <skipped message="${attr(reason)}"/>\n    </testcase>`);
      continue;
    }
    const out = systemOut(findings, [], lang);
    cases.push(out ? `${open}${out}\n    </testcase>` : open.replace(/>$/, '/>'));
  }
  return { cases, counts };
}

interface Suite {
  xml: string;
  counts: Counts;
}

function suite(name: string, parts: { cases: string[]; counts: Counts }[], properties: string[][]): Suite {
  const counts = { tests: 0, failures: 0, skipped: 0 };
  for (const part of parts) {
    counts.tests += part.counts.tests;
    counts.failures += part.counts.failures;
    counts.skipped += part.counts.skipped;
  }
  const cases = parts.flatMap((part) => part.cases);
  const props = properties.map(([key, value]) => `      <property name="${attr(key!)}" value="${attr(value!)}"/>`).join('\n');
  const xml =
    `  <testsuite name="${attr(name)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="0">\n` +
    `    <properties>\n${props}\n    </properties>\n` +
    cases.join('\n') +
    (cases.length > 0 ? '\n' : '') +
    '  </testsuite>';
  return { xml, counts };
}

function testsuites(suites: Suite[]): string {
  const totals = { tests: 0, failures: 0, skipped: 0 };
  for (const { counts } of suites) {
    totals.tests += counts.tests;
    totals.failures += counts.failures;
    totals.skipped += counts.skipped;
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="ims-doctor" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="0">\n` +
    suites.map((item) => item.xml).join('\n') +
    (suites.length > 0 ? '\n' : '') +
    '</testsuites>\n'
  );
}

/** Findings of the test case that are not its verdict (warnings, suppressed problems), so that none is lost. */
function systemOut(findings: Finding[], shown: Finding[], lang: CheckResult['lang']): string {
  const rest = findings.filter((finding) => !shown.includes(finding) && (finding.status === 'warn' || finding.status === 'fail' || finding.status === 'error'));
  if (rest.length === 0) return '';
  return `\n      <system-out>${escapeXml(rest.map((finding) => describe(finding, lang)).join('\n\n'))}</system-out>`;
}

/** A finding as plain text: verdict and message, evidence with where it came from, the fix, the documentation. */
function describe(finding: Finding, lang: CheckResult['lang']): string {
  const lines = [`${uiText(lang, { id: STATUS_KEY[finding.status] })}: ${finding.message}`];
  if (finding.suppressed) lines.push(uiText(lang, { id: 'suppressedBecause', params: { reason: finding.suppressed.reason } }));
  for (const item of finding.evidence) {
    const where = formatProvenance(item.at);
    lines.push(`  ${item.label}: ${shown(item.value)}${where ? `  (${where})` : ''}`);
  }
  if (finding.remediation) lines.push(`${uiText(lang, { id: 'fixLabel' })}: ${finding.remediation}`);
  if (finding.docUrl) lines.push(`${uiText(lang, { id: 'docLabel' })}: ${finding.docUrl}`);
  if (lines.some((line) => line.includes('·'))) lines.push(uiText(lang, { id: 'spaceLegend' }));
  return lines.join('\n');
}

/** Attribute values keep their line breaks and tabs (a parser would otherwise fold them to spaces). */
function attr(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
