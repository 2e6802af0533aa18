import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { RunningServer } from '../../src/serve/server.js';
import { browserSkip, CHROMIUM, CHROMIUM_ARGS } from '../support/browser.js';
import { assertAccessible } from '../support/axe.js';
import { ACME } from '../support/workspace.js';
import { serveAcmeCopy } from './support.js';

interface Reason {
  status: string;
  whyWarn?: string | null;
}

/** Debian's Chromium drives each flow of the page, in one browser launch. */
describe('serve: the page in a browser', { skip: browserSkip }, () => {
  let server: RunningServer;
  let folder: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: string[] = [];
  const work = mkdtempSync(path.join(tmpdir(), 'ims-doctor-serve-ui-'));

  before(async () => {
    ({ server, folder } = await serveAcmeCopy());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
    context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(server.url);
    await page.locator('#grid button.cell').first().waitFor();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('takes the token out of the address bar and keeps the CSP without a violation', () => {
    assert.equal(new URL(page.url()).search, '');
    assert.deepEqual(violations, []);
  });

  it('overview: the grid of instances × rules, the summary, a filter, and a finding with its evidence and fix', async () => {
    assert.match(await page.locator('#summary-line').innerText(), /\d+ failed/);
    assert.ok((await page.locator('#grid tbody tr').count()) >= 3);
    await page.selectOption('#filter-status', 'fail');
    assert.equal(await page.locator('#grid button.cell .badge.pass').count(), 0);
    const cell = page.locator('#grid button.cell[data-rule="association-mask"][data-instance="i:stage"]');
    await cell.click();
    const card = page.locator('#detail article.finding.fail').first();
    await card.waitFor();
    assert.match(await card.locator('table.evidence').innerText(), /stage\.xml:\d+/);
    assert.ok((await card.locator('.fix').count()) > 0);
    assert.equal(await cell.getAttribute('aria-pressed'), 'true');
    await page.selectOption('#filter-status', 'all');
    await assertAccessible(page, 'overview');
  });

  it('explain: suggestions as one types, picked with the keyboard, then the walk', async () => {
    await page.click('#tab-explain');
    await page.locator('#who').pressSequentially('jan');
    const option = page.locator('#who-list li[role="option"]', { hasText: 'jane.doe@acme.example' });
    await option.waitFor();
    assert.match(await option.innerText(), /Jane Doe/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#explain-summary').waitFor();
    assert.equal(await page.inputValue('#who'), 'jane.doe@acme.example');
    assert.match(await page.locator('#explain-steps').innerText(), /users\.csv:2/);
    await assertAccessible(page, 'explain');
  });

  it("explain: each instance's Fix and each warning's reason, in the words `explain` prints", async () => {
    const walk = (await (await context.request.get(`${server.origin}/api/explain?who=jane.doe@acme.example&lang=en`)).json()) as {
      instances: { prerequisites: Reason; profiles: Reason[]; outcome: Reason & { fix: string | null } }[];
    };
    const fixes = walk.instances.flatMap((instance) => (instance.outcome.fix ? [instance.outcome.fix] : []));
    const reasons = walk.instances
      .flatMap((instance) => [instance.prerequisites, ...instance.profiles, instance.outcome])
      .flatMap((item) => (item.status === 'warn' && item.whyWarn ? [item.whyWarn] : []));
    assert.equal(fixes.length, 1, 'a fix for stage only: on prod the second MAC account stops no login');
    assert.ok(reasons.length >= 1, 'jane holds a near-miss profile on stage');
    const shownFixes = await page.locator('#explain-steps p.fix').allInnerTexts();
    assert.deepEqual(
      shownFixes,
      fixes.map((fix) => `Fix: ${fix}`),
    );
    assert.match(shownFixes[0]!, /the association mask itself has stray spaces/);
    const shownReasons = await page.locator('#explain-steps p.why-warn').allInnerTexts();
    assert.deepEqual(
      shownReasons,
      reasons.map((reason) => `Why a warning: ${reason}`),
    );
    await page.selectOption('#lang', 'ko');
    await page.locator('#tab-explain', { hasText: '사용자 로그인 설명' }).waitFor();
    await page.fill('#who', 'jane.doe@acme.example');
    await page.keyboard.press('Enter');
    await page.locator('#explain-steps p.fix', { hasText: '해결 방법:' }).first().waitFor();
    assert.match(await page.locator('#explain-steps p.why-warn').first().innerText(), /^경고인 이유: /);
    await page.selectOption('#lang', 'en');
    await page.locator('#tab-explain', { hasText: 'Explain a person' }).waitFor();
  });

  it('at 390 px: the grid keeps its instance names in view, words wrap whole, no tab is wider than the phone', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    try {
      await phone.goto(`${server.origin}/#overview`);
      await phone.locator('#grid button.cell').first().waitFor();
      const corner = phone.locator('#grid thead th').first();
      assert.equal(await corner.innerText(), 'Instance', 'the corner heads the column of instance names');
      // Scrolled to the far right, the instance names stay against the left edge of the grid's box.
      const scroller = phone.locator('#main .scroll');
      const scrolled = await scroller.evaluate((box) => {
        box.scrollLeft = box.scrollWidth;
        return { left: box.getBoundingClientRect().left, scrollLeft: box.scrollLeft };
      });
      assert.ok(scrolled.scrollLeft > 100, `the grid is wider than the phone (${scrolled.scrollLeft})`);
      for (const label of await phone.locator('#grid tbody th[scope=row]').all()) {
        assert.equal(await label.evaluate((cell) => cell.ownerDocument.defaultView!.getComputedStyle(cell).position), 'sticky');
        const box = (await label.boundingBox())!;
        assert.ok(Math.abs(box.x - scrolled.left) < 1, `${await label.innerText()} at x=${box.x}, the grid at ${scrolled.left}`);
      }
      await scroller.evaluate((box) => (box.scrollLeft = 0));

      // The evidence table: labels wrap between words; only the values (tokens) may break anywhere.
      await phone.locator('#grid button.cell[data-rule="association-mask"][data-instance="i:stage"]').click();
      await phone.locator('#detail table.evidence').first().waitFor();
      const broken = await phone.locator('#detail table.evidence th').evaluateAll((cells) => {
        const out: string[] = [];
        for (const cell of cells) {
          const text = cell.firstChild;
          if (!text || text.nodeType !== 3) continue;
          for (const word of (text.textContent ?? '').matchAll(/[^\s/\][@="().,-]+/g)) {
            const range = cell.ownerDocument.createRange();
            range.setStart(text, word.index);
            range.setEnd(text, word.index + word[0].length);
            if (range.getClientRects().length > 1) out.push(word[0]);
          }
        }
        return out;
      });
      assert.deepEqual(broken, [], 'no word of a label is split across lines');
      const wrap = (selector: string) =>
        phone
          .locator(selector)
          .first()
          .evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).overflowWrap);
      assert.equal(await wrap('#detail table.evidence tbody th'), 'break-word');
      assert.equal(await wrap('#detail table.evidence code.value'), 'anywhere');

      for (const id of ['overview', 'explain', 'triage', 'har', 'fix', 'diff']) {
        await phone.click(`#tab-${id}`);
        if (id === 'fix') await phone.locator('#fix-changes li').first().waitFor();
        if (id === 'har') await phone.locator('#har-workspace button').first().waitFor();
        const width = await phone.locator('html').evaluate((html) => ({ page: html.scrollWidth, view: html.clientWidth }));
        assert.ok(width.page <= width.view, `${id}: ${width.page} px wide on a ${width.view} px screen`);
      }
    } finally {
      await phone.close();
    }
  });

  it('triage: English and Korean text', async () => {
    await page.click('#tab-triage');
    await page.fill('#triage-text', 'redirected to adobe.com');
    await page.click('#main form button[type="submit"]');
    await page.locator('#triage-result [data-cause="callback-url"]').waitFor();
    await page.fill('#triage-text', 'adobe.com 페이지로 리디렉션');
    await page.click('#main form button[type="submit"]');
    await page.locator('#triage-result [data-cause="callback-url"]').waitFor();
    await assertAccessible(page, 'triage');
  });

  it('HAR: dropped, analysed here, sanitized and downloaded', async () => {
    await page.click('#tab-har');
    const text = readFileSync(path.join(ACME, 'har/login.har'), 'utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new (globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } }).DataTransfer();
      transfer.items.add(new File([content], 'login.har', { type: 'application/json' }));
      return transfer;
    }, text);
    await page.dispatchEvent('#har-drop', 'drop', { dataTransfer });
    const verdict = page.locator('#har-verdict');
    await verdict.waitFor();
    assert.match(await verdict.innerText(), /\S/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#har-sanitize')]);
    assert.equal(download.suggestedFilename(), 'login.safe.har');
    const saved = path.join(work, 'login.safe.har');
    await download.saveAs(saved);
    const safe = readFileSync(saved, 'utf8');
    assert.match(safe, /redacted-[0-9a-f]{8}/);
    await page.locator('#har-workspace button', { hasText: 'har/redirected-to-adobe-com.har' }).click();
    await page.locator('#har-verdict .badge.fail').waitFor();
    await assertAccessible(page, 'har');
  });

  it('fix: the plan, its downloads and a what-if', async () => {
    await page.click('#tab-fix');
    await page.locator('#fix-changes li').first().waitFor();
    const links = await page.locator('#fix-downloads a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    assert.ok(links.some((href) => href?.includes('campaign%2Fstage.xml')));
    assert.ok(links.some((href) => href?.includes('access.csv')));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#fix-downloads a', { hasText: 'campaign/stage.xml' }).click()]);
    const saved = path.join(work, 'stage.xml');
    await download.saveAs(saved);
    assert.match(readFileSync(saved, 'latin1'), /<package|<navtree|extAccount/);
    await page.fill('#whatif', 'stage.imsRightsMask=campaign - acme-stage - ');
    await page.click('#main form.row button[type="submit"]');
    await page.locator('#whatif-out', { hasText: /\S/ }).waitFor();
    await assertAccessible(page, 'fix');
  });

  it('diff: two uploaded snapshots', async () => {
    await page.click('#tab-diff');
    const snapshot = await (await context.request.get(`${server.origin}/api/snapshot`)).text();
    const a = path.join(work, 'a.json');
    const b = path.join(work, 'b.json');
    writeFileSync(a, snapshot);
    writeFileSync(b, snapshot.replace(/acme-stage {2}- /g, 'acme-stage - '));
    assert.notEqual(readFileSync(a, 'utf8'), readFileSync(b, 'utf8'), 'the example carries the double space');
    await page.setInputFiles('#diff-a', a);
    await page.setInputFiles('#diff-b', b);
    await page.click('#main form.row button[type="submit"]');
    await page.locator('#diff-out', { hasText: /imsRightsMask/ }).waitFor();
    await assertAccessible(page, 'diff');
  });

  it('switches to Korean, and starts in Korean for a Korean browser', async () => {
    await page.click('#tab-overview');
    await page.selectOption('#lang', 'ko');
    await page.locator('#tab-overview', { hasText: '개요' }).waitFor();
    await page.locator('#summary-line', { hasText: '실패' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    await assertAccessible(page, 'overview (ko)');
    const korean = await browser.newContext({ locale: 'ko-KR' });
    const other = await korean.newPage();
    await other.goto(server.url);
    await other.locator('#tab-explain', { hasText: '사용자 로그인 설명' }).waitFor();
    await korean.close();
  });
});
