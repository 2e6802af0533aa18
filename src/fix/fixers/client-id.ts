import { none, options, setAccount, stringParam, type Fixer } from './fixer.js';

/** client-id: the client ID provisioned in IMS, exactly. A conflict between the IMS files is for a person to settle. */
const fixer: Fixer = {
  rule: 'client-id',
  propose({ finding, context }) {
    const account = context?.account;
    if (!context || !account) return none({ id: 'reasonNoAccount' });
    if (finding.remediationId === 'fixMismatch') {
      const ims = stringParam(finding.remediationParams, 'ims');
      if (ims === undefined) return none({ id: 'reasonNoFix' });
      return options([setAccount(context, account, 'clientId', ims)]);
    }
    if (finding.messageId === 'conflict') return none({ id: 'reasonImsConflict' });
    if (finding.messageId === 'liveUnknown') return none({ id: 'reasonLive' });
    return none({ id: 'reasonNoFix' });
  },
};

export default fixer;
