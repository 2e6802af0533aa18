import { fingerprint } from '../../src/security/fingerprint.js';
import type { InstanceProbes } from '../../src/model/probes.js';
import type { Provenance, Sourced } from '../../src/model/provenance.js';
import type { SecretRef } from '../../src/model/secret.js';
import type {
  AdminConsolePlane,
  CampaignPlane,
  ExternalAccount,
  ImsPlane,
  InstanceRole,
  InstanceSnapshot,
  PlaneResult,
  ServerConfPlane,
  Snapshot,
} from '../../src/model/snapshot.js';
import { SNAPSHOT_SCHEMA_VERSION } from '../../src/model/snapshot.js';

/**
 * Snapshots built in memory for rule tests: a healthy ACME set-up (production `prod`, and `stage`
 * when asked), every value with a provenance of its own, then edited field by field. No file is read.
 */

export const ORG = '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg';
export const PROD_SECRET = 'p8e-prod-secret-value-0001';

/** A line that depends only on the value's path, so rendered prose stays the same when cases are added. */
function lineOf(key: string): number {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) % 997;
  return (hash % 60) + 2;
}
function at(file: string, path?: string): Provenance {
  return { file, line: lineOf(`${file}#${path ?? ''}`), column: 7, ...(path ? { path } : {}) };
}
export function src<T>(value: T, file = 'campaign/prod.xml', path?: string): Sourced<T> {
  return { value, at: at(file, path) };
}

export function secret(value: string): SecretRef {
  if (value === '') return { kind: 'secret', fingerprint: '', form: 'empty', length: 0 };
  return { kind: 'secret', fingerprint: fingerprint(value), form: value.startsWith('@') ? 'campaign-encrypted' : 'plain', length: value.length };
}

export interface InstanceSketch {
  name: string;
  role: InstanceRole;
  /** Host of the access URL and callback, e.g. campaign.acme.example. */
  host: string;
  /** Instance part of the profile names, e.g. acme in "campaign - acme - delivery". */
  tenant: string;
  clientId: string;
}

export const PROD: InstanceSketch = { name: 'prod', role: 'production', host: 'campaign.acme.example', tenant: 'acme', clientId: 'acme-campaign-prod' };
export const STAGE: InstanceSketch = {
  name: 'stage',
  role: 'stage',
  host: 'campaign-stage.acme.example',
  tenant: 'acme-stage',
  clientId: 'acme-campaign-stage',
};

export function account(sketch: InstanceSketch, edit: Partial<Record<keyof ExternalAccount, unknown>> = {}): ExternalAccount {
  const file = `campaign/${sketch.name}.xml`;
  const field = <T>(name: string, value: T): Sourced<T> => src(value, file, `extAccount[@name="Adobe_Marketing_Cloud"]/@${name}`);
  const base: ExternalAccount = {
    at: at(file, 'extAccount[@name="Adobe_Marketing_Cloud"]'),
    name: field('name', 'Adobe_Marketing_Cloud'),
    label: field('label', 'Adobe Experience Cloud'),
    type: field('type', '14'),
    active: field('active', true),
    imsServer: field('imsServer', 'https://ims-na1.adobelogin.com'),
    clientId: field('clientId', sketch.clientId),
    clientSecret: field('clientSecret', secret(PROD_SECRET)),
    callbackServer: field('callbackServer', `https://${sketch.host}`),
    imsOrgId: field('imsOrgId', ORG),
    imsRightsMask: field('imsRightsMask', `campaign - ${sketch.tenant} - `),
    userScope: field('userScope', 'openid,AdobeID,read_organizations,additional_info.projectedProductContext'),
    productContext: field('productContext', 'dma_campaign_classic'),
    server: field('server', 'https://experience.adobe.com'),
    tenant: field('tenant', 'acme'),
    lastModified: field('lastModified', '2026-10-02 09:10:03.000Z'),
    carriesImsFields: true,
  };
  for (const [key, value] of Object.entries(edit)) {
    const current = (base as unknown as Record<string, unknown>)[key];
    (base as unknown as Record<string, unknown>)[key] =
      current && typeof current === 'object' && 'at' in current && !(value && typeof value === 'object' && 'at' in value) ? field(key, value) : value;
  }
  return base;
}

export function campaign(sketch: InstanceSketch, accounts: ExternalAccount[] = [account(sketch)]): CampaignPlane {
  const file = `campaign/${sketch.name}.xml`;
  const groups = ['admin', 'delivery', 'operation', 'content', 'report'].map((name) => ({
    name: src(name, file, `group[@name="${name}"]/@name`),
    label: name,
  }));
  return {
    source: file,
    buildNumber: src('9381', file, 'package/@buildNumber'),
    externalAccounts: accounts,
    groups,
    operators: [{ name: src('jane.doe@acme.example', file), label: 'Jane Doe', authenticationType: 'ims', groups: ['admin'] }],
  };
}

export function ims(sketch: InstanceSketch, edit: Partial<ImsPlane> = {}): ImsPlane {
  const file = sketch.name === 'prod' ? 'ims/client.yaml' : `ims/${sketch.name}-client.yaml`;
  const scopes = ['openid', 'AdobeID', 'read_organizations', 'additional_info.projectedProductContext', 'additional_info.roles', 'session'];
  return {
    sources: [file],
    endpoint: src('https://ims-na1.adobelogin.com', file, 'endpoint'),
    orgId: src(ORG, file, 'orgId'),
    clientId: src(sketch.clientId, file, 'clientId'),
    clientSecret: src(secret(PROD_SECRET), file, 'clientSecret'),
    scopes: scopes.map((scope) => src(scope, file, 'scopes')),
    scopesRaw: src(scopes.join(','), file, 'scopes'),
    redirectUriPatterns: [src(`https://${sketch.host.replace(/\./g, '\\.')}(/.*)?`, file, 'redirectUriPatterns[0]')],
    defaultRedirectUri: src('https://www.adobe.com/', file, 'defaultRedirectUri'),
    productContext: src('dma_campaign_classic', file, 'productContext'),
    conflicts: [],
    ...edit,
  };
}

