import type { Provenance } from '../../src/model/provenance.js';
import type { ExternalAccount } from '../../src/model/snapshot.js';
import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, instance, ok, PROD, snapshot } from '../support/snapshot-builder.js';

const withAccounts =
  (...accounts: ExternalAccount[]) =>
  () =>
    snapshot([instance(PROD, { campaign: ok(campaign(PROD, accounts)) })]);
const at = (line: number): Provenance => ({ file: 'campaign/prod.xml', line, column: 5 });
const named = (name: string, edit: Partial<Record<keyof ExternalAccount, unknown>> = {}): ExternalAccount => account(PROD, { name, at: at(30), ...edit });

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes with one enabled Adobe_Marketing_Cloud account',
    snapshot: () => snapshot(),
    expect: [{ status: 'pass', messageId: 'pass', params: { name: 'Adobe_Marketing_Cloud', label: 'Adobe Experience Cloud' } }],
  },
  {
    name: 'passes beside accounts of other kinds and unrelated names',
    snapshot: withAccounts(account(PROD), named('bounceMails', { carriesImsFields: false })),
    expect: [{ status: 'pass', messageId: 'pass' }],
  },
  {
    name: 'fails when the export has no external account at all',
    snapshot: withAccounts(),
    expect: [{ status: 'fail', messageId: 'missing', params: { count: 0 } }],
  },
  {
    name: 'fails when no account has the name or a near miss of it, counting the accounts read',
    snapshot: withAccounts(named('imsLogin', { carriesImsFields: false })),
    expect: [{ status: 'fail', messageId: 'missing', params: { file: 'campaign/prod.xml', count: 1 }, remediationId: 'fixMissing' }],
  },
  {
    name: 'fails on each near miss of the name, saying which kind it is',
    snapshot: withAccounts(named('adobe_marketing_cloud'), named('Adobe Marketing Cloud'), named('Adobe_마케팅_클라우드'), named('Adobe_Marketting_Cloud')),
    expect: [
      { status: 'fail', messageId: 'nearMiss', params: { found: 'adobe_marketing_cloud', kind: 'case', at: at(30) }, remediationId: 'fixNearMiss' },
      { status: 'fail', messageId: 'nearMiss', params: { found: 'Adobe Marketing Cloud', kind: 'spaces' } },
      { status: 'fail', messageId: 'nearMiss', params: { found: 'Adobe_마케팅_클라우드', kind: 'translated' } },
      { status: 'fail', messageId: 'nearMiss', params: { found: 'Adobe_Marketting_Cloud', kind: 'typo' } },
    ],
  },
  {
    name: 'fails on two accounts of the name, keeping the enabled one',
    snapshot: withAccounts(account(PROD, { active: false, at: at(6) }), account(PROD, { at: at(20) })),
    expect: [{ status: 'fail', messageId: 'duplicateName', params: { count: 2, ats: [at(6), at(20)] }, remediationId: 'fixDuplicateName' }],
  },
  {
    name: 'fails on a second MAC account under another name, saying whether its settings are the same',
    snapshot: withAccounts(
      account(PROD, { at: at(6) }),
      named('Adobe_Marketing_Cloud1', { at: at(17) }),
      named('Adobe_Experience_Cloud', { clientId: 'acme-old', at: at(28) }),
    ),
    expect: [
      {
        status: 'fail',
        messageId: 'duplicate',
        params: { found: 'Adobe_Marketing_Cloud1', at: at(17), keepAt: at(6), sameSettings: true },
        remediationId: 'fixDuplicate',
      },
      { status: 'fail', messageId: 'duplicate', params: { found: 'Adobe_Experience_Cloud', sameSettings: false } },
    ],
  },
  {
    name: 'warns on a look-alike name without IMS settings',
    snapshot: withAccounts(account(PROD), named('Adobe Marketing Cloud', { carriesImsFields: false })),
    expect: [{ status: 'warn', messageId: 'confusable', params: { found: 'Adobe Marketing Cloud', kind: 'spaces' }, remediationId: 'fixConfusable' }],
  },
  {
    name: 'fails on a disabled account',
    snapshot: withAccounts(account(PROD, { active: false })),
    expect: [{ status: 'fail', messageId: 'disabled', params: { defaulted: false }, remediationId: 'fixDisabled' }],
  },
  {
    name: 'fails on an account without "active", which means disabled',
    snapshot: withAccounts(
      account(PROD, {
        active: {
          value: false,
          at: { file: 'campaign/prod.xml', line: 6, column: 5, path: 'extAccount[@name="Adobe_Marketing_Cloud"]/@active', defaulted: true },
        },
      }),
    ),
    expect: [{ status: 'fail', messageId: 'disabled', params: { defaulted: true } }],
  },
  // ---- i9a ----
  {
    name: 'warns on the only MAC account under another name (Adobe_Experience_Cloud), citing both names',
    snapshot: withAccounts(named('Adobe_Experience_Cloud'), named('defaultPopAccount', { carriesImsFields: false })),
    expect: [
      {
        status: 'warn',
        messageId: 'otherName',
        params: { found: 'Adobe_Experience_Cloud', name: 'Adobe_Marketing_Cloud', screenshots: 'Adobe_Experience_Cloud' },
        remediationId: 'fixOtherName',
      },
    ],
  },
  {
    name: 'fails on two MAC accounts, none of the checklist name',
    snapshot: withAccounts(named('Adobe_Experience_Cloud', { at: at(6) }), named('imsLogin', { at: at(20) })),
    expect: [{ status: 'fail', messageId: 'macDuplicates', params: { count: 2, ats: [at(6), at(20)] }, remediationId: 'fixMacDuplicates' }],
  },
  {
    name: 'warns on IMS-like attributes Campaign does not read, with the name each probably meant',
    snapshot: withAccounts(
      account(PROD, {
        unrecognised: [
          { attribute: 'imsClientId', meant: 'clientId', at: { file: 'campaign/prod.xml', line: 8, column: 7 } },
          { attribute: 'imsTenantKey', meant: null, at: { file: 'campaign/prod.xml', line: 9, column: 7 } },
        ],
      }),
    ),
    expect: [
      {
        status: 'warn',
        messageId: 'unrecognised',
        params: {
          items: [
            { attribute: 'imsClientId', meant: 'clientId' },
            { attribute: 'imsTenantKey', meant: null },
          ],
        },
        remediationId: 'fixUnrecognised',
      },
    ],
  },
  {
    name: 'warns on the other name and the unread attributes together',
    snapshot: withAccounts(named('Adobe_Experience_Cloud', { unrecognised: [{ attribute: 'imsCallbackServer', meant: 'callbackServer', at: at(9) }] })),
    expect: [
      { status: 'warn', messageId: 'otherName' },
      { status: 'warn', messageId: 'unrecognised' },
    ],
  },
  {
    name: 'skips when the Campaign export is unreadable, through the engine',
    snapshot: () =>
      snapshot([
        instance(PROD, {
          campaign: { state: 'error', problem: { file: 'campaign/prod.xml', line: 1, column: 1, problem: { id: 'legacy', params: { text: 'is not XML' } } } },
        }),
      ]),
    expect: [{ status: 'skip', messageId: 'common:skipPlaneError' }],
  },
];
