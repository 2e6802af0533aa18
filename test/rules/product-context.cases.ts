import type { ExternalAccount } from '../../src/model/snapshot.js';
import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, ims, instance, ok, PROD, snapshot, src } from '../support/snapshot-builder.js';

/** The prod account without the "Product context" field (builds that do not show it). */
function withoutField(): ExternalAccount {
  return { ...account(PROD), productContext: undefined };
}
const withAccount =
  (edited: ExternalAccount, imsContext: string | null = 'dma_campaign_classic') =>
  () =>
    snapshot([
      instance(PROD, {
        campaign: ok(campaign(PROD, [edited])),
        ims: ok(ims(PROD, { productContext: imsContext === null ? undefined : src(imsContext, 'ims/client.yaml', 'productContext') })),
      }),
    ]);
const withField = (value: string) => withAccount(account(PROD, { productContext: value }));

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes on the default when IMS is provisioned with dma_campaign',
    snapshot: withAccount(withoutField(), 'dma_campaign'),
    expect: [{ status: 'pass', messageId: 'pass', params: { value: 'dma_campaign', defaulted: true } }],
  },
  {
    name: 'passes when the field and IMS say dma_campaign_classic',
    snapshot: () => snapshot(),
    expect: [{ status: 'pass', messageId: 'pass', params: { value: 'dma_campaign_classic', defaulted: false } }],
  },
  {
    name: 'fails on the default when IMS says dma_campaign_classic, saying both ways out',
    snapshot: withAccount(withoutField()),
    expect: [
      {
        status: 'fail',
        messageId: 'mismatch',
        params: { campaign: 'dma_campaign', defaulted: true, ims: 'dma_campaign_classic' },
        remediationId: 'fixMismatchDefault',
      },
    ],
  },
  {
    name: 'reads an empty attribute as an absent one',
    snapshot: withField(''),
    expect: [{ status: 'fail', messageId: 'mismatch', params: { campaign: 'dma_campaign', defaulted: true }, remediationId: 'fixMismatchDefault' }],
  },
  {
    name: 'fails when the field is right but IMS says otherwise, and Campaign is the side to keep',
    snapshot: withAccount(account(PROD), 'dma_campaign'),
    expect: [
      {
        status: 'fail',
        messageId: 'mismatch',
        params: { campaign: 'dma_campaign_classic', defaulted: false, ims: 'dma_campaign' },
        remediationId: 'fixMismatch',
      },
    ],
  },
  {
    name: 'fails on the field set to the default value, saying it is the default of other builds',
    snapshot: withField('dma_campaign'),
    expect: [
      { status: 'fail', messageId: 'badValue', params: { value: 'dma_campaign', expected: 'dma_campaign_classic', why: 'default' }, remediationId: 'fixValue' },
    ],
  },
  {
    name: 'fails on spaces around the field value',
    snapshot: withField('dma_campaign_classic '),
    expect: [{ status: 'fail', messageId: 'badValue', params: { value: 'dma_campaign_classic ', why: 'edgeSpaces' } }],
  },
  {
    name: 'fails on spaces inside the field value',
    snapshot: withField('dma_campaign _classic'),
    expect: [{ status: 'fail', messageId: 'badValue', params: { why: 'spaces' } }],
  },
  { name: 'fails on another case', snapshot: withField('DMA_Campaign_Classic'), expect: [{ status: 'fail', messageId: 'badValue', params: { why: 'case' } }] },
  {
    name: 'fails on spaces and another case',
    snapshot: withField('DMA_Campaign _Classic'),
    expect: [{ status: 'fail', messageId: 'badValue', params: { why: 'spacesAndCase' } }],
  },
  { name: 'fails on a typo', snapshot: withField('dma_campaing_classic'), expect: [{ status: 'fail', messageId: 'badValue', params: { why: 'typo' } }] },
  {
    name: 'fails on a translated value (the Korean checklist artefact)',
    snapshot: withField('dma_campaign_클래식'),
    expect: [{ status: 'fail', messageId: 'badValue', params: { why: 'translated' } }],
  },
  { name: 'fails on another value, with no near miss', snapshot: withField('acs'), expect: [{ status: 'fail', messageId: 'badValue', params: { why: null } }] },
  {
    name: 'skips when the IMS client file and the console export both lack it',
    snapshot: () => snapshot([instance(PROD, { ims: ok(ims(PROD, { productContext: undefined, sources: ['ims/client.yaml', 'ims/console.json'] })) })]),
    expect: [{ status: 'skip', messageId: 'imsUnknown', params: { imsSide: { state: 'noField', sources: ['ims/client.yaml', 'ims/console.json'] } } }],
  },
  {
    name: 'skips when the workspace names no IMS client',
    snapshot: () => snapshot([instance(PROD, { ims: { state: 'absent', reason: 'imsNotConfigured' } })]),
    expect: [{ status: 'skip', messageId: 'imsUnknown', params: { value: 'dma_campaign_classic', defaulted: false, imsSide: { state: 'absent' } } }],
  },
  {
    name: 'skips when the IMS client file is unreadable, naming it',
    snapshot: () =>
      snapshot([
        instance(PROD, {
          ims: { state: 'error', problem: { file: 'ims/client.yaml', line: 3, column: 1, problem: { id: 'legacy', params: { text: 'is not valid YAML' } } } },
        }),
      ]),
    expect: [{ status: 'skip', messageId: 'imsUnknown', params: { imsSide: { state: 'error', where: { file: 'ims/client.yaml', line: 3, column: 1 } } } }],
  },
  {
    name: 'skips when the IMS client gives no product context, naming its sources',
    snapshot: withAccount(withoutField(), null),
    expect: [
      {
        status: 'skip',
        messageId: 'imsUnknown',
        params: { value: 'dma_campaign', defaulted: true, imsSide: { state: 'noField', sources: ['ims/client.yaml'] } },
        remediationId: 'fixImsUnknown',
      },
    ],
  },
  {
    name: 'skips without the account, through the engine',
    snapshot: () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [])) })]),
    expect: [{ status: 'skip', messageId: 'common:skipNoAccount' }],
  },
];
