import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { renderHtml } from '../../src/reporters/html.js';
import { countFindings } from '../../src/reporters/shared.js';
import type { CheckResult } from '../../src/model/finding.js';
import { browserSkip, openBrowser } from '../support/browser.js';
import { runCli } from '../support/cli.js';
import { HOSTILE, HOSTILE_ATTR, hostileResult, sampleResult } from '../support/results.js';
import { ROOT } from '../support/workspace.js';

describe('HTML report (markup)', () => {
  it('is one self-contained file: inline style and script only, nothing to fetch', () => {
    const html = renderHtml(sampleResult());
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.equal((html.match(/<style>/g) ?? []).length, 1);
    assert.equal((html.match(/<script>/g) ?? []).length, 1);
    assert.ok(!/<[a-z][^<>]*\ssrc=/i.test(html), 'no src attribute on any element');
    assert.ok(!/<link[^>]+rel="stylesheet"/i.test(html), 'no linked style sheet');
    assert.ok(!/@import|url\(/i.test(html), 'no CSS that loads anything');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    for (const href of hrefs)
      assert.ok(href === 'data:,' || href!.startsWith('#') || href!.startsWith('https://experienceleague.adobe.com/'), `unexpected link ${href}`);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
  });

  it('shows every finding with its evidence (value and where it came from), its fix and its documentation link', () => {
    const result = sampleResult();
    const html = renderHtml(result);
    assert.equal((html.match(/<article class="finding /g) ?? []).length, result.findings.length);
    assert.match(
      html,
      /<code class="value">Adobe_Marketing_Cloud1<\/code><\/td><td><code>campaign\/prod\.xml:17:17<\/code><br><span class="path">extAccount\[@name=&quot;Adobe_Marketing_Cloud1&quot;\]\/@name<\/span>/,
    );
    assert.match(html, /<code>admin-console\/users\.csv:4<\/code>/, 'CSV evidence: line only');
    assert.match(html, /<code>ims\/console\.json:9:23<\/code>/);
    assert.match(html, /not in the source: the documented default applies/);
    assert.match(html, /<code>https:\/\/ims-na1\.adobelogin\.com\/ims\/\.well-known\/openid-configuration<\/code><br><span class="note">read live<\/span>/);
    assert.match(html, /<strong>Fix:<\/strong> Delete the external account &quot;Adobe_Marketing_Cloud1&quot;, then restart the server\./);
    assert.match(html, /<a href="https:\/\/experienceleague\.adobe\.com\/[^"]+" rel="noopener noreferrer">/);
    assert.match(html, /Suppressed: rotated 2026-10-01, ticket 4711/);
    assert.match(html, /is not valid YAML: bad indentation/, 'unreadable sources are listed');
  });

  it('speaks Korean with <html lang="ko">', () => {
    const html = renderHtml(sampleResult('ko'));
    assert.match(html, /<html lang="ko">/);
    for (const text of ['요약', '점검 결과', '인스턴스', '조치', '출처', '실패', '제외됨: rotated']) assert.ok(html.includes(text), `missing ${text}`);
  });

  it('escapes every value from customer files: markup stays text, a javascript: link is no link', () => {
    const html = renderHtml(hostileResult());
    assert.ok(!html.includes(HOSTILE), 'raw <script> from a value');
    assert.ok(!html.includes('<img'), 'raw <img> from a value');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;'));
    assert.doesNotMatch(html, /href="javascript:/i);
    assert.ok(html.includes('\\u{0001}\\u{0007}'), 'control characters shown, not written raw');
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this matches
    assert.doesNotMatch(html, /[\u0001\u0007]/);
  });

  it('is the same for the same result (no clock, no randomness)', () => {
    assert.equal(renderHtml(sampleResult()), renderHtml(sampleResult()));
  });

  it('has print styles: filters hidden, findings not split across pages', () => {
    const html = renderHtml(sampleResult());
    const print = html.slice(html.indexOf('@media print{'), html.indexOf('</style>'));
    assert.ok(print.includes('.filters{display:none!important}'), 'the filters are not printed');
    assert.match(html, /break-inside:avoid/);
  });
});

describe('HTML report in headless Chromium', { skip: browserSkip }, () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let dir: string;
  before(async () => {
    browser = await openBrowser();
    dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-html-'));
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a report as a user would (file://), recording every request, console error, dialog and CSP violation. */
  async function open(file: string): Promise<{ page: Page; requests: string[]; errors: string[]; dialogs: string[] }> {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    // Runs before the page's own script; the page's Content Security Policy does not apply to it.
    await page.addInitScript({
      content:
        "document.addEventListener('securitypolicyviolation', (event) => console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI));",
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, requests, errors, dialogs };
  }

  function write(name: string, result: CheckResult): string {
    const file = path.join(dir, name);
    writeFileSync(file, renderHtml(result));
    return file;
  }

  const visible = (page: Page, selector: string): Promise<number> => page.locator(`${selector}:visible`).count();

  it('renders the example report (examples/acme, from the CLI) without any request but the page itself', async () => {
    const file = path.join(dir, 'acme.html');
    const run = await runCli(['check', 'examples/acme', '--format', 'html', '--output', file]);
    assert.ok(run.code === 3 || run.code === 4 || run.code === 0, run.stderr);
    const { page, requests, errors } = await open(file);
    const url = pathToFileURL(file).href;
    assert.deepEqual(requests, [url], 'only the file:// page itself');
    assert.deepEqual(errors, []);
    assert.match((await page.locator('h1').textContent())!, /examples\/acme\/ims-doctor\.yaml/);
    const prodFail = page.locator('article.finding[data-rule="external-account"][data-instance="i:prod"]');
    assert.equal(await prodFail.getAttribute('data-status'), 'fail');
    assert.match((await prodFail.locator('.evidence').textContent())!, /Adobe_Marketing_Cloud1.*campaign\/prod\.xml:17:17/s);
    const stagePass = page.locator('article.finding[data-rule="external-account"][data-instance="i:stage"]');
    assert.equal(await stagePass.getAttribute('data-status'), 'pass');
    assert.equal(await visible(page, '#filters'), 1, 'the script shows the filters');
    await page.close();
  });

  it('summarises per instance and status', async () => {
    const result = sampleResult();
    const { page } = await open(write('sample.html', result));
    const headers = await page.locator('table.summary thead th').allTextContents();
    assert.deepEqual(headers, ['Instance', 'ERROR', 'FAIL', 'WARN', 'PASS', 'SKIP', 'SUPPRESSED']);
    const order = ['error', 'fail', 'warn', 'pass', 'skip', 'suppressed'] as const;
    for (const [key, instance] of [
      ['i:prod', 'prod'],
      ['i:stage', 'stage'],
      ['w', null],
    ] as const) {
      const cells = await page.locator(`table.summary tbody tr[data-instance="${key}"] td`).allTextContents();
      const counts = countFindings(result.findings.filter((finding) => finding.instance === instance));
      assert.deepEqual(
        cells.map(Number),
        order.map((status) => counts[status]),
        `row ${key}`,
      );
    }
    const total = await page.locator('table.summary tfoot td').allTextContents();
    assert.deepEqual(
      total.map(Number),
      order.map((status) => result.summary[status]),
    );
    await page.close();
  });

  it('filters by status, instance and suppression without a server', async () => {
    const result = sampleResult();
    const { page, requests } = await open(write('filters.html', result));
    const all = result.findings.length;
    assert.equal(await visible(page, 'article.finding'), all);
    assert.equal(await page.locator('#shown').textContent(), `Showing ${all} of ${all} findings`);

    const status = (value: string) => page.locator(`input[name="status"][value="${value}"]`);
    await status('pass').uncheck();
    assert.equal(await visible(page, 'article.finding[data-status="pass"]'), 0);
    const withoutPass = all - result.findings.filter((finding) => finding.status === 'pass').length;
    assert.equal(await visible(page, 'article.finding'), withoutPass);
    assert.equal(await page.locator('#shown').textContent(), `Showing ${withoutPass} of ${all} findings`);

    await page.locator('input[name="instance"][value="i:prod"]').uncheck();
    assert.equal(await visible(page, 'article.finding[data-instance="i:prod"]'), 0);
    assert.equal(await visible(page, 'section.group[data-instance="i:prod"]'), 0, 'an empty group hides its heading');
    const stageAndAcross = result.findings.filter((finding) => finding.instance !== 'prod' && finding.status !== 'pass').length;
    assert.equal(await visible(page, 'article.finding'), stageAndAcross);

    await page.getByLabel('Show suppressed findings').uncheck();
    assert.equal(await visible(page, 'article.finding.suppressed'), 0);

    for (const value of ['error', 'fail', 'warn', 'skip']) await status(value).uncheck();
    assert.equal(await visible(page, 'article.finding'), 0);
    assert.equal(await visible(page, '#none'), 1, 'says that nothing matches');

    await status('fail').check();
    await page.locator('input[name="instance"][value="i:prod"]').check();
    const failing = result.findings.filter((finding) => finding.status === 'fail' && !finding.suppressed).length;
    assert.equal(await visible(page, 'article.finding'), failing);
    assert.equal(await visible(page, 'article.finding:not([data-status="fail"])'), 0);
    assert.equal(requests.length, 1, 'filtering fetches nothing');
    await page.close();
  });

  it('keeps markup from customer files inert: no script runs, no element is injected', async () => {
    const { page, dialogs, errors, requests } = await open(write('hostile.html', hostileResult()));
    await page.waitForTimeout(200);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.locator('script').count(), 1, "only the report's own script");
    assert.equal(await page.locator('img').count(), 0);
    const message = page.locator('article.finding[data-rule="product-context"] .message');
    assert.equal(await message.textContent(), HOSTILE);
    const instanceBox = page.locator('input[name="instance"]').nth(2); // prod, stage, the hostile one, across instances
    assert.equal(await instanceBox.getAttribute('value'), `i:${HOSTILE_ATTR}`);
    await instanceBox.uncheck();
    assert.equal(await visible(page, 'article.finding[data-rule="product-context"]'), 0, 'filtering works on a hostile instance name');
    assert.deepEqual(errors, []);
    assert.equal(requests.length, 1);
    await page.close();
  });

  it('reads in Korean', async () => {
    const { page } = await open(write('ko.html', sampleResult('ko')));
    assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
    assert.equal(await page.locator('#summary h2').textContent(), '요약');
    assert.match((await page.locator('#shown').textContent())!, /^전체 \d+건 중 \d+건 표시$/);
    await page.close();
  });

  it('prints: filters hidden, every shown finding on paper', async () => {
    const { page } = await open(write('print.html', sampleResult()));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await visible(page, '#filters'), 0);
    assert.equal(await visible(page, 'article.finding'), sampleResult().findings.length);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.subarray(0, 5).toString() === '%PDF-' && pdf.length > 10_000);
    await page.close();
  });
});

describe('HTML report screenshot for the README', () => {
  it('docs/report-example.png is committed (npm run docs:screenshot makes it)', () => {
    const png = readFileSync(path.join(ROOT, 'docs/report-example.png'));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
