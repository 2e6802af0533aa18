import type { InstanceContext } from '../../model/instance-context.js';
import type { ImsListField } from '../apply-snapshot.js';
import type { ChangeDraft, FixMessage } from '../types.js';

/**
 * Adds `value` to a list of the instance's IMS client (a scope to provision, a redirect URI pattern
 * to add), as steps with the exact value to paste. An IMS client shared by other instances changes
 * for them too: the risk says which.
 */
export function imsAdd(context: InstanceContext, field: ImsListField, value: string): ChangeDraft | undefined {
  return imsDraft(context, { op: 'add', field, from: null, to: value, at: context.ims?.[field]?.[0]?.at ?? null });
}

/** A change to the instance's IMS client, made by a person (Developer Console, or Adobe): its target is the client ID. */
export function imsDraft(context: InstanceContext, change: Pick<ChangeDraft, 'op' | 'field' | 'from' | 'to' | 'at'>): ChangeDraft | undefined {
  const ims = context.ims;
  if (!ims) return undefined;
  return {
    plane: 'ims',
    record: 'imsClient',
    instance: context.instance.name,
    target: ims.clientId?.value ?? context.instance.name,
    ...change,
    applyWith: 'steps',
    risk: imsSharedRisk(context),
  };
}

/** A change to the instance's IMS client reaches every instance that reads the same client: the risk names them. */
export function imsSharedRisk(context: InstanceContext): FixMessage[] {
  const sources = context.ims?.sources.join('\n');
  const sharedWith = context.snapshot.instances
    .filter((instance) => instance.name !== context.instance.name && instance.ims.state === 'ok' && instance.ims.data.sources.join('\n') === sources)
    .map((instance) => instance.name);
  return sharedWith.length > 0 ? [{ id: 'riskImsShared', params: { instances: sharedWith } }] : [];
}
