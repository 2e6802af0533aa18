import type { InstanceContext } from '../../model/instance-context.js';
import type { ImsListField } from '../apply-snapshot.js';
import type { ChangeDraft, FixMessage } from '../types.js';

/**
 * Adds `value` to a list of the instance's IMS client (a scope to provision, a redirect URI pattern
 * to add), as steps with the exact value to paste. An IMS client shared by other instances changes
 * for them too: the risk says which.
 */
export function imsAdd(context: InstanceContext, field: ImsListField, value: string): ChangeDraft | undefined {
  const ims = context.ims;
  if (!ims) return undefined;
  const sharedWith = context.snapshot.instances
    .filter(
      (instance) => instance.name !== context.instance.name && instance.ims.state === 'ok' && instance.ims.data.sources.join('\n') === ims.sources.join('\n'),
    )
    .map((instance) => instance.name);
  const risk: FixMessage[] = sharedWith.length > 0 ? [{ id: 'riskImsShared', params: { instances: sharedWith } }] : [];
  const list = ims[field];
  return {
    plane: 'ims',
    record: 'imsClient',
    op: 'add',
    instance: context.instance.name,
    target: ims.clientId?.value ?? context.instance.name,
    field,
    from: null,
    to: value,
    at: list?.[0]?.at ?? null,
    applyWith: 'steps',
    risk,
  };
}
