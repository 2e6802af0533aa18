import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, instance, ok, PROD, snapshot, STAGE, type InstanceSketch } from '../support/snapshot-builder.js';

const DEV: InstanceSketch = { name: 'dev', role: 'development', host: 'campaign-dev.acme.example', tenant: 'acme-dev', clientId: 'acme-campaign-dev' };
const CANONICAL = 'https://ims-na1.adobelogin.com';
const STAGE_IMS = 'https://ims-na1-stg1.adobelogin.com';
const ALIAS = 'https://adobeid-na1.services.adobe.com';

const on = (sketch: InstanceSketch, imsServer: string) => instance(sketch, { campaign: ok(campaign(sketch, [account(sketch, { imsServer })])) });
const withoutAccount = (sketch: InstanceSketch) => instance(sketch, { campaign: ok(campaign(sketch, [])) });

/** The rule's table: cross-instance findings (instance null), each case a snapshot and the findings it must give. */
export const CASES: RuleCase[] = [
  {
    name: 'passes when every instance uses the same production host, comparing hosts not spellings',
    instance: null,
    snapshot: () => snapshot([on(PROD, CANONICAL), on(STAGE, 'https://IMS-NA1.adobelogin.com/')]),
    expect: [{ status: 'pass', messageId: 'pass', params: { count: 2, names: ['prod', 'stage'], host: 'ims-na1.adobelogin.com', leftOut: [] } }],
  },
  {
    name: 'fails on an instance on the stage IMS, naming it with its role and value',
    instance: null,
    snapshot: () => snapshot([on(PROD, CANONICAL), on(STAGE, STAGE_IMS)]),
    expect: [
      {
        status: 'fail',
        messageId: 'nonProduction',
        params: { off: [{ instance: 'stage', role: 'stage', value: STAGE_IMS }], leftOut: [] },
        remediationId: 'fixNonProduction',
      },
    ],
  },
  {
    name: 'fails on every instance off production, an empty value included',
    instance: null,
    snapshot: () => snapshot([on(PROD, CANONICAL), on(STAGE, STAGE_IMS), on(DEV, '')]),
    expect: [
      {
        status: 'fail',
        messageId: 'nonProduction',
        params: {
          off: [
            { instance: 'stage', role: 'stage', value: STAGE_IMS },
            { instance: 'dev', role: 'development', value: '' },
          ],
        },
      },
    ],
  },
  {
    name: 'warns when the instances mix the two production hosts',
    instance: null,
    snapshot: () => snapshot([on(PROD, CANONICAL), on(STAGE, ALIAS)]),
    expect: [
      {
        status: 'warn',
        messageId: 'aliases',
        params: {
          groups: [
            { host: 'ims-na1.adobelogin.com', instances: ['prod'] },
            { host: 'adobeid-na1.services.adobe.com', instances: ['stage'] },
          ],
        },
        remediationId: 'fixAliases',
      },
    ],
  },
  {
    name: 'fails and warns together when one instance is off production and the others mix the hosts',
    instance: null,
    snapshot: () => snapshot([on(PROD, CANONICAL), on(STAGE, ALIAS), on(DEV, STAGE_IMS)]),
    expect: [
      { status: 'fail', messageId: 'nonProduction' },
      { status: 'warn', messageId: 'aliases' },
    ],
  },
  {
    name: 'skips with a single instance: nothing to compare',
    instance: null,
    snapshot: () => snapshot([on(PROD, CANONICAL)]),
    expect: [{ status: 'skip', messageId: 'single', params: { instance: 'prod', value: CANONICAL, leftOut: [] }, remediationId: 'fixSingle' }],
  },
  {
    name: 'skips with one readable instance, naming the one left out',
    instance: null,
    snapshot: () => snapshot([on(PROD, CANONICAL), withoutAccount(STAGE)]),
    expect: [{ status: 'skip', messageId: 'single', params: { leftOut: ['stage'] } }],
  },
  {
    name: 'still fails a lone instance off production, naming the one left out',
    instance: null,
    snapshot: () => snapshot([withoutAccount(PROD), on(STAGE, STAGE_IMS)]),
    expect: [{ status: 'fail', messageId: 'nonProduction', params: { leftOut: ['prod'] } }],
  },
  {
    name: 'skips when no instance has a readable account',
    instance: null,
    snapshot: () =>
      snapshot([
        withoutAccount(PROD),
        instance(STAGE, { campaign: { state: 'error', problem: { file: 'campaign/stage.xml', problem: { id: 'legacy', params: { text: 'is not XML' } } } } }),
      ]),
    expect: [{ status: 'skip', messageId: 'none', params: { leftOut: ['prod', 'stage'] }, remediationId: 'fixNone' }],
  },
  {
    name: 'skips when the workspace describes no instance',
    instance: null,
    snapshot: () => snapshot([]),
    expect: [{ status: 'skip', messageId: 'none', params: { leftOut: [] } }],
  },
  { name: 'reports nothing per instance', instance: 'prod', snapshot: () => snapshot([on(PROD, CANONICAL), on(STAGE, STAGE_IMS)]), expect: [] },
];
