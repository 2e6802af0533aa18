import type { IncomingHttpHeaders } from 'node:http';
import {
  IMS_TOKEN_PATH,
  CANONICAL_IMS_ENDPOINT,
  UMAPI_ADMIN_GROUP_NAME,
  UMAPI_APIKEY_INVALID_RESULT,
  UMAPI_BASE,
  UMAPI_DEFAULT_DEADLINE_MS,
  UMAPI_DEFAULT_RETRY_AFTER_MS,
  UMAPI_GROUP_TYPES,
  UMAPI_ORG_INVALID_RESULT,
  UMAPI_TOKEN_SCOPES,
} from '../../domain/facts.js';
import { umapiUserPath } from '../../model/admin-console-at.js';
import type { AdminConsolePlane, AdminConsoleProfile } from '../../model/snapshot.js';
import { httpOnce, httpRequest, NetError, type HttpResponse, type NetOptions } from '../../net/http.js';
import type { Redactor } from '../../security/redact.js';
import { UmapiError, type UmapiFact } from './umapi-errors.js';

/** A live Admin Console source: an OAuth server-to-server credential with the User Management API. */
export interface UmapiConfig {
  /** `…@AdobeOrg`. */
  orgId: string;
  clientId: string;
  /** Already read from its environment variable (or a prompt) by the caller; never stored. */
  clientSecret: string;
  /** Default https://ims-na1.adobelogin.com. */
  imsServer?: string;
  /** Default https://usermanagement.adobe.io/v2/usermanagement. */
  umapiBase?: string;
  /** Total time the read may take, throttling waits included (default 6 h). */
  deadlineMs?: number;
}

/** Where the read is, for a progress line: sent after each page and before each wait. */
export interface UmapiProgress {
  list: 'token' | 'groups' | 'users';
  /** Pages of `list` read so far. */
  pagesRead: number;
  /** X-Page-Count of `list`, once a page said it. */
  pageCount: number | undefined;
  usersRead: number;
  /** X-Total-Count of the users listing, once a page said it. */
  totalUsers: number | undefined;
  /** The wait starting now (429 Retry-After), 0 when not waiting. */
  waitingMs: number;
  /** All waits so far. */
  waitedMs: number;
  elapsedMs: number;
  done: boolean;
}

export interface UmapiOptions {
  net: NetOptions;
  /** Learns the secret and the token, so that no output quotes them. */
  redactor: Redactor;
  onProgress?: (progress: UmapiProgress) => void;
  /** Milliseconds since the epoch (default Date.now); Retry-After dates are compared with it. Tests scale time with it and `sleep`. */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Keep only the users this accepts (profile counts still cover everybody), as the CSV collector does. */
  keepUser?: (email: string, username: string, firstName: string, lastName: string) => boolean;
}

/** A page that never says `lastPage: true` would loop forever (pages past the end repeat the last one). */
const MAX_PAGES = 100_000;

interface UmapiUser {
  email?: unknown;
  username?: unknown;
  firstname?: unknown;
  lastname?: unknown;
  groups?: unknown;
}

interface UmapiGroup {
  groupName?: unknown;
  type?: unknown;
}

/**
 * Reads the Admin Console's users and their groups live from the User Management API into the
 * same people plane the CSV collector fills: the rules tell the two apart only by provenance.
 * Users are read with `directOnly=false`, so a user's groups include the product profiles held
 * through user groups, which the CSV export does not show. Pages are parsed one at a time and
 * dropped: memory holds the compact users only (interned names, shared index arrays).
 *
 * Throttling: a 429 is retried after exactly its Retry-After (seconds or HTTP date), never
 * earlier; a wait that would end past the deadline ends the read with a fact at once.
 * The client-credentials POST to IMS is sent once and never retried.
 */
