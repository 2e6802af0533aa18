import { lookup as dnsLookup } from 'node:dns/promises';
import { campaignRedirectUri, CERTIFICATE_EXPIRY_WARNING_DAYS, IMS_AUTHORIZE_PATH, IMS_DISCOVERY_PATH, IMS_TOKEN_PATH } from '../domain/facts.js';
import type { AuthorizeProbe, CallbackProbe, ClientSecretProbe, DiscoveryProbe, NetFailure } from '../model/probes.js';
import type { Provenance } from '../model/provenance.js';
import { httpOnce, httpRequest, NetError, proxyFor, type HttpResponse } from '../net/http.js';
import type { NetOptions } from '../net/options.js';
import { imsHostKind } from '../domain/ims-hosts.js';
import { fingerprint } from '../security/fingerprint.js';
import type { Redactor } from '../security/redact.js';

/**
 * The live IMS probes. Each asks one question the way Campaign or a browser would, never follows
 * a redirect, and turns the answer into an observation with one sentence; none sends anything
 * that could change state at IMS (the token request carries a code that cannot exist).
 */

export interface ProbeContext {
  net: NetOptions;
  redactor: Redactor;
}

const live = (endpoint: string): Provenance => ({ endpoint, live: true });

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function jsonBody(response: HttpResponse): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(response.body) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Discovery document of the IMS server: reachable, issuer, endpoints. */
export async function probeDiscovery(imsServer: string, context: ProbeContext): Promise<DiscoveryProbe> {
  const url = `${trimSlash(imsServer)}${IMS_DISCOVERY_PATH}`;
  let response: HttpResponse;
  try {
    response = await httpRequest(url, { headers: { accept: 'application/json' } }, context.net);
  } catch (error) {
    return { at: live(url), outcome: 'unreachable', failure: failureOf(error, url, context) };
  }
  const at = live(url);
  if (response.status >= 300 && response.status < 400) {
    return {
      at,
      outcome: 'redirect',
      status: response.status,
      ...(typeof response.headers.location === 'string' ? { location: context.redactor.redact(response.headers.location) } : {}),
    };
  }
  if (response.status !== 200) return { at, outcome: 'http-error', status: response.status };
  const document = jsonBody(response);
  if (!document) return { at, outcome: 'not-json', status: 200 };
  const issuer = redacted(text(document.issuer), context);
  const authorizationEndpoint = redacted(text(document.authorization_endpoint), context);
  const tokenEndpoint = redacted(text(document.token_endpoint), context);
  const jwksUri = redacted(text(document.jwks_uri), context);
  const missing = [
    ['issuer', issuer],
    ['authorization_endpoint', authorizationEndpoint],
    ['token_endpoint', tokenEndpoint],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name as string);
  return {
    at,
    outcome: missing.length ? 'incomplete' : 'ok',
    status: 200,
    issuer,
    authorizationEndpoint,
    tokenEndpoint,
    jwksUri,
    ...(missing.length ? { missing } : {}),
  };
}

export interface AuthorizeRequest {
  authorizationEndpoint: string | undefined;
  imsServer: string;
  clientId: string;
  callbackServer: string;
  scope: string;
  /** The client's default redirect URI, when the IMS side is known. */
  defaultRedirectUri: string | undefined;
}

