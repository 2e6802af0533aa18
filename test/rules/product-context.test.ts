import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import productContext from '../../src/rules/product-context.js';
import { ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './product-context.cases.js';

const PROD_FIELD = 'productContext="dma_campaign_classic"';
const STAGE_ACCOUNT_END = 'tenant="acme"/>';

ruleTester(productContext, CASES);

describe('rule product-context', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('passes when the field says dma_campaign_classic and IMS agrees (prod in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('product-context', 'prod');
    assert.deepEqual(statuses(findings), ['pass']);
    assert.equal(findings[0]!.message, 'The product context is "dma_campaign_classic" in Campaign (the "Product context" field) and in IMS.');
    assert.deepEqual(
      findings[0]!.evidence.map((item) => item.value),
      ['dma_campaign_classic', 'dma_campaign_classic'],
    );
  });

  it('fails when the field is absent (default dma_campaign) while IMS says dma_campaign_classic (stage in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('product-context', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    assert.match(
      findings[0]!.message,
      /is "dma_campaign" in Campaign \(no "Product context" value: an empty field is assumed to act as no field, the default \[I\]\) but "dma_campaign_classic" in IMS \(.*stage-client\.yaml:\d+:\d+\)/,
    );
    assert.match(
      findings[0]!.remediation!,
      /Campaign uses the default "dma_campaign"\. If your build shows the field .* set it to "dma_campaign_classic" and restart the server; otherwise ask Adobe to provision the IMS client with "dma_campaign"\./,
    );
    assert.equal(findings[0]!.evidence[0]!.at.defaulted, true);
    assert.match(findings[0]!.evidence[0]!.at.file!, /stage\.xml$/);
  });

  it('explains the default in Korean', async () => {
    ws = new Workspace();
    const [finding] = await ws.findings('product-context', 'stage', 'ko');
    assert.match(
      finding!.message,
      /Campaign에서는 "dma_campaign"\(제품 컨텍스트\(Product context\) 값 없음: 필드가 비어 있거나 없으면 기본값으로 가정함\[I\]\)이지만 IMS에서는 "dma_campaign_classic"/,
    );
  });

  it('passes once the stage account carries the field', async () => {
    ws = new Workspace().edit('campaign/stage.xml', STAGE_ACCOUNT_END, `tenant="acme" ${PROD_FIELD}/>`);
    assert.deepEqual(statuses(await ws.findings('product-context', 'stage')), ['pass']);
  });

  it('passes on the default when IMS is provisioned with dma_campaign too', async () => {
    ws = new Workspace().edit('ims/stage-client.yaml', 'productContext: dma_campaign_classic', 'productContext: dma_campaign');
    const [finding] = await ws.findings('product-context', 'stage');
    assert.equal(finding!.status, 'pass');
    assert.match(
      finding!.message,
      /"dma_campaign" in Campaign \(no "Product context" value: an empty field is assumed to act as no field, the default \[I\]\) and in IMS/,
    );
  });

  it('reads an empty attribute as an absent one', async () => {
    ws = new Workspace().edit('campaign/prod.xml', PROD_FIELD, 'productContext=""');
    const [finding] = await ws.findings('product-context', 'prod');
    assert.equal(finding!.status, 'fail');
    assert.match(
      finding!.message,
      /is "dma_campaign" in Campaign \(no "Product context" value: an empty field is assumed to act as no field, the default \[I\]\)/,
    );
  });

  // The value as the message quotes it: a space at either end shows as "·".
  const wrong: [string, string, RegExp][] = [
    ['dma_campaign', '"dma_campaign"', /must be dma_campaign_classic \(dma_campaign is the default of builds that do not show the field\)\.$/],
    ['dma_campaign_classic ', '"dma_campaign_classic·"', /must be dma_campaign_classic: they differ only by spaces before or after\.$/],
    ['DMA_Campaign_Classic', '"DMA_Campaign_Classic"', /must be dma_campaign_classic: they differ only in upper\/lower case\.$/],
    ['dma_campaing_classic', '"dma_campaing_classic"', /must be dma_campaign_classic: a few characters differ \(a typing mistake\?\)\.$/],
    ['dma_campaign_클래식', '"dma_campaign_클래식"', /must be dma_campaign_classic: the value was translated, as in the Korean edition of the checklist\.$/],
    ['acs', '"acs"', /must be dma_campaign_classic\.$/],
  ];
  for (const [value, quoted, why] of wrong) {
    it(`fails on the field value ${JSON.stringify(value)}, quoting it`, async () => {
      ws = new Workspace().edit('campaign/stage.xml', STAGE_ACCOUNT_END, `tenant="acme" productContext="${value}"/>`);
      const findings = await ws.findings('product-context', 'stage');
      assert.deepEqual(statuses(findings), ['fail']);
      assert.ok(
        findings[0]!.message.includes(`field of Adobe_Marketing_Cloud is ${quoted}; when the field is shown, it must be dma_campaign_classic`),
        findings[0]!.message,
      );
      assert.match(findings[0]!.message, why);
      assert.match(findings[0]!.remediation!, /to exactly "dma_campaign_classic", save/);
    });
  }

  it('skips when the IMS client gives no product context, naming the file', async () => {
    ws = new Workspace().edit('ims/stage-client.yaml', 'productContext: dma_campaign_classic\n', '');
    const [finding] = await ws.findings('product-context', 'stage');
    assert.equal(finding!.status, 'skip');
    assert.match(
      finding!.message,
      /Campaign's product context is "dma_campaign" \(no "Product context" value: an empty field is assumed to act as no field, the default \[I\]\), but the IMS side is unknown: .*stage-client\.yaml gives no productContext\./,
    );
    assert.match(finding!.remediation!, /Add "productContext: <value>" to the IMS client file/);
  });

  it('skips when only a Developer Console export describes IMS (it has no product context)', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', '  client: ims/client.yaml\n', '');
    const [finding] = await ws.findings('product-context', 'prod');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /console\.json gives no productContext/);
  });

  it('skips when the workspace names no IMS client, in Korean too', async () => {
    ws = new Workspace().edit('ims-doctor.yaml', 'ims:\n  client: ims/client.yaml\n  console: ims/console.json\n', '');
    const [finding] = await ws.findings('product-context', 'prod', 'ko');
    assert.equal(finding!.status, 'skip');
    assert.match(finding!.message, /IMS 쪽 값을 알 수 없습니다\. 워크스페이스에 이 인스턴스의 IMS 클라이언트가 지정되지 않았습니다\./);
  });
});
