import type { LiveCollectOptions } from '../collectors/collect.js';
import { readSecret } from '../collectors/live/secrets.js';
import type { InstanceConfig } from '../collectors/workspace-config.js';
import type { SecretWhat } from '../i18n/problems.js';
import { InputError } from '../inputs/input-error.js';
import type { FleetProgress } from './progress.js';
import { HostLimits, Limiter } from './limits.js';

export interface FleetLimits {
  /** Instances read live at once, across the fleet. */
  concurrency: number;
  /** Requests in flight to one host (name:port as in the URL). */
  perHost: number;
  /** How long one instance's live read may take, secrets asked for excluded. */
  deadlineMs: number;
}

/** Instances at once: a few SOAP queries each, I/O-bound; 16 keeps a laptop's sockets and a server's sessions modest. */
export const DEFAULT_CONCURRENCY = 16;
/** Requests at once to one host: one Campaign server hosting several instances is not flooded. */
export const DEFAULT_PER_HOST = 4;
export const DEFAULT_DEADLINE_S = 120;

/**
 * The name a secret's environment variable has for one instance of a fleet: the workspace's
 * variable, then `_<WORKSPACE>_<INSTANCE>` in capitals (ACC_PASSWORD_ORGS_ACME_PROD), so that two
 * workspaces naming the same variable can hold different secrets.
 */
export function instanceVariable(variable: string, workspace: string, instance: string): string {
  const part = (text: string): string =>
    text
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_|_$/g, '');
  return `${variable}_${part(workspace)}_${part(instance)}`;
}

/** Shared by every workspace of one fleet run: the limits hold across the fleet. */
export class FleetScheduler {
  private readonly instances: Limiter;
  readonly hosts: HostLimits;

  constructor(
    readonly limits: FleetLimits,
    private readonly progress: FleetProgress | undefined,
  ) {
    this.instances = new Limiter(limits.concurrency);
    this.hosts = new HostLimits(limits.perHost);
  }

  /** The live options of one workspace: the per-host limit on every request, and each live instance read in its turn. */
  liveOptionsFor(label: string, base: LiveCollectOptions): LiveCollectOptions {
    const net = { ...base.net, hostSlot: this.hosts.slot };
    return {
      ...base,
      net,
      aroundInstance: async (instance, read) => {
        // Asked for (one at a time at a terminal) before the instance's turn and deadline start.
        const secrets = await this.secretsOf(label, instance, base);
        // The SDK (and jsdom) load once, before any deadline runs: a deadline measures the server.
        await import('@adobe/acc-js-sdk');
        return this.instances.run(async () => {
          const key = `${label}/${instance.name}`;
          this.progress?.begin(key);
          const controller = new AbortController();
          let timer: NodeJS.Timeout | undefined;
          const deadline = new Promise<never>((_, reject) => {
            timer = setTimeout(() => {
              controller.abort();
              const seconds = this.limits.deadlineMs / 1000;
              reject(new InputError(instance.campaignLive!.url, { id: 'instanceDeadline', params: { instance: instance.name, seconds } }));
            }, this.limits.deadlineMs);
          });
          try {
            return await Promise.race([read({ ...base, net: { ...net, signal: controller.signal }, secrets }), deadline]);
          } finally {
            clearTimeout(timer);
            this.progress?.end(key);
          }
        });
      },
    };
  }

  private async secretsOf(label: string, instance: InstanceConfig, base: LiveCollectOptions): Promise<LiveCollectOptions['secrets']> {
    const live = instance.campaignLive!;
    const variable = live.tokenEnv ?? live.passwordEnv!;
    const own = instanceVariable(variable, label, instance.name);
    const env = base.secrets.env;
    const what: SecretWhat = live.tokenEnv !== undefined ? { kind: 'token', url: live.url } : { kind: 'password', user: live.user ?? '', url: live.url };
    // The instance's own variable, else the workspace's, else the prompt (which names the instance's own).
    const value = await readSecret(own, what, { env: { [own]: env[own] || env[variable] }, prompt: base.secrets.prompt }, live.at);
    return { env: { [variable]: value }, prompt: undefined };
  }
}
