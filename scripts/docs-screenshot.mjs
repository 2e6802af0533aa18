// Renders the ACME example as an HTML report and photographs it in headless Chromium for the
// README: docs/report-example.png. Run with `npm run docs:screenshot` (builds first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`docs:screenshot needs Debian's Chromium at ${CHROMIUM} (apt-get install -y chromium).`);
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'ims-doctor-screenshot-'));
const report = path.join(work, 'report.html');
try {
  try {
    // Run from the repository root so the report shows the paths a reader of the README would type.
    execFileSync(process.execPath, ['dist/bin/ims-doctor.js', 'check', 'examples/acme', '--lang', 'en', '--format', 'html', '--output', report], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch (error) {
    // The example is broken on purpose: exit 3 (fail) or 4 (warn) still wrote the report.
    if (!existsSync(report)) throw error;
  }
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 1500 },
    deviceScaleFactor: 1,
  });
  // A desk (1280 px, the top of the page) and a phone (390 px, down to the stage mask's double space).
  const shots = [
    { file: 'docs/report-example.png', width: 1280, height: 1500, scrollTo: null },
    { file: 'docs/report-phone.png', width: 390, height: 844, scrollTo: 'article.finding[data-rule="association-mask"][data-instance="i:stage"]' },
  ];
  for (const shot of shots) {
    const page = await context.newPage();
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
    if (shot.scrollTo) await page.locator(shot.scrollTo).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const out = path.join(ROOT, shot.file);
    await page.screenshot({ path: out, fullPage: false, animations: 'disabled' });
    await page.close();
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
  await context.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
