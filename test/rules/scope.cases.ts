import type { AsSent } from '../../src/model/as-sent.js';
import type { AuthorizeProbe } from '../../src/model/probes.js';
import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, ims, instance, ok, PROD, snapshot } from '../support/snapshot-builder.js';

const GOOD = 'openid,AdobeID,read_organizations,additional_info.projectedProductContext';
const PROVISIONED = ['openid', 'AdobeID', 'read_organizations', 'additional_info.projectedProductContext', 'additional_info.roles', 'session'];
const withScope = (userScope: string) => () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [account(PROD, { userScope })])) })]);

const authorize = (edit: Partial<AuthorizeProbe>): AuthorizeProbe => ({
  at: { endpoint: `https://ims-na1.adobelogin.com/ims/authorize/v2?client_id=acme-campaign-prod&scope=${encodeURIComponent(GOOD)}`, live: true },
  outcome: 'login-page',
  status: 302,
  redirectUri: 'https://campaign.acme.example',
  scope: GOOD,
  clientId: 'acme-campaign-prod',
  location: 'https://auth.services.adobe.com/en_US/index.html',
  ...edit,
});
const probed = (probe: AuthorizeProbe) => () => snapshot([instance(PROD, { probes: { ranAt: '2026-10-04T08:00:00Z', authorize: probe } })]);

const HAR = { file: 'login.har', path: 'log.entries[3].request.url' };
const recorded = (scope: string) => () => {
  const asSent: AsSent = {
    at: HAR,
    sentAt: '2026-10-04T08:00:00.000Z',
    imsHost: { value: 'ims-na1.adobelogin.com', at: HAR },
    clientId: { value: 'acme-campaign-prod', at: HAR },
    redirectUri: { value: 'https://campaign.acme.example', at: HAR },
    scope: { value: scope, at: HAR },
  };
  return snapshot([{ ...instance(PROD), asSent }]);
};

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes when every Campaign scope is provisioned in IMS',
    snapshot: () => snapshot(),
    expect: [{ status: 'pass', messageId: 'pass', params: { scope: GOOD, count: 4, ims: PROVISIONED } }],
  },
  {
    name: 'fails on a space after a comma and on a misspelt scope, naming the closest IMS scope',
    snapshot: withScope('openid, AdobeID,read_organization,additional_info.projectedProductContext'),
    expect: [
      { status: 'fail', messageId: 'spaces', params: { items: [' AdobeID'], trimmed: false }, remediationId: 'fixScope' },
      { status: 'fail', messageId: 'typo', params: { item: 'read_organization', ims: 'read_organizations', distance: 1 }, remediationId: 'fixScope' },
    ],
  },
  {
    name: 'fails on semicolons between scopes',
    snapshot: withScope('openid;AdobeID;read_organizations;additional_info.projectedProductContext'),
    expect: [
      {
        status: 'fail',
        messageId: 'separator',
        params: { found: ['semicolons'], items: ['openid;AdobeID;read_organizations;additional_info.projectedProductContext'] },
      },
    ],
  },
  {
    name: 'fails on semicolons and spaces between scopes, naming both',
    snapshot: withScope('openid;AdobeID read_organizations,additional_info.projectedProductContext'),
    expect: [{ status: 'fail', messageId: 'separator', params: { found: ['semicolons', 'spaces'], separator: ',' }, remediationId: 'fixScope' }],
  },
  {
    name: 'fails on a case difference: scopes are case-sensitive',
    snapshot: withScope('openid,adobeid,read_organizations,additional_info.projectedProductContext'),
    expect: [{ status: 'fail', messageId: 'case', params: { item: 'adobeid', ims: 'AdobeID' } }],
  },
  {
    name: 'fails on a scope IMS did not provision and that resembles none',
    snapshot: withScope(`${GOOD},offline_access`),
    expect: [{ status: 'fail', messageId: 'notProvisioned', params: { item: 'offline_access', provisioned: PROVISIONED }, remediationId: 'fixNotProvisioned' }],
  },
  {
    name: 'warns on an empty item and on a scope asked twice',
    snapshot: withScope(`openid,${GOOD},`),
    expect: [
      { status: 'warn', messageId: 'emptyItem' },
      { status: 'warn', messageId: 'duplicate', params: { items: ['openid'] } },
    ],
  },
  {
    name: 'warns when the profile scope is missing [I]',
    snapshot: withScope('openid,AdobeID,read_organizations'),
    expect: [{ status: 'warn', messageId: 'noProfileScope', remediationId: 'fixNoProfileScope' }],
  },
  {
    name: 'fails on an empty scope, suggesting the documented scopes IMS provisioned',
    snapshot: withScope(''),
    expect: [{ status: 'fail', messageId: 'empty', remediationId: 'fixScope' }],
  },
  {
    name: 'skips the subset check when the IMS scopes are unknown',
    snapshot: () => snapshot([instance(PROD, { ims: ok(ims(PROD, { scopes: undefined, scopesRaw: undefined, sources: ['ims/console.json'] })) })]),
    expect: [{ status: 'skip', messageId: 'imsUnknown', params: { sources: ['ims/console.json'] }, remediationId: 'fixImsUnknown' }],
  },
  {
    name: 'skips without an IMS client, through the engine',
    snapshot: () => snapshot([instance(PROD, { ims: { state: 'absent', reason: 'imsNotConfigured' } })]),
    expect: [{ status: 'skip', messageId: 'common:skipPlaneAbsent' }],
  },
  {
    name: 'live: passes when IMS accepts the scope',
    snapshot: probed(authorize({})),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'pass', messageId: 'liveAccepted' },
    ],
  },
  {
    name: 'live: fails when IMS answers invalid_scope',
    snapshot: probed(
      authorize({
        outcome: 'error',
        status: 302,
        error: 'invalid_scope',
        errorDescription: 'invalid scope requested: read_pc.dma_campaign',
        location: undefined,
      }),
    ),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'fail', messageId: 'liveInvalidScope', remediationId: 'liveFix' },
    ],
  },
  {
    name: 'as sent: the same scopes in another order and with spaces between them pass',
    snapshot: recorded('AdobeID openid read_organizations additional_info.projectedProductContext'),
    expect: [{ status: 'pass', messageId: 'pass' }],
  },
  {
    name: "as sent: a scope IMS did not provision fails, and a scope other than the account's warns (server not restarted?)",
    snapshot: recorded('openid,AdobeID,read_pc.dma_campaign'),
    expect: [
      { status: 'pass', messageId: 'pass' },
      {
        status: 'fail',
        messageId: 'sentNotProvisioned',
        params: { instance: 'prod', missing: ['read_pc.dma_campaign'] },
        remediationId: 'fixSentNotProvisioned',
      },
      { status: 'warn', messageId: 'sentDiffers', params: { sent: 'openid,AdobeID,read_pc.dma_campaign', configured: GOOD }, remediationId: 'fixSentDiffers' },
    ],
  },
];
