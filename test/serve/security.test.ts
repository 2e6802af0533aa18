import assert from 'node:assert/strict';
import { readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UPLOAD_LIMIT, type RunningServer } from '../../src/serve/server.js';
import { ACME_PROD_SECRET, ACME_STAGE_SECRET } from '../support/live-fixture.js';
import { ACME, ROOT } from '../support/workspace.js';
import { call, serveAcmeCopy, TOKEN } from './support.js';

/** The security rules of `serve`, one test each, and a sweep of every route for secrets. */
describe('serve: security', () => {
  let server: RunningServer;
  let folder: string;
  before(async () => ({ server, folder } = await serveAcmeCopy()));
  after(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('binds to 127.0.0.1 and prints a URL carrying a random token', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    assert.equal(new URL(server.url).searchParams.get('token'), TOKEN);
  });

  it('refuses a request without the token (page and API), in the browser language', async () => {
    for (const target of ['/', '/api/state', '/assets/app.js']) {
      const answer = await call(server.origin, target, { cookie: false });
      assert.equal(answer.status, 401, target);
    }
    const wrong = await call(server.origin, '/api/state', { cookie: false, headers: { cookie: `ims_doctor_${new URL(server.origin).port}=nope` } });
    assert.equal(wrong.status, 401);
    const ko = await call(server.origin, '/', { cookie: false, headers: { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' } });
    assert.match(JSON.parse(ko.text).error, /접근 토큰이 필요합니다/);
    assert.equal((await call(server.origin, '/?token=wrong', { cookie: false })).status, 401);
  });

  it('exchanges the token for an HttpOnly SameSite=Strict cookie and redirects it out of the URL', async () => {
    const answer = await call(server.origin, `/?token=${TOKEN}&x=1`, { cookie: false });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.location, '/?x=1');
    const cookie = String(answer.headers['set-cookie']);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const page = await call(server.origin, '/');
    assert.equal(page.status, 200);
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.doesNotMatch(page.text, /<script>|<style>| on\w+=/, 'no inline script or style in the page');
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    const answer = await call(server.origin, '/api/state', { headers: { host: `attacker.example:${new URL(server.origin).port}` } });
    assert.equal(answer.status, 421);
    assert.match(JSON.parse(answer.text).error, /attacker\.example/);
    assert.equal((await call(server.origin, '/api/state', { headers: { host: `localhost:${new URL(server.origin).port}` } })).status, 200);
  });

  it('refuses a foreign Origin (CSRF), and a cross-site fetch', async () => {
    const answer = await call(server.origin, '/api/run', {
      method: 'POST',
      headers: { origin: 'https://attacker.example', 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(answer.status, 403);
    assert.equal((await call(server.origin, '/api/state', { headers: { 'sec-fetch-site': 'cross-site' } })).status, 403);
    assert.equal((await call(server.origin, '/api/state', { headers: { origin: server.origin } })).status, 200);
  });

  it('refuses an oversized upload before reading it', async () => {
    const answer = await call(server.origin, '/api/har?name=big.har', { method: 'POST', body: Buffer.alloc(UPLOAD_LIMIT + 1, 0x20) });
    assert.equal(answer.status, 413);
    assert.match(JSON.parse(answer.text).error, /32 MB/);
  });

  it('serves no file outside the workspace (.., absolute, a link out, an asset path)', async () => {
    symlinkSync(path.join(ROOT, 'package.json'), path.join(folder, 'har', 'out.har'));
    for (const file of ['../package.json', '../../../../etc/passwd', '/etc/passwd', 'har/out.har', 'ims/console.json']) {
      const answer = await call(server.origin, '/api/har/workspace', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ file }),
      });
      assert.equal(answer.status, 404, file);
      assert.doesNotMatch(answer.text, /"name": "ims-doctor"|root:|client_secret/);
    }
    for (const target of [
      '/assets/..%2F..%2Fpackage.json',
      '/assets/../package.json',
      '/api/fix/file?path=../../package.json',
      '/api/fix/file?path=/etc/passwd',
    ]) {
      assert.equal((await call(server.origin, target)).status, 404, target);
    }
    const listed = JSON.parse((await call(server.origin, '/api/har/workspace')).text);
    assert.ok(listed.files.includes('har/login.har'));
    assert.equal(
      (await call(server.origin, '/api/har/workspace', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"file":"har/login.har"}' }))
        .status,
      200,
    );
  });

  it('no secret in any response: every route, both languages', async () => {
    const har = readFileSync(path.join(ACME, 'har/login.har'));
    const snapshot = (await call(server.origin, '/api/snapshot')).body;
    const form = (): { body: Buffer; type: string } => {
      const boundary = 'ims-doctor-test-boundary';
      const part = (name: string) =>
        Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.json"\r\nContent-Type: application/json\r\n\r\n`),
          snapshot,
          Buffer.from('\r\n'),
        ]);
      return { body: Buffer.concat([part('a'), part('b'), Buffer.from(`--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
    };
    const fix = JSON.parse((await call(server.origin, '/api/fix')).text);
    const bodies: string[] = [];
    for (const lang of ['en', 'ko']) {
      const gets = [
        '/',
        '/assets/app.js',
        '/assets/app.css',
        '/api/texts',
        '/api/state',
        '/api/progress',
        '/api/people?q=j',
        '/api/explain?who=jane.doe@acme.example',
        '/api/explain?who=nobody@acme.example',
        '/api/har/workspace',
        '/api/fix',
        '/api/snapshot',
        ...fix.downloads.map((name: string) => `/api/fix/file?path=${encodeURIComponent(name)}`),
      ];
      for (const target of gets) bodies.push((await call(server.origin, `${target}${target.includes('?') ? '&' : '?'}lang=${lang}`)).text);
      const json = { 'content-type': 'application/json' };
      bodies.push(
        (
          await call(server.origin, `/api/triage?lang=${lang}`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify({ text: `invalid_client client_secret=${ACME_PROD_SECRET}` }),
          })
        ).text,
      );
      bodies.push((await call(server.origin, `/api/har?lang=${lang}`, { method: 'POST', body: har })).text);
      bodies.push((await call(server.origin, `/api/har/sanitize?lang=${lang}`, { method: 'POST', body: har })).text);
      bodies.push(
        (await call(server.origin, `/api/har/workspace?lang=${lang}`, { method: 'POST', headers: json, body: '{"file":"har/redirected-to-adobe-com.har"}' }))
          .text,
      );
      bodies.push(
        (
          await call(server.origin, `/api/whatif?lang=${lang}`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify({ text: 'stage.imsRightsMask=campaign - acme-stage - ' }),
          })
        ).text,
      );
      const { body, type } = form();
      bodies.push((await call(server.origin, `/api/diff?lang=${lang}`, { method: 'POST', headers: { 'content-type': type }, body })).text);
    }
    assert.ok(bodies.length > 40);
    for (const [index, body] of bodies.entries()) {
      for (const secret of [ACME_PROD_SECRET, ACME_STAGE_SECRET, TOKEN]) assert.ok(!body.includes(secret), `response ${index} holds a secret`);
    }
  });

  it('re-runs the check when the page asks (no probe unless serve --probe)', async () => {
    const before = JSON.parse((await call(server.origin, '/api/progress')).text).version as number;
    const started = JSON.parse(
      (
        await call(server.origin, '/api/run', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: server.origin },
          body: '{"probe":true}',
        })
      ).text,
    );
    assert.deepEqual(started, { started: true, probe: false });
    let progress = { version: before, phase: '', probed: true };
    for (let i = 0; i < 100 && progress.version === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      progress = JSON.parse((await call(server.origin, '/api/progress')).text);
    }
    assert.equal(progress.phase, 'done');
    assert.equal(progress.probed, false);
  });

  it('reads the workspace again when one of its files changes on disk', async () => {
    const before = JSON.parse((await call(server.origin, '/api/progress')).text).version as number;
    appendFileSync(path.join(folder, 'ims-doctor.yaml'), '\n# edited\n');
    let version = before;
    for (let i = 0; i < 100 && version === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      version = JSON.parse((await call(server.origin, '/api/progress')).text).version as number;
    }
    assert.ok(version > before, 'a new reading after the change');
    writeFileSync(path.join(folder, 'ims-doctor.yaml'), readFileSync(path.join(ACME, 'ims-doctor.yaml')));
  });
});
