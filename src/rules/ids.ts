/** Every rule id, in checklist order. Rule ids are a public contract: never rename one. */
export const RULE_IDS = [
  'external-account',
  'product-context',
  'ims-server',
  'ims-server-consistency',
  'url-permission',
  'association-mask',
  'association-users',
  'scope',
  'callback-url',
  'client-id',
  'client-secret',
  'org-id',
  'restart',
  // ---- i9b: beyond the checklist ----
  'ims-config',
  'operators',
  'technical-account',
  // ---- fleets (src/fleet/): across the workspaces of one run ----
  'fleet-client-reuse',
  'fleet-callback-collision',
  'fleet-duplicate-instance',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
