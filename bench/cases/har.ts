import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { BIN, RSS_PROBE, dataDir, type BenchCase } from '../lib.js';

const TARGET_BYTES = 200 * 1024 * 1024;
const file = path.join(dataDir(), 'login-200mb.har');

function header(name: string, value: string): { name: string; value: string } {
  return { name, value };
}

/** A Chrome-shaped entry: headers, timings, a body of the given size (text or base64). */
function entry(index: number, url: string, status: number, body: string, mimeType: string, extra: Record<string, unknown> = {}): string {
  const started = new Date(Date.UTC(2026, 9, 2, 7, 0, 0) + index * 13).toISOString();
  return JSON.stringify({
    _initiator: { type: 'parser', url: 'https://campaign.acme.example/view/home', lineNumber: 12 },
    _priority: 'High',
    _resourceType: mimeType.startsWith('image') ? 'image' : mimeType.includes('javascript') ? 'script' : 'document',
    cache: {},
    connection: '443',
    pageref: 'page_1',
    request: {
      method: 'GET',
      url,
      httpVersion: 'http/2.0',
      headers: [
        header(':authority', new URL(url).host),
        header(':method', 'GET'),
        header(':path', new URL(url).pathname),
        header(':scheme', 'https'),
        header('accept', '*/*'),
        header('accept-encoding', 'gzip, deflate, br, zstd'),
        header('cookie', `__sessiontoken=s${index}`),
        header('user-agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0'),
      ],
      queryString: [],
      cookies: [{ name: '__sessiontoken', value: `s${index}` }],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: [header('content-type', mimeType), header('cache-control', 'max-age=3600'), header('date', 'Fri, 02 Oct 2026 07:00:00 GMT')],
      cookies: [],
      content: { size: body.length, mimeType, text: body, ...(mimeType.startsWith('image') ? { encoding: 'base64' } : {}) },
      redirectURL: '',
      headersSize: -1,
      bodySize: body.length,
      _transferSize: body.length + 400,
      _error: null,
    },
    serverIPAddress: '203.0.113.10',
    startedDateTime: started,
    time: 41.2,
    timings: { blocked: 1.1, dns: -1, ssl: -1, connect: -1, send: 0.2, wait: 38.4, receive: 1.5, _blocked_queueing: 0.6 },
    ...extra,
  });
}

/** 200 MB of a day in Campaign's web UI (scripts, pages, images with bodies), a refused IMS login in the middle. */
async function generate(): Promise<void> {
  const out = createWriteStream(file);
  out.write(
    '{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "WebInspector", "version": "537.36" },\n    "pages": [{ "startedDateTime": "2026-10-02T07:00:00.000Z", "id": "page_1", "title": "https://campaign.acme.example/view/home", "pageTimings": { "onContentLoad": 812, "onLoad": 1033 } }],\n    "entries": [\n',
  );
  const script = 'function f(a,b){return a+b}\n'.repeat(200);
  const page = '<div class="row"><span>Delivery</span><span>42</span></div>\n'.repeat(80);
  const image = Buffer.alloc(6000, 7).toString('base64');
  let written = 0;
  let index = 0;
  let first = true;
  const push = async (text: string): Promise<void> => {
    const chunk = (first ? '' : ',\n') + text;
    first = false;
    written += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const imsAt = TARGET_BYTES / 2;
  let imsDone = false;
  while (written < TARGET_BYTES) {
    if (!imsDone && written > imsAt) {
      imsDone = true;
      const auth =
        'https://ims-na1.adobelogin.com/ims/authorize/v2?client_id=acme-campaign-prod&redirect_uri=https%3A%2F%2Fcampaign.acme.example&scope=openid%2CAdobeID%2Cread_organizations%2Cadditional_info.projectedProductContext&response_type=code&state=x';
      await push(
        entry(index++, auth, 302, '', 'x-unknown', {}).replace(
          '"redirectURL":""',
          '"redirectURL":"https://auth.services.adobe.com/en_US/index.html?client_id=acme-campaign-prod"',
        ),
      );
      await push(entry(index++, 'https://auth.services.adobe.com/en_US/index.html?client_id=acme-campaign-prod', 200, '<html></html>', 'text/html'));
      await push(
        entry(
          index++,
          'https://ims-na1.adobelogin.com/ims/adobeid/acme-campaign-prod/AdobeID/code?redirect_uri=https%3A%2F%2Fcampaign.acme.example',
          302,
          '',
          'x-unknown',
        ).replace('"redirectURL":""', '"redirectURL":"https://campaign.acme.example/?code=abc&state=x"'),
      );
      await push(
        entry(
          index++,
          'https://campaign.acme.example/?code=abc&state=x',
          200,
          '<div class="error">Login does not have any right matching the expression</div>',
          'text/html',
        ),
      );
      continue;
    }
    const kind = index % 3;
    if (kind === 0) await push(entry(index, `https://campaign.acme.example/nl/js/module${index}.js`, 200, script, 'application/javascript'));
    else if (kind === 1) await push(entry(index, `https://campaign.acme.example/view/list?page=${index}`, 200, page, 'text/html'));
    else await push(entry(index, `https://campaign.acme.example/nl/img/icon${index}.png`, 200, image, 'image/png'));
    index++;
  }
  out.end('\n    ]\n  }\n}\n');
  await once(out, 'finish');
}

/** (c) `har` on a 200 MB recording against a bare JSON.parse of the same file. */
export const har: BenchCase = {
  name: 'har on a 200 MB HAR vs node JSON.parse of the same file',
  target: '≤ 1.5×',
  maxRatio: 1.5,
  runs: 5,
  async prepare() {
    if (!existsSync(file) || statSync(file).size < TARGET_BYTES) await generate();
  },
  baseline: {
    label: 'node JSON.parse',
    argv: [process.execPath, '-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`],
  },
  subject: {
    label: 'ims-doctor har (200 MB)',
    argv: [process.execPath, '--import', RSS_PROBE, BIN, 'har', file, '--format', 'json'],
    okCodes: [0, 3, 4],
  },
};
