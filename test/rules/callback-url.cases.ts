import type { AsSent } from '../../src/model/as-sent.js';
import type { AuthorizeProbe, CallbackProbe, InstanceProbes } from '../../src/model/probes.js';
import type { InstanceSnapshot } from '../../src/model/snapshot.js';
import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, ims, instance, ok, PROD, snapshot, src, STAGE } from '../support/snapshot-builder.js';

const withCallback = (callbackServer: string) => () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [account(PROD, { callbackServer })])) })]);
const withPatterns =
  (...patterns: string[]) =>
  () =>
    snapshot([
      instance(PROD, {
        ims: ok(ims(PROD, { redirectUriPatterns: patterns.map((pattern, index) => src(pattern, 'ims/client.yaml', `redirectUriPatterns[${index}]`)) })),
      }),
    ]);

const ENDPOINT = 'https://ims-na1.adobelogin.com/ims/authorize/v2?client_id=acme-campaign-prod&redirect_uri=https%3A%2F%2Fcampaign.acme.example';
const authorize = (edit: Partial<AuthorizeProbe>): AuthorizeProbe => ({
  at: { endpoint: ENDPOINT, live: true },
  outcome: 'login-page',
  status: 302,
  redirectUri: 'https://campaign.acme.example',
  scope: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext',
  clientId: 'acme-campaign-prod',
  location: 'https://auth.services.adobe.com/en_US/index.html',
  ...edit,
});
const certificate = {
  subject: 'CN=campaign.acme.example',
  issuer: 'CN=ACME CA',
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2027-01-01T00:00:00Z',
  subjectAltName: 'DNS:campaign.acme.example',
  fingerprint256: 'AB:CD',
};
const callback = (edit: Partial<CallbackProbe>): CallbackProbe => ({
  at: { endpoint: 'https://campaign.acme.example', live: true },
  outcome: 'ok',
  status: 200,
  host: 'campaign.acme.example',
  addresses: ['192.0.2.10'],
  certificate,
  ...edit,
});
const unresolved = () => callback({ outcome: 'dns', status: undefined, failure: { kind: 'dns', host: 'campaign.acme.example', code: 'ENOTFOUND' } });
const probed = (probes: Omit<InstanceProbes, 'ranAt'>) => () => snapshot([instance(PROD, { probes: { ranAt: '2026-10-04T08:00:00Z', ...probes } })]);

