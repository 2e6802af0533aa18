import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import { proxyFor } from './no-proxy.js';

/**
 * The one HTTP client of the live features (Campaign over SOAP, IMS probes). Every request has a
 * deadline, redirects are never followed (the caller classifies them), proxies come from
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY, extra CAs from NODE_EXTRA_CA_CERTS (Node reads it), and
 * TLS verification is never switched off.
 *
 * Why node:http(s) and not undici: undici's answers expose neither the socket nor the peer
 * certificate, which the callback probe records, and --connect-to with TLS checked against the
 * URL's name would need a hand-made connector inside its proxy agent; its current major (8) needs
 * Node >= 22.19 while this tool supports Node 20. Its NO_PROXY has no IP ranges either.
 */

export { DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS, parseConnectTo, type ConnectTo, type NetOptions } from './options.js';
import type { NetOptions } from './options.js';
import type { NetFailure, NetFailureKind, PeerCertificateInfo } from '../model/probes.js';
import { render } from '../i18n/catalogue.js';
import { COMMON } from '../i18n/common.js';
export type { PeerCertificateInfo };
export { bypassesProxy, proxyFor } from './no-proxy.js';

const DEFAULT_MAX_BODY = 32 * 1024 * 1024;

export type NetErrorKind = NetFailureKind;

/**
 * A request that got no HTTP answer. `failure` holds the facts (kind, host, code…) that the common
 * catalogue turns into a sentence; `message` is the English sentence, for logs only.
 */
export class NetError extends Error {
  readonly failure: NetFailure;

  constructor(
    readonly kind: NetErrorKind,
    readonly url: string,
    failure: Omit<NetFailure, 'kind'>,
    readonly code?: string,
  ) {
    const facts: NetFailure = { kind, ...failure, ...(code && !failure.code ? { code } : {}) };
    super(render(COMMON, { id: 'netFailure', params: { failure: facts } }, 'en'));
    this.failure = facts;
    this.name = 'NetError';
  }
}

export interface HttpResponse {
  url: string;
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The certificate the server presented (https only). */
  peerCertificate?: PeerCertificateInfo;
  /** The address actually connected to (after --connect-to), for the record. */
  remoteAddress?: string;
  viaProxy?: string;
}

export interface HttpRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

const TRANSIENT_STATUS = new Set([502, 503, 504]);
const TRANSIENT_KINDS = new Set<NetErrorKind>(['reset', 'refused']);
/**
 * Only safe methods are retried: a POST that was cut off may have been received and acted on (a
 * SOAP Logon opens a session, and nothing in the request says whether a call changes state).
 */
const RETRIED_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request with this method may be sent again after a transient failure. */
export function isRetryable(method: string | undefined): boolean {
  return RETRIED_METHODS.has((method ?? 'GET').toUpperCase());
}

/**
 * Sends a request, retrying transient failures of GET/HEAD/OPTIONS with exponential back-off
 * (other methods get one attempt); never follows redirects.
 */
export async function httpRequest(url: string, request: HttpRequest, net: NetOptions): Promise<HttpResponse> {
  const backoff = net.backoffMs ?? 250;
  const retries = isRetryable(request.method) ? net.retries : 0;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await httpOnce(url, request, net);
      if (!TRANSIENT_STATUS.has(response.status) || attempt >= retries) return response;
    } catch (error) {
      if (!(error instanceof NetError) || !TRANSIENT_KINDS.has(error.kind) || attempt >= retries) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, backoff * 2 ** attempt));
  }
}

/**
 * The headers sent: Host from the URL, the caller's, and for a body its exact Content-Length
 * (never chunked, to which a server may answer 411 Length Required).
 */
export function requestHeaders(target: URL, request: HttpRequest): Record<string, string> {
  const headers: Record<string, string> = { host: target.host };
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (request.body !== undefined && (lower === 'content-length' || lower === 'transfer-encoding')) continue;
    if (lower === 'host') delete headers.host;
    headers[name] = value;
  }
  if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body, 'utf8'));
  return headers;
}

