import { none, options, setAccount, stringParam, type Fixer } from './fixer.js';

/** ims-server: the value its remediation gives (the production host, or the host cleaned of path, port, slash…). */
const fixer: Fixer = {
  rule: 'ims-server',
  propose({ finding, context }) {
    const account = context?.account;
    if (!context || !account) return none({ id: 'reasonNoAccount' });
    const suggested = finding.remediationId === 'fixServer' ? stringParam(finding.remediationParams, 'suggested') : undefined;
    if (suggested === undefined) return none({ id: finding.messageId === 'liveBroken' ? 'reasonLive' : 'reasonNoFix' });
    return options([setAccount(context, account, 'imsServer', suggested)]);
  },
};

export default fixer;