const HAR = { file: 'login.har', path: 'log.entries[3].request.url' };
const sent = (redirectUri: string): AsSent => ({
  at: HAR,
  sentAt: '2026-10-04T08:00:00.000Z',
  imsHost: { value: 'ims-na1.adobelogin.com', at: HAR },
  clientId: { value: 'acme-campaign-prod', at: HAR },
  redirectUri: { value: redirectUri, at: HAR },
  scope: { value: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext', at: HAR },
});
const recorded = (redirectUri: string) => (): ReturnType<typeof snapshot> => {
  const prod: InstanceSnapshot = { ...instance(PROD), asSent: sent(redirectUri) };
  return snapshot([prod]);
};

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes when the callback is https, on the allowlist and on its own host',
    snapshot: () => snapshot(),
    expect: [
      {
        status: 'pass',
        messageId: 'pass',
        params: { value: 'https://campaign.acme.example', host: 'campaign.acme.example', pattern: 'https://campaign\\.acme\\.example(/.*)?' },
      },
    ],
  },
  {
    name: 'skips only the allowlist when the IMS client gives no redirect URI patterns',
    snapshot: () => snapshot([instance(PROD, { ims: ok(ims(PROD, { redirectUriPatterns: undefined })) })]),
    expect: [
      { status: 'skip', messageId: 'allowlistUnknown', params: { sources: ['ims/client.yaml'] }, remediationId: 'fixAllowlistUnknown' },
      { status: 'pass', messageId: 'passWithoutAllowlist' },
    ],
  },
  {
    name: 'skips only the allowlist when the IMS client file could not be read, saying why',
    snapshot: () =>
      snapshot([
        instance(PROD, {
          ims: {
            state: 'error',
            problem: { file: 'ims/client.yaml', line: 3, column: 5, problem: { id: 'legacy', params: { text: 'is not valid YAML: bad indentation' } } },
          },
        }),
      ]),
    expect: [
      {
        status: 'skip',
        messageId: 'allowlistNoIms',
        params: {
          unreadable: {
            where: { file: 'ims/client.yaml', line: 3, column: 5 },
            problem: { id: 'legacy', params: { text: 'is not valid YAML: bad indentation' } },
          },
        },
      },
      { status: 'pass', messageId: 'passWithoutAllowlist' },
    ],
  },
  {
    name: 'skips only the allowlist when the workspace names no IMS client',
    snapshot: () => snapshot([instance(PROD, { ims: { state: 'absent', reason: 'imsNotConfigured' } })]),
    expect: [
      { status: 'skip', messageId: 'allowlistNoIms', params: { unreadable: null }, remediationId: 'fixAllowlistNoIms' },
      { status: 'pass', messageId: 'passWithoutAllowlist' },
    ],
  },
  { name: 'fails on an empty callback server', snapshot: withCallback(''), expect: [{ status: 'fail', messageId: 'empty', remediationId: 'fixEmpty' }] },
  {
    name: 'fails on stray spaces: the redirect URI is sent with them, so no pattern allows it',
    snapshot: withCallback('https://campaign.acme.example '),
    expect: [
      { status: 'fail', messageId: 'spaces', params: { value: 'https://campaign.acme.example ' }, remediationId: 'fixSpaces' },
      { status: 'fail', messageId: 'notAllowed', params: { value: 'https://campaign.acme.example ' }, remediationId: 'fixNotAllowed' },
    ],
  },
  {
    name: 'fails on http://, suggesting the https URL',
    snapshot: withCallback('http://campaign.acme.example'),
    expect: [
      { status: 'fail', messageId: 'notHttps', params: { scheme: 'http' }, remediationId: 'fixHttps' },
      { status: 'fail', messageId: 'notAllowed', remediationId: 'fixNotAllowed' },
    ],
  },
  {
    name: 'fails on a callback without a scheme',
    snapshot: withCallback('campaign.acme.example'),
    expect: [
      { status: 'fail', messageId: 'notHttps', params: { scheme: null } },
      { status: 'fail', messageId: 'notAllowed' },
    ],
  },
  {
    name: 'fails on a callback without a host, suggesting the access URL the pattern allows',
    snapshot: withCallback('https://'),
    expect: [
      { status: 'fail', messageId: 'noHost', remediationId: 'fixHost' },
      { status: 'fail', messageId: 'notAllowed', remediationId: 'fixNotAllowedHost' },
    ],
  },
  {
    name: 'fails on a host no instance of the workspace has',
    snapshot: withCallback('https://campaign.other.example/nl/jsp/logon.jsp'),
    expect: [
      { status: 'fail', messageId: 'wrongHost', params: { host: 'campaign.other.example', ownHost: 'campaign.acme.example' } },
      { status: 'fail', messageId: 'notAllowed', remediationId: 'fixNotAllowedHost' },
    ],
  },
  {
    name: 'fails when stage points to production',
    instance: 'stage',
    snapshot: () =>
      snapshot([instance(PROD), instance(STAGE, { campaign: ok(campaign(STAGE, [account(STAGE, { callbackServer: 'https://campaign.acme.example' })])) })]),
    expect: [
      {
        status: 'fail',
        messageId: 'otherInstance',
        params: { other: 'prod', otherUrl: 'https://campaign.acme.example', accessUrl: 'https://campaign-stage.acme.example' },
        remediationId: 'fixHost',
      },
      { status: 'fail', messageId: 'notAllowed', params: { defaultRedirectUri: 'https://www.adobe.com/' }, remediationId: 'fixNotAllowedHost' },
    ],
  },
  {
    name: 'fails with its own message when production points to a non-production instance',
    snapshot: () =>
      snapshot([instance(PROD, { campaign: ok(campaign(PROD, [account(PROD, { callbackServer: 'https://campaign-stage.acme.example' })])) }), instance(STAGE)]),
    expect: [
      { status: 'fail', messageId: 'prodToNonProd', params: { role: 'stage', other: 'stage' } },
      { status: 'fail', messageId: 'notAllowed', remediationId: 'fixNotAllowedHost' },
    ],
  },
  {
    name: 'says when the default redirect URI is not known',
    snapshot: () =>
      snapshot([
        instance(PROD, {
          campaign: ok(campaign(PROD, [account(PROD, { callbackServer: 'https://campaign.acme.example:8443' })])),
          ims: ok(ims(PROD, { defaultRedirectUri: undefined })),
        }),
      ]),
    expect: [{ status: 'fail', messageId: 'notAllowed', params: { defaultRedirectUri: null }, remediationId: 'fixNotAllowed' }],
  },
  {
    name: 'warns on a pattern that is no valid regex (it allows nothing)',
    snapshot: withPatterns('https://campaign\\.acme\\.example(/.*)?', 'https://(broken'),
    expect: [{ status: 'warn', messageId: 'invalidPattern', params: { pattern: 'https://(broken' }, remediationId: 'fixInvalidPattern' }],
  },
  // ---- i9a ----
  {
    name: 'warns on a pattern with doubled backslashes, showing the single-backslash form (and the callback is then not allowed)',
    snapshot: withPatterns('https://campaign\\\\.acme\\\\.example(/.*)?'),
    expect: [
      {
        status: 'warn',
        messageId: 'doubledBackslash',
        params: { pattern: 'https://campaign\\\\.acme\\\\.example(/.*)?', fixed: 'https://campaign\\.acme\\.example(/.*)?' },
        remediationId: 'fixDoubledBackslash',
      },
      { status: 'fail', messageId: 'notAllowed' },
    ],
  },
  {
    name: 'passes on the same pattern with single backslashes',
    snapshot: withPatterns('https://campaign\\.acme\\.example(/.*)?'),
    expect: [{ status: 'pass', messageId: 'pass' }],
  },
  {
    name: 'warns on a pattern with unescaped dots, with an address it wrongly allows',
    snapshot: withPatterns('https://campaign.acme.example(/.*)?'),
    expect: [{ status: 'warn', messageId: 'looseDots', params: { count: 2, example: 'https://campaignxacme.example' }, remediationId: 'fixLooseDots' }],
  },
  {
    name: 'live: passes when IMS accepts the callback and the callback server answers over https',
    snapshot: probed({ authorize: authorize({}), callback: callback({}) }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'pass', messageId: 'liveAllowlisted' },
      { status: 'pass', messageId: 'liveCallbackOk' },
    ],
  },
  {
    name: 'live: fails when IMS sends the browser to the default redirect URI; warns on a certificate about to expire',
    snapshot: probed({
      authorize: authorize({ outcome: 'default-redirect', location: 'https://www.adobe.com/' }),
      callback: callback({ outcome: 'tls-expiring', daysLeft: 5 }),
    }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'fail', messageId: 'liveDefaultRedirect', remediationId: 'liveFixAllowlist' },
      { status: 'warn', messageId: 'liveCallbackExpiring', remediationId: 'liveFixCallback' },
    ],
  },
  {
    name: 'live: warns on an unexpected answer; fails on a callback with an expired certificate',
    snapshot: probed({
      authorize: authorize({ outcome: 'unexpected', status: 200, location: undefined, bodyStart: '<html>Maintenance' }),
      callback: callback({ outcome: 'tls-expired', status: undefined, failure: { kind: 'tls', host: 'campaign.acme.example', code: 'CERT_HAS_EXPIRED' } }),
    }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'warn', messageId: 'liveUnexpected' },
      { status: 'fail', messageId: 'liveCallbackBroken', remediationId: 'liveFixCallback' },
    ],
  },
  {
    name: 'live: a callback that does not resolve fails while this machine reaches IMS',
    snapshot: probed({ callback: unresolved(), imsReachable: true }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'fail', messageId: 'liveCallbackBroken', remediationId: 'liveFixCallback' },
    ],
  },
  {
    name: 'live: a callback that does not resolve is not judged when this machine reached no IMS either',
    snapshot: probed({ callback: unresolved(), imsReachable: false }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'skip', messageId: 'liveCallbackNotProbed' },
    ],
  },
  {
    name: 'as sent: a redirect_uri below the callback, allowed by the pattern, passes',
    snapshot: recorded('https://campaign.acme.example/nl/jsp/logon.jsp'),
    expect: [
      { status: 'pass', messageId: 'pass' },
      {
        status: 'pass',
        messageId: 'sentAllowed',
        params: { sent: 'https://campaign.acme.example/nl/jsp/logon.jsp', pattern: 'https://campaign\\.acme\\.example(/.*)?' },
      },
    ],
  },
  {
    name: 'as sent: a redirect_uri that is not the configured callback (server not restarted) and that no pattern allows',
    snapshot: recorded('https://campaign-old.acme.example'),
    expect: [
      { status: 'pass', messageId: 'pass' },
      {
        status: 'fail',
        messageId: 'sentDiffers',
        params: { instance: 'prod', sent: 'https://campaign-old.acme.example', configured: 'https://campaign.acme.example' },
        remediationId: 'fixSentDiffers',
      },
      {
        status: 'fail',
        messageId: 'sentNotAllowed',
        params: { patterns: ['https://campaign\\.acme\\.example(/.*)?'], defaultRedirectUri: 'https://www.adobe.com/' },
        remediationId: 'fixSentNotAllowed',
      },
    ],
  },
];
