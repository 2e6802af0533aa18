import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { AccClient, SdkElement } from '@adobe/acc-js-sdk';
import { collectWorkspace, type LiveCollectOptions } from '../../src/collectors/collect.js';
import { executeQuery, PagerOverflow } from '../../src/collectors/live/campaign-soap.js';
import { Redactor } from '../../src/security/redact.js';
import { CampaignDouble, type FaultKind } from '../doubles/campaign-server.js';
import { ACME, Workspace } from '../support/workspace.js';

const PASSWORD = 'Pr0d-Op3rator-S3cret!';

describe('a Campaign server that answers more rows than asked', () => {
  let double: CampaignDouble | undefined;
  let ws: Workspace | undefined;
  afterEach(async () => {
    await double?.close();
    ws?.dispose();
  });

  const run = async (kind: FaultKind): Promise<{ id: string; params?: Record<string, unknown> }> => {
    double = await CampaignDouble.start({
      packageFile: `${ACME}/campaign/prod.xml`,
      users: [{ login: 'ims-doctor', password: PASSWORD }],
      faults: [{ kind, on: 'ExecuteQuery' }],
    });
    ws = new Workspace().edit(
      'ims-doctor.yaml',
      'campaign: { package: campaign/prod.xml }',
      `campaign: { url: "${double.url}", user: ims-doctor, passwordEnv: P, allowInsecureHttp: true }`,
    );
    const live: LiveCollectOptions = {
      net: { timeoutMs: 5000, retries: 0, backoffMs: 10 },
      secrets: { env: { P: PASSWORD }, prompt: undefined },
      redactor: new Redactor(),
    };
    const snapshot = await collectWorkspace(ws.dir, { live });
    const plane = snapshot.instances.find((instance) => instance.name === 'prod')!.campaign;
    assert.equal(plane.state, 'error');
    assert.equal(snapshot.instances.find((instance) => instance.name === 'stage')!.campaign.state, 'ok', 'the other sources are still read');
    return plane.state === 'error' ? plane.problem.problem : { id: '' };
  };

  it('stops at the first page larger than requested', async () => {
    const problem = await run('flood');
    assert.equal(problem.id, 'campaignPageTooLarge');
    assert.equal(double!.soapCalls.filter((call) => call === 'xtk:queryDef#ExecuteQuery').length, 1);
  });

  it('caps the total when every page is full for ever (the pager alone: 200 full SOAP pages are slow)', async () => {
    let calls = 0;
    const page = (count: number): SdkElement => {
      const rows: { nextElementSibling: unknown }[] = Array.from({ length: count }, () => ({ nextElementSibling: null }));
      rows.forEach((row, i) => (row.nextElementSibling = rows[i + 1] ?? null));
      return { firstElementChild: rows[0] ?? null } as unknown as SdkElement;
    };
    const client = { NLWS: { xml: { xtkQueryDef: { create: () => ({ executeQuery: async () => (calls++, page(500)) }) } } } } as unknown as AccClient;
    const dom = { parse: () => ({ documentElement: {} as SdkElement }) };
    await assert.rejects(executeQuery(client, dom, 'xtk:operator', ['@name'], undefined, 500), (error: unknown) => {
      assert.ok(error instanceof PagerOverflow);
      assert.equal(error.problem.id, 'campaignTooManyRows');
      return true;
    });
    assert.ok(calls <= 200, `${calls} pages`);
  });
});
