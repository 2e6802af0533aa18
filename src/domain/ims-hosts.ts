import { PRODUCTION_IMS_HOSTS, STAGE_IMS_HOSTS } from './facts.js';
import { IMS_FLOW_HOST_SUFFIXES } from './ims-flow.js';
import { hostMatchesDnsSuffix, hostOf, normalizeHost } from './urls.js';

/**
 * Which hosts are IMS, in one place: every rule, probe and analyzer that asks "is this an IMS host,
 * production or stage?" asks here (facts: PRODUCTION_IMS_HOSTS, STAGE_IMS_HOSTS, IMS_FLOW_HOST_SUFFIXES).
 * Hosts are compared as DNS compares them (normalizeHost): case and a trailing root dot do not count.
 */

export type ImsHostKind = 'production' | 'stage' | 'other';

/** Which IMS a host belongs to. */
export function imsHostKind(host: string): ImsHostKind {
  const normalized = normalizeHost(host);
  if (PRODUCTION_IMS_HOSTS.includes(normalized)) return 'production';
  if (STAGE_IMS_HOSTS.includes(normalized)) return 'stage';
  return 'other';
}

/** An IMS endpoint proper, production or stage: where authorize and token live. */
export function isImsEndpointHost(host: string): boolean {
  return imsHostKind(host) !== 'other';
}

/** A host of the browser's IMS login: the IMS endpoints and the Adobe ID sign-in pages they send the browser to. */
export function isImsFlowHost(host: string): boolean {
  return host !== '' && IMS_FLOW_HOST_SUFFIXES.some((suffix) => hostMatchesDnsSuffix(host, suffix));
}

/** True when two URLs (or bare hosts) name the same IMS host; false when either names none. */
export function sameImsHost(a: string, b: string): boolean {
  const left = hostOf(a);
  const right = hostOf(b);
  return left !== '' && left === right;
}
