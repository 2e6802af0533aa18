import path from 'node:path';
import { collectCampaignPackage } from '../collectors/campaign-package.js';
import { collectDeveloperConsoleExport, collectImsClientFile } from '../collectors/ims-client.js';
import { collectServerConf } from '../collectors/server-conf.js';
import { InputError } from '../inputs/input-error.js';
import type { InstanceRole, ProblemFact } from '../model/snapshot.js';
import { listFiles, recogniseFile, type FileKind } from './recognise.js';

/** Where an instance's access URL was found: the IMS client's redirect URI pattern, or the package's callback server. */
export type UrlSource = 'imsRedirect' | 'callback';

export interface PlannedInstance {
  name: string;
  role: InstanceRole;
  /** The host word the role was told from (stage, stg, dev…); undefined: guessed production. */
  roleFrom: string | undefined;
  accessUrl: string;
  urlFrom: UrlSource;
  packageFile: string;
  serverConf: string[];
  imsClient: string | undefined;
  consoleExport: string | undefined;
}

export interface InitPlan {
  instances: PlannedInstance[];
  adminConsoleUsers: string | undefined;
  userGroups: string | undefined;
  /** Recognised files the workspace does not use, with their kind (a HAR, a second export…). */
  unused: { file: string; kind: FileKind }[];
  /** Files that are none of the known kinds, or could not be read as the kind they look like. */
  unrecognised: { file: string; problem: ProblemFact | undefined }[];
}

const ROLE_WORDS: { pattern: RegExp; role: InstanceRole; name: string }[] = [
  { pattern: /(?:^|[^a-z])(stage|staging|stg)(?:[^a-z]|\d|$)/, role: 'stage', name: 'stage' },
  { pattern: /(?:^|[^a-z])(qa|uat|test|preprod)(?:[^a-z]|\d|$)/, role: 'stage', name: 'test' },
  { pattern: /(?:^|[^a-z])(dev|development)(?:[^a-z]|\d|$)/, role: 'development', name: 'dev' },
];

/** The role and a short name told from a host (`campaign-stage.acme.example` → stage), else production. */
export function roleOfHost(host: string): { role: InstanceRole; name: string; word: string | undefined } {
  const lower = host.toLowerCase();
  for (const entry of ROLE_WORDS) {
    const word = entry.pattern.exec(lower)?.[1];
    if (word) return { role: entry.role, name: entry.name, word };
  }
  return { role: 'production', name: 'prod', word: undefined };
}

