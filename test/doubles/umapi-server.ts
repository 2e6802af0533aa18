import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback, type Listening } from './listen.js';
import https from 'node:https';
import { importJWK, jwtVerify, type JWK } from 'jose';

/**
 * Adobe's User Management API (UMAPI) as adobe-apiplatform/umapi-documentation describes it, for
 * tests and the bench: `GET /v2/usermanagement/users/{orgId}/{page}` (200 users a page,
 * `directOnly=false` adds the product profiles held through user groups, pages past the end
 * repeat the last one) and `GET /v2/usermanagement/groups/{orgId}/{page}`; the paging headers
 * X-Total-Count, X-Page-Count, X-Current-Page, X-Page-Size; throttling per client (users 25
 * requests a minute, groups 5: HTTP 429 with Retry-After in seconds or as an HTTP date); 401 for a
 * token it cannot verify, 403 for an API key without the User Management API, and
 * `{"result": "error.organization.invalid_id"}` for an organization the credential does not belong to.
 *
 * Time: `clock` (ms since the epoch) and `minuteMs` (the throttling window in that clock's ms).
 * A scaled clock (see `scaledTime`) runs a "minute" in 100 real ms while Retry-After stays in
 * whole seconds of that clock, as the real API sends it.
 */

export interface UmapiDoubleUser {
  email: string;
  username?: string;
  id?: string;
  domain?: string;
  firstname?: string;
  lastname?: string;
  country?: string;
  type?: 'federatedID' | 'enterpriseID' | 'adobeID';
  status?: string;
  /** The user groups and product profiles the user is a direct member of. */
  groups?: string[];
  adminRoles?: string[];
}

export interface UmapiDoubleGroup {
  groupName: string;
  type: 'USER_GROUP' | 'PRODUCT_PROFILE' | 'SYSADMIN_GROUP' | 'PRODUCT_ADMIN_GROUP' | 'DEVELOPER_GROUP';
  /** USER_GROUP: the product profiles the group is assigned to (its members hold them indirectly). */
  profiles?: string[];
  productName?: string;
}

/** A large organization without its users in memory: user `i` is made on demand. */
export interface UmapiUserSource {
  count: number;
  user(index: number): UmapiDoubleUser;
}

/** A Developer Console credential as UMAPI sees it: the organization it belongs to, and whether its project has the User Management API. */
export interface UmapiDoubleCredential {
  clientId: string;
  orgId: string;
  umapi: boolean;
}

export interface UmapiDoubleOptions {
  /** https when given, else plain http (the bench). */
  tls?: { key: string; cert: string };
  /** Verifies access tokens: the IMS double's public key and issuer (tokens are JWTs with `client_id` and `scope`). */
  ims: { jwk: JWK; issuer: string };
  credentials: UmapiDoubleCredential[];
  users: UmapiDoubleUser[] | UmapiUserSource;
  groups: UmapiDoubleGroup[];
  /** Users a page (default 200, the documented maximum). */
  pageSize?: number;
  /** Groups a page (default 200). */
  groupPageSize?: number;
  /** Requests a minute per client (default users 25, groups 5). */
  limits?: { users: number; groups: number };
  /** The throttling window, in `clock` milliseconds (default 60,000). */
  minuteMs?: number;
  clock?: () => number;
  /** `fixed`: windows start at the first request after the previous one ended; `sliding`: at most `limit` requests in any window. */
  window?: 'fixed' | 'sliding';
  retryAfter?: 'seconds' | 'date';
  /** A broken listing: users pages never say `lastPage: true`. */
  neverLastPage?: boolean;
}

export interface UmapiRequestRecord {
  /** `clock` time the request arrived. */
  at: number;
  list: 'users' | 'groups' | 'other';
  page: number;
  apiKey: string;
  directOnly: string | null;
  status: number;
  /** The Retry-After sent with a 429, as sent. */
  retryAfter?: string;
  /** The earliest `clock` time that Retry-After allows. */
  allowedAt?: number;
}

const BASE_PATH = '/v2/usermanagement';

export class UmapiDouble {
  readonly requests: UmapiRequestRecord[] = [];
  private server!: http.Server;
  private listening!: Listening;
  private readonly windows = new Map<string, { start: number; count: number; times: number[] }>();
  private readonly revoked = new Set<string>();
  private readonly seen = new Set<string>();
  private readonly carried = new Map<string, string[]>();
  private key!: Awaited<ReturnType<typeof importJWK>>;
  port = 0;
  url = '';
  /** The base a client is given: `{url}/v2/usermanagement`. */
  base = '';

