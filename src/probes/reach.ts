import { imsHostKind } from '../domain/ims-hosts.js';
import type { DiscoveryProbe, NetFailureKind } from '../model/probes.js';

/** Failures that say where ims-doctor runs (no DNS, no route, a firewall, a proxy), not how Campaign is set up. */
const FROM_HERE: readonly NetFailureKind[] = ['dns', 'refused', 'unreachable', 'timeout', 'proxy', 'reset', 'other'];

/**
 * True when the discovery probe got no answer for a reason of this machine: the production IMS hosts
 * always answer, so not reaching them is a problem of the probe (exit 2), never a failure of
 * ims-server. Another host that does not resolve (a typo, the stage host) is still the account's
 * fault, and the offline check names the host.
 */
export function couldNotProbe(probe: DiscoveryProbe): boolean {
  if (probe.outcome !== 'unreachable' || !probe.failure) return false;
  if (!FROM_HERE.includes(probe.failure.kind)) return false;
  return imsHostKind(probe.failure.host) === 'production' || probe.failure.kind !== 'dns';
}
