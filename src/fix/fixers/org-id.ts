import { ORG_ID_SUFFIX } from '../../domain/facts.js';
import type { ChangeDraft } from '../types.js';
import { none, options, setAccount, type Fixer } from './fixer.js';

/**
 * org-id, from the snapshot (its params are not data yet): the organization the IMS client is
 * provisioned in is the reference; the account and serverConf's redirection IMSOrgId are set to it
 * where they differ. Without a well-formed IMS organization (none, or the IMS files disagree)
 * which organization is right is for a person to say.
 */
const fixer: Fixer = {
  rule: 'org-id',
  propose({ context }) {
    const account = context?.account;
    if (!context || !account) return none({ id: 'reasonNoAccount' });
    const ims = context.ims;
    if (ims?.conflicts.some((conflict) => conflict.field === 'orgId')) return none({ id: 'reasonImsConflict' });
    const reference = ims?.orgId?.value;
    if (reference === undefined || !reference.endsWith(ORG_ID_SUFFIX)) return none({ id: 'reasonYourChoice' });
    const changes: ChangeDraft[] = [];
    if (account.imsOrgId.value !== reference) changes.push(setAccount(context, account, 'imsOrgId', reference));
    const conf = context.serverConf;
    const redirection = conf?.redirectionImsOrgId;
    if (conf && redirection && redirection.value !== reference) {
      changes.push({
        plane: 'serverConf',
        record: 'redirection',
        op: 'set',
        instance: context.instance.name,
        target: conf.source,
        field: 'IMSOrgId',
        from: redirection.value,
        to: reference,
        at: redirection.at,
        applyWith: 'patch',
        risk: [],
      });
    }
    return changes.length > 0 ? options(changes) : { kind: 'resolved' };
  },
};

export default fixer;
