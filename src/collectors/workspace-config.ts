import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import type { Provenance, Sourced } from '../model/provenance.js';
import type { InstanceRole, Suppression, UserGroupMapping } from '../model/snapshot.js';
import { InputError } from '../inputs/input-error.js';
import type { YamlPlace } from '../i18n/problems.js';
import { YamlFile, requireKey } from '../inputs/yaml-document.js';
import type { DevConsoleSourceConfig, UmapiSourceConfig } from './live/live-sources.js';

export const WORKSPACE_FILE_NAME = 'ims-doctor.yaml';
const ROLES: readonly InstanceRole[] = ['production', 'stage', 'development'];

export interface ImsSourcesConfig {
  client: string | undefined;
  console: string | undefined;
  /** The Developer Console project read live (`consoleProject`), instead of its export. */
  consoleProject?: DevConsoleSourceConfig | undefined;
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
  /** `allowInsecureHttp: true`: the user accepts sending the secret over http:// (warned at every run). */
  insecureHttp: boolean;
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
  /** serverConf.xml, then config-<instance>.xml…: a later file's value wins. */
  serverConf: string[] | undefined;
  serverStartedAt: Sourced<string> | undefined;
  ims: ImsSourcesConfig | undefined;
}

export interface WorkspaceConfig {
  file: string;
  instances: InstanceConfig[];
  ims: ImsSourcesConfig | undefined;
  adminConsoleUsers: string | undefined;
  /** The Admin Console read live from the User Management API (`adminConsole.umapi`), instead of the CSV export. */
  adminConsoleUmapi?: UmapiSourceConfig | undefined;
  /** User group → its product profiles: written inline, or the file that holds the mapping. */
  adminConsoleUserGroups?: { source: string; groups: UserGroupMapping[] } | { file: string } | undefined;
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
    if (!existsSync(file)) throw new InputError(displayPath(resolved), { id: 'noWorkspaceFile' });
    return file;
  }
  if (!existsSync(resolved)) throw new InputError(displayPath(resolved), { id: 'notFound' });
  return resolved;
}

const TOP: YamlPlace = { owner: 'workspace' };
const top = (key: string): YamlPlace => ({ owner: 'workspace', key });

