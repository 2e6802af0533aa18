import { randomBytes } from 'node:crypto';
import { listenOnLoopback, type Listening } from './listen.js';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWK } from 'jose';

/**
 * Adobe IMS as its documentation describes it, for tests: discovery, authorize with redirect-URI
 * patterns and the default-redirect fallback, the scope check, the token endpoint with
 * client_secret_basic / client_secret_post and `invalid_client`, a profile carrying
 * projectedProductContext, the client-credentials grant of server-to-server credentials, and
 * tokens signed with a key published at /ims/keys (jose).
 * The same server answers as the "default redirect" adobe.com page when asked for that host.
 */

export interface ImsClient {
  clientId: string;
  clientSecret: string;
  /** Regular expressions a redirect_uri must match whole (IMS "redirect URI patterns"). */
  redirectUriPatterns: string[];
  defaultRedirectUri: string;
  scopes: string[];
  /** An OAuth server-to-server credential: may use the client-credentials grant; its tokens carry this organization. */
  serverToServer?: { orgId: string; expiresIn?: string | number };
}

export interface ImsProfile {
  /** user_visible_name: the product profile's name. */
  name: string;
  serviceCode: string;
  owningEntity: string;
}

export interface ImsUser {
  email: string;
  password: string;
  profiles: ImsProfile[];
}

export interface ImsDoubleOptions {
  tls: { key: string; cert: string };
  clients: ImsClient[];
  users: ImsUser[];
  /** The issuer IMS names in its discovery document and tokens. */
  issuer?: string;
  /** Hosts answered as the default-redirect page (an adobe.com look-alike). */
  defaultPageHosts?: string[];
  /** Answer discovery with a redirect to itself (a loop), or slowly. */
  discoveryFault?: 'redirect-loop' | 'html' | { slowMs: number };
  /** The token endpoint discovery names (default: its own /ims/token/v3): a hostile or mistaken one. */
  tokenEndpoint?: string;
  /** A token endpoint that echoes the client secret it was sent in its error (code and description). */
  echoSecret?: boolean;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  scope: string;
  user: ImsUser;
  expires: number;
}

export class ImsDouble {
  readonly requests: { method: string; host: string; path: string }[] = [];
  /** Tokens issued by the client-credentials grant (never their value). */
  readonly issued: { clientId: string; scope: string }[] = [];
  private server!: https.Server;
  private listening!: Listening;
  private readonly codes = new Map<string, PendingCode>();
  private keys!: { privateKey: CryptoKeyLike; publicJwk: JWK };
  port = 0;
  url = '';

  private constructor(readonly options: ImsDoubleOptions) {}

