import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, instance, ok, PROD, snapshot } from '../support/snapshot-builder.js';

const MODIFIED = '2026-10-02 09:10:03.000Z';

/** A prod instance with the account's lastModified and the server's start as given (undefined: absent). */
function times(edit: { modified?: string | undefined; started?: string | undefined }) {
  return () => {
    const base = account(PROD, 'modified' in edit && edit.modified !== undefined ? { lastModified: edit.modified } : {});
    const edited = 'modified' in edit && edit.modified === undefined ? { ...base, lastModified: undefined } : base;
    return snapshot([instance(PROD, { campaign: ok(campaign(PROD, [edited])), ...('started' in edit ? { serverStartedAt: edit.started } : {}) })]);
  };
}

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes when the server started at the very instant of the change',
    snapshot: times({ started: '2026-10-02T09:10:03Z' }),
    expect: [{ status: 'pass', messageId: 'pass' }],
  },
  {
    name: 'passes when the server started after the change',
    snapshot: times({}),
    expect: [{ status: 'pass', messageId: 'pass', params: { modified: MODIFIED, started: '2026-10-03T06:00:00Z' } }],
  },
  {
    name: 'honours zone offsets',
    snapshot: times({ started: '2026-10-02T18:00:00+09:00' }),
    expect: [{ status: 'warn', messageId: 'restart', params: { minutesAfter: 10 } }],
  },
  {
    name: 'still judges a time without a zone when the gap exceeds any zone offset',
    snapshot: times({ started: '2026-09-20 08:00' }),
    expect: [{ status: 'warn', messageId: 'restart' }],
  },
  {
    name: 'warns when the account changed after the server started, quoting both times',
    snapshot: times({ started: '2026-10-01T06:00:00Z' }),
    expect: [
      {
        status: 'warn',
        messageId: 'restart',
        params: { modified: MODIFIED, started: '2026-10-01T06:00:00Z', minutesAfter: 1630 },
        remediationId: 'fixRestart',
      },
    ],
  },
  {
    name: 'skips when both times are unknown, saying what to add',
    snapshot: times({ modified: undefined, started: undefined }),
    expect: [{ status: 'skip', messageId: 'noBoth', params: { instance: 'prod' }, remediationId: 'addBoth' }],
  },
  {
    name: 'skips without lastModified in the export',
    snapshot: times({ modified: undefined }),
    expect: [{ status: 'skip', messageId: 'noLastModified', remediationId: 'addLastModified' }],
  },
  {
    name: 'skips without serverStartedAt, quoting the modification time',
    snapshot: times({ started: undefined }),
    expect: [{ status: 'skip', messageId: 'noServerStart', params: { modified: MODIFIED, instance: 'prod' }, remediationId: 'addServerStart' }],
  },
  {
    name: 'skips on an impossible lastModified, quoting it',
    snapshot: times({ modified: '2026-09-31 09:10:03.000Z' }),
    expect: [{ status: 'skip', messageId: 'unparseable', params: { field: 'lastModified', value: '2026-09-31 09:10:03.000Z' } }],
  },
  {
    name: 'skips on a serverStartedAt that is not a date, quoting it',
    snapshot: times({ started: 'yesterday 6am' }),
    expect: [{ status: 'skip', messageId: 'unparseable', params: { field: 'serverStartedAt', value: 'yesterday 6am' }, remediationId: 'fixUnparseable' }],
  },
  {
    name: 'skips when a time without a zone is too close to call',
    snapshot: times({ started: '2026-10-02 08:00:00' }),
    expect: [{ status: 'skip', messageId: 'ambiguousZone', params: { hours: 14 }, remediationId: 'fixZone' }],
  },
  {
    name: 'skips without the account, through the engine',
    snapshot: () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [])) })]),
    expect: [{ status: 'skip', messageId: 'common:skipNoAccount' }],
  },
];
