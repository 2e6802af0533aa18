import type { ClientSecretProbe } from '../../src/model/probes.js';
import type { ImsPlane, PlaneResult } from '../../src/model/snapshot.js';
import { fingerprint } from '../../src/security/fingerprint.js';
import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, ims, instance, ok, PROD, PROD_SECRET, secret, snapshot, src } from '../support/snapshot-builder.js';

const ENCRYPTED = '@Zk3qWm9vT1lYb2JmR0hRbUlpUkxtc0Z4bEE9PQ==';
const PREVIOUS = 'p8e-prod-secret-previous';
const NO_IMS: PlaneResult<ImsPlane> = { state: 'absent', reason: 'imsNotConfigured' };
const plain = (value: string) => ({ fingerprint: fingerprint(value), form: 'plain' });

/** A prod instance whose account holds `campaignSecret` (clear, `@…` encrypted, or '' empty), with the IMS plane given. */
function secrets(campaignSecret: string, imsPlane: PlaneResult<ImsPlane> = ok(ims(PROD))) {
  return () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [account(PROD, { clientSecret: secret(campaignSecret) })])), ims: imsPlane })]);
}
const conflict = (client: string, console: string): Partial<ImsPlane> => ({
  conflicts: [
    { field: 'clientSecret', client: src(client, 'ims/client.yaml', 'clientSecret'), console: src(console, 'ims/console.json', 'oauth2.client_secret') },
  ],
});

const token = (edit: Partial<ClientSecretProbe>): ClientSecretProbe => ({
  at: { endpoint: 'https://ims-na1.adobelogin.com/ims/token/v3', live: true },
  outcome: 'accepted',
  status: 400,
  error: 'invalid_grant',
  clientId: 'acme-campaign-prod',
  secretFingerprint: fingerprint(PROD_SECRET),
  ...edit,
});
const live = (probe: ClientSecretProbe) => () => snapshot([instance(PROD, { probes: { ranAt: '2026-10-04T08:00:00Z', clientSecret: probe } })]);
const PASS = { status: 'pass', messageId: 'pass' } as const;