  static async start(options: ImsDoubleOptions): Promise<ImsDouble> {
    const double = new ImsDouble(options);
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    double.keys = { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid: 'ims-double-1', alg: 'RS256', use: 'sig' } };
    double.server = https.createServer({ key: options.tls.key, cert: options.tls.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        double.handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        });
      });
    });
    double.listening = await listenOnLoopback(double.server);
    double.port = double.listening.port;
    double.url = `https://127.0.0.1:${double.port}`;
    return double;
  }

  close(): Promise<void> {
    return this.listening.close();
  }

  /** Lets the process end while the double still listens (the bench runner). */
  unref(): void {
    this.server.unref();
  }

  /** Verifies an access token the way a resource server would (signature, issuer, expiry). */
  async verify(token: string): Promise<Record<string, unknown>> {
    const { payload } = await jwtVerify(token, await importPublic(this.keys.publicJwk), { issuer: this.issuer() });
    return payload;
  }

  private issuer(): string {
    return this.options.issuer ?? 'https://ims-na1.adobelogin.com';
  }

  private async handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const host = String(req.headers.host ?? '');
    const base = `https://${host}`;
    const url = new URL(req.url ?? '/', base);
    this.requests.push({ method: req.method ?? 'GET', host, path: url.pathname });
    const hostname = host.replace(/:\d+$/, '');

    if ((this.options.defaultPageHosts ?? ['www.adobe.com']).includes(hostname)) {
      return html(res, 200, 'Adobe: Creative, marketing and document management solutions', '<h1>Adobe</h1><p>Welcome to adobe.com.</p>');
    }
    switch (url.pathname) {
      case '/ims/.well-known/openid-configuration':
        return this.discovery(res, base, req.url ?? '');
      case '/ims/keys':
        return json(res, 200, { keys: [this.keys.publicJwk] });
      case '/ims/authorize/v2':
        return this.authorize(res, url);
      case '/ims/login':
        return this.login(res, new URLSearchParams(body));
      case '/ims/token/v3':
        return this.token(req, res, new URLSearchParams(body));
      case '/ims/profile/v1':
        return this.profile(req, res);
      default:
        return json(res, 404, { error: 'not_found' });
    }
  }

  private async discovery(res: ServerResponse, base: string, path: string): Promise<void> {
    const fault = this.options.discoveryFault;
    if (fault === 'redirect-loop') {
      res.writeHead(302, { location: path });
      res.end();
      return;
    }
    if (fault === 'html') return html(res, 500, 'Service Unavailable', '<p>Maintenance</p>');
    if (fault && typeof fault === 'object') await new Promise((resolve) => setTimeout(resolve, fault.slowMs));
    json(res, 200, {
      issuer: this.issuer(),
      authorization_endpoint: `${base}/ims/authorize/v2`,
      token_endpoint: this.options.tokenEndpoint ?? `${base}/ims/token/v3`,
      userinfo_endpoint: `${base}/ims/userinfo/v2`,
      jwks_uri: `${base}/ims/keys`,
      revocation_endpoint: `${base}/ims/revoke`,
      response_types_supported: ['code', 'token', 'id_token'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: ['openid', 'AdobeID', 'read_organizations', 'additional_info.projectedProductContext', 'additional_info.roles', 'session'],
    });
  }

  private client(id: string | null): ImsClient | undefined {
    return this.options.clients.find((client) => client.clientId === id);
  }

  private authorize(res: ServerResponse, url: URL): void {
    const params = url.searchParams;
    const client = this.client(params.get('client_id'));
    if (!client) return json(res, 400, { error: 'invalid_client', error_description: 'unknown client_id' });
    const redirectUri = params.get('redirect_uri') ?? '';
    // A redirect_uri matching no pattern: IMS falls back to the client's default redirect URI.
    if (!client.redirectUriPatterns.some((pattern) => new RegExp(`^(?:${pattern})$`).test(redirectUri))) {
      res.writeHead(302, { location: client.defaultRedirectUri });
      res.end();
      return;
    }
    const requested = (params.get('scope') ?? '').split(',');
    const unknown = requested.filter((scope) => !client.scopes.includes(scope));
    if (unknown.length > 0) return json(res, 400, { error: 'invalid_scope', error_description: `scope not allowed for this client: ${unknown.join(',')}` });
    if (params.get('response_type') !== 'code') return json(res, 400, { error: 'unsupported_response_type' });
    const hidden = ['client_id', 'redirect_uri', 'scope', 'state']
      .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(params.get(name) ?? '')}">`)
      .join('');
    html(
      res,
      200,
      'Adobe ID',
      `<h1>Sign in</h1><form method="post" action="/ims/login">${hidden}` +
        `<label>Email address <input name="email" type="email"></label><label>Password <input name="password" type="password"></label>` +
        `<button type="submit">Continue</button></form>`,
    );
  }

  private login(res: ServerResponse, form: URLSearchParams): void {
    const user = this.options.users.find((entry) => entry.email === form.get('email') && entry.password === form.get('password'));
    if (!user) return html(res, 401, 'Adobe ID', '<p>Incorrect email or password.</p>');
    const code = randomBytes(16).toString('hex');
    const redirectUri = form.get('redirect_uri') ?? '';
    this.codes.set(code, { clientId: form.get('client_id') ?? '', redirectUri, scope: form.get('scope') ?? '', user, expires: Date.now() + 60_000 });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    if (form.get('state')) target.searchParams.set('state', form.get('state')!);
    res.writeHead(302, { location: target.toString() });
    res.end();
  }

  private async token(req: IncomingMessage, res: ServerResponse, form: URLSearchParams): Promise<void> {
    // client_secret_basic, else client_secret_post.
    let clientId = form.get('client_id');
    let secret = form.get('client_secret');
    const basic = /^Basic\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    if (basic) {
      const decoded = Buffer.from(basic, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      clientId = decodeURIComponent(decoded.slice(0, colon));
      secret = decodeURIComponent(decoded.slice(colon + 1));
    }
    const client = this.client(clientId);
    if (this.options.echoSecret) return json(res, 401, { error: `invalid_client ${secret}`, error_description: `client secret ${secret} is wrong` });
    if (!client || client.clientSecret !== secret) return json(res, 401, { error: 'invalid_client', error_description: 'invalid client credentials' });
    if (form.get('grant_type') === 'client_credentials') return this.clientCredentials(res, client, form);
    if (form.get('grant_type') !== 'authorization_code') return json(res, 400, { error: 'unsupported_grant_type' });
    const pending = this.codes.get(form.get('code') ?? '');
    if (!pending || pending.expires < Date.now() || pending.clientId !== client.clientId || pending.redirectUri !== form.get('redirect_uri')) {
      return json(res, 400, { error: 'invalid_grant', error_description: 'the code is invalid or expired' });
    }
    this.codes.delete(form.get('code')!);
    const accessToken = await new SignJWT({ client_id: client.clientId, scope: pending.scope, email: pending.user.email, type: 'access_token' })
      .setProtectedHeader({ alg: 'RS256', kid: 'ims-double-1' })
      .setIssuer(this.issuer())
      .setSubject(pending.user.email)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(this.keys.privateKey);
    json(res, 200, { access_token: accessToken, token_type: 'bearer', expires_in: 3600 });
  }

  /**
   * The client-credentials grant of an OAuth server-to-server credential: every requested scope
   * must be one the client was given (`invalid_scope` otherwise); the token names the client and
   * its technical account, and carries the client's organization.
   */
  private async clientCredentials(res: ServerResponse, client: ImsClient, form: URLSearchParams): Promise<void> {
    if (!client.serverToServer) return json(res, 400, { error: 'unauthorized_client', error_description: 'client_credentials is not allowed for this client' });
    const requested = (form.get('scope') ?? '').split(',').filter(Boolean);
    const unknown = requested.filter((scope) => !client.scopes.includes(scope));
    if (unknown.length > 0) return json(res, 400, { error: 'invalid_scope', error_description: `scope not allowed for this client: ${unknown.join(',')}` });
    this.issued.push({ clientId: client.clientId, scope: requested.join(',') });
    const accessToken = await new SignJWT({ client_id: client.clientId, scope: requested.join(','), org: client.serverToServer.orgId, type: 'access_token' })
      .setProtectedHeader({ alg: 'RS256', kid: 'ims-double-1' })
      .setIssuer(this.issuer())
      .setSubject(`${client.clientId}@techacct.adobe.com`)
      .setJti(randomBytes(8).toString('hex'))
      .setIssuedAt()
      .setExpirationTime(client.serverToServer.expiresIn ?? '24h')
      .sign(this.keys.privateKey);
    json(res, 200, { access_token: accessToken, token_type: 'bearer', expires_in: 86_399 });
  }

  /** The public key tokens are signed with, for a resource-server double (UMAPI) to verify them. */
  publicJwk(): JWK {
    return this.keys.publicJwk;
  }

  private async profile(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const token = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    let claims: Record<string, unknown>;
    try {
      claims = await this.verify(token ?? '');
    } catch {
      return json(res, 401, { error: 'invalid_token' });
    }
    const user = this.options.users.find((entry) => entry.email === claims.sub);
    if (!user) return json(res, 401, { error: 'invalid_token' });
    const withContexts = String((claims.scope as string | undefined) ?? '')
      .split(',')
      .includes('additional_info.projectedProductContext');
    json(res, 200, {
      userId: user.email,
      email: user.email,
      ...(withContexts
        ? {
            projectedProductContext: user.profiles.map((profile, index) => ({
              prodCtx: {
                serviceCode: profile.serviceCode,
                owningEntity: profile.owningEntity,
                label: profile.name,
                groupid: String(100000 + index),
                user_visible_name: profile.name,
              },
            })),
          }
        : {}),
    });
  }
}

type CryptoKeyLike = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

async function importPublic(jwk: JWK): Promise<CryptoKeyLike> {
  const { importJWK } = await import('jose');
  return (await importJWK(jwk, 'RS256')) as CryptoKeyLike;
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
  res.end(JSON.stringify(value));
}

function html(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html;charset=utf-8' });
  res.end(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
