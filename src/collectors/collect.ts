import type { AdminConsolePlane, CampaignPlane, ImsPlane, InstanceSnapshot, PlaneResult, Snapshot, SourceProblem } from '../model/snapshot.js';
import { SNAPSHOT_SCHEMA_VERSION } from '../model/snapshot.js';
import { InputError } from '../inputs/input-error.js';
import { collectAdminConsoleUsers, type AdminConsoleReadOptions } from './admin-console-users.js';
import { collectCampaignPackage } from './campaign-package.js';
import { collectDeveloperConsoleExport, collectImsClientFile, mergeImsPlanes } from './ims-client.js';
import { collectServerConf } from './server-conf.js';
import { readUserGroupMappingFile, readWorkspaceConfig, type ImsSourcesConfig, type InstanceConfig, type WorkspaceConfig } from './workspace-config.js';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS, type NetOptions } from '../net/options.js';
import { Redactor } from '../security/redact.js';
import { terminalPrompt, type SecretSource } from './live/secrets.js';
import { langFromEnv } from '../i18n/lang.js';
import { securityText } from '../security/messages.js';
import { liveSourceProblem, readAdminConsoleLive, readDeveloperConsoleLive } from './live/live-sources.js';
import type { UmapiProgress } from './live/umapi.js';

export interface CollectOptions {
  /** Collect only these instances (the others are left out of the snapshot). */
  instances?: string[];
  adminConsole?: AdminConsoleReadOptions;
  /** Network, secrets and redaction for instances read live (`campaign: { url: … }`), UMAPI and the Developer Console. */
  live?: LiveCollectOptions;
  /** Where a live Admin Console read reports its pages and waits (the CLI prints them at a terminal). */
  onUmapiProgress?: (progress: UmapiProgress) => void;
}

export interface LiveCollectOptions {
  net: NetOptions;
  secrets: SecretSource;
  redactor: Redactor;
  /**
   * A fleet's scheduler (src/fleet/schedule.ts): runs one instance's live read in its turn, with
   * the options it gives (its deadline, the per-host limit, the secrets named for this instance).
   */
  aroundInstance?: <T>(instance: InstanceConfig, read: (live: LiveCollectOptions) => Promise<T>) => Promise<T>;
}

/** Defaults for live reads: the documented timeouts, secrets from the environment or the terminal. */
export function defaultLiveOptions(): LiveCollectOptions {
  return {
    net: { timeoutMs: DEFAULT_TIMEOUT_MS, retries: DEFAULT_RETRIES },
    secrets: { env: process.env, prompt: terminalPrompt() },
    redactor: new Redactor(),
  };
}

/**
 * The files a collection of this workspace reads: the workspace file and every source it names
 * (packages, serverConf, IMS client files and exports, the Admin Console export). Outputs are
 * never written onto any of them (src/cli/safe-write.ts). Paths as in the config.
 */
export function inputFilesOf(config: WorkspaceConfig): string[] {
  const files = [config.file];
  const ims = (sources: ImsSourcesConfig | undefined): void => {
    if (sources?.client) files.push(sources.client);
    if (sources?.console) files.push(sources.console);
  };
  ims(config.ims);
  for (const instance of config.instances) {
    if (instance.campaignPackage) files.push(instance.campaignPackage);
    if (instance.serverConf) files.push(...instance.serverConf);
    ims(instance.ims);
  }
  if (config.adminConsoleUsers) files.push(config.adminConsoleUsers);
  return [...new Set(files)];
}

/**
 * Reads every source a workspace names into one snapshot. A source that cannot be read becomes
 * an `error` plane with its problem (the rules needing it skip); the others are still read.
 * Only the workspace file itself is fatal: without it nothing is known.
 */
export async function collectWorkspace(target: string, options: CollectOptions = {}): Promise<Snapshot> {
  const config = await readWorkspaceConfig(target);
  return collectFromConfig(config, options);
}

