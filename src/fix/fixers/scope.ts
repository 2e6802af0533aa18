import { PROFILE_SCOPE } from '../../domain/facts.js';
import { imsAdd } from './ims-steps.js';
import { none, options, setAccount, stringParam, type Fixer } from './fixer.js';

/**
 * scope: the account's scope as the rule suggests it (separators, spaces, case, typos, duplicates:
 * remediation fixScope). A scope IMS did not provision is removed from the account, or, the
 * alternative, provisioned by Adobe. A missing profile scope is added, provisioned too when IMS
 * lacks it. Every finding of one account proposes the same suggested value, which the plan merges.
 */
const fixer: Fixer = {
  rule: 'scope',
  propose({ finding, context }) {
    const account = context?.account;
    if (!context || !account) return none({ id: 'reasonNoAccount' });
    const suggested = stringParam(finding.remediationParams, 'suggested');
    switch (finding.remediationId) {
      case 'fixScope':
        return suggested === undefined ? none({ id: 'reasonNoFix' }) : options([setAccount(context, account, 'userScope', suggested)]);
      case 'fixNotProvisioned': {
        const item = stringParam(finding.remediationParams, 'item');
        const provision = item === undefined ? undefined : imsAdd(context, 'scopes', item);
        return options(suggested === undefined ? [] : [setAccount(context, account, 'userScope', suggested)], provision ? [provision] : []);
      }
      case 'fixNoProfileScope': {
        if (suggested === undefined) return none({ id: 'reasonNoFix' });
        const provisioned = context.ims?.scopes?.some((scope) => scope.value === PROFILE_SCOPE) ?? false;
        const provision = provisioned ? undefined : imsAdd(context, 'scopes', PROFILE_SCOPE);
        return options([setAccount(context, account, 'userScope', suggested), ...(provision ? [provision] : [])]);
      }
    }
    return none({ id: 'reasonNoFix' });
  },
};

export default fixer;
