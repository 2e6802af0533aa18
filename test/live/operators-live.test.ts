import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import { Redactor } from '../../src/security/redact.js';
import { CampaignDouble } from '../doubles/campaign-server.js';
import { Workspace } from '../support/workspace.js';

const PASSWORD = 'Pr0d-Op3rator-S3cret!';

/** The verdict without where it came from: a live read and a file give different provenance, the same findings. */
const verdicts = (findings: Finding[]) =>
  findings.map((finding) => ({
    status: finding.status,
    messageId: finding.messageId,
    message: finding.message.replace(/ \([^()]*(?:prod\.xml|soaprouter)[^()]*\)/g, ''),
  }));

describe('operators read live over SOAP give the findings of the package export', () => {
  let double: CampaignDouble | undefined;
  let ws: Workspace | undefined;
  afterEach(async () => {
    await double?.close();
    double = undefined;
    ws?.dispose();
    ws = undefined;
  });

  it('a disabled operator, a shared e-mail and the disabled operator of a mapped user: the same verdicts live and from the file', async () => {
    ws = new Workspace()
      .edit(
        'campaign/prod.xml',
        '<operator name="jisoo.park@acme.example" label="Park Jisoo">',
        '<operator name="jisoo.park@acme.example" label="Park Jisoo" disabled="1">',
      )
      .edit(
        'campaign/prod.xml',
        '<operator name="jane.doe@acme.example" label="Jane Doe">',
        '<operator name="jane.doe@acme.example" label="Jane Doe" email="Jisoo.Park@acme.example">',
      );
    const fromFile = runRules(await collectWorkspace(ws.dir), RULES, { lang: 'en', only: ['operators'], instances: ['prod'] }).findings;
    assert.deepEqual(
      fromFile.map((finding) => `${finding.status} ${finding.messageId}`),
      ['fail duplicateEmails', 'warn disabled', 'fail disabledMapped'],
    );

    double = await CampaignDouble.start({ packageFile: ws.path('campaign/prod.xml'), users: [{ login: 'ims-doctor', password: PASSWORD }] });
    ws.edit(
      'ims-doctor.yaml',
      'campaign: { package: campaign/prod.xml }',
      `campaign: { url: "${double.url}", user: ims-doctor, passwordEnv: ACME_PROD_PASSWORD, allowInsecureHttp: true }`,
    );
    const snapshot = await collectWorkspace(ws.dir, {
      live: {
        net: { timeoutMs: 5000, retries: 1, backoffMs: 10 },
        secrets: { env: { ACME_PROD_PASSWORD: PASSWORD }, prompt: undefined },
        redactor: new Redactor(),
      },
    });
    const plane = snapshot.instances.find((instance) => instance.name === 'prod')!.campaign;
    assert.equal(plane.state, 'ok', JSON.stringify(plane));
    if (plane.state !== 'ok') return;
    const jisoo = plane.data.operators.find((operator) => operator.name.value === 'jisoo.park@acme.example')!;
    assert.equal(jisoo.disabled?.value, true);
    assert.match(jisoo.disabled.at.path ?? '', /@disabled$/);
    const live = runRules(snapshot, RULES, { lang: 'en', only: ['operators'], instances: ['prod'] }).findings;
    assert.deepEqual(verdicts(live), verdicts(fromFile));
  });
});