export async function collectFromConfig(config: WorkspaceConfig, options: CollectOptions = {}): Promise<Snapshot> {
  const problems = new Map<string, SourceProblem>();
  // Sources shared by several instances are read once.
  const cache = new Map<string, Promise<PlaneResult<unknown>>>();
  const read = <T>(key: string, load: () => Promise<T>): Promise<PlaneResult<T>> => {
    let pending = cache.get(key) as Promise<PlaneResult<T>> | undefined;
    if (!pending) {
      pending = load().then(
        (data): PlaneResult<T> => ({ state: 'ok', data }),
        (error: unknown): PlaneResult<T> => {
          const problem: SourceProblem | undefined = error instanceof InputError ? error.toProblem() : liveSourceProblem(error);
          if (!problem) throw error;
          problems.set(`${problem.file}:${problem.line}:${problem.column}:${JSON.stringify(problem.problem)}`, problem);
          return { state: 'error', problem };
        },
      );
      cache.set(key, pending);
    }
    return pending;
  };

  let live: LiveCollectOptions | undefined;
  const liveOptions = (): LiveCollectOptions => (live ??= options.live ?? defaultLiveOptions());
  const readIms = async (sources: ImsSourcesConfig): Promise<PlaneResult<ImsPlane>> => {
    const client = sources.client ? await read(`ims-client:${sources.client}`, () => collectImsClientFile(sources.client!)) : undefined;
    const project = sources.consoleProject;
    const exported = project
      ? await read(`ims-console-live:${project.orgId}/${project.projectId}/${project.workspaceId}:${project.credential ?? ''}`, () =>
          readDeveloperConsoleLive(project, liveOptions()),
        )
      : sources.console
        ? await read(`ims-console:${sources.console}`, () => collectDeveloperConsoleExport(sources.console!))
        : undefined;
    if (client?.state === 'error') return client;
    if (exported?.state === 'error') return exported;
    if (client?.state === 'ok' && exported?.state === 'ok') return { state: 'ok', data: mergeImsPlanes(client.data, exported.data) };
    return (client ?? exported)!;
  };

  const readCampaign = (instance: InstanceConfig): Promise<PlaneResult<CampaignPlane>> => {
    if (instance.campaignPackage !== undefined) return read(`campaign:${instance.campaignPackage}`, () => collectCampaignPackage(instance.campaignPackage!));
    const config = instance.campaignLive!;
    if (config.insecureHttp)
      process.stderr.write(`ims-doctor: ${securityText(langFromEnv(), { id: 'insecureHttp', params: { instance: instance.name, url: config.url } })}\n`);
    const soap = liveOptions();
    // The SOAP client (and jsdom under it) is loaded only when an instance is read live.
    return read(`campaign-live:${config.url}:${config.user ?? ''}:${config.tokenEnv ?? ''}`, async () => {
      const { collectCampaignLive } = await import('./live/campaign-soap.js');
      const around = soap.aroundInstance;
      return around ? around(instance, (own) => collectCampaignLive(config, own)) : collectCampaignLive(config, soap);
    });
  };

  // The people plane is read beside the instances: a live UMAPI read may take minutes of throttling.
  const userGroups = config.adminConsoleUserGroups;
  const umapi = config.adminConsoleUmapi;
  const pendingAdminConsole: Promise<PlaneResult<AdminConsolePlane>> = umapi
    ? read(`admin-live:${umapi.orgId}:${umapi.clientId}`, () =>
        readAdminConsoleLive(umapi, liveOptions(), { onProgress: options.onUmapiProgress, keepUser: options.adminConsole?.keepUser }),
      )
    : config.adminConsoleUsers
      ? read(`admin:${config.adminConsoleUsers}`, async () => {
          const mapping = userGroups && 'file' in userGroups ? await readUserGroupMappingFile(userGroups.file) : userGroups;
          return collectAdminConsoleUsers(config.adminConsoleUsers!, { ...options.adminConsole, ...(mapping ? { userGroupMapping: mapping } : {}) });
        })
      : Promise.resolve({ state: 'absent', reason: 'adminConsoleNotConfigured' });
  // Should an instance fail unexpectedly, that error is the one reported, not a late one of this read.
  pendingAdminConsole.catch(() => undefined);
  const selected = options.instances ? config.instances.filter((instance) => options.instances!.includes(instance.name)) : config.instances;
  const instances = await Promise.all(
    selected.map(async (instance): Promise<InstanceSnapshot> => {
      const imsSources = instance.ims ?? config.ims;
      return {
        name: instance.name,
        role: instance.role,
        at: instance.at,
        accessUrl: instance.accessUrl,
        serverStartedAt: instance.serverStartedAt,
        campaign: await readCampaign(instance),
        serverConf: instance.serverConf
          ? await read(`serverconf:${instance.serverConf.join('\u0000')}`, () => collectServerConf(instance.serverConf!))
          : { state: 'absent', reason: 'serverConfNotConfigured' },
        ims: imsSources ? await readIms(imsSources) : { state: 'absent', reason: 'imsNotConfigured' },
        ...(instance.campaignLive
          ? { liveLogon: { user: instance.campaignLive.user, tokenEnv: instance.campaignLive.tokenEnv, at: instance.campaignLive.at } }
          : {}),
      };
    }),
  );

  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    collectedAt: new Date().toISOString(),
    workspace: { file: config.file, suppressions: config.suppressions },
    instances,
    adminConsole: await pendingAdminConsole,
    problems: [...problems.values()],
  };
}
