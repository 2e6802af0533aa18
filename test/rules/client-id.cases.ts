import type { AuthorizeProbe } from '../../src/model/probes.js';
import { withAsSent } from '../support/as-sent.js';
import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, ims, instance, ok, PROD, snapshot, src } from '../support/snapshot-builder.js';

const authorize = (edit: Partial<AuthorizeProbe>): AuthorizeProbe => ({
  at: { endpoint: 'https://ims-na1.adobelogin.com/ims/authorize/v2?client_id=acme-campaign-prod', live: true },
  outcome: 'login-page',
  status: 302,
  redirectUri: 'https://campaign.acme.example',
  scope: 'openid,AdobeID',
  clientId: 'acme-campaign-prod',
  location: 'https://auth.services.adobe.com/en_US/index.html',
  ...edit,
});
const withClientId = (clientId: string) => () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [account(PROD, { clientId })])) })]);

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes when the account and IMS hold the same client ID',
    snapshot: () => snapshot(),
    expect: [{ status: 'pass', messageId: 'pass', params: { name: 'Adobe_Marketing_Cloud', value: 'acme-campaign-prod' } }],
  },
  {
    name: 'fails on a trailing space, naming the near miss',
    snapshot: withClientId('acme-campaign-prod '),
    expect: [
      {
        status: 'fail',
        messageId: 'mismatch',
        params: { campaign: 'acme-campaign-prod ', ims: 'acme-campaign-prod', nearMiss: 'edgeSpaces' },
        remediationId: 'fixMismatch',
      },
    ],
  },
  {
    name: 'fails on another case',
    snapshot: withClientId('ACME-Campaign-prod'),
    expect: [{ status: 'fail', messageId: 'mismatch', params: { nearMiss: 'case' } }],
  },
  { name: 'fails on a typo', snapshot: withClientId('acme-campaing-prod'), expect: [{ status: 'fail', messageId: 'mismatch', params: { nearMiss: 'typo' } }] },
  {
    name: 'fails on another client ID, with no near miss',
    snapshot: withClientId('someone-else'),
    expect: [{ status: 'fail', messageId: 'mismatch', params: { nearMiss: null } }],
  },
  {
    name: 'fails on an empty client ID',
    snapshot: withClientId(''),
    expect: [{ status: 'fail', messageId: 'empty', params: { ims: 'acme-campaign-prod' }, remediationId: 'fixMismatch' }],
  },
  {
    name: 'fails when the client file and the console export disagree, saying which the account matches',
    snapshot: () =>
      snapshot([
        instance(PROD, {
          ims: ok(
            ims(PROD, {
              conflicts: [{ field: 'clientId', client: src('acme-campaign-prod', 'ims/client.yaml'), console: src('acme-campaign-prd', 'ims/console.json') }],
            }),
          ),
        }),
      ]),
    expect: [{ status: 'fail', messageId: 'conflict', params: { matches: 'client', console: 'acme-campaign-prd' }, remediationId: 'fixConflict' }],
  },
  {
    name: 'skips when the IMS side gives no client ID',
    snapshot: () => snapshot([instance(PROD, { ims: ok(ims(PROD, { clientId: undefined })) })]),
    expect: [{ status: 'skip', messageId: 'imsUnknown', params: { sources: ['ims/client.yaml'] }, remediationId: 'fixImsUnknown' }],
  },
  {
    name: 'skips without an IMS client, through the engine',
    snapshot: () => snapshot([instance(PROD, { ims: { state: 'absent', reason: 'imsNotConfigured' } })]),
    expect: [{ status: 'skip', messageId: 'common:skipPlaneAbsent', params: { reason: 'imsNotConfigured' } }],
  },
  {
    name: 'live: passes when IMS shows its sign-in page',
    snapshot: () => snapshot([instance(PROD, { probes: { ranAt: '2026-10-04T08:00:00Z', authorize: authorize({}) } })]),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'pass', messageId: 'liveKnown' },
    ],
  },
  {
    name: 'live: fails when IMS refuses the client at authorize',
    snapshot: () =>
      snapshot([
        instance(PROD, {
          probes: { ranAt: '2026-10-04T08:00:00Z', authorize: authorize({ outcome: 'error', status: 400, error: 'invalid_client', location: undefined }) },
        }),
      ]),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'fail', messageId: 'liveUnknown', remediationId: 'liveFix' },
    ],
  },
  {
    name: 'as sent (har): fails when the browser sent another client_id than the account and IMS hold',
    snapshot: () => snapshot([withAsSent(instance(PROD), { clientId: 'acme-campaign-prod ' })]),
    expect: [
      { status: 'pass', messageId: 'pass' },
      {
        status: 'fail',
        messageId: 'sentDiffers',
        params: { sent: 'acme-campaign-prod ', configured: 'acme-campaign-prod', nearMiss: 'edgeSpaces' },
        remediationId: 'fixSentDiffers',
      },
      { status: 'fail', messageId: 'sentNotProvisioned', params: { provisioned: 'acme-campaign-prod' }, remediationId: 'fixSentNotProvisioned' },
    ],
  },
  {
    name: 'as sent (har): says nothing more when the client_id sent is the configured one',
    snapshot: () => snapshot([withAsSent(instance(PROD), { clientId: 'acme-campaign-prod' })]),
    expect: [{ status: 'pass', messageId: 'pass' }],
  },
];
