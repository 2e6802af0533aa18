import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Node } from 'yaml';
import type { Provenance, Sourced } from '../model/provenance.js';
import type { InstanceRole, Suppression } from '../model/snapshot.js';
import { InputError } from '../inputs/input-error.js';
import { YamlFile, requireKey } from '../inputs/yaml-document.js';

export const WORKSPACE_FILE_NAME = 'ims-doctor.yaml';
const ROLES: readonly InstanceRole[] = ['production', 'stage', 'development'];

export interface ImsSourcesConfig {
  client: string | undefined;
  console: string | undefined;
  at: Provenance;
}

/**
 * A Campaign instance read live over SOAP. Secrets are named by environment variable, never
 * written in the workspace nor given on the command line.
 */
export interface CampaignLiveConfig {
  url: string;
  /** Logon with an operator's login and password (xtk:session#Logon)… */
  user: string | undefined;
  passwordEnv: string | undefined;
  /** …or with an IMS bearer token (xtk:session#BearerTokenLogon). */
  tokenEnv: string | undefined;
  at: Provenance;
}

export interface InstanceConfig {
  name: string;
  role: InstanceRole;
  at: Provenance;
  accessUrl: Sourced<string>;
  /** The package export to read; undefined when the instance is read live (`campaignLive`). */
  campaignPackage: string | undefined;
  campaignLive: CampaignLiveConfig | undefined;
  serverConf: string | undefined;
  serverStartedAt: Sourced<string> | undefined;
  ims: ImsSourcesConfig | undefined;
}

export interface WorkspaceConfig {
  file: string;
  instances: InstanceConfig[];
  ims: ImsSourcesConfig | undefined;
  adminConsoleUsers: string | undefined;
  suppressions: Suppression[];
}

/** A path as the user would type it from the current folder. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/** `target` may be a workspace folder or the YAML file itself. */
export function locateWorkspaceFile(target: string): string {
  const resolved = path.resolve(target);
  if (existsSync(resolved) && statSync(resolved).isDirectory()) {
    const file = path.join(resolved, WORKSPACE_FILE_NAME);
    if (!existsSync(file)) throw new InputError(displayPath(resolved), `holds no ${WORKSPACE_FILE_NAME}; give the workspace folder or the path of its YAML file.`);
    return file;
  }
  if (!existsSync(resolved)) throw new InputError(displayPath(resolved), 'does not exist.');
  return resolved;
}

