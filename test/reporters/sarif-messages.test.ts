import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import { fill, sarifTemplate } from '../../src/reporters/sarif-messages.js';
import { renderSarif } from '../../src/reporters/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { ACME } from '../support/workspace.js';

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; messageStrings?: Record<string, { text: string }> }[] } };
    results: { ruleIndex: number; message: { text: string; id?: string; arguments?: string[] } }[];
  }[];
}

describe('SARIF messages as data: messageStrings templates and arguments', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`every result of the example names a template of its rule that fills back to its text exactly (${lang})`, async () => {
      const result = runRules(await collectWorkspace(ACME), RULES, { lang });
      const log = JSON.parse(renderSarif(result)) as SarifLog;
      const run = log.runs[0]!;
      assert.ok(run.results.length > 10);
      for (const item of run.results) {
        const strings = run.tool.driver.rules[item.ruleIndex]!.messageStrings ?? {};
        assert.ok(item.message.id, `no template for: ${item.message.text}`);
        const template = strings[item.message.id];
        assert.ok(template, `${item.message.id} is not among the rule's messageStrings`);
        assert.equal(fill({ template: template.text, arguments: item.message.arguments ?? [] }), item.message.text);
      }
    });
  }

  it('keeps values out of the template: a quoted value is an argument, marks and all', () => {
    const rule = RULES.find((candidate) => candidate.id === 'client-id')!;
    const params = {
      name: 'Adobe_Marketing_Cloud',
      campaign: 'acme-campaign-prod ',
      ims: 'acme-campaign-prod',
      imsAt: { file: 'ims/client.yaml', line: 4, column: 11 },
      nearMiss: 'edgeSpaces',
    };
    const text =
      'The IMS client identifier of Adobe_Marketing_Cloud is "acme-campaign-prod·", but the client ID provisioned in IMS is "acme-campaign-prod" (ims/client.yaml:4:11): they differ only by spaces before or after. IMS refuses a client ID it does not know.';
    const message = sarifTemplate(rule.messages, 'mismatch', params, 'en', text)!;
    assert.equal(
      message.template,
      'The IMS client identifier of {0} is "{1}", but the client ID provisioned in IMS is "{2}" (ims/client.yaml:4:11): they differ only by spaces before or after. IMS refuses a client ID it does not know.',
    );
    assert.deepEqual(message.arguments, ['Adobe_Marketing_Cloud', 'acme-campaign-prod·', 'acme-campaign-prod']);
  });

  it('doubles literal braces, as SARIF writes them', () => {
    assert.equal(fill({ template: 'add "ims: {{ client: … }}" for {0}', arguments: ['prod'] }), 'add "ims: { client: … }" for prod');
  });
});
