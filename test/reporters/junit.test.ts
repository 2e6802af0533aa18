import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SaxesParser } from 'saxes';
import { renderJunit, WORKSPACE_CLASSNAME } from '../../src/reporters/junit.js';
import type { CheckResult } from '../../src/model/finding.js';
import { runCli } from '../support/cli.js';
import { HOSTILE, hostileResult, sampleResult } from '../support/results.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/** Parses the XML back with a conforming parser: anything not well-formed throws. */
function parse(xml: string): Element {
  const parser = new SaxesParser({ xmlns: false });
  const root: Element = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: Element[] = [root];
  parser.on('opentag', (tag) => {
    const element: Element = { name: tag.name, attributes: tag.attributes, children: [], text: '' };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => (stack[stack.length - 1]!.text += text));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  assert.equal(root.children.length, 1);
  return root.children[0]!;
}

function cases(suites: Element): Element[] {
  return suites.children.flatMap((suite) => suite.children.filter((child) => child.name === 'testcase'));
}

function find(suites: Element, classname: string, name: string): Element {
  const found = cases(suites).find((testcase) => testcase.attributes.classname === classname && testcase.attributes.name === name);
  assert.ok(found, `no test case ${classname} ${name}`);
  return found;
}

const child = (element: Element, name: string): Element | undefined => element.children.find((item) => item.name === name);

describe('JUnit report', () => {
  it('is well-formed XML with one test case per rule and instance (classname = instance or "workspace")', () => {
    const result = sampleResult();
    const suites = parse(renderJunit(result));
    assert.equal(suites.name, 'testsuites');
    const expected = new Set(result.findings.map((finding) => `${finding.instance ?? WORKSPACE_CLASSNAME} ${finding.rule}`));
    const actual = cases(suites).map((testcase) => `${testcase.attributes.classname} ${testcase.attributes.name}`);
    assert.deepEqual(actual.sort(), [...expected].sort());
    assert.deepEqual(
      suites.children.map((suite) => suite.attributes.name),
      ['prod', 'stage', 'workspace'],
    );
  });

  it('counts tests, failures and skipped right, per suite and in total', () => {
    const suites = parse(renderJunit(sampleResult()));
    let total = { tests: 0, failures: 0, skipped: 0 };
    for (const suite of suites.children) {
      const testcases = suite.children.filter((item) => item.name === 'testcase');
      const counts = {
        tests: testcases.length,
        failures: testcases.filter((testcase) => child(testcase, 'failure')).length,
        skipped: testcases.filter((testcase) => child(testcase, 'skipped')).length,
      };
      assert.deepEqual(
        { tests: Number(suite.attributes.tests), failures: Number(suite.attributes.failures), skipped: Number(suite.attributes.skipped) },
        counts,
        `suite ${suite.attributes.name}`,
      );
      assert.equal(suite.attributes.errors, '0');
      total = { tests: total.tests + counts.tests, failures: total.failures + counts.failures, skipped: total.skipped + counts.skipped };
    }
    assert.deepEqual(
      { tests: Number(suites.attributes.tests), failures: Number(suites.attributes.failures), skipped: Number(suites.attributes.skipped) },
      total,
    );
    assert.deepEqual(total, { tests: 11, failures: 5, skipped: 3 });
  });

  it('fail and error → <failure> with the message and the evidence text; warn passes with the warning in system-out', () => {
    const suites = parse(renderJunit(sampleResult()));
    const fail = child(find(suites, 'prod', 'external-account'), 'failure')!;
    assert.equal(fail.attributes.type, 'fail');
    assert.equal(fail.attributes.message, '"Adobe_Marketing_Cloud1" is a second Adobe Marketing Cloud account.');
    assert.match(fail.text, /External account internal name: "Adobe_Marketing_Cloud1" {2}\(campaign\/prod\.xml:17:17\)/);
    assert.match(fail.text, /Fix: Delete the external account/);
    assert.match(fail.text, /Docs: https:\/\/experienceleague\.adobe\.com\//);
    const error = child(find(suites, 'stage', 'client-id'), 'failure')!;
    assert.equal(error.attributes.type, 'error');
    assert.match(error.text, /ims\/stage-client\.yaml:4:11/);
    const warn = find(suites, 'prod', 'url-permission');
    assert.equal(child(warn, 'failure'), undefined);
    assert.equal(child(warn, 'skipped'), undefined);
    assert.match(child(warn, 'system-out')!.text, /^WARN: Message of url-permission/);
    assert.deepEqual(find(suites, 'stage', 'external-account').children, [], 'a pass is an empty test case');
    assert.ok(child(find(suites, WORKSPACE_CLASSNAME, 'ims-server-consistency'), 'failure'));
  });

  it('skip → <skipped message=reason>; a suppressed finding is skipped with its reason', () => {
    const suites = parse(renderJunit(sampleResult()));
    assert.equal(child(find(suites, 'prod', 'scope'), 'skipped')!.attributes.message, 'Not checked: the IMS client could not be read.');
    assert.equal(child(find(suites, 'stage', 'client-secret'), 'skipped')!.attributes.message, 'Suppressed: rotated 2026-10-01, ticket 4711');
    assert.equal(child(find(suites, 'prod', 'callback-url'), 'skipped')!.attributes.message, 'Suppressed: ignored on the command line (--ignore)');
  });

  it('shows every finding of a rule with several for one instance', () => {
    const result: CheckResult = sampleResult();
    const base = result.findings.find((finding) => finding.rule === 'external-account' && finding.instance === 'prod')!;
    result.findings.push({ ...base, status: 'warn', message: 'A second, milder finding.', evidence: [] });
    result.findings.push({ ...base, status: 'fail', message: 'A third, suppressed one.', suppressed: { reason: 'known', by: 'workspace' } });
    const testcase = find(parse(renderJunit(result)), 'prod', 'external-account');
    assert.equal(testcase.children.filter((item) => item.name === 'failure').length, 1);
    const out = child(testcase, 'system-out')!.text;
    assert.match(out, /WARN: A second, milder finding\./);
    assert.match(out, /FAIL: A third, suppressed one\.\nSuppressed: known/);
  });

  it('escapes markup and control characters: the XML parses back to the same text', () => {
    const xml = renderJunit(hostileResult());
    const suites = parse(xml);
    assert.ok(!xml.includes(HOSTILE));
    const hostile = cases(suites).find((testcase) => testcase.attributes.name === 'product-context')!;
    assert.equal(hostile.attributes.classname, '"><img src=x onerror=alert(2)>');
    const failure = child(hostile, 'failure')!;
    assert.equal(failure.attributes.message, HOSTILE);
    assert.match(failure.text, /"<script>alert\(1\)<\/script>\\u0001\\u0007]]>"/, 'evidence quoted as JSON: control characters escaped');
  });

  it('keeps line breaks in attribute values and shows characters XML cannot hold', () => {
    const result = sampleResult();
    result.findings[0]!.message = 'first line\nsecond line\u0001';
    const fail = child(find(parse(renderJunit(result)), 'prod', 'external-account'), 'failure')!;
    assert.equal(fail.attributes.message, 'first line\nsecond line\\u{0001}');
  });

  it("from the CLI: the example's prod duplicate account fails, stage passes", async () => {
    const run = await runCli(['check', 'examples/acme', '--format', 'junit']);
    const suites = parse(run.stdout);
    assert.ok(child(find(suites, 'prod', 'external-account'), 'failure'));
    assert.deepEqual(find(suites, 'stage', 'external-account').children, []);
  });
});