export async function readWorkspaceConfig(target: string): Promise<WorkspaceConfig> {
  const absolute = locateWorkspaceFile(target);
  // Typed, so that TypeScript knows yaml.fail() does not return.
  const yaml: YamlFile = await YamlFile.read(displayPath(absolute));
  const base = path.dirname(absolute);
  const resolveFile = (node: Node | null, place: YamlPlace): string => displayPath(path.resolve(base, yaml.string(node, place)));

  const entries = yaml.mapping(yaml.root, TOP, ['instances', 'ims', 'adminConsole', 'ignore']);
  const readIms = (node: Node | null, owner: YamlPlace['owner']): ImsSourcesConfig => {
    const ims = yaml.mapping(node, { owner, key: 'ims' }, ['client', 'console', 'consoleProject']);
    if (ims.size === 0) yaml.fail(node, { id: 'imsNeedsSource' });
    const client = ims.get('client');
    const consoleExport = ims.get('console');
    const project = ims.get('consoleProject');
    if (project && consoleExport) yaml.fail(project.value, { id: 'consoleExportAndProject' });
    return {
      client: client ? resolveFile(client.value, { owner, key: 'ims.client' }) : undefined,
      console: consoleExport ? resolveFile(consoleExport.value, { owner, key: 'ims.console' }) : undefined,
      ...(project ? { consoleProject: readConsoleProject(yaml, project.value, owner) } : {}),
      at: yaml.at(node),
    };
  };

  const instancesEntry = requireKey(yaml, entries, yaml.root, 'instances', TOP);
  const names = new Set<string>();
  const instances = yaml.sequence(instancesEntry.value, top('instances')).map((node, index): InstanceConfig => {
    const numbered: YamlPlace = { owner: { instance: index + 1 } };
    const fields = yaml.mapping(node, numbered, ['name', 'role', 'accessUrl', 'campaign', 'serverConf', 'ims', 'serverStartedAt']);
    const nameNode = requireKey(yaml, fields, node, 'name', numbered).value;
    const name = yaml.string(nameNode, { ...numbered, key: 'name' });
    if (!/^[A-Za-z0-9][\w.-]*$/.test(name)) yaml.fail(nameNode, { id: 'instanceNameInvalid', params: { name } });
    if (names.has(name)) yaml.fail(nameNode, { id: 'instanceNameTwice', params: { name } });
    names.add(name);
    // Once the name is read, places name the instance.
    const owner = { instance: name };
    const named: YamlPlace = { owner };
    const at = (key: string): YamlPlace => ({ owner, key });
    const roleNode = requireKey(yaml, fields, node, 'role', named).value;
    const role = yaml.string(roleNode, at('role'));
    if (!ROLES.includes(role as InstanceRole)) yaml.fail(roleNode, { id: 'roleInvalid', params: { role, instance: name, allowed: [...ROLES] } });
    const accessNode = requireKey(yaml, fields, node, 'accessUrl', named).value;
    const campaignNode = requireKey(yaml, fields, node, 'campaign', named).value;
    const campaign = yaml.mapping(campaignNode, at('campaign'), ['package', 'url', 'user', 'passwordEnv', 'tokenEnv', 'allowInsecureHttp']);
    const campaignLive =
      campaign.has('url') || (!campaign.has('package') && (campaign.has('user') || campaign.has('tokenEnv')))
        ? readCampaignLive(yaml, campaign, campaignNode, name)
        : undefined;
    const packageNode = campaignLive ? undefined : requireKey(yaml, campaign, campaignNode, 'package', at('campaign')).value;
    const serverConf = fields.get('serverConf');
    const started = fields.get('serverStartedAt');
    const ims = fields.get('ims');
    return {
      name,
      role: role as InstanceRole,
      at: yaml.at(node),
      accessUrl: { value: yaml.string(accessNode, at('accessUrl')), at: yaml.at(accessNode, `instances/${name}/accessUrl`) },
      campaignPackage: packageNode ? resolveFile(packageNode, at('campaign.package')) : undefined,
      campaignLive,
      serverConf: serverConf
        ? (isScalar(serverConf.value) ? [serverConf.value] : yaml.sequence(serverConf.value, at('serverConf'))).map((item) =>
            resolveFile(item, at('serverConf')),
          )
        : undefined,
      serverStartedAt: started
        ? { value: yaml.string(started.value, at('serverStartedAt')), at: yaml.at(started.value, `instances/${name}/serverStartedAt`) }
        : undefined,
      ims: ims ? readIms(ims.value, owner) : undefined,
    };
  });
  if (instances.length === 0) yaml.fail(instancesEntry.value, { id: 'noInstances' });

  const imsEntry = entries.get('ims');
  const adminEntry = entries.get('adminConsole');
  let adminConsoleUsers: string | undefined;
  let adminConsoleUserGroups: WorkspaceConfig['adminConsoleUserGroups'];
  let adminConsoleUmapi: UmapiSourceConfig | undefined;
  if (adminEntry) {
    const admin = yaml.mapping(adminEntry.value, top('adminConsole'), ['users', 'userGroups', 'umapi']);
    const umapi = admin.get('umapi');
    if (umapi && admin.has('users')) yaml.fail(umapi.value, { id: 'adminConsoleUsersAndUmapi' });
    if (umapi) adminConsoleUmapi = readUmapi(yaml, umapi.value);
    else adminConsoleUsers = resolveFile(requireKey(yaml, admin, adminEntry.value, 'users', top('adminConsole')).value, top('adminConsole.users'));
    const groups = admin.get('userGroups');
    if (groups) {
      adminConsoleUserGroups = isScalar(groups.value)
        ? { file: resolveFile(groups.value, top('adminConsole.userGroups')) }
        : { source: yaml.file, groups: readUserGroupMapping(yaml, groups.value, 'adminConsole.userGroups') };
    }
  }

  const suppressions: Suppression[] = [];
  const ignoreEntry = entries.get('ignore');
  if (ignoreEntry) {
    for (const [index, node] of yaml.sequence(ignoreEntry.value, top('ignore')).entries()) {
      const owner = { ignore: index + 1 };
      const entry = yaml.mapping(node, { owner }, ['rule', 'instance', 'reason']);
      const instanceNode = entry.get('instance');
      const instance = instanceNode ? yaml.string(instanceNode.value, { owner, key: 'instance' }) : undefined;
      if (instance !== undefined && !names.has(instance)) yaml.fail(instanceNode?.value, { id: 'ignoreUnknownInstance', params: { instance } });
      const rule = yaml.string(requireKey(yaml, entry, node, 'rule', { owner }).value, { owner, key: 'rule' });
      const reason = entry.get('reason');
      if (!reason) yaml.fail(node, { id: 'ignoreNeedsReason', params: { index: index + 1 } });
      suppressions.push({
        rule,
        instance,
        reason: yaml.string(reason.value, { owner, key: 'reason' }),
        by: 'workspace',
        at: yaml.at(node),
      });
    }
  }

  return {
    file: yaml.file,
    instances,
    ims: imsEntry ? readIms(imsEntry.value, 'workspace') : undefined,
    adminConsoleUsers,
    ...(adminConsoleUmapi ? { adminConsoleUmapi } : {}),
    adminConsoleUserGroups,
    suppressions,
  };
}

