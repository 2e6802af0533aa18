import type { RuleCase } from '../support/rule-tester.js';
import { campaign, instance, ok, snapshot } from '../support/snapshot-builder.js';
import { BETA, fleetCase, OTHER_ORG, PROD, workspaceOf } from './fleet-cases.js';

export const CASES: RuleCase[] = [
  fleetCase(
    'passes when each client ID stays within one organization',
    () => [
      { label: 'acme', snapshot: workspaceOf(PROD) },
      { label: 'beta', snapshot: workspaceOf(BETA, { imsOrgId: OTHER_ORG }) },
    ],
    [{ status: 'pass', messageId: 'pass', params: { clientIds: 2, instances: 2 } }],
  ),
  fleetCase(
    'fails when one client ID is used by instances of two organizations, naming each with its workspace',
    () => [
      { label: 'acme', snapshot: workspaceOf(PROD) },
      { label: 'beta', snapshot: workspaceOf(BETA, { imsOrgId: OTHER_ORG, clientId: 'acme-campaign-prod' }) },
    ],
    [
      {
        status: 'fail',
        messageId: 'reused',
        params: {
          clientId: 'acme-campaign-prod',
          uses: [
            { workspace: 'acme', instance: 'prod', org: '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg' },
            { workspace: 'beta', instance: 'prod', org: OTHER_ORG },
          ],
        },
        remediationId: 'fixReused',
      },
    ],
  ),
  fleetCase(
    'skips when no instance has a readable account',
    () => [{ label: 'acme', snapshot: snapshot([instance(PROD, { campaign: ok(campaign(PROD, [])) })]) }],
    [{ status: 'skip', messageId: 'nothingToCompare' }],
  ),
];
