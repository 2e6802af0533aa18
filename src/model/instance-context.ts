import { MAC_ACCOUNT_NAME } from '../domain/facts.js';
import type { AdminConsolePlane, CampaignPlane, ExternalAccount, ImsPlane, InstanceSnapshot, PlaneResult, ServerConfPlane, Snapshot } from './snapshot.js';

/** What a rule (or an analyzer) sees of one instance: its readable planes, and the account Campaign reads. */
export interface InstanceContext {
  snapshot: Snapshot;
  instance: InstanceSnapshot;
  campaign: CampaignPlane | undefined;
  /** The account Campaign reads: the enabled one named exactly Adobe_Marketing_Cloud. */
  account: ExternalAccount | undefined;
  ims: ImsPlane | undefined;
  serverConf: ServerConfPlane | undefined;
  adminConsole: AdminConsolePlane | undefined;
}

export function instanceContext(snapshot: Snapshot, instance: InstanceSnapshot): InstanceContext {
  const campaign = okData(instance.campaign);
  const named = campaign?.externalAccounts.filter((account) => account.name.value === MAC_ACCOUNT_NAME) ?? [];
  return {
    snapshot,
    instance,
    campaign,
    account: named.find((account) => account.active.value) ?? named[0] ?? onlyMacAccount(campaign?.externalAccounts ?? []),
    ims: okData(instance.ims),
    serverConf: okData(instance.serverConf),
    adminConsole: okData(snapshot.adminConsole),
  };
}

/** i9a: with no account of the checklist's name, the only one carrying the IMS fields (e.g. Adobe_Experience_Cloud) is judged. */
function onlyMacAccount(accounts: ExternalAccount[]): ExternalAccount | undefined {
  const mac = accounts.filter((account) => account.carriesImsFields);
  return mac.length === 1 ? mac[0] : undefined;
}

export function okData<T>(plane: PlaneResult<T>): T | undefined {
  return plane.state === 'ok' ? plane.data : undefined;
}

/** The planes a rule may need; when one is unreadable or absent the rule skips, saying which and why. */
export type Need = 'campaign' | 'account' | 'ims' | 'serverConf' | 'adminConsole' | 'imsWebApp';

interface NeededPlanes {
  campaign: CampaignPlane;
  account: ExternalAccount;
  ims: ImsPlane;
  serverConf: ServerConfPlane;
  adminConsole: AdminConsolePlane;
  /** Not a plane: missing only when the Developer Console export is known to hold no OAuth Web App credential. */
  imsWebApp: ImsPlane | undefined;
}

/** The context narrowed by what a rule needs: the engine only calls the rule when each is there. */
export type ContextWith<N extends readonly Need[]> = InstanceContext & { [K in N[number]]: NeededPlanes[K] };
