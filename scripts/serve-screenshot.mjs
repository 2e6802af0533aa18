// Photographs the pages of `ims-doctor serve examples/acme` in headless Chromium for the README:
// docs/serve-*.png. Run after `npm run build`: node scripts/serve-screenshot.mjs
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`serve-screenshot needs Debian's Chromium at ${CHROMIUM} (apt-get install -y chromium).`);
  process.exit(1);
}
const server = spawn(process.execPath, ['dist/bin/ims-doctor.js', 'serve', 'examples/acme', '--port', '0'], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve) => createInterface({ input: server.stdout }).once('line', resolve));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 860 }, deviceScaleFactor: 1, locale: 'en-US' });
  await page.goto(url);
  const shot = async (name) => {
    await page.screenshot({ path: path.join(ROOT, 'docs', name), animations: 'disabled' });
    console.log(`wrote docs/${name}`);
  };
  await page.locator('#grid button.cell[data-rule="association-mask"][data-instance="i:stage"]').click();
  await page.locator('#detail article.finding').first().waitFor();
  await shot('serve-overview.png');
  await page.click('#tab-explain');
  await page.locator('#who').pressSequentially('jisoo');
  await page.locator('#who-list li[role="option"]').first().waitFor();
  await shot('serve-explain-suggest.png');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('#explain-summary').waitFor();
  await shot('serve-explain.png');
  await page.click('#tab-har');
  await page.locator('#har-workspace button', { hasText: 'har/redirected-to-adobe-com.har' }).click();
  await page.locator('#har-verdict').waitFor();
  await shot('serve-har.png');
  await page.click('#tab-fix');
  await page.locator('#fix-changes li').first().waitFor();
  await shot('serve-fix.png');
} finally {
  await browser.close();
  server.kill('SIGINT');
}
