import { readFileSync } from 'node:fs';
import type { UmapiConfig, UmapiOptions } from '../../src/collectors/live/umapi.js';
import type { AdminConsolePlane } from '../../src/model/snapshot.js';
import type { ConnectTo } from '../../src/net/options.js';
import { Redactor } from '../../src/security/redact.js';
import { ImsDouble, type ImsClient } from '../doubles/ims-server.js';
import { TestCa } from '../doubles/tls.js';
import { UmapiDouble, type UmapiDoubleGroup, type UmapiDoubleOptions, type UmapiDoubleUser } from '../doubles/umapi-server.js';
import { ACME_ORG } from './live-fixture.js';

export const UMAPI_CLIENT_ID = 'acme-umapi-s2s';
export const UMAPI_SECRET = 'p8e-S2S-VW1hcGlTZXJ2ZXJUb1NlcnZlclNlY3JldA';
export const UMAPI_SCOPES = ['openid', 'AdobeID', 'user_management_sdk'];

/** The OAuth server-to-server credential of the ACME org's Developer Console project with the User Management API. */
export function umapiClient(overrides: Partial<ImsClient> = {}): ImsClient {
  return {
    clientId: UMAPI_CLIENT_ID,
    clientSecret: UMAPI_SECRET,
    redirectUriPatterns: [],
    defaultRedirectUri: '',
    scopes: UMAPI_SCOPES,
    serverToServer: { orgId: ACME_ORG },
    ...overrides,
  };
}

/** Rows of an Admin Console CSV export (quoted cells, BOM, `,`), by column name. */
export function csvRows(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  const [header, ...data] = rows;
  return data.filter((r) => r.some((value) => value !== '')).map((r) => Object.fromEntries(header!.map((name, i) => [name, r[i] ?? ''])));
}

const split = (cell: string): string[] =>
  cell
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

/**
 * The same people as an Admin Console export, as UMAPI holds them: each user's groups are the
 * export's "Product Configurations" then "User Groups"; the groups listing types the first
 * PRODUCT_PROFILE and the second USER_GROUP, each user group carrying the profiles `carried` gives it.
 */
export function umapiDataFromCsv(file: string, carried: Record<string, string[]> = {}): { users: UmapiDoubleUser[]; groups: UmapiDoubleGroup[] } {
  const groups = new Map<string, UmapiDoubleGroup>();
  // The profiles a user group carries (the workspace's userGroups mapping), listed before the users name them.
  for (const profile of Object.values(carried).flat()) if (!groups.has(profile)) groups.set(profile, { groupName: profile, type: 'PRODUCT_PROFILE' });
  const users = csvRows(file).map((row): UmapiDoubleUser => {
    const profiles = split(row['Product Configurations'] ?? '');
    const userGroups = split(row['User Groups'] ?? '');
    for (const name of profiles) if (!groups.has(name)) groups.set(name, { groupName: name, type: 'PRODUCT_PROFILE' });
    for (const name of userGroups) if (!groups.has(name)) groups.set(name, { groupName: name, type: 'USER_GROUP', profiles: carried[name] ?? [] });
    return {
      email: row.Email ?? '',
      username: row.Username || undefined,
      domain: row.Domain || undefined,
      firstname: row['First Name'] || undefined,
      lastname: row['Last Name'] || undefined,
      country: row['Country Code'] || undefined,
      id: row.ID || undefined,
      type: row['Identity Type'] === 'Adobe ID' ? 'adobeID' : row['Identity Type'] === 'Enterprise ID' ? 'enterpriseID' : 'federatedID',
      status: 'active',
      groups: [...profiles, ...userGroups],
    };
  });
  return { users, groups: [...groups.values()] };
}

/** The comparable content of a people plane: everything but provenance (lines, `at`, source, live details). */
export function planeContent(plane: AdminConsolePlane): {
  userCount: number;
  profiles: { name: string; userCount: number }[];
  userGroups: { name: string; userCount: number }[];
  users: { email: string; username: string; profiles: string[]; userGroups: string[] }[];
} {
  const named = (list: { name: string; userCount: number }[] | undefined): { name: string; userCount: number }[] =>
    (list ?? []).map((item) => ({ name: item.name, userCount: item.userCount }));
  return {
    userCount: plane.userCount,
    profiles: named(plane.profiles),
    userGroups: named(plane.userGroups),
    users: plane.users.map((user) => ({
      email: user.email,
      username: user.username,
      profiles: user.profiles.map((index) => plane.profiles[index]!.name),
      userGroups: (user.userGroups ?? []).map((index) => plane.userGroups![index]!.name),
    })),
  };
}

/** A throwaway CA, the IMS double with the server-to-server credential, and the UMAPI double, under their real names. */
export class UmapiRig {
  private constructor(
    readonly ca: TestCa,
    readonly ims: ImsDouble,
    readonly umapi: UmapiDouble,
  ) {}

  static async start(
    options: Partial<Omit<UmapiDoubleOptions, 'ims' | 'tls'>> & { clients?: ImsClient[]; imsJwk?: 'own' | 'foreign' } = {},
  ): Promise<UmapiRig> {
    const ca = await TestCa.create();
    const ims = await ImsDouble.start({ tls: await ca.issue(['ims-na1.adobelogin.com', '127.0.0.1']), clients: options.clients ?? [umapiClient()], users: [] });
    let jwk = ims.publicJwk();
    let foreign: ImsDouble | undefined;
    if (options.imsJwk === 'foreign') {
      // Tokens signed by another key: UMAPI cannot verify them.
      foreign = await ImsDouble.start({ tls: await ca.issue(['127.0.0.1']), clients: [], users: [] });
      jwk = foreign.publicJwk();
      await foreign.close();
    }
    const umapi = await UmapiDouble.start({
      tls: await ca.issue(['usermanagement.adobe.io', '127.0.0.1']),
      ims: { jwk, issuer: 'https://ims-na1.adobelogin.com' },
      credentials: options.credentials ?? [{ clientId: UMAPI_CLIENT_ID, orgId: ACME_ORG, umapi: true }],
      users: options.users ?? [],
      groups: options.groups ?? [],
      ...options,
    });
    return new UmapiRig(ca, ims, umapi);
  }

  connectTo(): ConnectTo[] {
    return [
      { host: 'ims-na1.adobelogin.com', port: 443, toHost: '127.0.0.1', toPort: this.ims.port },
      { host: 'usermanagement.adobe.io', port: 443, toHost: '127.0.0.1', toPort: this.umapi.port },
    ];
  }

  config(overrides: Partial<UmapiConfig> = {}): UmapiConfig {
    return { orgId: ACME_ORG, clientId: UMAPI_CLIENT_ID, clientSecret: UMAPI_SECRET, ...overrides };
  }

  options(overrides: Partial<UmapiOptions> = {}): UmapiOptions {
    return { net: { timeoutMs: 5000, retries: 0, ca: this.ca.cert, connectTo: this.connectTo() }, redactor: new Redactor(), ...overrides };
  }

  async close(): Promise<void> {
    await Promise.all([this.ims.close(), this.umapi.close()]);
  }
}
