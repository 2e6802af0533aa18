import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { assertAccessible } from '../support/axe.js';
import { browserSkip, openBrowser } from '../support/browser.js';
import { runCli } from '../support/cli.js';

// Browser globals, for the functions that run in the page (this project compiles without the DOM library).
declare const getComputedStyle: (element: unknown) => { whiteSpace: string; lineHeight: string };
declare const document: { documentElement: { scrollWidth: number; clientWidth: number }; querySelectorAll(selector: string): ArrayLike<unknown> };
declare const navigator: { clipboard: { readText(): Promise<string> } };
type HTMLDetailsElement = { open: boolean };

/** The example's HTML report as a reader sees it, on a desk (1280 px) and on a phone (390 px). */
describe('HTML report layout in Chromium (examples/acme)', { skip: browserSkip }, () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let dir: string;
  const files: Record<'en' | 'ko', string> = { en: '', ko: '' };
  before(async () => {
    browser = await openBrowser();
    dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-layout-'));
    for (const lang of ['en', 'ko'] as const) {
      files[lang] = path.join(dir, `acme-${lang}.html`);
      const run = await runCli(['check', 'examples/acme', '--lang', lang, '--format', 'html', '--output', files[lang]]);
      assert.equal(run.code, 3, run.stderr);
    }
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const width of [1280, 390]) {
    it(`at ${width} px: the stage mask's double space is shown, passes folded, the summary header whole`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(pathToFileURL(files.en).href, { waitUntil: 'load' });

      // The double space of the stage mask, in the evidence: kept (pre-wrap) and marked.
      const mask = page.locator('article.finding[data-rule="association-mask"][data-instance="i:stage"] code.value').first();
      assert.equal(await mask.evaluate((element) => getComputedStyle(element).whiteSpace), 'pre-wrap');
      assert.equal(await mask.textContent(), 'campaign - acme-stage  - ');
      assert.equal(await mask.locator('.sp').count(), 3, 'the doubled space and the trailing one are marked');
      const spaceWidth = await mask
        .locator('.sp')
        .first()
        .evaluate((element) => element.getBoundingClientRect().width);
      assert.ok(spaceWidth > 2, `a marked space takes room (${spaceWidth} px)`);
      // In the message too, as a value quoted from the input.
      const inMessage = page.locator('article.finding[data-rule="association-mask"][data-instance="i:stage"] .message .v').first();
      assert.equal(await inMessage.textContent(), 'campaign - acme-stage  - ');
      assert.equal(await inMessage.evaluate((element) => getComputedStyle(element).whiteSpace), 'pre-wrap');

      // Passes folded; problems open.
      const pass = page.locator('article.finding[data-status="pass"] details');
      assert.ok((await pass.count()) > 0);
      for (const open of await pass.evaluateAll((elements) => elements.map((element) => (element as HTMLDetailsElement).open))) assert.equal(open, false);
      assert.equal(await page.locator('article.finding[data-status="fail"] details:not([open])').count(), 0);

      // The summary header: each label on one line (no letter-by-letter breaking).
      for (const th of await page.locator('table.summary thead th').all()) {
        const { height, lineHeight } = await th.evaluate((element) => ({
          height: element.getBoundingClientRect().height,
          lineHeight: parseFloat(getComputedStyle(element).lineHeight),
        }));
        assert.ok(height < lineHeight * 2 + 12, `header "${await th.textContent()}" is ${height} px tall`);
      }
      // Nothing wider than the screen but what scrolls inside its own box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);

      // Contents: a link to a folded pass unfolds it.
      const link = page.locator('#toc a[href^="#finding-"]').filter({ hasText: 'external-account' }).last();
      const target = (await link.getAttribute('href'))!.slice(1);
      await link.click();
      assert.equal(await page.locator(`#${target} details`).evaluate((element) => (element as HTMLDetailsElement).open), true);

      const shot = path.join(dir, `acme-${width}.png`);
      await page.screenshot({ path: shot, fullPage: false });
      assert.ok(existsSync(shot) && statSync(shot).size > 10_000);
      await page.close();
    });
  }

  it('chips count as the summary table does; no stray label in the instance row; a Copy button copies the exact value', async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(files.en).href, { waitUntil: 'load' });
    const chip = async (status: string): Promise<number> => Number(await page.locator(`input[name="status"][value="${status}"] ~ .count`).textContent());
    const columns = await page.locator('table.summary thead th').allTextContents();
    const totals = await page.locator('table.summary tfoot td').allTextContents();
    for (const status of ['error', 'fail', 'warn', 'pass', 'skip'])
      assert.equal(await chip(status), Number(totals[columns.indexOf(status.toUpperCase()) - 1]), status);
    assert.equal(await page.locator('#filters legend').filter({ hasText: 'SUPPRESSED' }).count(), 0);

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const fix = page.locator('article.finding[data-rule="association-mask"][data-instance="i:stage"] .fix');
    assert.equal(await fix.locator('code.exact').first().textContent(), 'campaign - acme-stage - ');
    await fix.locator('button.copy').first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
    if (copied !== null) assert.equal(copied, 'campaign - acme-stage - ');
    assert.doesNotMatch((await fix.textContent())!, /·/);
    await page.close();
  });

  for (const lang of ['en', 'ko'] as const) {
    it(`${lang}: the standalone report has no serious or critical axe violation, folded and unfolded`, async () => {
      const page = await browser.context.newPage();
      await page.goto(pathToFileURL(files[lang]).href, { waitUntil: 'load' });
      await assertAccessible(page, `the ${lang} report as it opens`);
      await page.evaluate(() => {
        for (const details of Array.from(document.querySelectorAll('details'))) (details as HTMLDetailsElement).open = true;
      });
      await assertAccessible(page, `the ${lang} report with every card open`);
      await page.close();
    });
  }

  it("links each rule to its own page in the report's language", async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(files.ko).href, { waitUntil: 'load' });
    const href = await page.locator('article.finding[data-rule="client-id"] p.doc a').first().getAttribute('href');
    assert.equal(await page.locator('summary a').count(), 0, 'no link inside a summary (axe nested-interactive)');
    assert.match(href!, /^file:\/\/\/.*\/docs\/rules\/client-id\.ko\.md$/);
    assert.ok(existsSync(new URL(href!)), 'the page exists');
    await page.close();
  });
});
