import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { Har, HarEntry } from '../../src/analyzers/har-file.js';
import { HarSanitizer } from '../../src/analyzers/har-sanitize.js';
import { runCli } from '../support/cli.js';

/** Each leak found by a hostile tester in `har --sanitize`: the planted secret must be gone, the rest kept. */

const S = 'Pl4nted-Secret-Value-0123456789';
const tmp = mkdtempSync(path.join(tmpdir(), 'ims-doctor-harsec-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function har(entry: Partial<HarEntry> & Record<string, unknown>, extra: Record<string, unknown> = {}): Har {
  return {
    log: {
      version: '1.2',
      creator: { name: 'test', version: '1' },
      entries: [
        {
          startedDateTime: '2026-10-02T09:00:00Z',
          request: { method: 'GET', url: 'https://campaign.acme.example/', headers: [] },
          response: { status: 200, headers: [] },
          ...entry,
        },
      ],
      ...extra,
    },
  };
}

function sanitized(input: Har): string {
  const text = JSON.stringify(new HarSanitizer(Buffer.alloc(32)).sanitize(input));
  return text;
}

function assertGone(text: string, secret = S): void {
  assert.ok(!text.includes(secret), `the secret is still there: ${text.slice(0, 600)}`);
  assert.ok(!text.includes(encodeURIComponent(secret)), 'URL-encoded');
}

const body = (text: string, mimeType: string, encoding?: string): Partial<HarEntry> => ({
  response: { status: 200, headers: [], content: { size: text.length, mimeType, text, ...(encoding ? { encoding } : {}) } },
});

describe('har --sanitize leaves no secret behind', () => {
  it('multipart form fields', () => {
    const text = `--XyZ\r\nContent-Disposition: form-data; name="username"\r\n\r\njane\r\n--XyZ\r\nContent-Disposition: form-data; name="password"\r\n\r\n${S}\r\n--XyZ--\r\n`;
    const out = sanitized(
      har({
        request: {
          method: 'POST',
          url: 'https://ims-na1.adobelogin.com/ims/login',
          headers: [],
          postData: { mimeType: 'multipart/form-data; boundary=XyZ', text },
        },
      }),
    );
    assertGone(out);
    assert.match(out, /jane/);
  });

  it('nested and numeric JSON secrets, "refresh", JSON inside a JSON string, )]}\'-prefixed JSON', () => {
    for (const json of [
      `{"refresh":"${S}"}`,
      `{"password":{"value":"${S}"}}`,
      `{"credentials":[{"client_secret":["${S}"]}]}`,
      `{"password":31415926535897}`,
      `{"data":${JSON.stringify(JSON.stringify({ access_token: S }))}}`,
      `)]}'\n{"id_token":"${S}"}`,
    ]) {
      const out = sanitized(har(body(json, 'application/json')));
      assertGone(out);
      assert.ok(!out.includes('31415926535897'), json);
    }
  });

  it('unquoted <input name=code value=…>, and tokens inside <script>', () => {
    for (const html of [
      `<form><input type=hidden name=code value=${S}></form>`,
      `<input value='${S}' name='code'>`,
      `<script>window.__INIT = { accessToken: "${S}" }; var client_secret = '${S}';</script>`,
    ])
      assertGone(sanitized(har(body(html, 'text/html'))));
  });

  it('HTTP/2 :path, _initiator.url, pages[].title, _webSocketMessages', () => {
    const out = sanitized(
      har(
        {
          request: { method: 'GET', url: 'https://campaign.acme.example/cb', headers: [{ name: ':path', value: `/nl/jsp/ims.jsp?code=${S}` }] },
          _initiator: {
            type: 'script',
            url: `https://campaign.acme.example/x?code=${S}`,
            stack: { callFrames: [{ url: `https://campaign.acme.example/#access_token=${S}` }] },
          },
          _webSocketMessages: [{ type: 'send', time: 1, opcode: 1, data: `{"token":"${S}"}` }],
        },
        {
          pages: [
            { id: 'page_1', startedDateTime: '2026-10-02T09:00:00Z', title: `https://campaign.acme.example/#access_token=${S}&state=1`, pageTimings: {} },
          ],
        },
      ),
    );
    assertGone(out);
  });

  it('base64 bodies of any mime type', () => {
    const encoded = Buffer.from(`{"access_token":"${S}"}`).toString('base64');
    for (const mime of ['application/octet-stream', 'application/x-protobuf', '']) {
      const out = JSON.parse(sanitized(har(body(encoded, mime, 'base64')))) as Har;
      const text = String(out.log.entries[0]!.response!.content!.text);
      assertGone(Buffer.from(text, 'base64').toString('utf8'));
    }
    // A binary body stays byte for byte.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]).toString('base64');
    assert.match(sanitized(har(body(png, 'image/png', 'base64'))), new RegExp(png.replace(/[+/=]/g, '\\$&')));
  });

  it('a code percent-encoded inside redirect_uri, in the copy and in what `har` prints', async () => {
    const callback = `https://campaign.acme.example/nl/jsp/ims.jsp?code=${S}`;
    const url = `https://ims-na1.adobelogin.com/ims/authorize/v2?client_id=acme-campaign-prod&redirect_uri=${encodeURIComponent(callback)}&scope=openid&response_type=code`;
    const input = har({
      request: { method: 'GET', url, headers: [] },
      response: { status: 302, headers: [{ name: 'location', value: 'https://www.adobe.com/' }], redirectURL: 'https://www.adobe.com/' },
    });
    const file = path.join(tmp, 'nested.har');
    writeFileSync(file, JSON.stringify(input));
    assertGone(sanitized(JSON.parse(JSON.stringify(input)) as Har));
    for (const format of ['text', 'json']) {
      const run = await runCli(['har', file, '--format', format]);
      assertGone(run.stdout + run.stderr);
    }
  });
});

describe('har --sanitize takes linear time on hostile bodies', () => {
  for (const [name, text] of [
    ['<input name="code" repeated', '<input name="code" '.repeat(50_000)],
    ['unclosed XML tags', '<sPassword a="1" '.repeat(50_000)],
    ['elements never closed', '<a>x'.repeat(100_000)],
  ] as const) {
    it(`${name} (about 1 MB) in linear time (a generous 10 s bound: backtracking took minutes)`, () => {
      const started = performance.now();
      sanitized(har(body(text, 'text/html')));
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 10_000, `${elapsed.toFixed(0)} ms`);
    });
  }
});