/** The authorize request Campaign would send; redirects not followed; the answer classified. */
export async function probeAuthorize(request: AuthorizeRequest, context: ProbeContext): Promise<AuthorizeProbe> {
  const endpoint = request.authorizationEndpoint ?? `${trimSlash(request.imsServer)}${IMS_AUTHORIZE_PATH}`;
  const redirectUri = campaignRedirectUri(request.callbackServer);
  const query = new URLSearchParams({ client_id: request.clientId, redirect_uri: redirectUri, scope: request.scope, response_type: 'code' });
  const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}${query.toString()}`;
  const base = { at: live(url), redirectUri, scope: request.scope, clientId: request.clientId };
  let response: HttpResponse;
  try {
    response = await httpRequest(url, { headers: { accept: 'text/html' } }, context.net);
  } catch (error) {
    return { ...base, outcome: 'unreachable', failure: failureOf(error, url, context) };
  }
  const status = response.status;
  const rawLocation = typeof response.headers.location === 'string' ? absoluteUrl(response.headers.location, url) : undefined;
  if (rawLocation) {
    const target = new URL(rawLocation);
    const location = context.redactor.redact(rawLocation);
    const error = redacted(target.searchParams.get('error') ?? undefined, context);
    const errorDescription = target.searchParams.get('error_description') ?? undefined;
    const toCallback = sameOrigin(location, redirectUri) && location.startsWith(trimSlash(redirectUri));
    if (error) {
      return {
        ...base,
        status,
        location,
        outcome: 'error',
        error,
        ...(errorDescription ? { errorDescription: context.redactor.redact(errorDescription) } : {}),
      };
    }
    if (toCallback) return { ...base, status, location, outcome: 'callback-redirect' };
    if (request.defaultRedirectUri && location.startsWith(trimSlash(request.defaultRedirectUri))) {
      return { ...base, status, location, outcome: 'default-redirect' };
    }
    if (isLoginHost(target.hostname, request.imsServer)) {
      return { ...base, status, location, outcome: 'login-page' };
    }
    if (/(^|\.)adobe\.com$/i.test(target.hostname)) {
      return { ...base, status, location, outcome: 'default-redirect' };
    }
    return { ...base, status, location, outcome: 'unexpected' };
  }
  const body = jsonBody(response);
  const error = redacted(text(body?.error), context) ?? (status >= 400 ? /error[=:"\s]+([a-z_]+)/i.exec(response.body)?.[1] : undefined);
  if (error) {
    const errorDescription = text(body?.error_description);
    return { ...base, status, outcome: 'error', error, ...(errorDescription ? { errorDescription: context.redactor.redact(errorDescription) } : {}) };
  }
  if (status === 200 && /html/i.test(String(response.headers['content-type'] ?? ''))) {
    return { ...base, status, outcome: 'login-page' };
  }
  const start = context.redactor.redact(response.body.trim().slice(0, 80).replace(/\s+/g, ' '));
  return { ...base, status, outcome: 'unexpected', ...(start ? { bodyStart: start } : {}) };
}

/** A Location resolved against the request; undefined when it is no URL at all. */
function absoluteUrl(location: string, base: string): string | undefined {
  try {
    return new URL(location, base).toString();
  } catch {
    return undefined;
  }
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** The IMS host itself, or Adobe's sign-in hosts. */
function isLoginHost(host: string, imsServer: string): boolean {
  let imsHost = '';
  try {
    imsHost = new URL(imsServer).hostname;
  } catch {
    /* ignored */
  }
  return host === imsHost || /(^|\.)adobelogin\.com$/i.test(host) || /^auth(-stg1)?\.services\.adobe\.com$/i.test(host);
}

export interface ClientSecretRequest {
  tokenEndpoint: string | undefined;
  imsServer: string;
  clientId: string;
  secret: string | undefined;
  redirectUri: string;
}

/**
 * A token request with the secret held and a code that cannot exist: IMS checks the client's
 * credentials first, so `invalid_client` means the secret is wrong and any other answer (such as
 * invalid_grant) means IMS accepted the client ID and secret.
 */
export async function probeClientSecret(request: ClientSecretRequest, context: ProbeContext): Promise<ClientSecretProbe> {
  const url = request.tokenEndpoint ?? `${trimSlash(request.imsServer)}${IMS_TOKEN_PATH}`;
  if (!request.secret) return { at: live(url), outcome: 'no-secret' };
  context.redactor.add(request.secret);
  // The discovery document names the token endpoint: a hostile or mistaken one must not receive the secret.
  const refused = secretDestinationRefused(url, request.imsServer);
  if (refused) return { at: live(url), outcome: 'skipped', skipped: refused, clientId: request.clientId };
  const secretFingerprint = fingerprint(request.secret);
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: 'ims-doctor-probe-not-a-real-code',
    client_id: request.clientId,
    client_secret: request.secret,
    redirect_uri: request.redirectUri,
  }).toString();
  let response: HttpResponse;
  try {
    // Not retried: one token request is enough, and IMS may count failed client authentications.
    response = await httpOnce(
      url,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body },
      context.net,
    );
  } catch (error) {
    return { at: live(url), outcome: 'unreachable', clientId: request.clientId, secretFingerprint, failure: failureOf(error, url, context) };
  }
  const json = jsonBody(response);
  // A server may echo the secret it was sent, even in the error code.
  const error = redacted(text(json?.error), context);
  const at = live(url);
  if (error === 'invalid_client') {
    return { at, outcome: 'invalid-client', status: response.status, error, secretFingerprint, clientId: request.clientId };
  }
  if (error || (response.status >= 200 && response.status < 300)) {
    return { at, outcome: 'accepted', status: response.status, error, secretFingerprint, clientId: request.clientId };
  }
  return { at, outcome: 'unexpected', status: response.status, secretFingerprint, clientId: request.clientId };
}

/**
 * Why the clear secret may not go to this token endpoint, or undefined when it may: only over
 * https, only to a production IMS host (facts: PRODUCTION_IMS_HOSTS), and only on the IMS server's
 * own origin. Judged on the URL's host, never on the address connected to (--connect-to, proxies).
 */
export function secretDestinationRefused(tokenEndpoint: string, imsServer: string): 'not-https' | 'not-ims-host' | 'other-origin' | undefined {
  let target: URL;
  try {
    target = new URL(tokenEndpoint);
  } catch {
    return 'not-https';
  }
  if (target.protocol !== 'https:') return 'not-https';
  if (target.username || target.password || imsHostKind(target.hostname) !== 'production') return 'not-ims-host';
  let origin = '';
  try {
    origin = new URL(imsServer).origin;
  } catch {
    /* no origin: refused below */
  }
  return target.origin === origin ? undefined : 'other-origin';
}

function redacted(value: string | undefined, context: ProbeContext): string | undefined {
  return value === undefined ? undefined : context.redactor.redact(value);
}

/** The callback host resolves, presents a certificate valid for its name and not near expiry, and answers over https. */
export async function probeCallback(callbackServer: string, context: ProbeContext, now = new Date()): Promise<CallbackProbe> {
  let url: URL;
  try {
    url = new URL(callbackServer);
  } catch {
    return { at: live(callbackServer), outcome: 'not-url', host: callbackServer };
  }
  const at = live(url.toString());
  const host = url.hostname;
  if (url.protocol !== 'https:') return { at, outcome: 'not-https', host };
  const mapped = context.net.connectTo?.find((entry) => entry.host.toLowerCase() === host.toLowerCase());
  // Behind a proxy, the proxy resolves the name: this machine may not be able to.
  const proxy = mapped ? '' : proxyFor(url, context.net.env ?? process.env);
  let addresses: string[];
  try {
    addresses = mapped
      ? [mapped.toHost]
      : proxy
        ? []
        : context.net.lookup
          ? await new Promise<string[]>((resolve, reject) =>
              context.net.lookup!(host, { all: true }, (error, result) =>
                error ? reject(error) : resolve((result as unknown as { address: string }[]).map((entry) => entry.address)),
              ),
            )
          : (await dnsLookup(host, { all: true })).map((entry) => entry.address);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { at, outcome: 'dns', host, failure: { kind: 'dns', host, ...(code ? { code } : {}) } };
  }
  let response: HttpResponse;
  try {
    response = await httpRequest(url.toString(), { headers: { accept: 'text/html' } }, context.net);
  } catch (error) {
    const net = error instanceof NetError ? error : undefined;
    const outcome: CallbackProbe['outcome'] =
      net?.code === 'ERR_TLS_CERT_ALTNAME_INVALID'
        ? 'tls-name'
        : net?.code === 'CERT_HAS_EXPIRED'
          ? 'tls-expired'
          : net?.kind === 'tls'
            ? 'tls-untrusted'
            : net?.kind === 'timeout'
              ? 'timeout'
              : net?.kind === 'refused'
                ? 'refused'
                : net?.kind === 'dns'
                  ? 'dns'
                  : 'unreachable';
    return { at, outcome, host, addresses, ...(proxy ? { resolvedByProxy: true } : {}), failure: failureOf(error, url.toString(), context) };
  }
  const certificate = response.peerCertificate;
  const daysLeft = certificate ? Math.floor((Date.parse(certificate.validTo) - now.getTime()) / 86400_000) : undefined;
  if (response.status >= 500) {
    return { at, outcome: 'http-error', status: response.status, host, addresses, ...(proxy ? { resolvedByProxy: true } : {}), certificate, daysLeft };
  }
  if (daysLeft !== undefined && daysLeft < CERTIFICATE_EXPIRY_WARNING_DAYS) {
    return { at, outcome: 'tls-expiring', status: response.status, host, addresses, ...(proxy ? { resolvedByProxy: true } : {}), certificate, daysLeft };
  }
  return {
    at,
    outcome: 'ok',
    status: response.status,
    host,
    addresses,
    ...(proxy ? { resolvedByProxy: true } : {}),
    certificate,
    daysLeft,
  };
}

/** The facts of a failed request, any text from the library redacted. */
function failureOf(error: unknown, url: string, context: ProbeContext): NetFailure {
  if (error instanceof NetError) {
    const { reason, ...facts } = error.failure;
    return reason ? { ...facts, reason: context.redactor.redact(reason) } : facts;
  }
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    /* keep the text */
  }
  return { kind: 'other', host, reason: context.redactor.redact(error instanceof Error ? error.message : String(error)) };
}
