import assert from 'node:assert/strict';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { httpRequest, isRetryable, NetError, requestHeaders } from '../../src/net/http.js';
import type { NetOptions } from '../../src/net/options.js';

interface Seen {
  method: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local server whose answer to each request is decided by `answer`, recording what it received. */
class Server {
  readonly seen: Seen[] = [];
  answer: (req: IncomingMessage, res: ServerResponse, attempt: number) => void = (_req, res) => res.end('ok');
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      this.seen.push({ method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      this.answer(req, res, this.seen.length);
    });
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Cuts the answer half-way through a body announced longer. */
function cut(res: ServerResponse): void {
  res.writeHead(200, { 'content-length': '100' });
  res.write('half of it');
  setTimeout(() => res.socket?.destroy(), 5);
}

const NET: NetOptions = { timeoutMs: 3000, retries: 2, backoffMs: 5, env: {} };

describe('retry policy', () => {
  it('retries only the safe methods GET, HEAD and OPTIONS (GET when none is given)', () => {
    for (const method of [undefined, 'GET', 'get', 'HEAD', 'OPTIONS']) assert.equal(isRetryable(method), true, String(method));
    for (const method of ['POST', 'post', 'PUT', 'DELETE', 'PATCH']) assert.equal(isRetryable(method), false, method);
  });

  const server = new Server();
  before(() => server.start());
  after(() => server.close());
  beforeEach(() => {
    server.seen.length = 0;
  });

  it('sends a GET cut off mid-body again, and reads the next answer', async () => {
    server.answer = (_req, res, attempt) => (attempt === 1 ? cut(res) : res.end('whole'));
    const response = await httpRequest(`${server.url}/r/test`, {}, NET);
    assert.equal(response.body, 'whole');
    assert.equal(server.seen.length, 2);
  });

  it('never sends a POST again after a cut-off answer: the server may have acted on it', async () => {
    server.answer = (_req, res, attempt) => (attempt === 1 ? cut(res) : res.end('whole'));
    await assert.rejects(
      httpRequest(`${server.url}/nl/jsp/soaprouter.jsp`, { method: 'POST', body: '<Envelope/>' }, NET),
      (error: unknown) => error instanceof NetError && error.kind === 'reset',
    );
    assert.equal(server.seen.length, 1);
  });

  it('retries a 503 for GET up to --retries times, and hands a POST its first 503', async () => {
    server.answer = (_req, res) => {
      res.writeHead(503);
      res.end();
    };
    assert.equal((await httpRequest(server.url, { method: 'GET' }, NET)).status, 503);
    assert.equal(server.seen.length, 1 + NET.retries);
    server.seen.length = 0;
    assert.equal((await httpRequest(server.url, { method: 'POST', body: 'x' }, NET)).status, 503);
    assert.equal(server.seen.length, 1);
  });

  it('does not retry a refused POST (no back-off is waited)', async () => {
    const gone = new Server();
    await gone.start();
    const url = gone.url;
    await gone.close();
    const began = Date.now();
    await assert.rejects(
      httpRequest(url, { method: 'POST', body: 'x' }, { ...NET, backoffMs: 2000 }),
      (error: unknown) => error instanceof NetError && error.kind === 'refused',
    );
    assert.ok(Date.now() - began < 1500);
  });
});

describe('request bodies', () => {
  const server = new Server();
  before(() => server.start());
  after(() => server.close());
  beforeEach(() => {
    server.seen.length = 0;
    server.answer = (_req, res) => res.end('ok');
  });

  it('sends a body with its Content-Length in bytes, never chunked', async () => {
    const body = '<m:Logon login="opérateur ✓"/>';
    await httpRequest(server.url, { method: 'POST', headers: { 'content-type': 'application/soap+xml' }, body }, NET);
    const [seen] = server.seen;
    assert.equal(seen?.headers['content-length'], String(Buffer.byteLength(body)));
    assert.notEqual(String(Buffer.byteLength(body)), String(body.length), 'the test body has multi-byte characters');
    assert.equal(seen?.headers['transfer-encoding'], undefined);
    assert.equal(seen?.body, body);
  });

  it("replaces a Content-Length or Transfer-Encoding the caller gave with the body's own", async () => {
    await httpRequest(server.url, { method: 'POST', headers: { 'Content-Length': '999', 'Transfer-Encoding': 'chunked' }, body: 'abc' }, NET);
    assert.equal(server.seen[0]?.headers['content-length'], '3');
    assert.equal(server.seen[0]?.headers['transfer-encoding'], undefined);
    assert.equal(server.seen[0]?.body, 'abc');
  });

  it('sends an empty body as Content-Length: 0, and a GET without a body with neither header', async () => {
    await httpRequest(server.url, { method: 'POST', body: '' }, NET);
    await httpRequest(server.url, {}, NET);
    assert.equal(server.seen[0]?.headers['content-length'], '0');
    assert.equal(server.seen[1]?.headers['content-length'], undefined);
    assert.equal(server.seen[1]?.headers['transfer-encoding'], undefined);
  });

  it('builds Host from the URL unless the caller names it', () => {
    const target = new URL('https://campaign.acme.example:8443/nl/jsp/soaprouter.jsp');
    assert.deepEqual(requestHeaders(target, { body: 'é' }), { host: 'campaign.acme.example:8443', 'content-length': '2' });
    assert.deepEqual(requestHeaders(target, { headers: { Host: 'other' } }), { Host: 'other' });
  });
});