export async function collectAdminConsoleLive(config: UmapiConfig, options: UmapiOptions): Promise<AdminConsolePlane> {
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const redact = (text: string): string => options.redactor.redact(text);
  const imsServer = (config.imsServer ?? CANONICAL_IMS_ENDPOINT).replace(/\/+$/, '');
  const base = (config.umapiBase ?? UMAPI_BASE).replace(/\/+$/, '');
  const org = encodeURIComponent(config.orgId);
  const usersEndpoint = `${base}/users/${org}`;
  const groupsEndpoint = `${base}/groups/${org}`;
  const deadlineMs = config.deadlineMs ?? UMAPI_DEFAULT_DEADLINE_MS;
  const started = clock();
  const deadlineAt = started + deadlineMs;
  options.redactor.add(config.clientSecret);

  const progress: UmapiProgress = {
    list: 'token',
    pagesRead: 0,
    pageCount: undefined,
    usersRead: 0,
    totalUsers: undefined,
    waitingMs: 0,
    waitedMs: 0,
    elapsedMs: 0,
    done: false,
  };
  let pagesInAll = 0;
  const report = (): void => {
    if (!options.onProgress) return;
    progress.elapsedMs = clock() - started;
    options.onProgress({ ...progress });
  };

  // ---- The token: held in this closure only, added to the redactor, never stored in the plane. ----
  const tokenUrl = `${imsServer}${IMS_TOKEN_PATH}`;
  const fetchToken = async (): Promise<string> => {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: config.clientId,
      client_secret: config.clientSecret,
      scope: UMAPI_TOKEN_SCOPES.join(','),
    }).toString();
    let response: HttpResponse;
    try {
      response = await httpOnce(
        tokenUrl,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body },
        options.net,
      );
    } catch (error) {
      return fail(networkFact(tokenUrl, error, redact));
    }
    const json = parseJson(response.body) as { access_token?: unknown; error?: unknown; error_description?: unknown } | undefined;
    if (response.status === 200 && json && typeof json.access_token === 'string' && json.access_token !== '') {
      options.redactor.add(json.access_token);
      return json.access_token;
    }
    const error = typeof json?.error === 'string' ? json.error : '';
    if (error === 'invalid_client' || error === 'unauthorized_client')
      return fail({ kind: 'invalid-client', imsServer, clientId: config.clientId, status: response.status });
    return fail({
      kind: 'token-refused',
      imsServer,
      clientId: config.clientId,
      status: response.status,
      error: redact(error || `HTTP ${response.status}`),
      description: redact(typeof json?.error_description === 'string' ? json.error_description : ''),
    });
  };
  report();
  let token = await fetchToken();
  let renewedAtPage = -1;

  /** One page of a listing, 429s waited out. */
  const getPage = async (list: 'users' | 'groups', page: number): Promise<{ json: Record<string, unknown>; headers: IncomingHttpHeaders; url: string }> => {
    const url = list === 'users' ? `${usersEndpoint}/${page}?directOnly=false` : `${groupsEndpoint}/${page}`;
    for (;;) {
      if (clock() > deadlineAt) fail({ kind: 'deadline-passed', endpoint: url, deadlineMs, pagesRead: pagesInAll, usersRead: progress.usersRead });
      let response: HttpResponse;
      try {
        response = await httpRequest(
          url,
          { method: 'GET', headers: { authorization: `Bearer ${token}`, 'x-api-key': config.clientId, accept: 'application/json' } },
          options.net,
        );
      } catch (error) {
        return fail(networkFact(url, error, redact));
      }
      const receivedAt = clock();
      if (response.status === 429) {
        const until = retryAfterUntil(response.headers['retry-after'], receivedAt) ?? receivedAt + UMAPI_DEFAULT_RETRY_AFTER_MS;
        if (until > deadlineAt) {
          fail({
            kind: 'throttled-beyond-deadline',
            endpoint: url,
            retryAfterMs: until - receivedAt,
            deadlineMs,
            elapsedMs: receivedAt - started,
            pagesRead: pagesInAll,
            usersRead: progress.usersRead,
          });
        }
        progress.waitingMs = Math.max(0, until - receivedAt);
        report();
        await sleepUntil(until, clock, sleep);
        progress.waitedMs += clock() - receivedAt;
        progress.waitingMs = 0;
        continue;
      }
      const json = parseJson(response.body);
      const result = json && typeof json.result === 'string' ? json.result : '';
      if (result === UMAPI_ORG_INVALID_RESULT) {
        fail({
          kind: 'org-invalid',
          orgId: config.orgId,
          endpoint: url,
          status: response.status,
          message: redact(typeof json?.message === 'string' ? json.message : ''),
        });
      }
      if (response.status === 403 || result === UMAPI_APIKEY_INVALID_RESULT)
        fail({ kind: 'forbidden', clientId: config.clientId, endpoint: url, status: response.status, result });
      if (response.status === 401) {
        // A token that expired during a long read is renewed once per page; refused again, it is the credential.
        if (pagesInAll > 0 && renewedAtPage !== pagesInAll) {
          renewedAtPage = pagesInAll;
          token = await fetchToken();
          continue;
        }
        fail({ kind: 'unauthorized', orgId: config.orgId, endpoint: url, status: response.status });
      }
      if (response.status !== 200) fail({ kind: 'unexpected-answer', endpoint: url, status: response.status, reason: 'status', result: redact(result) });
      if (!json) fail({ kind: 'unexpected-answer', endpoint: url, status: response.status, reason: 'not-json', result: '' });
      return { json, headers: response.headers, url };
    }
  };

  // ---- Groups first: a cheap call that fails fast on a bad credential, and tells user groups from profiles. ----
  const groupKinds = new Map<string, string>();
  progress.list = 'groups';
  for (let page = 0; ; page++) {
    if (page >= MAX_PAGES) fail({ kind: 'unexpected-answer', endpoint: `${groupsEndpoint}/${page}`, status: 200, reason: 'no-last-page', result: '' });
    const { json, headers, url } = await getPage('groups', page);
    const groups = json.groups;
    // Past the last page the listing answers `{"lastPage": true, "result": "Not found"}` with no list.
    if (groups === undefined && json.lastPage === true) break;
    if (!Array.isArray(groups)) fail({ kind: 'unexpected-answer', endpoint: url, status: 200, reason: 'shape', result: '' });
    if (json.result !== undefined && json.result !== 'success')
      fail({ kind: 'unexpected-answer', endpoint: url, status: 200, reason: 'result', result: redact(asText(json.result)) });
    for (const group of groups as UmapiGroup[]) {
      if (group && typeof group.groupName === 'string') groupKinds.set(group.groupName, typeof group.type === 'string' ? group.type : '');
    }
    pagesInAll++;
    progress.pagesRead = page + 1;
    progress.pageCount = headerNumber(headers['x-page-count']);
    report();
    if (json.lastPage === true) break;
  }

  // Administrative groups are roles, not profiles (the CSV export lists them in other columns).
  const isAdminGroup = (name: string): boolean => {
    const kind = groupKinds.get(name);
    return kind !== undefined ? kind !== UMAPI_GROUP_TYPES.userGroup && kind !== UMAPI_GROUP_TYPES.profile : UMAPI_ADMIN_GROUP_NAME.test(name);
  };

  // ---- Users, streamed into the compact plane, as the CSV collector fills it. ----
  // User groups are kept apart from product profiles, as the export's "User Groups" column is; with
  // directOnly=false a user's groups already hold the profiles its user groups carry.
  const profiles: AdminConsoleProfile[] = [];
  const profileIndex = new Map<string, number>();
  const userGroupList: AdminConsoleProfile[] = [];
  const userGroupIndex = new Map<string, number>();
  const plane: AdminConsolePlane = { source: usersEndpoint, userCount: 0, profiles, users: [], userGroups: userGroupList };
  const pageStarts: number[] = [];
  interface Held {
    profiles: number[];
    groups: number[];
  }
  const NONE: number[] = [];
  // Users mostly hold one of a few combinations of groups: each distinct list is interned once, its users share one index array.
  const byGroups = new Map<string, Held>();
  const intern = (names: AdminConsoleProfile[], index: Map<string, number>, name: string, page: number, position: number): number => {
    let found = index.get(name);
    if (found === undefined) {
      found = names.length;
      index.set(name, found);
      names.push({ name, at: { endpoint: `${usersEndpoint}/${page}`, path: umapiUserPath(page, position, 'groups'), live: true }, userCount: 0 });
    }
    return found;
  };
  const indexesOf = (groups: readonly string[], page: number, position: number): Held => {
    const key = groups.length === 1 ? groups[0]! : groups.join('\u0000');
    let held = byGroups.get(key);
    if (!held) {
      held = { profiles: [], groups: [] };
      for (const raw of groups) {
        const name = raw.trim();
        if (name === '' || isAdminGroup(name)) continue;
        const isUserGroup = groupKinds.get(name) === UMAPI_GROUP_TYPES.userGroup;
        const list = isUserGroup ? held.groups : held.profiles;
        const index = isUserGroup ? intern(userGroupList, userGroupIndex, name, page, position) : intern(profiles, profileIndex, name, page, position);
        if (!list.includes(index)) list.push(index);
      }
      if (held.groups.length === 0) held.groups = NONE;
      byGroups.set(key, held);
    }
    for (const index of held.profiles) profiles[index]!.userCount++;
    for (const index of held.groups) userGroupList[index]!.userCount++;
    return held;
  };
  const NO_GROUPS: string[] = [];

  progress.list = 'users';
  progress.pagesRead = 0;
  progress.pageCount = undefined;
  let line = 0;
  for (let page = 0; ; page++) {
    if (page >= MAX_PAGES) fail({ kind: 'unexpected-answer', endpoint: `${usersEndpoint}/${page}`, status: 200, reason: 'no-last-page', result: '' });
    const { json, headers, url } = await getPage('users', page);
    const list = json.users;
    if (list === undefined && json.lastPage === true) break;
    if (!Array.isArray(list)) fail({ kind: 'unexpected-answer', endpoint: url, status: 200, reason: 'shape', result: '' });
    if (json.result !== undefined && json.result !== 'success')
      fail({ kind: 'unexpected-answer', endpoint: url, status: 200, reason: 'result', result: redact(asText(json.result)) });
    pageStarts.push(line + 1);
    let position = 0;
    for (const user of list as UmapiUser[]) {
      line++;
      position++;
      const email = typeof user?.email === 'string' ? user.email.trim() : '';
      const username = typeof user?.username === 'string' ? user.username.trim() : '';
      const groups = Array.isArray(user?.groups) ? (user.groups as unknown[]).filter((name): name is string => typeof name === 'string') : NO_GROUPS;
      plane.userCount++;
      const held = indexesOf(groups, page, position);
      const firstName = options.keepUser && typeof user?.firstname === 'string' ? user.firstname.trim() : '';
      const lastName = options.keepUser && typeof user?.lastname === 'string' ? user.lastname.trim() : '';
      if (!options.keepUser || options.keepUser(email, username, firstName, lastName)) {
        const kept: AdminConsolePlane['users'][number] = { email, username: username === email ? '' : username, line, profiles: held.profiles };
        if (held.groups.length > 0) kept.userGroups = held.groups;
        if (firstName !== '') kept.firstName = firstName;
        if (lastName !== '') kept.lastName = lastName;
        plane.users.push(kept);
      }
    }
    pagesInAll++;
    progress.pagesRead = page + 1;
    progress.pageCount = headerNumber(headers['x-page-count']);
    progress.totalUsers = headerNumber(headers['x-total-count']);
    progress.usersRead = plane.userCount;
    report();
    if (json.lastPage === true) break;
    // Pages past the end repeat the last one: past X-Page-Count without lastPage, the listing would never end.
    if (progress.pageCount !== undefined && page >= progress.pageCount)
      fail({ kind: 'unexpected-answer', endpoint: url, status: 200, reason: 'no-last-page', result: '' });
  }

  const unlisted: number[] = [];
  profiles.forEach((profile, index) => {
    if (!groupKinds.has(profile.name)) unlisted.push(index);
  });
  plane.live = { endpoint: usersEndpoint, groupsEndpoint, orgId: config.orgId, pageStarts, unlisted };
  progress.done = true;
  report();
  return plane;
}

function fail(fact: UmapiFact): never {
  throw new UmapiError(fact);
}

/**
 * When a 429 lets the client try again: `Retry-After` in seconds after the answer arrived, or an
 * HTTP date; undefined when absent or unreadable.
 */
export function retryAfterUntil(value: string | string[] | undefined, receivedAt: number): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text)) return receivedAt + Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : date;
}

/** Sleeps until the clock reads `until` or later: a timer may fire a little early, the clock decides. */
async function sleepUntil(until: number, clock: () => number, sleep: (ms: number) => Promise<void>): Promise<void> {
  for (let now = clock(); now < until; now = clock()) await sleep(until - now);
}

function parseJson(body: string): Record<string, unknown> | undefined {
  if (body.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function headerNumber(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  return Number(text);
}

function networkFact(endpoint: string, error: unknown, redact: (text: string) => string): UmapiFact {
  if (error instanceof NetError) {
    const failure = { ...error.failure, ...(error.failure.reason ? { reason: redact(error.failure.reason) } : {}) };
    return { kind: 'network', endpoint, failure };
  }
  return {
    kind: 'network',
    endpoint,
    failure: { kind: 'other', host: hostOf(endpoint), reason: redact(error instanceof Error ? error.message : String(error)) },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
