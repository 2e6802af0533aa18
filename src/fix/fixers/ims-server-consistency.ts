import { hostOf } from '../../domain/urls.js';
import { instanceContext } from '../../model/instance-context.js';
import type { ChangeDraft } from '../types.js';
import { none, options, setAccount, stringParam, stringsParam, type Fixer } from './fixer.js';

/** ims-server-consistency: the canonical production endpoint on each instance that is off it (or on another alias). */
const fixer: Fixer = {
  rule: 'ims-server-consistency',
  propose({ finding, snapshot }) {
    const canonical = stringParam(finding.remediationParams, 'canonical');
    if (canonical === undefined) return none({ id: 'reasonNoFix' });
    const named = finding.remediationId === 'fixNonProduction' ? stringsParam(finding.remediationParams, 'names') : undefined;
    const changes: ChangeDraft[] = [];
    for (const instance of snapshot.instances) {
      const context = instanceContext(snapshot, instance);
      const account = context.account;
      if (!account) continue;
      const off = named ? named.includes(instance.name) : hostOf(account.imsServer.value) !== hostOf(canonical);
      if (off && account.imsServer.value !== canonical) changes.push(setAccount(context, account, 'imsServer', canonical));
    }
    return changes.length > 0 ? options(changes) : { kind: 'resolved' };
  },
};

export default fixer;
