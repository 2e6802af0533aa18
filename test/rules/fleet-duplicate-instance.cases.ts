import type { RuleCase } from '../support/rule-tester.js';
import { BETA, fleetCase, PROD, workspaceOf } from './fleet-cases.js';

export const CASES: RuleCase[] = [
  fleetCase(
    'passes when each Campaign URL is listed once',
    () => [
      { label: 'acme', snapshot: workspaceOf(PROD) },
      { label: 'beta', snapshot: workspaceOf(BETA) },
    ],
    [{ status: 'pass', messageId: 'pass', params: { count: 2 } }],
  ),
  fleetCase(
    'warns when one Campaign URL is listed in two workspaces, without case, default port or trailing slash',
    () => [
      { label: 'acme', snapshot: workspaceOf(PROD) },
      { label: 'acme-copy', snapshot: workspaceOf(PROD, {}, 'HTTPS://Campaign.acme.example:443/') },
    ],
    [
      {
        status: 'warn',
        messageId: 'listedTwice',
        params: {
          url: 'https://campaign.acme.example',
          entries: [
            { workspace: 'acme', instance: 'prod' },
            { workspace: 'acme-copy', instance: 'prod' },
          ],
        },
        remediationId: 'fixListedTwice',
      },
    ],
  ),
];
