import type { AsSent } from '../../src/model/as-sent.js';
import type { InstanceSnapshot } from '../../src/model/snapshot.js';

/** An instance with what a browser recording showed was sent (the har overlay). */
export function withAsSent(instance: InstanceSnapshot, sent: { clientId?: string; redirectUri?: string; scope?: string; imsHost?: string }): InstanceSnapshot {
  const at = { file: 'login.har', path: 'log.entries[3].request.url' };
  const value = (text: string | undefined) => (text === undefined ? undefined : { value: text, at });
  const asSent: AsSent = {
    at,
    sentAt: '2026-10-04T08:00:00.000Z',
    imsHost: { value: sent.imsHost ?? 'ims-na1.adobelogin.com', at },
    clientId: value(sent.clientId),
    redirectUri: value(sent.redirectUri),
    scope: value(sent.scope),
  };
  return { ...instance, asSent };
}