  private constructor(readonly options: UmapiDoubleOptions) {
    for (const group of options.groups) if (group.type === 'USER_GROUP' && group.profiles) this.carried.set(group.groupName, group.profiles);
  }

  static async start(options: UmapiDoubleOptions): Promise<UmapiDouble> {
    const double = new UmapiDouble(options);
    double.key = await importJWK(options.ims.jwk, 'RS256');
    const handler = (req: IncomingMessage, res: ServerResponse): void => {
      req.resume();
      req.on('end', () => {
        double.handle(req, res).catch((error: unknown) => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        });
      });
    };
    double.server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler) : http.createServer(handler);
    double.listening = await listenOnLoopback(double.server);
    double.port = double.listening.port;
    double.url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${double.port}`;
    double.base = `${double.url}${BASE_PATH}`;
    return double;
  }

  close(): Promise<void> {
    return this.listening.close();
  }

  /** Lets the process end while the double still listens (the bench runner). */
  unref(): void {
    this.server.unref();
  }

  /** The valid tokens presented so far (for tests that check no output quotes one). */
  tokensSeen(): string[] {
    return [...this.seen];
  }

  /** Every token presented so far is refused from now on (as if it had expired). */
  revokeSeen(): void {
    for (const token of this.seen) this.revoked.add(token);
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = this.now();
    const url = new URL(req.url ?? '/', 'http://umapi.double');
    const match = new RegExp(`^${BASE_PATH}/(users|groups)/([^/]+)/(\\d+)$`).exec(url.pathname);
    const apiKey = String(req.headers['x-api-key'] ?? '');
    const record: UmapiRequestRecord = {
      at,
      list: match ? (match[1] as 'users' | 'groups') : 'other',
      page: match ? Number(match[3]) : -1,
      apiKey,
      directOnly: url.searchParams.get('directOnly'),
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, { ...(text ? { 'content-type': 'application/json' } : {}), ...headers });
      res.end(text);
    };
    if (req.method !== 'GET' || !match) return send(404, { result: 'error', message: 'not found' });
    const list = match[1] as 'users' | 'groups';
    const orgId = decodeURIComponent(match[2]!);
    const page = Number(match[3]);

    // Authentication first (the API gateway), then the API key, then throttling, then the organization.
    const token = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    const claims = await this.verify(token);
    if (!claims)
      return send(401, undefined, { 'www-authenticate': 'Bearer realm="JIL", error="invalid_token", error_description="The access token is invalid"' });
    this.seen.add(token);
    const credential = this.options.credentials.find((entry) => entry.clientId === claims.clientId);
    if (!apiKey || apiKey !== claims.clientId || !credential || !credential.umapi || !claims.scopes.includes('user_management_sdk'))
      return send(403, undefined);

    const wait = this.throttle(apiKey, list, at);
    if (wait !== undefined) {
      record.allowedAt = wait.allowedAt;
      record.retryAfter = wait.header;
      return send(429, { result: 'error', message: 'Too many requests' }, { 'retry-after': wait.header });
    }
    if (orgId !== credential.orgId) return send(400, { result: 'error.organization.invalid_id', message: 'Bad organization Id' });
    return list === 'users' ? this.usersPage(page, record.directOnly === 'false', send) : this.groupsPage(page, send);
  }

  private async verify(token: string): Promise<{ clientId: string; scopes: string[] } | undefined> {
    if (!token || this.revoked.has(token)) return undefined;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: this.options.ims.issuer });
      if (typeof payload.client_id !== 'string') return undefined;
      return { clientId: payload.client_id, scopes: typeof payload.scope === 'string' ? payload.scope.split(',') : [] };
    } catch {
      return undefined;
    }
  }

  /** Undefined when the request may go through (and is counted); else when it may be sent again. */
  private throttle(client: string, list: 'users' | 'groups', now: number): { header: string; allowedAt: number } | undefined {
    const limit = (this.options.limits ?? { users: 25, groups: 5 })[list];
    const minute = this.options.minuteMs ?? 60_000;
    const key = `${client}\u0000${list}`;
    let state = this.windows.get(key);
    if (!state) this.windows.set(key, (state = { start: now, count: 0, times: [] }));
    let opensAt: number;
    if ((this.options.window ?? 'fixed') === 'fixed') {
      if (now - state.start >= minute) {
        state.start = now;
        state.count = 0;
      }
      if (state.count < limit) {
        state.count++;
        return undefined;
      }
      opensAt = state.start + minute;
    } else {
      while (state.times.length > 0 && state.times[0]! <= now - minute) state.times.shift();
      if (state.times.length < limit) {
        state.times.push(now);
        return undefined;
      }
      opensAt = state.times[0]! + minute;
    }
    if (this.options.retryAfter === 'date') {
      // An HTTP date has whole seconds: the next whole second at or after the window opens.
      const allowedAt = Math.ceil(opensAt / 1000) * 1000;
      return { header: new Date(allowedAt).toUTCString(), allowedAt };
    }
    const seconds = Math.max(1, Math.ceil((opensAt - now) / 1000));
    return { header: String(seconds), allowedAt: now + seconds * 1000 };
  }

  private userAt(index: number): UmapiDoubleUser {
    const users = this.options.users;
    return Array.isArray(users) ? users[index]! : users.user(index);
  }

  private usersPage(page: number, indirect: boolean, send: (status: number, body: unknown, headers?: Record<string, string>) => void): void {
    const total = Array.isArray(this.options.users) ? this.options.users.length : this.options.users.count;
    const size = this.options.pageSize ?? 200;
    const pageCount = Math.max(1, Math.ceil(total / size));
    // Page numbers past the end return the last page.
    const current = Math.min(page, pageCount - 1);
    const users: Record<string, unknown>[] = [];
    for (let i = current * size; i < Math.min(total, (current + 1) * size); i++) users.push(this.userJson(this.userAt(i), indirect));
    send(
      200,
      { lastPage: !this.options.neverLastPage && current === pageCount - 1, result: 'success', users },
      {
        'x-total-count': String(total),
        'x-page-count': String(pageCount),
        'x-current-page': String(current),
        'x-page-size': String(users.length),
      },
    );
  }

  private userJson(user: UmapiDoubleUser, indirect: boolean): Record<string, unknown> {
    let groups = user.groups ?? [];
    if (indirect) {
      const all = [...groups];
      for (const group of groups) for (const profile of this.carried.get(group) ?? []) if (!all.includes(profile)) all.push(profile);
      groups = all;
    }
    // Properties not set are absent, as the API sends them.
    const json: Record<string, unknown> = {};
    for (const key of ['id', 'email', 'status', 'username', 'domain', 'firstname', 'lastname', 'country', 'type'] as const)
      if (user[key] !== undefined) json[key] = user[key];
    if (groups.length > 0) json.groups = groups;
    if (user.adminRoles && user.adminRoles.length > 0) json.adminRoles = user.adminRoles;
    return json;
  }

  private groupsPage(page: number, send: (status: number, body: unknown, headers?: Record<string, string>) => void): void {
    const all = this.options.groups;
    const size = this.options.groupPageSize ?? 200;
    const pageCount = Math.max(1, Math.ceil(all.length / size));
    if (page >= pageCount) return send(200, { lastPage: true, result: 'Not found' });
    const groups = all.slice(page * size, (page + 1) * size).map((group, i) => ({
      groupId: 1000 + page * size + i,
      groupName: group.groupName,
      type: group.type,
      memberCount: 0,
      ...(group.productName ? { productName: group.productName } : {}),
    }));
    send(
      200,
      { lastPage: page === pageCount - 1, result: 'success', groups },
      {
        'x-total-count': String(all.length),
        'x-page-count': String(pageCount),
        'x-current-page': String(page),
        'x-page-size': String(groups.length),
      },
    );
  }
}

/**
 * A clock that runs `scale` times faster than real time from now on, and a sleep in that clock's
 * milliseconds: with scale 600 a throttling minute lasts 100 real ms.
 */
export function scaledTime(scale: number, origin = Date.now()): ReturnType<typeof scaledTimeFrom> {
  const realStart = performance.timeOrigin + performance.now();
  return scaledTimeFrom(scale, origin, realStart);
}

/** The same clock in another process: both sides pass the same origin and real start. */
export function scaledTimeFrom(
  scale: number,
  origin: number,
  realStart: number,
): { clock: () => number; sleep: (ms: number) => Promise<void>; origin: number; realStart: number } {
  return {
    clock: () => origin + (performance.timeOrigin + performance.now() - realStart) * scale,
    sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms / scale))),
    origin,
    realStart,
  };
}
