import https from 'node:https';
import { listenOnLoopback, type Listening } from './listen.js';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The Adobe Developer Console API as adobe/aio-lib-console calls it, for tests: the workspace
 * download `GET /console/organizations/{orgId}/projects/{projectId}/workspaces/{workspaceId}/download`
 * with `Authorization: Bearer <IMS user token>` and `x-api-key`, answering the `aio app use` JSON.
 * Errors [I] (the gateway's usual shapes): 401 for a token it does not know, 403 for an API key
 * that does not go with the token, 404 for unknown IDs.
 */
export interface DevConsoleWorkspace {
  orgId: string;
  projectId: string;
  workspaceId: string;
  /** The download's JSON. */
  download: unknown;
}

export interface DevConsoleDoubleOptions {
  tls: { key: string; cert: string };
  workspaces: DevConsoleWorkspace[];
  /** Valid user tokens and the API key each goes with. */
  tokens: { token: string; apiKey: string }[];
  /** Answer every download with this instead (status and raw body), to test odd answers. */
  fault?: { status: number; body: string };
}

export class DevConsoleDouble {
  readonly requests: { path: string; apiKey: string; status: number }[] = [];
  private server!: https.Server;
  private listening!: Listening;
  port = 0;
  url = '';

  private constructor(readonly options: DevConsoleDoubleOptions) {}

  static async start(options: DevConsoleDoubleOptions): Promise<DevConsoleDouble> {
    const double = new DevConsoleDouble(options);
    double.server = https.createServer({ key: options.tls.key, cert: options.tls.cert }, (req, res) => {
      req.resume();
      req.on('end', () => double.handle(req, res));
    });
    double.listening = await listenOnLoopback(double.server);
    double.port = double.listening.port;
    double.url = `https://127.0.0.1:${double.port}`;
    return double;
  }

  close(): Promise<void> {
    return this.listening.close();
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'https://developers.adobe.io');
    const apiKey = String(req.headers['x-api-key'] ?? '');
    const record = { path: url.pathname, apiKey, status: 0 };
    this.requests.push(record);
    const send = (status: number, body: string): void => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    const match = /^\/console\/organizations\/([^/]+)\/projects\/([^/]+)\/workspaces\/([^/]+)\/download$/.exec(url.pathname);
    if (req.method !== 'GET' || !match) return send(404, JSON.stringify({ code: 404, message: 'Not found' }));
    const token = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    const known = this.options.tokens.find((entry) => entry.token === token);
    if (!known) return send(401, JSON.stringify({ error_code: '401013', message: 'Oauth token is not valid' }));
    if (known.apiKey !== apiKey) return send(403, JSON.stringify({ error_code: '403003', message: 'Api Key is invalid' }));
    if (this.options.fault) return send(this.options.fault.status, this.options.fault.body);
    const [orgId, projectId, workspaceId] = match.slice(1).map((part) => decodeURIComponent(part));
    const workspace = this.options.workspaces.find((entry) => entry.orgId === orgId && entry.projectId === projectId && entry.workspaceId === workspaceId);
    if (!workspace) return send(404, JSON.stringify({ code: 404, message: `Workspace ${workspaceId} not found` }));
    send(200, JSON.stringify(workspace.download));
  }
}
