import type { Fixer } from './fixer.js';
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

/**
 * One fixer per rule that has one. A rule without a fixer leaves its findings in the plan's
 * "unaddressed" list.
 */
export const FIXERS: ReadonlyMap<string, Fixer> = new Map(
  [
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
  ].map((fixer) => [fixer.rule, fixer]),
);
