import type { Snapshot } from '../../src/model/snapshot.js';
import type { Expected, RuleCase } from '../support/rule-tester.js';
import { account, campaign, instance, ok, PROD, snapshot, STAGE, type InstanceSketch } from '../support/snapshot-builder.js';

/** Fleets for the fleet rules' tables: labelled workspaces of in-memory snapshots. */
export const OTHER_ORG = '9B8A7C6D5E4F3A2B1C0D9E8F@AdobeOrg';

export const BETA: InstanceSketch = { name: 'prod', role: 'production', host: 'campaign.beta.example', tenant: 'beta', clientId: 'beta-campaign-prod' };

export function fleetCase(name: string, members: () => { label: string; snapshot: Snapshot }[], expect: Expected[]): RuleCase {
  return { name, instance: null, snapshot: () => members()[0]!.snapshot, fleet: members, expect };
}

/** A workspace of one instance whose account is edited. */
export function workspaceOf(sketch: InstanceSketch, edit: Parameters<typeof account>[1] = {}, accessUrl?: string): Snapshot {
  return snapshot([instance(sketch, { campaign: ok(campaign(sketch, [account(sketch, edit)])), ...(accessUrl ? { accessUrl } : {}) })]);
}

export { PROD, STAGE };