export function serverConf(sketch: InstanceSketch, edit: Partial<ServerConfPlane> = {}): ServerConfPlane {
  const file = `campaign/${sketch.name}-serverConf.xml`;
  return {
    source: file,
    urlPermissionAction: src('deny', file, 'serverconf/shared/urlPermission/@action'),
    urlPermissions: [
      { dnsSuffix: 'adobelogin.com', urlRegEx: 'https://.*', at: at(file) },
      { dnsSuffix: 'acme.example', urlRegEx: 'https://.*', at: at(file) },
    ],
    redirectionImsOrgId: src(ORG, file, 'serverconf/web/redirection/@IMSOrgId'),
    authImsEndpoint: src('https://ims-na1.adobelogin.com', file, 'serverconf/shared/ims/@authIMSEndpoint'),
    ...edit,
  };
}

/** Admin Console users, each with the names of the profiles they hold. */
export function adminConsole(users: { email: string; profiles: string[] }[]): AdminConsolePlane {
  const file = 'admin-console/users.csv';
  const names: string[] = [];
  const profiles: AdminConsolePlane['profiles'] = [];
  const rows = users.map((user, index) => ({
    email: user.email,
    username: '',
    line: index + 2,
    profiles: user.profiles.map((name) => {
      let i = names.indexOf(name);
      if (i === -1) {
        i = names.push(name) - 1;
        profiles.push({ name, at: { file, line: index + 2, path: 'Product Configurations' }, userCount: 0 });
      }
      profiles[i]!.userCount++;
      return i;
    }),
  }));
  return { source: file, userCount: rows.length, profiles, users: rows };
}

export const ok = <T>(data: T): PlaneResult<T> => ({ state: 'ok', data });

export interface InstanceEdit {
  campaign?: PlaneResult<CampaignPlane>;
  serverConf?: PlaneResult<ServerConfPlane>;
  ims?: PlaneResult<ImsPlane>;
  accessUrl?: string;
  serverStartedAt?: string | undefined;
  probes?: InstanceProbes;
}

export function instance(sketch: InstanceSketch, edit: InstanceEdit = {}): InstanceSnapshot {
  return {
    name: sketch.name,
    role: sketch.role,
    at: at('ims-doctor.yaml'),
    accessUrl: src(edit.accessUrl ?? `https://${sketch.host}`, 'ims-doctor.yaml', `instances[${sketch.name}].accessUrl`),
    serverStartedAt:
      'serverStartedAt' in edit
        ? edit.serverStartedAt === undefined
          ? undefined
          : src(edit.serverStartedAt, 'ims-doctor.yaml')
        : src('2026-10-03T06:00:00Z', 'ims-doctor.yaml'),
    campaign: edit.campaign ?? ok(campaign(sketch)),
    serverConf: edit.serverConf ?? ok(serverConf(sketch)),
    ims: edit.ims ?? ok(ims(sketch)),
    ...(edit.probes ? { probes: edit.probes } : {}),
  };
}

export const HEALTHY_USERS = [
  { email: 'jane.doe@acme.example', profiles: ['campaign - acme - admin', 'campaign - acme-stage - admin'] },
  { email: 'jisoo.park@acme.example', profiles: ['campaign - acme - delivery'] },
];

/** A snapshot of the given instances (default: a healthy prod) and Admin Console users. */
export function snapshot(instances: InstanceSnapshot[] = [instance(PROD)], users: PlaneResult<AdminConsolePlane> = ok(adminConsole(HEALTHY_USERS))): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    collectedAt: '2026-10-04T08:00:00.000Z',
    workspace: { file: 'ims-doctor.yaml', suppressions: [] },
    instances,
    adminConsole: users,
    problems: [],
  };
}

// ---- i9b: Admin Console users with user groups (not profiles), and the workspace's mapping ----
export function adminConsoleWithGroups(
  users: { email: string; profiles: string[]; userGroups?: string[] }[],
  mapping?: Record<string, string[]>,
): AdminConsolePlane {
  const plane = adminConsole(
    users.map((user) => ({ email: user.email, profiles: [...user.profiles, ...(user.userGroups ?? []).flatMap((group) => mapping?.[group] ?? [])] })),
  );
  const groups: NonNullable<AdminConsolePlane['userGroups']> = [];
  plane.users.forEach((row, index) => {
    const names = users[index]!.userGroups ?? [];
    if (names.length === 0) return;
    row.userGroups = names.map((name) => {
      let i = groups.findIndex((group) => group.name === name);
      if (i === -1) i = groups.push({ name, at: { file: plane.source, line: row.line, path: 'User Groups' }, userCount: 0 }) - 1;
      groups[i]!.userCount++;
      return i;
    });
  });
  plane.userGroups = groups;
  if (mapping)
    plane.userGroupMapping = {
      source: 'ims-doctor.yaml',
      groups: Object.entries(mapping).map(([group, profiles]) => ({ group, profiles, at: { file: 'ims-doctor.yaml', line: 20, column: 5 } })),
    };
  return plane;
}
