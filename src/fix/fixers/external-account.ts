import { MAC_ACCOUNT_NAME } from '../../domain/facts.js';
import { none, options, setAccount, stringParam, type Fixer } from './fixer.js';

/** external-account: delete a second MAC account, rename a near-miss one, enable a disabled one. */
const fixer: Fixer = {
  rule: 'external-account',
  propose({ finding, context }) {
    if (!context?.campaign) return none({ id: 'reasonNoPlane', params: { plane: 'campaign' } });
    const found = stringParam(finding.params, 'found');
    switch (finding.messageId) {
      case 'duplicate': {
        if (found === undefined) break;
        const record = context.campaign.externalAccounts.find((account) => account.name.value === found);
        const sameSettings = finding.params.sameSettings === true;
        return options([
          {
            plane: 'campaign',
            record: 'extAccount',
            op: 'delete',
            instance: context.instance.name,
            target: found,
            field: 'record',
            from: found,
            to: null,
            at: record?.at ?? null,
            applyWith: 'package',
            risk: [{ id: 'riskDeleteAccount', params: { account: found, sameSettings } }],
          },
        ]);
      }
      case 'nearMiss': {
        if (found === undefined) break;
        const record = context.campaign.externalAccounts.find((account) => account.name.value === found);
        // A package keys the account by its internal name, so a rename is a step in the console.
        return options([
          {
            plane: 'campaign',
            record: 'extAccount',
            op: 'rename',
            instance: context.instance.name,
            target: found,
            field: 'name',
            from: found,
            to: MAC_ACCOUNT_NAME,
            at: record?.name.at ?? null,
            applyWith: 'steps',
            risk: [{ id: 'riskRenameAccount', params: { account: found } }],
          },
        ]);
      }
      case 'disabled':
        return context.account ? options([setAccount(context, context.account, 'active', '1')]) : none({ id: 'reasonNoAccount' });
      case 'missing':
        return none({ id: 'reasonCreateAccount' });
      case 'duplicateName':
        return none({ id: 'reasonSameName' });
      case 'confusable':
        return none({ id: 'reasonYourChoice' });
    }
    return none({ id: 'reasonNoFix' });
  },
};

export default fixer;
