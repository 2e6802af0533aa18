import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { assertAccessible } from '../support/axe.js';
import { browserSkip, openBrowser } from '../support/browser.js';
import { runCli } from '../support/cli.js';

// Browser globals, for the functions that run in the page (this project compiles without the DOM library).
interface Element {
  textContent: string | null;
  firstChild: unknown;
  getAttribute(name: string): string | null;
}
declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number };
  querySelectorAll(selector: string): ArrayLike<Element>;
  getElementById(id: string): Element | null;
  createRange(): { selectNodeContents(node: unknown): void; getClientRects(): ArrayLike<unknown> };
};
declare const getComputedStyle: (element: unknown) => { borderCollapse: string; backgroundColor: string };

/** The fleet table of `check A B --format html`, on a desk (1280 px) and on a phone (390 px). */
describe('HTML fleet table in Chromium (examples/acme and test/fixtures/healthy)', { skip: browserSkip }, () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let dir: string;
  const files: Record<'en' | 'ko', string> = { en: '', ko: '' };
  before(async () => {
    browser = await openBrowser();
    dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-fleet-html-'));
    for (const lang of ['en', 'ko'] as const) {
      files[lang] = path.join(dir, `fleet-${lang}.html`);
      const run = await runCli(['check', 'examples/acme', 'test/fixtures/healthy', '--lang', lang, '--format', 'html', '--output', files[lang]]);
      assert.equal(run.code, 3, run.stderr);
    }
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['en', 'ko'] as const) {
    for (const width of [1280, 390]) {
      it(`${lang} at ${width} px: styled as the summary table, headers on one line, no page overflow, rows link to their findings`, async () => {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(pathToFileURL(files[lang]).href, { waitUntil: 'load' });
        const table = page.locator('#fleet table.fleet');
        assert.equal(await table.count(), 1);

        const style = (selector: string): Promise<[string, string]> =>
          page
            .locator(selector)
            .first()
            .evaluate((element) => [getComputedStyle(element).borderCollapse, getComputedStyle(element.querySelector('thead th')).backgroundColor]);
        assert.deepEqual(await style('#fleet table'), await style('#summary table'), 'the fleet table looks like the summary table');

        // A header that broke letter by letter would take several lines: each header's text is one line box.
        const lines = await page.evaluate(() =>
          Array.from(document.querySelectorAll('#fleet thead th')).map((th) => {
            const range = document.createRange();
            range.selectNodeContents(th.firstChild);
            return [th.textContent, range.getClientRects().length] as const;
          }),
        );
        assert.equal(lines.length, 5);
        for (const [text, count] of lines) assert.equal(count, 1, `header "${text}" is on one line`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the page does not scroll sideways (${overflow} px); the table scrolls in its box`);

        // Every row links to its group of findings; the stage row leads to stage's.
        const links = await page.evaluate(() =>
          Array.from(document.querySelectorAll('#fleet tbody a')).map((a) => {
            const href = a.getAttribute('href') ?? '';
            return { text: a.textContent, instance: document.getElementById(href.slice(1))?.getAttribute('data-instance') ?? null };
          }),
        );
        assert.equal(links.length, await page.locator('#fleet tbody tr').count());
        assert.ok(links.every((link) => link.instance !== null));
        assert.deepEqual(
          links.find((link) => link.text === 'stage'),
          { text: 'stage', instance: 'i:examples/acme/stage' },
        );
        await page.locator('#fleet tbody a', { hasText: 'stage' }).click();
        assert.match(page.url(), /#group-\d+$/);
        if (width === 390) await assertAccessible(page, `the ${lang} fleet report`);
        await page.close();
      });
    }
  }
});
