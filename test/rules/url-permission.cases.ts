import type { ServerConfPlane, UrlPermissionEntry } from '../../src/model/snapshot.js';
import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, instance, ok, PROD, serverConf, snapshot, src } from '../support/snapshot-builder.js';

const FILE = 'campaign/prod-serverConf.xml';
const url = (dnsSuffix: string, urlRegEx = 'https://.*'): UrlPermissionEntry => ({
  dnsSuffix,
  urlRegEx,
  at: src('', FILE, `url[@dnsSuffix="${dnsSuffix}"]`).at,
});
const withConf = (edit: Partial<ServerConfPlane>) => () => snapshot([instance(PROD, { serverConf: ok(serverConf(PROD, edit)) })]);
const withEntries = (...entries: UrlPermissionEntry[]) => withConf({ urlPermissions: entries });
const action = (value: string, defaulted = false) => {
  const written = src(value, FILE, 'serverconf/shared/urlPermission/@action');
  return { urlPermissionAction: defaulted ? { ...written, at: { ...written.at, defaulted: true } } : written };
};

const IMS_URL = 'https://ims-na1.adobelogin.com';
const IMS_HOST = 'ims-na1.adobelogin.com';
const STAGE_LIKE = [url('acme.example'), url('neolane.net')];

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes when an entry allows the IMS host, naming it',
    snapshot: () => snapshot(),
    expect: [
      {
        status: 'pass',
        messageId: 'allowed',
        params: { url: IMS_URL, action: 'deny', defaulted: false, file: FILE, entry: serverConf(PROD).urlPermissions[0] },
      },
    ],
  },
  {
    name: 'accepts a dnsSuffix equal to the host',
    snapshot: withEntries(url(IMS_HOST, 'https://ims-na1\\.adobelogin\\.com')),
    expect: [{ status: 'pass', messageId: 'allowed' }],
  },
  {
    name: 'fails when no entry matches the whole URL, naming the entry whose dnsSuffix matched',
    snapshot: withEntries(url('adobelogin.com', 'http://.*'), url('acme.example')),
    expect: [
      {
        status: 'fail',
        messageId: 'blocked',
        params: { why: { kind: 'regexNoMatch', entries: [url('adobelogin.com', 'http://.*')] } },
        remediationId: 'fixAllow',
      },
    ],
  },
  {
    name: 'fails when several entries match the host but none the URL',
    snapshot: withEntries(url('adobelogin.com', 'https://ims-na1\\.adobelogin\\.com/ims/.*'), url('.adobelogin.com', 'adobelogin')),
    expect: [
      {
        status: 'fail',
        messageId: 'blocked',
        params: {
          why: { kind: 'regexNoMatch', entries: [url('adobelogin.com', 'https://ims-na1\\.adobelogin\\.com/ims/.*'), url('.adobelogin.com', 'adobelogin')] },
        },
      },
    ],
  },
  {
    name: 'reports an invalid urlRegEx, which then allows nothing',
    snapshot: withEntries(url('adobelogin.com', 'https://(.*'), url('acme.example')),
    expect: [
      {
        status: 'warn',
        messageId: 'invalidRegex',
        params: { entry: url('adobelogin.com', 'https://(.*'), error: 'missing closing ): `https://(.*`' },
        remediationId: 'fixInvalidRegex',
      },
      { status: 'fail', messageId: 'blocked', params: { why: { kind: 'regexNoMatch', entries: [url('adobelogin.com', 'https://(.*')] } } },
    ],
  },
  {
    name: 'fails on an empty list',
    snapshot: withEntries(),
    expect: [{ status: 'fail', messageId: 'blocked', params: { why: { kind: 'noEntries' } }, remediationId: 'fixAllow' }],
  },
  {
    name: 'matches dnsSuffix on a label boundary only, and an empty dnsSuffix allows nothing',
    snapshot: withEntries(url('login.com'), url('')),
    expect: [{ status: 'fail', messageId: 'blocked', params: { why: { kind: 'noSuffix', host: IMS_HOST, suffixes: ['login.com', ''] } } }],
  },
  {
    name: 'names the first few suffixes of a long list, then how many more',
    snapshot: withEntries(...['a.example', 'b.example', 'c.example', 'd.example', 'e.example', 'f.example', 'g.example'].map((suffix) => url(suffix))),
    expect: [
      {
        status: 'fail',
        messageId: 'blocked',
        params: {
          why: { kind: 'noSuffix', host: IMS_HOST, suffixes: ['a.example', 'b.example', 'c.example', 'd.example', 'e.example', 'f.example', 'g.example'] },
        },
      },
    ],
  },
  {
    name: 'applies the default action, deny, when the attribute is absent, and says so',
    snapshot: withConf({ ...action('deny', true), urlPermissions: STAGE_LIKE }),
    expect: [{ status: 'fail', messageId: 'blocked', params: { action: 'deny', defaulted: true } }],
  },
  {
    name: 'fails when no dnsSuffix covers the IMS host under deny, and says what to add',
    snapshot: withEntries(...STAGE_LIKE),
    expect: [
      {
        status: 'fail',
        messageId: 'blocked',
        params: { url: IMS_URL, action: 'deny', defaulted: false, why: { kind: 'noSuffix', host: IMS_HOST, suffixes: ['acme.example', 'neolane.net'] } },
        remediationId: 'fixAllow',
      },
    ],
  },
  {
    name: 'warns under action "warn": calls are only logged',
    snapshot: withConf({ ...action('warn'), urlPermissions: STAGE_LIKE }),
    expect: [
      {
        status: 'warn',
        messageId: 'logged',
        params: { action: 'warn', why: { kind: 'noSuffix', host: IMS_HOST, suffixes: ['acme.example', 'neolane.net'] } },
        remediationId: 'fixAllow',
      },
    ],
  },
  {
    name: 'passes under action "ignore", saying the list is not enforced',
    snapshot: withConf({ ...action('ignore'), urlPermissions: STAGE_LIKE }),
    expect: [{ status: 'pass', messageId: 'notEnforced', params: { url: IMS_URL, file: FILE } }],
  },
  {
    name: 'warns on an unknown action and judges it as deny',
    snapshot: withConf(action('block')),
    expect: [
      {
        status: 'warn',
        messageId: 'unknownAction',
        params: { action: 'block', known: ['ignore', 'warn', 'deny'], fallback: 'deny' },
        remediationId: 'fixUnknownAction',
      },
      { status: 'pass', messageId: 'allowed', params: { action: 'deny' } },
    ],
  },
  {
    name: 'skips when the IMS server names no host',
    snapshot: () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [account(PROD, { imsServer: 'https://' })])) })]),
    expect: [{ status: 'skip', messageId: 'noHost', params: { url: 'https://' }, remediationId: 'fixNoHost' }],
  },
  {
    name: 'skips without a serverConf, through the engine',
    snapshot: () => snapshot([instance(PROD, { serverConf: { state: 'absent', reason: 'serverConfNotConfigured' } })]),
    expect: [{ status: 'skip', messageId: 'common:skipPlaneAbsent', params: { reason: 'serverConfNotConfigured' } }],
  },
];
