import type { RuleCase } from '../support/rule-tester.js';
import { account, adminConsole, campaign, HEALTHY_USERS, instance, ok, PROD, snapshot, src, STAGE } from '../support/snapshot-builder.js';

type Users = { email: string; profiles: string[] }[];

/** Prod with the given association mask, and the given Admin Console users. */
const withMask =
  (mask: string, users: Users = HEALTHY_USERS) =>
  () =>
    snapshot([instance(PROD, { campaign: ok(campaign(PROD, [account(PROD, { imsRightsMask: mask })])) })], ok(adminConsole(users)));
const holding = (...profiles: string[]): Users => profiles.map((profile, index) => ({ email: `user${index}@acme.example`, profiles: [profile] }));

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes with many profiles, listing the ten held by most users and counting them all',
    snapshot: () => {
      const names = Array.from({ length: 12 }, (_, i) => `team${i}`);
      const plane = campaign(PROD);
      const groups = names.map((name) => ({ name: src(name, 'campaign/prod.xml', `group[@name="${name}"]/@name`), label: name }));
      const users = names.flatMap((name, i) =>
        Array.from({ length: i + 1 }, (_, j) => ({ email: `${name}.${j}@acme.example`, profiles: [`campaign - acme - ${name}`] })),
      );
      return snapshot([instance(PROD, { campaign: ok({ ...plane, groups }) })], ok(adminConsole(users)));
    },
    expect: [{ status: 'pass', messageId: 'pass', params: { total: 12 } }],
  },
  {
    name: 'passes in the regex form, group 1 being the operator group',
    snapshot: withMask('campaign - acme - (.*)'),
    expect: [{ status: 'pass', messageId: 'pass', params: { form: 'regex', total: 2 } }],
  },
  {
    name: 'passes when each matching profile names an existing group, listing profile → group with its users',
    snapshot: () => snapshot(),
    expect: [
      {
        status: 'pass',
        messageId: 'pass',
        params: {
          mask: 'campaign - acme - ',
          form: 'prefix',
          total: 2,
          matches: [
            { profile: 'campaign - acme - admin', group: 'admin', users: 1 },
            { profile: 'campaign - acme - delivery', group: 'delivery', users: 1 },
          ],
        },
      },
    ],
  },
  {
    name: 'fails on an empty mask with no Campaign profile to take an example from',
    snapshot: withMask('', holding('Photoshop - Default')),
    expect: [{ status: 'fail', messageId: 'empty', remediationId: 'fixEmpty' }],
  },
  {
    name: 'fails on an empty mask, suggesting a prefix seen in the Admin Console',
    snapshot: withMask(''),
    expect: [{ status: 'fail', messageId: 'empty', params: { name: 'Adobe_Marketing_Cloud' }, remediationId: 'fixEmpty' }],
  },
  {
    name: 'fails on a regex that does not compile, quoting the error',
    snapshot: withMask('campaign - acme - (.*'),
    expect: [{ status: 'fail', messageId: 'invalidRegex', params: { mask: 'campaign - acme - (.*' }, remediationId: 'fixInvalidRegex' }],
  },
  {
    name: 'fails with no nearest profile when nothing comes close',
    snapshot: withMask('globex - '),
    expect: [{ status: 'fail', messageId: 'noMatch', params: { nearest: [], nearTotal: 0 }, remediationId: 'fixNoMatch' }],
  },
  {
    name: "another instance's profiles are listed as such, not offered as the fix",
    snapshot: () =>
      snapshot(
        [instance(PROD, { campaign: ok(campaign(PROD, [account(PROD, { imsRightsMask: 'campaign - acme-prod - ' })])) }), instance(STAGE)],
        ok(adminConsole(holding('campaign - acme-stage - admin'))),
      ),
    expect: [
      {
        status: 'fail',
        messageId: 'noMatch',
        params: {
          nearest: [
            { profile: 'campaign - acme-stage - admin', why: { kind: 'other-instance', instance: 'stage', mask: 'campaign - acme-stage - ', group: 'admin' } },
          ],
        },
        remediationId: 'fixNoMatch',
      },
    ],
  },
  {
    name: 'lists five nearest profiles and counts the others, case misses first',
    snapshot: withMask(
      'campaign - acme - ',
      holding(...['admin', 'delivery', 'operation', 'content', 'report', 'workflow'].map((group) => `Campaign - Acme - ${group}`), 'campaign - globex - admin'),
    ),
    expect: [{ status: 'fail', messageId: 'noMatch', params: { nearTotal: 7 }, remediationId: 'fixNoMatchNear' }],
  },
  {
    name: 'fails on a typo in the mask, with its edit distance',
    snapshot: withMask('campaing - acme - '),
    expect: [{ status: 'fail', messageId: 'noMatch', params: { spacing: [] }, remediationId: 'fixNoMatchNear' }],
  },
  {
    name: 'fails when no profile matches a mask with a double space, naming the nearest profiles and the prefix to use',
    snapshot: withMask('campaign - acme  - '),
    expect: [
      {
        status: 'fail',
        messageId: 'noMatch',
        params: {
          spacing: ['double'],
          profileCount: 3,
          nearTotal: 3,
          nearest: [
            { profile: 'campaign - acme - admin', why: { kind: 'spaces', prefix: 'campaign - acme - ', group: 'admin', alsoCase: false } },
            { profile: 'campaign - acme - delivery', why: { kind: 'spaces', prefix: 'campaign - acme - ', group: 'delivery', alsoCase: false } },
            { profile: 'campaign - acme-stage - admin', why: { kind: 'other-prefix', prefix: 'campaign - acme-stage - ' } },
          ],
        },
        remediationId: 'fixNoMatchNear',
      },
    ],
  },
  {
    name: 'warns when mask and profiles carry the same stray spaces',
    snapshot: withMask('campaign - acme  - ', holding('campaign - acme  - admin', 'campaign - acme  - delivery')),
    expect: [{ status: 'warn', messageId: 'maskSpacing', params: { issues: ['double'], count: 2 }, remediationId: 'fixMaskSpacing' }],
  },
  {
    name: 'says the mask lacks its trailing space when the group read starts with a space',
    snapshot: withMask('campaign - acme -', holding('campaign - acme - admin')),
    expect: [
      {
        status: 'fail',
        messageId: 'missingGroup',
        params: { group: ' admin', closest: { kind: 'trailing-space', name: 'admin' } },
        remediationId: 'fixTrailingSpace',
      },
    ],
  },
  {
    name: 'fails on a group nothing comes close to, listing the groups',
    snapshot: withMask('campaign - acme - ', holding('campaign - acme - zzqxv', 'campaign - acme - zzqxv')),
    expect: [
      {
        status: 'fail',
        messageId: 'missingGroup',
        params: { profileCount: 1, users: 2, closest: { kind: 'none', names: ['admin', 'delivery', 'operation', 'content', 'report'] } },
        remediationId: 'fixMissingGroup',
      },
    ],
  },
  {
    name: 'in the regex form with no plain text before the group, the profile to rename to is described',
    snapshot: withMask('(?:campaign) - acme - (.*)', holding('campaign - acme - Delivery')),
    expect: [{ status: 'fail', messageId: 'missingGroup', remediationId: 'fixRenamedGroup' }],
  },
  {
    name: 'fails on a profile naming a renamed group, and says which group it was',
    snapshot: () => {
      const plane = campaign(PROD);
      const renamed = { name: src('campaignManagers', 'campaign/prod.xml', 'group[@name="campaignManagers"]/@name'), label: 'Campaign managers' };
      return snapshot(
        [instance(PROD, { campaign: ok({ ...plane, groups: [...plane.groups, renamed] }) })],
        ok(adminConsole(holding('campaign - acme - admin', 'campaign - acme - campaign_managers'))),
      );
    },
    expect: [
      {
        status: 'fail',
        messageId: 'missingGroup',
        params: {
          profiles: ['campaign - acme - campaign_managers'],
          group: 'campaign_managers',
          groupCount: 6,
          users: 1,
          closest: { kind: 'renamed', name: 'campaignManagers' },
        },
        remediationId: 'fixRenamedGroup',
      },
    ],
  },
  // ---- i9a: a rename that extends the old name ----
  {
    name: 'fails on a profile naming a group renamed by extending its name (delivery → deliveryOps), naming the new one',
    snapshot: () => {
      const plane = campaign(PROD);
      const groups = plane.groups.map((group) =>
        group.name.value === 'delivery'
          ? { name: src('deliveryOps', 'campaign/prod.xml', 'group[@name="deliveryOps"]/@name'), label: 'Delivery operators' }
          : group,
      );
      return snapshot(
        [instance(PROD, { campaign: ok({ ...plane, groups }) })],
        ok(adminConsole(holding('campaign - acme - admin', 'campaign - acme - delivery'))),
      );
    },
    expect: [
      {
        status: 'fail',
        messageId: 'missingGroup',
        params: { group: 'delivery', closest: { kind: 'renamed', name: 'deliveryOps' } },
        remediationId: 'fixRenamedGroup',
      },
    ],
  },
  {
    name: 'skips without an Admin Console export, through the engine',
    snapshot: () => snapshot([instance(PROD)], { state: 'absent', reason: 'adminConsoleNotConfigured' }),
    expect: [{ status: 'skip', messageId: 'common:skipPlaneAbsent', params: { reason: 'adminConsoleNotConfigured' } }],
  },
];
