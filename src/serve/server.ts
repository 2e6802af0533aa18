import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { LiveCollectOptions } from '../collectors/collect.js';
import { escapeXml as esc } from '../reporters/shared.js';
import { REPORT_STYLE } from '../reporters/html.js';
import { serveText } from '../i18n/serve.js';
import { allowedHosts, guard, newToken, refuse } from './guard.js';
import { langOfRequest } from './lang.js';
import { addRoutes } from './routes.js';
import { SERVE_STYLE } from './style.js';
import { WorkspaceState } from './workspace-state.js';

/** Uploads (a HAR, two snapshots) larger than this are refused before they are read. */
export const UPLOAD_LIMIT = 32 << 20;

/** The page's policy: its own script and style only, requests to itself only, no frame, no form posted elsewhere. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ServeOptions {
  host: string;
  port: number;
  probe: boolean;
  live: LiveCollectOptions;
  /** Fixed in tests; a fresh random one otherwise. */
  token?: string;
}

export interface RunningServer {
  /** The URL to open, with the token. */
  url: string;
  origin: string;
  token: string;
  state: WorkspaceState;
  close(): Promise<void>;
}

/** The bundled page script: dist/web/app.js, found from this module whether it runs from dist/src or the CLI bundle. */
function pageScript(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'web', 'app.js');
    if (path.basename(dir) === 'dist' && existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error('dist/web/app.js is missing: run `npm run build`');
}

/** Reads the workspace, then listens; the first collection is done before the URL is printed. */
export async function startServer(workspace: string, options: ServeOptions): Promise<RunningServer> {
  const state = new WorkspaceState(workspace, options.live, options.probe);
  await state.run({ probe: false });
  // Re-runs from the page cannot answer a terminal prompt: secrets come from the environment then.
  options.live.secrets = { ...options.live.secrets, prompt: undefined };
  const token = options.token ?? newToken();
  const assets = new Map<string, { type: string; body: string }>([
    ['/assets/app.js', { type: 'text/javascript; charset=utf-8', body: pageScript() }],
    ['/assets/app.css', { type: 'text/css; charset=utf-8', body: REPORT_STYLE() + SERVE_STYLE }],
  ]);
  // Known once listening (`--port 0`); the guard reads it on each request.
  let port = options.port;
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('cache-control', 'no-store');
    c.header('cross-origin-opener-policy', 'same-origin');
    c.header('cross-origin-resource-policy', 'same-origin');
  });
  app.use('*', guard({ hosts: () => allowedHosts(options.host, port), token, cookie: () => `ims_doctor_${port}` }));
  app.use('*', bodyLimit({ maxSize: UPLOAD_LIMIT, onError: (c) => refuse(c, 413, { id: 'refusedSize', params: { limit: UPLOAD_LIMIT } }) }));
  app.get('/', (c) => c.html(pageHtml(langOfRequest(c))));
  app.get('/assets/:name', (c) => {
    const asset = assets.get(c.req.path);
    return asset ? c.body(asset.body, 200, { 'content-type': asset.type }) : refuse(c, 404, { id: 'notFound' });
  });
  addRoutes(app, { state, redact: (text) => options.live.redactor.redact(text) });
  app.notFound((c) => refuse(c, 404, { id: 'notFound' }));

  const server: ServerType = await new Promise((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(started));
    started.once('error', reject);
  });
  port = (server.address() as AddressInfo).port;
  const name = options.host.includes(':') ? `[${options.host}]` : options.host;
  const origin = `http://${name}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        state.close();
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

/** The page's shell: no inline script or style (the CSP forbids both); the script fills it in the reader's language. */
function pageHtml(lang: 'en' | 'ko'): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<link rel="icon" href="data:,">',
    '<link rel="stylesheet" href="/assets/app.css">',
    `<title>ims-doctor</title>`,
    '<script type="module" src="/assets/app.js"></script>',
    '</head>',
    `<body><div id="app" data-lang="${esc(lang)}"><p>${esc(serveText(lang, { id: 'pageWorking' }))}</p></div></body>`,
    '</html>',
    '',
  ].join('\n');
}
