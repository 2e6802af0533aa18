import { render } from '../../src/i18n/catalogue.js';
import { COMMON } from '../../src/i18n/common.js';
import type { AuthorizeProbe, CallbackProbe, ClientSecretProbe, DiscoveryProbe } from '../../src/model/probes.js';

/** What a probe observed, as the report says it in English. */
export const observed = {
  discovery: (probe: DiscoveryProbe | undefined): string => (probe ? render(COMMON, { id: 'discoveryObserved', params: { probe } }, 'en') : ''),
  authorize: (probe: AuthorizeProbe | undefined): string => (probe ? render(COMMON, { id: 'authorizeObserved', params: { probe } }, 'en') : ''),
  clientSecret: (probe: ClientSecretProbe | undefined): string => (probe ? render(COMMON, { id: 'clientSecretObserved', params: { probe } }, 'en') : ''),
  callback: (probe: CallbackProbe | undefined): string => (probe ? render(COMMON, { id: 'callbackObserved', params: { probe } }, 'en') : ''),
};