/** The rule's table: each case a snapshot and the findings it must give, as data. Secrets appear only as fingerprints. */
export const CASES: RuleCase[] = [
  // ---- i9a: a package export never carries the secret ----
  {
    name: 'skips a secret left out of a package export ("not in this export"), naming the next step',
    snapshot: () =>
      snapshot([
        instance(PROD, {
          campaign: ok(campaign(PROD, [account(PROD, { clientSecret: { kind: 'secret', fingerprint: '', form: 'not-exported', length: 0 } })])),
        }),
      ]),
    expect: [{ status: 'skip', messageId: 'notExported', params: { ims: plain(PROD_SECRET) }, remediationId: 'nextNotExported' }],
  },
  {
    name: 'skips a secret left out of the export when the IMS side is unknown too',
    snapshot: () =>
      snapshot([
        instance(PROD, {
          campaign: ok(campaign(PROD, [account(PROD, { clientSecret: { kind: 'secret', fingerprint: '', form: 'not-exported', length: 0 } })])),
          ims: NO_IMS,
        }),
      ]),
    expect: [{ status: 'skip', messageId: 'notExported', params: { ims: null } }],
  },
  {
    name: 'passes when a clear secret has the fingerprint of the IMS one',
    snapshot: secrets(PROD_SECRET),
    expect: [{ status: 'pass', messageId: 'pass', params: { fingerprint: fingerprint(PROD_SECRET) } }],
  },
  {
    name: 'fails when a clear secret differs, quoting fingerprints only',
    snapshot: secrets(`${PROD_SECRET} `),
    expect: [{ status: 'fail', messageId: 'mismatch', params: { campaign: plain(`${PROD_SECRET} `), ims: plain(PROD_SECRET) }, remediationId: 'fixMismatch' }],
  },
  {
    name: 'fails on an empty Campaign secret and, beside it, on a conflict between the IMS files',
    snapshot: secrets('', ok(ims(PROD, conflict(fingerprint(PREVIOUS), fingerprint(PROD_SECRET))))),
    expect: [
      { status: 'fail', messageId: 'empty', remediationId: 'fixMismatch' },
      { status: 'fail', messageId: 'conflict', params: { client: plain(PREVIOUS), console: plain(PROD_SECRET) } },
    ],
  },
  {
    name: 'fails on a conflict where one IMS file holds an empty secret',
    snapshot: secrets(PROD_SECRET, ok(ims(PROD, conflict('', fingerprint(PROD_SECRET))))),
    expect: [{ status: 'fail', messageId: 'conflict', params: { client: { fingerprint: '', form: 'empty' } } }],
  },
  {
    name: 'fails on an empty Campaign secret',
    snapshot: secrets(''),
    expect: [{ status: 'fail', messageId: 'empty', params: { name: 'Adobe_Marketing_Cloud' }, remediationId: 'fixMismatch' }],
  },
  {
    name: 'fails when the client file and the Developer Console export hold different secrets, naming both',
    snapshot: secrets(PROD_SECRET, ok(ims(PROD, conflict(fingerprint(PREVIOUS), fingerprint(PROD_SECRET))))),
    expect: [{ status: 'fail', messageId: 'conflict', params: { client: plain(PREVIOUS), console: plain(PROD_SECRET) }, remediationId: 'fixConflict' }],
  },
  {
    name: 'says when neither side can be compared',
    snapshot: secrets(ENCRYPTED, NO_IMS),
    expect: [{ status: 'skip', messageId: 'encrypted', params: { ims: null } }],
  },
  {
    name: 'skips an encrypted Campaign secret, with fingerprints and the next step',
    snapshot: secrets(ENCRYPTED),
    expect: [
      {
        status: 'skip',
        messageId: 'encrypted',
        params: { campaign: { fingerprint: fingerprint(ENCRYPTED), form: 'campaign-encrypted' }, ims: plain(PROD_SECRET) },
        remediationId: 'nextEncrypted',
      },
    ],
  },
  {
    name: 'skips a clear secret when the IMS client file cannot be read',
    snapshot: secrets(PROD_SECRET, {
      state: 'error',
      problem: { file: 'ims/client.yaml', line: 2, column: 1, problem: { id: 'legacy', params: { text: 'not valid YAML' } } },
    }),
    expect: [{ status: 'skip', messageId: 'imsUnknown', params: { ims: { state: 'error', where: { file: 'ims/client.yaml', line: 2, column: 1 } } } }],
  },
  {
    name: 'skips when the IMS secret is empty',
    snapshot: secrets(PROD_SECRET, ok(ims(PROD, { clientSecret: src(secret(''), 'ims/client.yaml', 'clientSecret') }))),
    expect: [{ status: 'skip', messageId: 'imsUnknown', params: { ims: { state: 'empty', where: src('', 'ims/client.yaml', 'clientSecret').at } } }],
  },
  {
    name: 'skips when the IMS client holds no secret, naming its files',
    snapshot: secrets(PROD_SECRET, ok(ims(PROD, { clientSecret: undefined, sources: ['ims/client.yaml', 'ims/console.json'] }))),
    expect: [{ status: 'skip', messageId: 'imsUnknown', params: { ims: { state: 'noSecret', sources: ['ims/client.yaml', 'ims/console.json'] } } }],
  },
  {
    name: 'skips a clear secret when no IMS client is given, with the next step',
    snapshot: secrets(PROD_SECRET, NO_IMS),
    expect: [{ status: 'skip', messageId: 'imsUnknown', params: { campaign: plain(PROD_SECRET), ims: { state: 'absent' } }, remediationId: 'nextImsUnknown' }],
  },
  {
    name: 'skips without the account, through the engine',
    snapshot: () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [])) })]),
    expect: [{ status: 'skip', messageId: 'common:skipNoAccount' }],
  },
  // ---- Live (check --probe) ----
  { name: 'live: passes when IMS accepts the client ID and secret', snapshot: live(token({})), expect: [PASS, { status: 'pass', messageId: 'liveAccepted' }] },
  {
    name: 'live: fails when IMS answers invalid_client',
    snapshot: live(token({ outcome: 'invalid-client', status: 401, error: 'invalid_client', secretFingerprint: fingerprint('rotated') })),
    expect: [
      PASS,
      {
        status: 'fail',
        messageId: 'liveInvalidClient',
        params: { probe: token({ outcome: 'invalid-client', status: 401, error: 'invalid_client', secretFingerprint: fingerprint('rotated') }) },
        remediationId: 'liveFix',
      },
    ],
  },
  {
    name: 'live: skips when no clear secret is held',
    snapshot: live({ at: { endpoint: 'https://ims-na1.adobelogin.com/ims/token/v3', live: true }, outcome: 'no-secret' }),
    expect: [PASS, { status: 'skip', messageId: 'liveNoSecret', remediationId: null }],
  },
  {
    name: 'live: warns when the secret was not sent',
    snapshot: live(token({ outcome: 'skipped', status: undefined, error: undefined, skipped: 'other-origin' })),
    expect: [PASS, { status: 'warn', messageId: 'liveUnknown' }],
  },
  {
    name: 'live: warns on an answer that is no OAuth error',
    snapshot: live(token({ outcome: 'unexpected', status: 502, error: undefined })),
    expect: [PASS, { status: 'warn', messageId: 'liveUnknown', remediationId: null }],
  },
  {
    name: 'live: warns when the token endpoint cannot be reached',
    snapshot: live(
      token({ outcome: 'unreachable', status: undefined, error: undefined, failure: { kind: 'timeout', host: 'ims-na1.adobelogin.com', timeoutMs: 10_000 } }),
    ),
    expect: [PASS, { status: 'warn', messageId: 'liveUnknown' }],
  },
];
