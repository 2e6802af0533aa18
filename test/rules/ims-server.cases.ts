import type { DiscoveryProbe } from '../../src/model/probes.js';
import { withAsSent } from '../support/as-sent.js';
import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, instance, ok, PROD, snapshot } from '../support/snapshot-builder.js';

const CANONICAL = 'https://ims-na1.adobelogin.com';
const withServer = (imsServer: string) => () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [account(PROD, { imsServer })])) })]);
const discovery = (edit: Partial<DiscoveryProbe>): DiscoveryProbe => ({
  at: { endpoint: 'https://ims-na1.adobelogin.com/ims/.well-known/openid-configuration', live: true },
  outcome: 'ok',
  status: 200,
  issuer: 'https://ims-na1.adobelogin.com',
  authorizationEndpoint: 'https://ims-na1.adobelogin.com/ims/authorize/v2',
  tokenEndpoint: 'https://ims-na1.adobelogin.com/ims/token/v3',
  jwksUri: 'https://ims-na1.adobelogin.com/ims/keys',
  ...edit,
});
const live = (probe: DiscoveryProbe) => () => snapshot([instance(PROD, { probes: { ranAt: '2026-10-04T08:00:00Z', discovery: probe } })]);
const broken = (edit: Partial<DiscoveryProbe>) =>
  live(discovery({ issuer: undefined, authorizationEndpoint: undefined, tokenEndpoint: undefined, jwksUri: undefined, ...edit }));

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes on the production host',
    snapshot: () => snapshot(),
    expect: [{ status: 'pass', messageId: 'pass', params: { name: 'Adobe_Marketing_Cloud', value: CANONICAL } }],
  },
  {
    name: 'passes on the other production host',
    snapshot: withServer('https://adobeid-na1.services.adobe.com'),
    expect: [{ status: 'pass', messageId: 'pass' }],
  },
  {
    name: 'reports each problem of one value on its own',
    snapshot: withServer('http://adobeid-na1.services.adobe.com/'),
    expect: [
      { status: 'fail', messageId: 'notHttps' },
      { status: 'warn', messageId: 'trailingSlash' },
    ],
  },
  {
    name: 'reports http, the stage host and a trailing slash together',
    snapshot: withServer('http://ims-na1-stg1.adobelogin.com/'),
    expect: [
      { status: 'fail', messageId: 'notHttps' },
      { status: 'fail', messageId: 'stage' },
      { status: 'warn', messageId: 'trailingSlash' },
    ],
  },
  { name: 'fails on an empty IMS server', snapshot: withServer(''), expect: [{ status: 'fail', messageId: 'empty', remediationId: 'fixServer' }] },
  {
    name: 'fails on spaces, quoting them',
    snapshot: withServer(' https://ims-na1.adobelogin.com'),
    expect: [{ status: 'fail', messageId: 'spaces', params: { value: ' https://ims-na1.adobelogin.com' }, remediationId: 'fixServer' }],
  },
  { name: 'fails without a scheme', snapshot: withServer('ims-na1.adobelogin.com'), expect: [{ status: 'fail', messageId: 'noScheme' }] },
  {
    name: 'fails on http',
    snapshot: withServer('http://ims-na1.adobelogin.com'),
    expect: [{ status: 'fail', messageId: 'notHttps', params: { scheme: 'http' } }],
  },
  {
    name: 'fails on the stage IMS',
    snapshot: withServer('https://ims-na1-stg1.adobelogin.com'),
    expect: [{ status: 'fail', messageId: 'stage', params: { host: 'ims-na1-stg1.adobelogin.com' } }],
  },
  {
    name: 'fails on another host, with nothing to suggest',
    snapshot: withServer('https://campaign.acme.example'),
    expect: [{ status: 'fail', messageId: 'unknownHost', params: { suggestion: null } }],
  },
  {
    name: 'fails on a near miss of a production host, suggesting it',
    snapshot: withServer('https://ims-na1.adobelogin.co'),
    expect: [
      {
        status: 'fail',
        messageId: 'unknownHost',
        params: { host: 'ims-na1.adobelogin.co', hosts: ['ims-na1.adobelogin.com', 'adobeid-na1.services.adobe.com'], suggestion: CANONICAL },
      },
    ],
  },
  { name: 'fails on a URL without a host', snapshot: withServer('https://'), expect: [{ status: 'fail', messageId: 'noHost' }] },
  {
    name: 'fails on a trailing dot on the host',
    snapshot: withServer('https://ims-na1.adobelogin.com.'),
    expect: [{ status: 'fail', messageId: 'trailingDot', params: { host: 'ims-na1.adobelogin.com.' } }],
  },
  {
    name: 'fails on a user name before the host',
    snapshot: withServer('https://admin@ims-na1.adobelogin.com'),
    expect: [{ status: 'fail', messageId: 'userinfo', params: { userinfo: 'admin' } }],
  },
  {
    name: 'fails on a port, even :443',
    snapshot: withServer('https://ims-na1.adobelogin.com:443'),
    expect: [{ status: 'fail', messageId: 'port', params: { port: '443' } }],
  },
  {
    name: 'fails on a path',
    snapshot: withServer('https://ims-na1.adobelogin.com/ims/authorize/v2'),
    expect: [{ status: 'fail', messageId: 'path', params: { path: '/ims/authorize/v2' } }],
  },
  {
    name: 'fails on a query and a fragment',
    snapshot: withServer('https://ims-na1.adobelogin.com?x=1#top'),
    expect: [{ status: 'fail', messageId: 'query', params: { rest: '?x=1#top' } }],
  },
  {
    name: 'warns on a lone trailing slash',
    snapshot: withServer('https://ims-na1.adobelogin.com/'),
    expect: [{ status: 'warn', messageId: 'trailingSlash', remediationId: 'fixServer' }],
  },
  { name: 'warns on capitals in a production host', snapshot: withServer('https://IMS-NA1.adobelogin.com'), expect: [{ status: 'warn', messageId: 'case' }] },
  {
    name: 'skips without the account, through the engine',
    snapshot: () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [])) })]),
    expect: [{ status: 'skip', messageId: 'common:skipNoAccount' }],
  },
  {
    name: 'live: passes when IMS answers its discovery document',
    snapshot: live(discovery({})),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'pass', messageId: 'liveReachable' },
    ],
  },
  {
    name: 'live: fails on an HTTP error',
    snapshot: broken({ outcome: 'http-error', status: 404 }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'fail', messageId: 'liveBroken' },
    ],
  },
  {
    name: 'live: fails on a redirect',
    snapshot: broken({ outcome: 'redirect', status: 301, location: 'https://www.adobe.com/' }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'fail', messageId: 'liveBroken' },
    ],
  },
  {
    name: 'live: fails on a document that is not JSON',
    snapshot: broken({ outcome: 'not-json' }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'fail', messageId: 'liveBroken' },
    ],
  },
  {
    name: 'live: fails on an incomplete document',
    snapshot: broken({ outcome: 'incomplete', issuer: 'https://ims-na1.adobelogin.com', missing: ['authorization_endpoint', 'token_endpoint'] }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'fail', messageId: 'liveBroken' },
    ],
  },
  {
    name: 'live: does not blame Campaign when this machine cannot resolve the production IMS host (a problem of the probe)',
    snapshot: broken({ outcome: 'unreachable', status: undefined, failure: { kind: 'dns', host: 'ims-na1.adobelogin.com', code: 'ENOTFOUND' } }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'skip', messageId: 'liveNotProbed' },
    ],
  },
  {
    name: 'live: does not blame Campaign when this machine cannot connect to IMS',
    snapshot: broken({ outcome: 'unreachable', status: undefined, failure: { kind: 'timeout', host: 'ims-na1.adobelogin.com', timeoutMs: 10000 } }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'skip', messageId: 'liveNotProbed' },
    ],
  },
  {
    name: 'live: fails when an unknown IMS server name does not resolve',
    snapshot: broken({ outcome: 'unreachable', status: undefined, failure: { kind: 'dns', host: 'ims-na1.adobelogn.com', code: 'ENOTFOUND' } }),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'fail', messageId: 'liveBroken', remediationId: 'liveFix' },
    ],
  },
  {
    name: 'as sent (har): warns when the browser went to another IMS host than the account names',
    snapshot: () => snapshot([withAsSent(instance(PROD), { imsHost: 'adobeid-na1.services.adobe.com' })]),
    expect: [
      { status: 'pass', messageId: 'pass' },
      { status: 'warn', messageId: 'sentDiffers', params: { sent: 'adobeid-na1.services.adobe.com', configured: CANONICAL }, remediationId: 'fixSentDiffers' },
    ],
  },
  {
    name: 'as sent (har): says nothing more when the host sent is the configured one',
    snapshot: () => snapshot([withAsSent(instance(PROD), {})]),
    expect: [{ status: 'pass', messageId: 'pass' }],
  },
];
