import { none, options, type Fixer } from './fixer.js';

/**
 * client-secret: the secret provisioned in IMS goes into the account by hand. A secret is never
 * written: the change carries no value (`from` and `to` are null) and is made as steps (copy it
 * from the Developer Console into the console's field), never through the package.
 */
const fixer: Fixer = {
  rule: 'client-secret',
  propose({ finding, context }) {
    const account = context?.account;
    if (!context || !account) return none({ id: 'reasonNoAccount' });
    if (finding.remediationId === 'fixConflict') return none({ id: 'reasonImsConflict' });
    if (finding.remediationId !== 'fixMismatch' || !context.ims?.clientSecret) return none({ id: 'reasonNoFix' });
    return options([
      {
        plane: 'campaign',
        record: 'extAccount',
        op: 'set',
        instance: context.instance.name,
        target: account.name.value,
        field: 'clientSecret',
        from: null,
        to: null,
        at: account.clientSecret.at,
        applyWith: 'steps',
        risk: [],
      },
    ]);
  },
};

export default fixer;
