import type { RuleCase } from '../support/rule-tester.js';
import { account, adminConsole, adminConsoleWithGroups, campaign, HEALTHY_USERS, instance, ok, PROD, snapshot, STAGE } from '../support/snapshot-builder.js';

type Users = { email: string; profiles: string[] }[];

/** Prod with the given association mask, and the given Admin Console users. */
const withMask =
  (mask: string, users: Users = HEALTHY_USERS) =>
  () =>
    snapshot([instance(PROD, { campaign: ok(campaign(PROD, [account(PROD, { imsRightsMask: mask })])) })], ok(adminConsole(users)));
const withUsers = (users: Users) => withMask('campaign - acme - ', users);
const CSV = 'admin-console/users.csv';

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes over users of other products and of other instances',
    snapshot: () =>
      snapshot(
        [instance(PROD), instance(STAGE)],
        ok(
          adminConsole([
            ...HEALTHY_USERS,
            { email: 'dana@acme.example', profiles: ['Photoshop - Default'] },
            { email: 'kim@acme.example', profiles: ['campaign - acme-stage - delivery'] },
          ]),
        ),
      ),
    expect: [{ status: 'pass', messageId: 'pass', params: { granted: 2, total: 4 } }],
  },
  {
    name: 'passes when every user with a profile of this instance gets a group',
    snapshot: () => snapshot(),
    expect: [{ status: 'pass', messageId: 'pass', params: { mask: 'campaign - acme - ', granted: 2, total: 2 } }],
  },
  {
    name: 'skips when the mask itself cannot be used',
    snapshot: withMask(''),
    expect: [{ status: 'skip', messageId: 'maskUnusable', params: { mask: '' }, remediationId: null }],
  },
  {
    name: 'shows ten users and counts them all',
    snapshot: withUsers([
      ...HEALTHY_USERS,
      ...Array.from({ length: 13 }, (_, i) => ({ email: `near${i}@acme.example`, profiles: ['campaign - acme - Delivery '] })),
    ]),
    expect: [{ status: 'fail', messageId: 'missingGroupUsers', params: { count: 13 } }],
  },
  {
    name: 'both at once: the missing group first, then the near misses',
    snapshot: withUsers([
      { email: 'minho.kim@acme.example', profiles: ['campaign - acme - campaign_managers'] },
      { email: 'lucas.martin@acme.example', profiles: ['Campaign - acme - delivery'] },
      { email: 'jisoo.park@acme.example', profiles: ['campaign - acme - delivery'] },
    ]),
    expect: [
      { status: 'fail', messageId: 'missingGroupUsers' },
      { status: 'fail', messageId: 'nearUsers', remediationId: 'fixNearUsers' },
    ],
  },
  {
    name: 'when no profile matches the mask at all, the mask is what to fix',
    snapshot: withMask('campaign - acme  - '),
    expect: [{ status: 'fail', messageId: 'nearUsers', params: { count: 2 }, remediationId: 'fixNearUsersMask' }],
  },
  {
    name: 'fails for users holding only a near-miss profile, suggesting the profile name when the mask works for others',
    snapshot: withUsers([...HEALTHY_USERS, { email: 'lucas.martin@acme.example', profiles: ['Campaign - Acme - delivery', 'Photoshop - Default'] }]),
    expect: [
      {
        status: 'fail',
        messageId: 'nearUsers',
        remediationId: 'fixNearUsers',
        params: {
          count: 1,
          users: [
            {
              user: 'lucas.martin@acme.example',
              at: { file: CSV, line: 4 },
              profiles: [{ profile: 'Campaign - Acme - delivery', why: { kind: 'case', prefix: 'Campaign - Acme - ', group: 'delivery' } }],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'fails for users whose only matching profile names a group Campaign lacks',
    snapshot: withUsers([...HEALTHY_USERS, { email: 'minho.kim@acme.example', profiles: ['campaign - acme - campaign_managers'] }]),
    expect: [
      {
        status: 'fail',
        messageId: 'missingGroupUsers',
        remediationId: 'fixMissingGroupUsers',
        params: {
          count: 1,
          users: [
            {
              user: 'minho.kim@acme.example',
              at: { file: CSV, line: 4 },
              profiles: [{ profile: 'campaign - acme - campaign_managers', why: { kind: 'missing-group', group: 'campaign_managers' } }],
            },
          ],
        },
      },
    ],
  },
  {
    name: 'skips without an Admin Console export, through the engine',
    snapshot: () => snapshot([instance(PROD)], { state: 'absent', reason: 'adminConsoleNotConfigured' }),
    expect: [{ status: 'skip', messageId: 'common:skipPlaneAbsent', params: { reason: 'adminConsoleNotConfigured' } }],
  },
  // ---- i9b: user groups are not product profiles ----
  {
    name: 'user groups: a near-miss user who also belongs to an unmapped user group is unknown (warn), never a failure',
    snapshot: () =>
      snapshot(
        [instance(PROD)],
        ok(
          adminConsoleWithGroups([
            ...HEALTHY_USERS,
            { email: 'lucas.martin@acme.example', profiles: ['Campaign - acme - delivery'], userGroups: ['Campaign Marketers'] },
          ]),
        ),
      ),
    expect: [{ status: 'warn', messageId: 'unknownViaGroups', params: { count: 1 }, remediationId: 'mapUserGroups' }],
  },
  {
    name: 'user groups: a user group named like a profile is not judged as one (not a near miss)',
    snapshot: () =>
      snapshot(
        [instance(PROD)],
        ok(adminConsoleWithGroups([...HEALTHY_USERS, { email: 'mina@acme.example', profiles: [], userGroups: ['Campaign - acme - delivery'] }])),
      ),
    expect: [{ status: 'pass', messageId: 'pass', params: { granted: 2, total: 3, viaGroups: 1 } }],
  },
  {
    name: 'user groups: with the mapping, a group carrying a matching profile grants (pass)',
    snapshot: () =>
      snapshot(
        [instance(PROD)],
        ok(
          adminConsoleWithGroups(
            [...HEALTHY_USERS, { email: 'lucas.martin@acme.example', profiles: ['Campaign - acme - delivery'], userGroups: ['Campaign Marketers'] }],
            { 'Campaign Marketers': ['campaign - acme - delivery'] },
          ),
        ),
      ),
    expect: [{ status: 'pass', messageId: 'pass', params: { granted: 3, total: 3, viaGroups: 0 } }],
  },
  {
    name: 'user groups: with the mapping, a group carrying only a near-miss profile fails',
    snapshot: () =>
      snapshot(
        [instance(PROD)],
        ok(
          adminConsoleWithGroups([...HEALTHY_USERS, { email: 'lucas.martin@acme.example', profiles: [], userGroups: ['Campaign Marketers'] }], {
            'Campaign Marketers': ['Campaign - acme - delivery'],
          }),
        ),
      ),
    expect: [{ status: 'fail', messageId: 'nearUsers', params: { count: 1 } }],
  },
];
