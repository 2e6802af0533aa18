import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { langOfRequest } from './lang.js';
import { serveText, type ServeRef } from '../i18n/serve.js';

/** A fresh access token: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the machine answers to, read on each request (an address can come and go: Wi-Fi, VPN, DHCP). */
export interface Machine {
  addresses: () => string[];
  hostname: () => string;
}

const THIS_MACHINE: Machine = {
  addresses: () =>
    Object.values(networkInterfaces())
      .flat()
      .flatMap((entry) => (entry ? [entry.address] : [])),
  hostname,
};

/** Addresses that listen on every interface of the machine. */
const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '']);

/**
 * The Host values a browser sends for this server: the bound address and port, and `localhost` when
 * that is loopback. Bound to every interface (0.0.0.0, ::), each of the machine's own addresses,
 * `localhost` and its host name reach it too; any other name is still refused, which is what stops
 * DNS rebinding (the attacker's name resolved to one of these addresses arrives as that name).
 */
export function allowedHosts(host: string, port: number, machine: Machine = THIS_MACHINE): Set<string> {
  const names = [host];
  if (host === '127.0.0.1' || host === '::1') names.push('localhost');
  if (WILDCARD.has(host)) names.push(...machine.addresses(), 'localhost', machine.hostname());
  const hosts = new Set<string>();
  for (const name of names) {
    if (name === '') continue;
    const bare = (name.includes(':') && !name.startsWith('[') ? `[${name}]` : name).toLowerCase();
    hosts.add(`${bare}:${port}`);
    // A browser leaves the port out of Host when it is the scheme's default.
    if (port === 80) hosts.add(bare);
  }
  return hosts;
}

export function refuse(c: Context, status: 400 | 401 | 403 | 404 | 413 | 421, ref: ServeRef): Response {
  return c.json({ error: serveText(langOfRequest(c), ref) }, status);
}

/**
 * Every request, before any route: addressed to this server (a DNS-rebound name is refused), from
 * no foreign page (Origin, Sec-Fetch-Site: CSRF), and carrying the token, as `?token=` once (then
 * an HttpOnly SameSite=Strict cookie, and a redirect that takes it out of the address bar and the
 * history) or as that cookie.
 */
export function guard(options: { hosts: () => Set<string>; token: string; cookie: () => string }): MiddlewareHandler {
  const expected = Buffer.from(options.token);
  const matches = (value: string | undefined): boolean => {
    if (value === undefined) return false;
    const given = Buffer.from(value);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    const hosts = options.hosts();
    if (!hosts.has(host)) return refuse(c, 421, { id: 'refusedHost', params: { host } });
    const origin = c.req.header('origin');
    if (origin !== undefined && ![...hosts].some((allowed) => origin.toLowerCase() === `http://${allowed}`))
      return refuse(c, 403, { id: 'refusedOrigin', params: { origin } });
    if (c.req.header('sec-fetch-site') === 'cross-site') return refuse(c, 403, { id: 'refusedOrigin', params: { origin: origin ?? 'cross-site' } });
    const url = new URL(c.req.url);
    const offered = url.searchParams.get('token');
    if (offered !== null) {
      if (!matches(offered)) return refuse(c, 401, { id: 'refusedToken' });
      setCookie(c, options.cookie(), options.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    if (!matches(getCookie(c, options.cookie()))) return refuse(c, 401, { id: 'refusedToken' });
    await next();
  };
}