/** One attempt, no retry. */
export async function httpOnce(url: string, request: HttpRequest, net: NetOptions): Promise<HttpResponse> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new NetError('bad-url', url, { host: url });
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new NetError('bad-url', url, { host: url });
  }
  const secure = target.protocol === 'https:';
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = target.port ? Number(target.port) : secure ? 443 : 80;
  const mapped = net.connectTo?.find((entry) => entry.host.toLowerCase() === host.toLowerCase() && (entry.port === undefined || entry.port === port));
  const proxy = mapped ? '' : proxyFor(target, net.env ?? process.env);

  const options: https.RequestOptions = {
    method: request.method ?? 'GET',
    host: mapped ? mapped.toHost : host,
    port: mapped?.toPort ?? port,
    path: `${target.pathname}${target.search}`,
    headers: requestHeaders(target, request),
    lookup: net.lookup,
    // Keep-alive would hold the event loop open after the last request; a CLI asks few questions.
    agent: false,
  };
  if (secure) {
    options.servername = isIP(host) ? undefined : host;
    if (net.ca) options.ca = net.ca;
    // Verify the certificate against the name in the URL, also when --connect-to routes elsewhere.
    options.checkServerIdentity = (_name, cert) => tlsCheck(host, cert);
  }
  if (proxy) {
    // Loaded only when a proxy is configured.
    options.agent = secure
      ? new (await import('https-proxy-agent')).HttpsProxyAgent(proxy, { ca: net.ca })
      : new (await import('http-proxy-agent')).HttpProxyAgent(proxy);
    options.host = host;
    options.port = port;
  }

  const timedOut = (): NetError => new NetError('timeout', url, { host: target.host, timeoutMs: net.timeoutMs }, 'ETIMEDOUT');
  if (net.signal?.aborted) throw timedOut();
  // The host named in the URL: --connect-to may route many names to one address, each its own server.
  const release = net.hostSlot ? await net.hostSlot(`${host.toLowerCase()}:${port}`) : undefined;
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    const done = (): void => {
      settled = true;
      clearTimeout(timer);
      net.signal?.removeEventListener('abort', onAbort);
      release?.();
    };
    const fail = (error: NetError): void => {
      if (settled) return;
      done();
      req.destroy();
      reject(error);
    };
    const onAbort = (): void => fail(timedOut());
    net.signal?.addEventListener('abort', onAbort);
    const timer = setTimeout(() => fail(timedOut()), net.timeoutMs);
    const req = (secure ? https : http).request(options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const limit = net.maxBodyBytes ?? DEFAULT_MAX_BODY;
      const socket = res.socket as TLSSocket | null;
      const cert = secure && socket && typeof socket.getPeerCertificate === 'function' ? socket.getPeerCertificate() : undefined;
      const remoteAddress = socket?.remoteAddress;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) fail(new NetError('too-large', url, { host: target.host, limitBytes: limit }));
        else chunks.push(chunk);
      });
      res.on('aborted', () => fail(new NetError('reset', url, { host: target.host }, 'ECONNRESET')));
      res.on('error', (error) => fail(classify(url, target.host, error)));
      res.on('end', () => {
        if (settled) return;
        if (!res.complete) return fail(new NetError('reset', url, { host: target.host }, 'ECONNRESET'));
        done();
        resolve({
          url,
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          peerCertificate: cert && Object.keys(cert).length > 0 ? certInfo(cert) : undefined,
          remoteAddress,
          viaProxy: proxy ? redactUrlCredentials(proxy) : undefined,
        });
      });
    });
    req.on('error', (error) => fail(classify(url, target.host, error, proxy)));
    req.end(request.body === undefined ? undefined : Buffer.from(request.body, 'utf8'));
  });
}

function tlsCheck(host: string, cert: PeerCertificate): Error | undefined {
  return checkServerIdentity(host, cert);
}

function certInfo(cert: PeerCertificate): PeerCertificateInfo {
  const name = (value: unknown): string =>
    value && typeof value === 'object'
      ? Object.entries(value as Record<string, string | string[]>)
          .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
          .join(', ')
      : '';
  return {
    subject: name(cert.subject),
    issuer: name(cert.issuer),
    validFrom: new Date(cert.valid_from).toISOString(),
    validTo: new Date(cert.valid_to).toISOString(),
    subjectAltName: cert.subjectaltname ?? '',
    fingerprint256: cert.fingerprint256 ?? '',
  };
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|HOSTNAME_MISMATCH|ERR_OSSL)/;

/** Turns a socket error into one sentence with its kind. */
export function classify(url: string, host: string, error: unknown, proxy?: string): NetError {
  const err = error as NodeJS.ErrnoException & { reason?: string };
  const code = err?.code ?? '';
  const message = err?.message ?? String(error);
  if (error instanceof NetError) return error;
  if (proxy && /proxy|CONNECT|tunnel/i.test(message)) return new NetError('proxy', url, { host, proxy: redactUrlCredentials(proxy) }, code);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL') {
    return new NetError('dns', url, { host }, code);
  }
  if (code === 'ECONNREFUSED') return new NetError('refused', url, { host }, code);
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') return new NetError('timeout', url, { host }, code);
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(message)) {
    return new NetError('reset', url, { host }, code || 'ECONNRESET');
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new NetError('tls', url, { host, reason: err.reason ?? message }, code);
  }
  if (TLS_CODES.test(code) || /certificate|SSL|TLS/i.test(message)) {
    return new NetError('tls', url, { host, reason: message }, code);
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return new NetError('unreachable', url, { host }, code);
  return new NetError('other', url, { host, reason: message }, code);
}

/** A proxy URL without its user and password. */
export function redactUrlCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      parsed.username = '***';
      parsed.password = '';
    }
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}
