import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, instance, ok, snapshot } from '../support/snapshot-builder.js';
import { BETA, fleetCase, PROD, STAGE, workspaceOf } from './fleet-cases.js';

export const CASES: RuleCase[] = [
  fleetCase(
    'passes when every instance has a callback host of its own',
    () => [
      { label: 'acme', snapshot: workspaceOf(PROD) },
      { label: 'beta', snapshot: workspaceOf(BETA) },
    ],
    [{ status: 'pass', messageId: 'pass', params: { hosts: 2, instances: 2 } }],
  ),
  fleetCase(
    'fails when two instances claim the same callback host, comparing hosts not spellings',
    () => [
      { label: 'acme', snapshot: workspaceOf(PROD) },
      { label: 'beta', snapshot: workspaceOf(BETA, { callbackServer: 'https://CAMPAIGN.acme.example/' }) },
    ],
    [
      {
        status: 'fail',
        messageId: 'collision',
        params: {
          host: 'campaign.acme.example',
          claims: [
            { workspace: 'acme', instance: 'prod', accessUrl: 'https://campaign.acme.example', callback: 'https://campaign.acme.example' },
            { workspace: 'beta', instance: 'prod', accessUrl: 'https://campaign.beta.example', callback: 'https://CAMPAIGN.acme.example/' },
          ],
        },
        remediationId: 'fixCollision',
      },
    ],
  ),
  fleetCase(
    'leaves the same Campaign listed twice to fleet-duplicate-instance',
    () => [
      { label: 'acme', snapshot: workspaceOf(PROD) },
      { label: 'acme-again', snapshot: workspaceOf(PROD) },
    ],
    [{ status: 'pass', messageId: 'pass', params: { hosts: 1, instances: 2 } }],
  ),
  fleetCase(
    "leaves two instances of one workspace on one callback host to that workspace's callback-url (counts stay the sum of the runs)",
    () => [
      {
        label: 'acme',
        snapshot: snapshot([
          instance(PROD, { campaign: ok(campaign(PROD, [account(PROD)])) }),
          instance(STAGE, { campaign: ok(campaign(STAGE, [account(STAGE, { callbackServer: 'https://campaign.acme.example' })])) }),
        ]),
      },
      { label: 'beta', snapshot: workspaceOf(BETA) },
    ],
    [{ status: 'pass', messageId: 'pass', params: { hosts: 2, instances: 3 } }],
  ),
  fleetCase(
    'skips when no instance has a readable account',
    () => [{ label: 'acme', snapshot: snapshot([instance(PROD, { campaign: ok(campaign(PROD, [])) })]) }],
    [{ status: 'skip', messageId: 'nothingToCompare' }],
  ),
];
