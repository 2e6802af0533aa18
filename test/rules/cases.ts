import type { RuleId } from '../../src/rules/ids.js';
import type { RuleCase } from '../support/rule-tester.js';
import { CASES as associationMask } from './association-mask.cases.js';
import { CASES as associationUsers } from './association-users.cases.js';
import { CASES as callbackUrl } from './callback-url.cases.js';
import { CASES as clientId } from './client-id.cases.js';
import { CASES as clientSecret } from './client-secret.cases.js';
import { CASES as externalAccount } from './external-account.cases.js';
import { CASES as imsServer } from './ims-server.cases.js';
import { CASES as imsServerConsistency } from './ims-server-consistency.cases.js';
import { CASES as orgId } from './org-id.cases.js';
import { CASES as productContext } from './product-context.cases.js';
import { CASES as restart } from './restart.cases.js';
import { CASES as scope } from './scope.cases.js';
import { CASES as urlPermission } from './url-permission.cases.js';
// ---- i9b ----
import { CASES as imsConfig } from './ims-config.cases.js';
import { CASES as operators } from './operators.cases.js';
import { CASES as technicalAccount } from './technical-account.cases.js';
// ---- fleets ----
import { CASES as fleetCallbackCollision } from './fleet-callback-collision.cases.js';
import { CASES as fleetClientReuse } from './fleet-client-reuse.cases.js';
import { CASES as fleetDuplicateInstance } from './fleet-duplicate-instance.cases.js';

/** Every rule's table of cases, for the i18n test and the per-rule documentation. One line per rule. */
export const RULE_CASES: Partial<Record<RuleId, RuleCase[]>> = {
  'association-mask': associationMask,
  'association-users': associationUsers,
  'client-id': clientId,
  'external-account': externalAccount,
  'product-context': productContext,
  'ims-server': imsServer,
  'ims-server-consistency': imsServerConsistency,
  'url-permission': urlPermission,
  'org-id': orgId,
  restart,
  'client-secret': clientSecret,
  'callback-url': callbackUrl,
  scope,
  // ---- i9b ----
  'ims-config': imsConfig,
  operators,
  'technical-account': technicalAccount,
  // ---- fleets ----
  'fleet-client-reuse': fleetClientReuse,
  'fleet-callback-collision': fleetCallbackCollision,
  'fleet-duplicate-instance': fleetDuplicateInstance,
};
