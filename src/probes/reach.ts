import { imsHostKind } from '../domain/ims-hosts.js';
import type { CallbackProbe, DiscoveryProbe, NetFailure, NetFailureKind } from '../model/probes.js';

/** Failures that say where ims-doctor runs (no DNS, no route, a firewall, a proxy), not how Campaign is set up. */
const FROM_HERE: readonly NetFailureKind[] = ['dns', 'refused', 'unreachable', 'timeout', 'proxy', 'reset', 'other'];

/** A failure of this kind could be this machine's (no network, no DNS, a firewall). */
export function mayBeFromHere(failure: NetFailure | undefined): failure is NetFailure {
  return failure !== undefined && FROM_HERE.includes(failure.kind);
}

/**
 * True when the discovery probe got no answer for a reason of this machine: the production IMS hosts
 * always answer, so not reaching them is a problem of the probe (exit 2), never a failure of
 * ims-server; nor is any other host when this machine reached no production IMS host in the run
 * (`imsReachable` false: no DNS or no route at all). Another host that does not resolve while IMS
 * answers (a typo) is still the account's fault, and the offline check names the host.
 */
export function couldNotProbe(probe: DiscoveryProbe, imsReachable?: boolean): boolean {
  if (probe.outcome !== 'unreachable' || !mayBeFromHere(probe.failure)) return false;
  return imsReachable === false || imsHostKind(probe.failure.host) === 'production' || probe.failure.kind !== 'dns';
}

/** The callback got no answer, and this machine reached no IMS either: nothing is known of the callback. */
export function callbackNotProbed(probe: CallbackProbe, imsReachable: boolean | undefined): boolean {
  return imsReachable === false && mayBeFromHere(probe.failure);
}
