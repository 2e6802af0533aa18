import type { LiveCollectOptions } from '../collectors/collect.js';
import { readSecret } from '../collectors/live/secrets.js';
import type { InstanceConfig, WorkspaceConfig } from '../collectors/workspace-config.js';
import type { SecretWhat } from '../i18n/problems.js';
import { InputError } from '../inputs/input-error.js';
import type { Snapshot } from '../model/snapshot.js';
import type { FleetProgress } from './progress.js';
import { HostLimits, Limiter } from './limits.js';

export interface FleetLimits {
  /** Instances read live at once, across the fleet. */
  concurrency: number;
  /** Requests in flight to one host (name:port as in the URL). */
  perHost: number;
  /** How long one instance's live read may take, secrets asked for excluded; its probes get as long again. */
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
      aroundInstance: async (instance, readLive) => {
        // Asked for (one at a time at a terminal) before the instance's turn and deadline start.
        const secrets = await this.secretsOf(label, instance, base);
        // The SDK (and jsdom) load once, before any deadline runs: a deadline measures the server.
        await import('@adobe/acc-js-sdk');
        return this.instances.run(async () => {
          const key = `${label}/${instance.name}`;
          this.progress?.begin(key);
          try {
            const read = await this.withinDeadline((signal) => readLive({ ...base, net: { ...net, signal }, secrets }));
            if (!read) throw new InputError(instance.campaignLive!.url, { id: 'instanceDeadline', params: { instance: instance.name, seconds: this.seconds } });
            return read.value;
          } finally {
            this.progress?.end(key);
          }
        });
      },
    };
  }

  /**
   * Each instance's probes, within the same deadline as a live read, on its own clock (they start
   * after the workspace is read): a silent IMS or callback host ends there. An instance whose
   * probes miss it is judged without probes, with a problem saying so; the others keep theirs.
   */
  async probe(snapshot: Snapshot, config: WorkspaceConfig, live: LiveCollectOptions): Promise<void> {
    const { runProbes } = await import('../probes/run-probes.js');
    await Promise.all(
      snapshot.instances.map(async (instance) => {
        // Probed on a copy: probes that miss the deadline and end later change nothing the rules read.
        const own: Snapshot = { ...snapshot, instances: [{ ...instance }], problems: [] };
        const done = await this.withinDeadline((signal) => runProbes(own, config, { ...live, net: { ...live.net, signal } }));
        if (!done) {
          const { file, line, column } = instance.at;
          snapshot.problems.push({
            file: file ?? config.file,
            line,
            column,
            problem: { id: 'probeDeadline', params: { instance: instance.name, seconds: this.seconds } },
          });
          return;
        }
        if (own.instances[0]!.probes) instance.probes = own.instances[0]!.probes;
        snapshot.problems.push(...own.problems);
      }),
    );
  }

  private get seconds(): number {
    return this.limits.deadlineMs / 1000;
  }

  /** What `run` gives, or undefined when the deadline came first (its requests are then cut: the signal aborts them). */
  private async withinDeadline<T>(run: (signal: AbortSignal) => Promise<T>): Promise<{ value: T } | undefined> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve(undefined);
      }, this.limits.deadlineMs);
    });
    try {
      return await Promise.race([run(controller.signal).then((value) => ({ value })), deadline]);
    } finally {
      clearTimeout(timer);
    }
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
