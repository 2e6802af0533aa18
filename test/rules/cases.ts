import type { RuleId } from '../../src/rules/ids.js';
import type { RuleCase } from '../support/rule-tester.js';
import { CASES as clientId } from './client-id.cases.js';
import { CASES as clientSecret } from './client-secret.cases.js';
import { CASES as orgId } from './org-id.cases.js';
import { CASES as restart } from './restart.cases.js';
import { CASES as urlPermission } from './url-permission.cases.js';

/** Every rule's table of cases, for the i18n test and the per-rule documentation. One line per rule. */
export const RULE_CASES: Partial<Record<RuleId, RuleCase[]>> = {
  'client-id': clientId,
  'url-permission': urlPermission,
  'org-id': orgId,
  restart,
  'client-secret': clientSecret,
};
