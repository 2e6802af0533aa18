import { cpSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultLiveOptions } from '../../src/collectors/collect.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { ACME } from '../support/workspace.js';

export const TOKEN = 'serve-test-token-0123456789abcdefghijklmnopqrstuv';

/** A private copy of the ACME example (tests edit it), served on a free loopback port. */
export async function serveAcmeCopy(options: { probe?: boolean } = {}): Promise<{ server: RunningServer; folder: string }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ims-doctor-serve-test-'));
  cpSync(ACME, folder, { recursive: true });
  const live = defaultLiveOptions();
  live.secrets = { env: {}, prompt: undefined };
  const server = await startServer(folder, { host: '127.0.0.1', port: 0, probe: options.probe === true, live, token: TOKEN });
  return { server, folder };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

/** One HTTP request with exactly the headers given (fetch would set Host and Origin itself). */
export function call(
  origin: string,
  target: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string; cookie?: boolean } = {},
): Promise<Answer> {
  const url = new URL(target, origin);
  const headers: Record<string, string> = {
    host: url.host,
    ...(options.cookie === false ? {} : { cookie: `ims_doctor_${url.port}=${TOKEN}` }),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    // The server answers a refused upload (413) and closes before the whole body is written: that is the point.
    req.on('socket', (socket) => socket.on('error', () => undefined));
    req.end(options.body);
  });
}
