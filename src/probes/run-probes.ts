import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { LiveCollectOptions } from '../collectors/collect.js';
import type { ImsSourcesConfig, WorkspaceConfig } from '../collectors/workspace-config.js';
import { campaignRedirectUri } from '../domain/facts.js';
import { instanceContext } from '../model/instance-context.js';
import type { InstanceProbes } from '../model/probes.js';
import type { Snapshot } from '../model/snapshot.js';
import { fingerprint } from '../security/fingerprint.js';
import { probeAuthorize, probeCallback, probeClientSecret, probeDiscovery, type ProbeContext } from './ims-probes.js';
import { callbackNotProbed, couldNotProbe, mayBeFromHere } from './reach.js';
import { imsHostKind } from '../domain/ims-hosts.js';

/**
 * Runs the live IMS probes for every instance of a snapshot that has a readable external account,
 * storing the observations in `instance.probes`, where the rules read them.
 */
export async function runProbes(snapshot: Snapshot, config: WorkspaceConfig, live: LiveCollectOptions): Promise<void> {
  const context: ProbeContext = { net: live.net, redactor: live.redactor };
  await Promise.all(
    snapshot.instances.map(async (instance) => {
      const { account, ims } = instanceContext(snapshot, instance);
      if (!account) return;
      const probes: InstanceProbes = { ranAt: new Date().toISOString() };
      const imsServer = account.imsServer.value.trim();
      const callback = account.callbackServer.value.trim();
      const instanceConfig = config.instances.find((entry) => entry.name === instance.name);
      const secret = await heldSecret(instanceConfig?.ims ?? config.ims, ims?.clientSecret?.value.fingerprint);
      // Known to the redactor before any server answers: any of them may echo it.
      context.redactor.add(secret);

      const [discovery, callbackProbe] = await Promise.all([
        imsServer ? probeDiscovery(imsServer, context) : undefined,
        callback ? probeCallback(callback, context) : undefined,
      ]);
      if (discovery) probes.discovery = discovery;
      if (callbackProbe) probes.callback = callbackProbe;
      if (imsServer && discovery?.outcome !== 'unreachable') {
        const [authorize, clientSecret] = await Promise.all([
          probeAuthorize(
            {
              authorizationEndpoint: discovery?.authorizationEndpoint,
              imsServer,
              clientId: account.clientId.value,
              callbackServer: callback,
              scope: account.userScope.value,
              defaultRedirectUri: ims?.defaultRedirectUri?.value,
            },
            context,
          ),
          probeClientSecret(
            {
              tokenEndpoint: discovery?.tokenEndpoint,
              imsServer,
              clientId: ims?.clientId?.value ?? account.clientId.value,
              secret,
              redirectUri: campaignRedirectUri(callback),
            },
            context,
          ),
        ]);
        probes.authorize = authorize;
        probes.clientSecret = clientSecret;
      }
      instance.probes = probes;
    }),
  );
  judgeReach(snapshot);
}

/**
 * Decides once, from what the probes saw, whether this machine reaches IMS at all: yes when any
 * discovery got an answer; no when none did and a known IMS host (production or stage, which always
 * answer) got none for a reason of this machine; otherwise undecided. When it does not, every "no
 * answer" of the run is this machine's: recorded as a problem of the probe (exit 2) per instance,
 * and the rules skip instead of blaming Campaign. No request is added to decide it.
 */
function judgeReach(snapshot: Snapshot): void {
  const discoveries = snapshot.instances.flatMap((instance) => (instance.probes?.discovery ? [instance.probes.discovery] : []));
  const imsReachable = discoveries.some((probe) => probe.outcome !== 'unreachable')
    ? true
    : discoveries.some((probe) => mayBeFromHere(probe.failure) && imsHostKind(probe.failure.host) !== 'other')
      ? false
      : undefined;
  for (const instance of snapshot.instances) {
    const probes = instance.probes;
    if (!probes) continue;
    if (imsReachable !== undefined) probes.imsReachable = imsReachable;
    const failure =
      probes.discovery && couldNotProbe(probes.discovery, imsReachable)
        ? { endpoint: probes.discovery.at.endpoint, failure: probes.discovery.failure! }
        : probes.callback && callbackNotProbed(probes.callback, imsReachable)
          ? { endpoint: probes.callback.at.endpoint, failure: probes.callback.failure! }
          : undefined;
    if (failure)
      snapshot.problems.push({
        file: failure.endpoint ?? failure.failure.host,
        problem: { id: 'probeUnreachable', params: { instance: instance.name, failure: failure.failure } },
      });
  }
}

/**
 * The clear client secret of the IMS side, from the client file or the Developer Console export,
 * when it is the one the IMS plane holds (same fingerprint). Read here, never stored.
 */
async function heldSecret(sources: ImsSourcesConfig | undefined, expected: string | undefined): Promise<string | undefined> {
  const candidates: string[] = [];
  try {
    if (sources?.client) {
      const value = (parseYaml(await readFile(sources.client, 'utf8')) as { clientSecret?: unknown } | null)?.clientSecret;
      if (typeof value === 'string') candidates.push(value);
    }
    if (sources?.console) {
      const document = JSON.parse((await readFile(sources.console, 'utf8')).replace(/^\uFEFF/, '')) as {
        project?: { workspace?: { details?: { credentials?: { oauth2?: { client_secret?: unknown } }[] } } };
      };
      for (const credential of document.project?.workspace?.details?.credentials ?? []) {
        if (typeof credential.oauth2?.client_secret === 'string') candidates.push(credential.oauth2.client_secret);
      }
    }
  } catch {
    // The collectors already reported unreadable sources.
  }
  return candidates.find((candidate) => expected === undefined || fingerprint(candidate) === expected) ?? candidates[0];
}
