import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { pathParts, renderSarif, SRCROOT } from '../../src/reporters/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { ruleDocUrl } from '../../src/rules/docs.js';
import type { CheckResult } from '../../src/model/finding.js';
import { runCli } from '../support/cli.js';
import { hostileResult, sampleResult } from '../support/results.js';
import { draft04Validator } from '../support/schema.js';
import { ROOT } from '../support/workspace.js';

/** The OASIS schema lives beside the project, never in it (see ../shared/schemas/README.md). */
const SCHEMA = path.resolve(ROOT, '../shared/schemas/sarif-schema-2.1.0.json');
const schemaSkip = existsSync(SCHEMA)
  ? false
  : `the SARIF 2.1.0 schema is not at ${SCHEMA} (it comes with the shared folder beside the repository), so the output cannot be validated here`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function sarif(result: CheckResult, baseUri?: string): Json {
  return JSON.parse(renderSarif(result, { baseUri }));
}

describe('SARIF report', () => {
  it('is valid SARIF 2.1.0 (OASIS schema): sample, Korean, hostile values, and the example from the CLI', { skip: schemaSkip }, async () => {
    const validate = draft04Validator(SCHEMA);
    for (const [name, log] of [
      ['sample', sarif(sampleResult(), 'file:///work/project/')],
      ['Korean', sarif(sampleResult('ko'))],
      ['hostile', sarif(hostileResult())],
    ] as const) {
      assert.deepEqual(validate(log), [], `${name} is not valid SARIF`);
    }
    const run = await runCli(['check', 'examples/acme', '--format', 'sarif']);
    assert.deepEqual(validate(JSON.parse(run.stdout)), [], 'the example is not valid SARIF');
  });

  it("describes every rule of the registry in the result's language, with help link and checklist section", () => {
    for (const lang of ['en', 'ko'] as const) {
      const log = sarif(sampleResult(lang));
      assert.equal(log.version, '2.1.0');
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'ims-doctor');
      assert.equal(driver.version, '0.1.0');
      assert.equal(log.runs[0].language, lang);
      assert.deepEqual(
        driver.rules.map((rule: Json) => rule.id),
        RULES.map((rule) => rule.id),
      );
      for (const [index, rule] of RULES.entries()) {
        const descriptor = driver.rules[index];
        assert.equal(descriptor.shortDescription.text, rule.title[lang]);
        assert.ok(descriptor.fullDescription.text.includes(rule.title[lang]));
        assert.ok(descriptor.help.text.includes(ruleDocUrl(rule.id, lang)));
        assert.equal(descriptor.helpUri, ruleDocUrl(rule.id, lang));
        assert.equal(descriptor.properties.section, rule.section);
        assert.match(descriptor.name, /^[A-Z][A-Za-z0-9]*$/);
      }
      if (lang === 'ko') assert.match(driver.rules[0].fullDescription.text, /점검 목록/);
    }
  });

  it('has one result per finding that is neither a pass nor a skip: fail and error → error, warn → warning', () => {
    const result = sampleResult();
    const log = sarif(result);
    const expected = result.findings.filter((finding) => finding.status !== 'pass' && finding.status !== 'skip');
    const results = log.runs[0].results;
    assert.equal(results.length, expected.length);
    const rules = log.runs[0].tool.driver.rules;
    for (const [index, finding] of expected.entries()) {
      const item = results[index];
      assert.equal(item.ruleId, finding.rule);
      assert.equal(rules[item.ruleIndex].id, finding.rule, 'ruleIndex points at the rule');
      assert.equal(item.level, { fail: 'error', error: 'error', warn: 'warning' }[finding.status as 'fail']);
      assert.ok(item.message.text.startsWith(finding.message));
      if (finding.remediation) assert.ok(item.message.text.endsWith(`Fix: ${finding.remediation}`));
      assert.equal(item.properties.status, finding.status);
      assert.equal(item.properties.instance, finding.instance);
    }
    assert.ok(!results.some((item: Json) => item.properties.status === 'skip' || item.properties.status === 'pass'));
  });

  it('anchors each result to the file, line and column its evidence came from (XML, serverConf, CSV, YAML, JSON)', () => {
    const results = sarif(sampleResult(), 'file:///work/project/').runs[0].results;
    const at = (rule: string) => results.find((item: Json) => item.ruleId === rule).locations[0].physicalLocation;
    assert.deepEqual(at('external-account'), {
      artifactLocation: { uri: 'campaign/prod.xml', uriBaseId: SRCROOT },
      region: { startLine: 17, startColumn: 17 },
    });
    assert.deepEqual(at('url-permission'), {
      artifactLocation: { uri: 'campaign/prod-serverConf.xml', uriBaseId: SRCROOT },
      region: { startLine: 4, startColumn: 20 },
    });
    assert.deepEqual(
      at('association-users'),
      { artifactLocation: { uri: 'admin-console/users.csv', uriBaseId: SRCROOT }, region: { startLine: 4 } },
      'CSV: line only',
    );
    assert.deepEqual(at('client-id'), { artifactLocation: { uri: 'ims/stage-client.yaml', uriBaseId: SRCROOT }, region: { startLine: 4, startColumn: 11 } });
    assert.deepEqual(at('org-id'), { artifactLocation: { uri: 'ims/console.json', uriBaseId: SRCROOT }, region: { startLine: 9, startColumn: 23 } });
    const duplicate = results.find((item: Json) => item.ruleId === 'external-account');
    assert.deepEqual(duplicate.relatedLocations, [
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'campaign/prod.xml', uriBaseId: SRCROOT }, region: { startLine: 6, startColumn: 17 } },
        message: { text: 'External account internal name: Adobe_Marketing_Cloud' },
      },
    ]);
  });

  it('names logical locations from the instance and the evidence path', () => {
    const results = sarif(sampleResult()).runs[0].results;
    const logical = (rule: string) => results.find((item: Json) => item.ruleId === rule).locations[0].logicalLocations[0];
    assert.equal(logical('external-account').fullyQualifiedName, 'instance/prod/externalAccount/Adobe_Marketing_Cloud1');
    assert.equal(logical('external-account').name, 'Adobe_Marketing_Cloud1');
    assert.equal(logical('url-permission').fullyQualifiedName, 'instance/prod/serverconf/shared/urlPermission');
    assert.equal(logical('org-id').fullyQualifiedName, 'instance/prod/project/org/ims_org_id');
    assert.equal(logical('ims-server-consistency').fullyQualifiedName, 'workspace/externalAccount/Adobe_Marketing_Cloud');
    assert.deepEqual(pathParts('operator[@name="jane.doe@acme.example"]'), ['operator', 'jane.doe@acme.example']);
    assert.deepEqual(pathParts('extAccount[@name="a/b"]/@imsServer'), ['externalAccount', 'a/b']);
  });

  it('resolves relative paths against SRCROOT (the directory it ran in) and writes absolute ones as file: URIs', () => {
    const result = sampleResult();
    result.findings[0]!.evidence[0]!.at.file = '/tmp/acme copy/campaign/prod.xml';
    const log = sarif(result, 'file:///work/project/');
    assert.equal(log.runs[0].originalUriBaseIds[SRCROOT].uri, 'file:///work/project/');
    assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'file:///tmp/acme%20copy/campaign/prod.xml' });
    assert.equal(sarif(result).runs[0].originalUriBaseIds[SRCROOT].uri, undefined, 'no base given, none invented');
  });

  it('points a result whose evidence names no file (a live endpoint) at the workspace file', () => {
    const result = sampleResult();
    const live = result.findings.find((finding) => finding.rule === 'ims-server-consistency')!;
    live.evidence = live.evidence.filter((item) => item.at.endpoint);
    const item = sarif(result).runs[0].results.find((entry: Json) => entry.ruleId === 'ims-server-consistency');
    assert.deepEqual(item.locations[0].physicalLocation, { artifactLocation: { uri: 'ims-doctor.yaml', uriBaseId: SRCROOT } });
  });

  it('keeps suppressed findings as results with an external suppression and its reason', () => {
    const results = sarif(sampleResult()).runs[0].results;
    const secret = results.find((item: Json) => item.ruleId === 'client-secret');
    assert.deepEqual(secret.suppressions, [
      { kind: 'external', status: 'accepted', justification: 'rotated 2026-10-01, ticket 4711', properties: { by: 'workspace' } },
    ]);
    const callback = results.find((item: Json) => item.ruleId === 'callback-url');
    assert.equal(callback.suppressions[0].properties.by, 'command-line');
    assert.equal(results.find((item: Json) => item.ruleId === 'external-account').suppressions, undefined);
  });

  it('reports unreadable sources as tool execution notifications', () => {
    const invocation = sarif(sampleResult()).runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, true);
    assert.deepEqual(invocation.toolExecutionNotifications, [
      {
        level: 'error',
        message: { text: 'is not valid YAML: bad indentation' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'ims/broken.yaml', uriBaseId: SRCROOT }, region: { startLine: 3, startColumn: 5 } } }],
      },
    ]);
  });

  it("from the CLI: the example's duplicate account at examples/acme/campaign/prod.xml:17, relative to where it ran", async () => {
    const run = await runCli(['check', 'examples/acme', '--format', 'sarif']);
    const log = JSON.parse(run.stdout);
    assert.equal(log.runs[0].originalUriBaseIds[SRCROOT].uri, pathToFileURL(ROOT + path.sep).href);
    const duplicate = log.runs[0].results.find((item: Json) => item.ruleId === 'external-account' && item.properties.instance === 'prod');
    assert.equal(duplicate.level, 'error');
    assert.deepEqual(duplicate.locations[0].physicalLocation, {
      artifactLocation: { uri: 'examples/acme/campaign/prod.xml', uriBaseId: SRCROOT },
      region: { startLine: 17, startColumn: 17 },
    });
    assert.equal(duplicate.locations[0].logicalLocations[0].fullyQualifiedName, 'instance/prod/externalAccount/Adobe_Marketing_Cloud1');
    assert.ok(!log.runs[0].results.some((item: Json) => item.ruleId === 'external-account' && item.properties.instance === 'stage'), 'stage passes: no result');
  });
});