export async function readWorkspaceConfig(target: string): Promise<WorkspaceConfig> {
  const absolute = locateWorkspaceFile(target);
  const yaml = await YamlFile.read(displayPath(absolute));
  const base = path.dirname(absolute);
  const resolveFile = (node: Node | null, what: string): string => displayPath(path.resolve(base, yaml.string(node, what)));

  const top = yaml.mapping(yaml.root, 'the workspace', ['instances', 'ims', 'adminConsole', 'ignore']);
  const readIms = (node: Node | null): ImsSourcesConfig => {
    const entries = yaml.mapping(node, '"ims"', ['client', 'console']);
    if (entries.size === 0) yaml.fail(node, '"ims" should name a "client" file, a "console" file, or both.');
    const client = entries.get('client');
    const consoleExport = entries.get('console');
    return {
      client: client ? resolveFile(client.value, '"ims.client"') : undefined,
      console: consoleExport ? resolveFile(consoleExport.value, '"ims.console"') : undefined,
      at: yaml.at(node),
    };
  };

  const instancesEntry = requireKey(yaml, top, yaml.root, 'instances', 'The workspace');
  const names = new Set<string>();
  const instances = yaml.sequence(instancesEntry.value, '"instances"').map((node, index): InstanceConfig => {
    const what = `instance #${index + 1}`;
    const entries = yaml.mapping(node, what, ['name', 'role', 'accessUrl', 'campaign', 'serverConf', 'ims', 'serverStartedAt']);
    const nameNode = requireKey(yaml, entries, node, 'name', what).value;
    const name = yaml.string(nameNode, `the name of ${what}`);
    if (!/^[A-Za-z0-9][\w.-]*$/.test(name)) yaml.fail(nameNode, `instance name "${name}" should be letters, digits, "-", "_" or "." (it is used in --instance and in reports).`);
    if (names.has(name)) yaml.fail(nameNode, `instance name "${name}" is used twice; names must be unique.`);
    names.add(name);
    const roleNode = requireKey(yaml, entries, node, 'role', `instance "${name}"`).value;
    const role = yaml.string(roleNode, `the role of "${name}"`);
    if (!ROLES.includes(role as InstanceRole)) yaml.fail(roleNode, `role "${role}" of instance "${name}" should be one of ${ROLES.join(', ')}.`);
    const accessNode = requireKey(yaml, entries, node, 'accessUrl', `instance "${name}"`).value;
    const campaignNode = requireKey(yaml, entries, node, 'campaign', `instance "${name}"`).value;
    const campaign = yaml.mapping(campaignNode, `"campaign" of instance "${name}"`, ['package', 'url', 'user', 'passwordEnv', 'tokenEnv']);
    const campaignLive = campaign.has('url') || !campaign.has('package') && (campaign.has('user') || campaign.has('tokenEnv')) ? readCampaignLive(yaml, campaign, campaignNode, name) : undefined;
    const packageNode = campaignLive ? undefined : requireKey(yaml, campaign, campaignNode, 'package', `"campaign" of instance "${name}"`).value;
    const serverConf = entries.get('serverConf');
    const started = entries.get('serverStartedAt');
    const ims = entries.get('ims');
    return {
      name,
      role: role as InstanceRole,
      at: yaml.at(node),
      accessUrl: { value: yaml.string(accessNode, `"accessUrl" of "${name}"`), at: yaml.at(accessNode, `instances/${name}/accessUrl`) },
      campaignPackage: packageNode ? resolveFile(packageNode, `"campaign.package" of "${name}"`) : undefined,
      campaignLive,
      serverConf: serverConf ? resolveFile(serverConf.value, `"serverConf" of "${name}"`) : undefined,
      serverStartedAt: started ? { value: yaml.string(started.value, `"serverStartedAt" of "${name}"`), at: yaml.at(started.value, `instances/${name}/serverStartedAt`) } : undefined,
      ims: ims ? readIms(ims.value) : undefined,
    };
  });
  if (instances.length === 0) yaml.fail(instancesEntry.value, '"instances" is empty: describe at least one Campaign instance.');

  const imsEntry = top.get('ims');
  const adminEntry = top.get('adminConsole');
  let adminConsoleUsers: string | undefined;
  if (adminEntry) {
    const admin = yaml.mapping(adminEntry.value, '"adminConsole"', ['users']);
    adminConsoleUsers = resolveFile(requireKey(yaml, admin, adminEntry.value, 'users', '"adminConsole"').value, '"adminConsole.users"');
  }

  const suppressions: Suppression[] = [];
  const ignoreEntry = top.get('ignore');
  if (ignoreEntry) {
    for (const node of yaml.sequence(ignoreEntry.value, '"ignore"')) {
      const entry = yaml.mapping(node, 'an "ignore" entry', ['rule', 'instance', 'reason']);
      const instanceNode = entry.get('instance');
      const instance = instanceNode ? yaml.string(instanceNode.value, '"instance" of an "ignore" entry') : undefined;
      if (instance !== undefined && !names.has(instance)) yaml.fail(instanceNode?.value, `"ignore" names the instance "${instance}", which the workspace does not describe.`);
      suppressions.push({
        rule: yaml.string(requireKey(yaml, entry, node, 'rule', 'An "ignore" entry').value, '"rule"'),
        instance,
        reason: yaml.string(requireKey(yaml, entry, node, 'reason', 'An "ignore" entry (every suppression needs its reason)').value, '"reason"'),
        by: 'workspace',
        at: yaml.at(node),
      });
    }
  }

  return { file: yaml.file, instances, ims: imsEntry ? readIms(imsEntry.value) : undefined, adminConsoleUsers, suppressions };
}

/** `campaign: { url, user, passwordEnv }` or `campaign: { url, tokenEnv }`. */
function readCampaignLive(yaml: YamlFile, entries: Map<string, { value: Node | null }>, node: Node | null, name: string): CampaignLiveConfig {
  const what = `"campaign" of instance "${name}"`;
  if (entries.has('package')) yaml.fail(node, `${what} names both a "package" and a "url": read the instance from a package export or live, not both.`);
  const urlNode = requireKey(yaml, entries, node, 'url', what).value;
  const url = yaml.string(urlNode, `"campaign.url" of "${name}"`);
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) yaml.fail(urlNode, `"campaign.url" of "${name}" should be the instance's URL, like https://campaign.example.com (got "${url}").`);
  if (parsed!.username || parsed!.password) yaml.fail(urlNode, `"campaign.url" of "${name}" carries a user or password: name them with "user" and "passwordEnv" instead.`);
  const text = (key: string): string | undefined => {
    const entry = entries.get(key);
    return entry ? yaml.string(entry.value, `"campaign.${key}" of "${name}"`) : undefined;
  };
  const user = text('user');
  const passwordEnv = text('passwordEnv');
  const tokenEnv = text('tokenEnv');
  const envName = /^[A-Za-z_][A-Za-z0-9_]*$/;
  for (const key of ['passwordEnv', 'tokenEnv'] as const) {
    const value = key === 'passwordEnv' ? passwordEnv : tokenEnv;
    if (value !== undefined && !envName.test(value)) {
      yaml.fail(entries.get(key)!.value, `"campaign.${key}" of "${name}" names an environment variable (letters, digits, "_"), not the secret itself.`);
    }
  }
  if (tokenEnv !== undefined && (user !== undefined || passwordEnv !== undefined)) {
    yaml.fail(node, `${what}: give either "user" with "passwordEnv", or "tokenEnv", not both.`);
  }
  if (tokenEnv === undefined && (user === undefined || passwordEnv === undefined)) {
    yaml.fail(node, `${what} needs "user" and "passwordEnv" (the environment variable holding the password), or "tokenEnv" (the one holding an IMS bearer token).`);
  }
  return { url: url.replace(/\/+$/, ''), user, passwordEnv, tokenEnv, at: yaml.at(node) };
}
