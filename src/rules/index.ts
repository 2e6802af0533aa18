import type { Rule } from './rule.js';
import associationMask from './association-mask.js';
import associationUsers from './association-users.js';
import callbackUrl from './callback-url.js';
import clientId from './client-id.js';
import clientSecret from './client-secret.js';
import externalAccount from './external-account.js';
import imsServer from './ims-server.js';
import imsServerConsistency from './ims-server-consistency.js';
import orgId from './org-id.js';
import productContext from './product-context.js';
import restart from './restart.js';
import scope from './scope.js';
import urlPermission from './url-permission.js';
// ---- i9b ----
import imsConfig from './ims-config.js';
import operators from './operators.js';
import technicalAccount from './technical-account.js';

/** Every rule, in checklist order. Rule ids are a public contract: never rename one. */
export const RULES: readonly Rule[] = [
  externalAccount,
  productContext,
  imsServer,
  imsServerConsistency,
  urlPermission,
  associationMask,
  associationUsers,
  scope,
  callbackUrl,
  clientId,
  clientSecret,
  orgId,
  restart,
  // ---- i9b: beyond the checklist ----
  imsConfig,
  operators,
  technicalAccount,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