/**
 * A mapping of user group names to the product profiles each carries (`Group: [profile, …]`, or
 * one comma-separated text), inline in the workspace or in a file of its own.
 */
export function readUserGroupMapping(yaml: YamlFile, node: Node | null, key: string): UserGroupMapping[] {
  const place: YamlPlace = { owner: 'workspace', key };
  if (!isMap(node)) yaml.fail(node, { id: 'notMapping', params: { place } });
  return (node.items as Pair<Node, Node | null>[]).map((pair) => ({
    group: yaml.string(pair.key, place),
    profiles: yaml
      .stringList(pair.value, { ...place, item: true })
      .flatMap((item) => item.value.split(','))
      .map((name) => name.trim())
      .filter(Boolean),
    at: yaml.at(pair.key, `${key}/${yaml.string(pair.key, place)}`),
  }));
}

/** Reads a user group mapping file (adminConsole.userGroups: file.yaml). */
export async function readUserGroupMappingFile(file: string): Promise<{ source: string; groups: UserGroupMapping[] }> {
  const yaml = await YamlFile.read(file);
  return { source: file, groups: readUserGroupMapping(yaml, yaml.root, 'userGroups') };
}

/** `campaign: { url, user, passwordEnv }` or `campaign: { url, tokenEnv }`. */
function readCampaignLive(yaml: YamlFile, entries: Map<string, { value: Node | null }>, node: Node | null, name: string): CampaignLiveConfig {
  const owner = { instance: name };
  const instance = { instance: name };
  if (entries.has('package')) yaml.fail(node, { id: 'campaignPackageAndUrl', params: instance });
  const urlNode = requireKey(yaml, entries, node, 'url', { owner, key: 'campaign' }).value;
  const url = yaml.string(urlNode, { owner, key: 'campaign.url' });
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:'))
    yaml.fail(urlNode, { id: 'campaignUrlInvalid', params: { instance: name, url } });
  if (parsed.username || parsed.password) yaml.fail(urlNode, { id: 'campaignUrlCredentials', params: instance });
  const text = (key: string): string | undefined => {
    const entry = entries.get(key);
    return entry ? yaml.string(entry.value, { owner, key: `campaign.${key}` }) : undefined;
  };
  const user = text('user');
  const passwordEnv = text('passwordEnv');
  const tokenEnv = text('tokenEnv');
  const envName = /^[A-Za-z_][A-Za-z0-9_]*$/;
  for (const key of ['passwordEnv', 'tokenEnv'] as const) {
    const value = key === 'passwordEnv' ? passwordEnv : tokenEnv;
    // The value is not quoted: it may be the secret itself, written there by mistake.
    if (value !== undefined && !envName.test(value)) yaml.fail(entries.get(key)?.value, { id: 'envNameInvalid', params: { instance: name, key } });
  }
  if (tokenEnv !== undefined && (user !== undefined || passwordEnv !== undefined)) yaml.fail(node, { id: 'campaignAuthBoth', params: instance });
  if (tokenEnv === undefined && (user === undefined || passwordEnv === undefined)) yaml.fail(node, { id: 'campaignAuthMissing', params: instance });
  // A secret goes over http:// only when the workspace says so in words.
  const insecureHttp = text('allowInsecureHttp') === 'true';
  if (parsed.protocol === 'http:' && !insecureHttp) yaml.fail(urlNode, { id: 'campaignUrlInsecure', params: instance });
  return { url: url.replace(/\/+$/, ''), user, passwordEnv, tokenEnv, insecureHttp: parsed.protocol === 'http:' && insecureHttp, at: yaml.at(node) };
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Text values of a live block; an `…Env` key names a variable, never the secret (so its value is never quoted back). */
function liveFields(
  yaml: YamlFile,
  node: Node | null,
  place: YamlPlace,
  keys: readonly string[],
  required: readonly string[],
): Map<string, { value: string; node: Node | null }> {
  const entries = yaml.mapping(node, place, [...keys]);
  const values = new Map<string, { value: string; node: Node | null }>();
  for (const key of required) requireKey(yaml, entries, node, key, place);
  for (const [key, entry] of entries) {
    const keyPlace: YamlPlace = { ...place, key: `${place.key}.${key}` };
    const value = yaml.string(entry.value, keyPlace);
    if (key.endsWith('Env') && !ENV_NAME.test(value)) yaml.fail(entry.value, { id: 'liveEnvNameInvalid', params: { key: keyPlace.key! } });
    values.set(key, { value, node: entry.value });
  }
  return values;
}

/** `adminConsole: { umapi: { orgId, clientId, clientSecretEnv, deadlineMinutes? } }`. */
function readUmapi(yaml: YamlFile, node: Node | null): UmapiSourceConfig {
  const place = top('adminConsole.umapi');
  const fields = liveFields(yaml, node, place, ['orgId', 'clientId', 'clientSecretEnv', 'deadlineMinutes'], ['orgId', 'clientId', 'clientSecretEnv']);
  const orgId = fields.get('orgId')!;
  if (!/^[0-9A-F]{24}@AdobeOrg$/i.test(orgId.value)) yaml.fail(orgId.node, { id: 'umapiOrgIdInvalid', params: { orgId: orgId.value } });
  const deadline = fields.get('deadlineMinutes');
  let deadlineMs: number | undefined;
  if (deadline) {
    const minutes = Number(deadline.value);
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 7 * 24 * 60)
      yaml.fail(deadline.node, { id: 'positiveMinutes', params: { key: 'adminConsole.umapi.deadlineMinutes', value: deadline.value } });
    deadlineMs = Math.round(minutes * 60_000);
  }
  return {
    orgId: orgId.value,
    clientId: fields.get('clientId')!.value,
    clientSecretEnv: fields.get('clientSecretEnv')!.value,
    ...(deadlineMs !== undefined ? { deadlineMs } : {}),
    at: yaml.at(node),
  };
}

/** `ims: { consoleProject: { orgId, projectId, workspaceId, tokenEnv, credential? } }`. */
function readConsoleProject(yaml: YamlFile, node: Node | null, owner: YamlPlace['owner']): DevConsoleSourceConfig {
  const required = ['orgId', 'projectId', 'workspaceId', 'tokenEnv'];
  const fields = liveFields(yaml, node, { owner, key: 'ims.consoleProject' }, [...required, 'credential'], required);
  const text = (key: string): string => fields.get(key)!.value;
  const credential = fields.get('credential')?.value;
  return {
    orgId: text('orgId'),
    projectId: text('projectId'),
    workspaceId: text('workspaceId'),
    tokenEnv: text('tokenEnv'),
    ...(credential !== undefined ? { credential } : {}),
    at: yaml.at(node),
  };
}