/** The host a redirect URI pattern (a regex as IMS matches it) allows: `https://campaign\.acme\.example(/.*)?` → campaign.acme.example. */
export function hostOfPattern(pattern: string): string | undefined {
  const match = /^\^?https?:\/\/((?:[A-Za-z0-9-]|\\\.)+)/.exec(pattern);
  return match ? match[1]!.replace(/\\\./g, '.') : undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

const sameId = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

async function read<T>(load: () => Promise<T>): Promise<{ ok: T } | { problem: ProblemFact | undefined }> {
  try {
    return { ok: await load() };
  } catch (error) {
    if (error instanceof InputError) return { problem: error.toProblem().problem };
    throw error;
  }
}

/**
 * Looks at every file of a folder and plans the workspace that uses them: one instance per package
 * export, its serverConf and IMS client by what they say (IMS endpoint, client ID), the Admin
 * Console export and user groups for all.
 */
export async function planWorkspace(folder: string): Promise<InitPlan> {
  const files = await listFiles(folder);
  const kinds = await Promise.all(files.map(async (file) => ({ file, kind: await recogniseFile(folder, file) })));
  const of = (kind: FileKind): string[] => kinds.filter((entry) => entry.kind === kind).map((entry) => entry.file);
  const full = (file: string): string => path.join(folder, file);
  const plan: InitPlan = { instances: [], adminConsoleUsers: undefined, userGroups: undefined, unused: [], unrecognised: [] };
  for (const entry of kinds) if (entry.kind === 'unknown') plan.unrecognised.push({ file: entry.file, problem: undefined });
  for (const entry of kinds) if (entry.kind === 'har' || entry.kind === 'workspace') plan.unused.push(entry);

  const clients: { file: string; clientId: string | undefined; hosts: string[]; console: boolean }[] = [];
  for (const [kind, load] of [
    ['imsClient', collectImsClientFile],
    ['consoleExport', collectDeveloperConsoleExport],
  ] as const) {
    for (const file of of(kind)) {
      const result = await read(() => load(full(file)));
      if ('problem' in result) plan.unrecognised.push({ file, problem: result.problem });
      else
        clients.push({
          file,
          clientId: result.ok.clientId?.value,
          hosts: (result.ok.redirectUriPatterns ?? []).flatMap((pattern) => hostOfPattern(pattern.value) ?? []),
          console: kind === 'consoleExport',
        });
    }
  }
  const serverConfs: { file: string; imsEndpoint: string | undefined; overlayOf: string | undefined }[] = [];
  for (const file of of('serverConf')) {
    const result = await read(() => collectServerConf([full(file)]));
    if ('problem' in result) plan.unrecognised.push({ file, problem: result.problem });
    else serverConfs.push({ file, imsEndpoint: result.ok.authImsEndpoint?.value, overlayOf: /(?:^|\/)config-([^/]+)\.xml$/i.exec(file)?.[1] });
  }

  const names = new Set<string>();
  const usedClients = new Set<string>();
  const usedConfs = new Set<string>();
  for (const file of of('package')) {
    const result = await read(() => collectCampaignPackage(full(file)));
    if ('problem' in result) {
      plan.unrecognised.push({ file, problem: result.problem });
      continue;
    }
    const account = result.ok.externalAccounts.find((item) => item.carriesImsFields);
    const clientId = account?.clientId.value;
    const mine = clients.filter((client) => !usedClients.has(client.file) && sameId(client.clientId, clientId));
    for (const client of mine) usedClients.add(client.file);
    // The URL operators use is the one IMS was provisioned for; the package's callback server is what the rules check.
    const provisioned = mine.flatMap((client) => client.hosts)[0];
    const callbackHost = account ? hostOf(account.callbackServer.value) : undefined;
    const host = provisioned ?? callbackHost;
    if (!host) {
      plan.unused.push({ file, kind: 'package' });
      continue;
    }
    const guess = roleOfHost(host);
    let name = guess.name;
    if (names.has(name)) name = host.split('.')[0]!.replace(/[^\w.-]/g, '-');
    for (let n = 2; names.has(name); n++) name = `${guess.name}${n}`;
    names.add(name);
    const imsEndpoint = account?.imsServer.value;
    plan.instances.push({
      name,
      role: guess.role,
      roleFrom: guess.word,
      accessUrl: provisioned ? `https://${provisioned}` : account!.callbackServer.value.replace(/\/+$/, ''),
      urlFrom: provisioned ? 'imsRedirect' : 'callback',
      packageFile: file,
      serverConf: [],
      imsClient: mine.find((client) => !client.console)?.file,
      consoleExport: mine.find((client) => client.console)?.file,
    });
    // A serverConf that names this package's IMS endpoint belongs to it.
    const conf = serverConfs.find((item) => !item.overlayOf && !usedConfs.has(item.file) && imsEndpoint && sameId(item.imsEndpoint, imsEndpoint));
    if (conf) {
      usedConfs.add(conf.file);
      plan.instances.at(-1)!.serverConf.push(conf.file);
    }
  }
  // The serverConf files left go, in order, to the instances still without one.
  const left = serverConfs.filter((item) => !item.overlayOf && !usedConfs.has(item.file));
  for (const instance of plan.instances) {
    if (instance.serverConf.length > 0 || left.length === 0) continue;
    const conf = left.shift()!;
    usedConfs.add(conf.file);
    instance.serverConf.push(conf.file);
  }
  // config-<instance>.xml after the serverConf.xml of its instance.
  for (const item of serverConfs.filter((conf) => conf.overlayOf)) {
    const instance = plan.instances.find((entry) => entry.name === item.overlayOf) ?? (plan.instances.length === 1 ? plan.instances[0] : undefined);
    if (instance) {
      instance.serverConf.push(item.file);
      usedConfs.add(item.file);
    }
  }
  for (const item of serverConfs) if (!usedConfs.has(item.file)) plan.unused.push({ file: item.file, kind: 'serverConf' });
  for (const client of clients)
    if (!usedClients.has(client.file)) plan.unused.push({ file: client.file, kind: client.console ? 'consoleExport' : 'imsClient' });

  const users = of('adminConsoleUsers');
  plan.adminConsoleUsers = users[0];
  for (const file of users.slice(1)) plan.unused.push({ file, kind: 'adminConsoleUsers' });
  const groups = of('userGroups');
  plan.userGroups = groups[0];
  for (const file of groups.slice(1)) plan.unused.push({ file, kind: 'userGroups' });
  return plan;
}
