import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { clickText, waitForHighlights } from './support/card';
import { SCREENSHOT_DIR } from './support/paths';
import { loadDictionary } from './support/reference-count';
import { createTranslator } from '../../lib/i18n/ui-strings';

const session = useExtensionSession();


async function open(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url(path));
  await waitForHighlights(page);
  return page;
}

const card = (page: Page) => page.locator('tifa-card .card');

describe('the provenance card', () => {
  it('opens on a click on a slogan with its kind and provenance from the seed speeches', async () => {
    const page = await open('long-speech.html');
    await clickText(page, '不忘初心、牢记使命');
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await card(page).getAttribute('role')).toBe('dialog');
    expect(await card(page).getAttribute('aria-label')).toContain('不忘初心、牢记使命');
    expect(await page.locator('tifa-card .phrase').textContent()).toBe('不忘初心、牢记使命');
    // Kind and counts as the learned dictionary has them (corpus occurrences and documents).
    const entry = loadDictionary().entries.find((e) => e.text === '不忘初心、牢记使命')!;
    expect(await page.locator('tifa-card .kind-badge').textContent()).toContain(createTranslator('zh')(`kind_${entry.kind}`));
    await expect.poll(() => page.locator('tifa-card .occurrence').count()).toBeGreaterThan(0);
    expect(await page.locator('tifa-card .speech-title').first().textContent()).toContain('教育工作会暨作风建设提升年动员大会上的讲话');
    expect(await page.locator('tifa-card .snippet mark').first().textContent()).toBe('不忘初心、牢记使命');
    expect(await page.locator('tifa-card .counts').textContent()).toMatch(new RegExp(`${entry.occurrences} 次.*${entry.families} 篇`));
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/card-long-speech.png` });
    const box = await card(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    await page.close();
  });

  it('"read in context" opens the reader at the paragraph with the phrase marked', async () => {
    const page = await open('long-speech.html');
    await clickText(page, '不忘初心、牢记使命');
    const readerPage = session.browser.context.waitForEvent('page');
    await page.locator('tifa-card .read-in-context').first().click();
    const reader = await readerPage;
    await reader.waitForLoadState();
    expect(reader.url()).toMatch(/reader\.html#speech=1&p=8&from=\d+&to=\d+$/);
    await expect.poll(() => reader.locator('.paragraph.target mark.occurrence').textContent()).toBe('不忘初心、牢记使命');
    await reader.close();
    await page.close();
  });

  it('does nothing on a click on plain text', async () => {
    const page = await open('card-cases.html');
    await clickText(page, '结合本地实际');
    await page.waitForTimeout(400);
    expect(await page.locator('tifa-card').count()).toBe(0);
    await page.close();
  });

  it('lets a phrase inside a link follow the link; Alt-click opens the card instead', async () => {
    const page = await open('card-cases.html');
    await clickText(page, '不忘初心、牢记使命', { nth: 1 });
    await expect.poll(() => page.url()).toMatch(/#followed$/);
    expect(await page.locator('tifa-card').count()).toBe(0);
    await clickText(page, '不忘初心、牢记使命', { nth: 1, modifiers: ['Alt'] });
    await expect.poll(() => card(page).count()).toBe(1);
    await page.close();
  });

  it('opens from the keyboard with focus inside, and Esc closes it and gives focus back', async () => {
    const page = await open('card-cases.html');
    await page.focus('#link');
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => card(page).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TIFA-CARD');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('tifa-card').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
    await page.close();
  });

  it('closes on a click outside and when the phrase scrolls out of view', async () => {
    const page = await open('card-cases.html');
    await clickText(page, '四个意识');
    await expect.poll(() => card(page).count()).toBe(1);
    await clickText(page, '按时报送');
    await expect.poll(() => page.locator('tifa-card').count()).toBe(0);
    await clickText(page, '四个意识');
    await expect.poll(() => card(page).count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await expect.poll(() => page.locator('tifa-card').count()).toBe(0);
    await page.close();
  });

  it('shows a frame with what fills its gap, page text as text, nothing run', async () => {
    const page = await open('card-cases.html');
    await clickText(page, '为指导');
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await page.locator('tifa-card .frame-parts .fixed').allTextContents()).toEqual(['以', '为指导']);
    // The mined frame's gap is at most one clause (16 characters), so the markup is short.
    expect(await page.locator('tifa-card .frame-parts .gap').textContent()).toBe('<img onerror=x>');
    expect(await page.locator('tifa-card img').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('img, script').length)).toBe(0);
    await page.close();
  });

  it('still gets its provenance after the service worker was stopped', async () => {
    const page = await open('card-cases.html');
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    await clickText(page, '四个意识');
    await expect.poll(() => page.locator('tifa-card .members li').allTextContents()).toEqual(['政治意识', '大局意识', '核心意识', '看齐意识']);
    await expect.poll(() => page.locator('tifa-card .counts').textContent()).toMatch(/次/);
    await expect.poll(() => page.locator('tifa-card .occurrence').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the card in other settings', () => {
  it('follows a dark page', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('dark-page.html'));
    await waitForHighlights(page);
    await clickText(page, '不忘初心、牢记使命');
    await expect.poll(() => page.locator('tifa-card .card').getAttribute('class')).toContain('dark');
    expect(await page.locator('tifa-card .card').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 32, 36)');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/card-dark-page.png` });
    await page.close();
  });

  it('speaks English when the browser is not Chinese', async () => {
    const { launchExtensionBrowser } = await import('./support/extension-browser');
    const english = await launchExtensionBrowser({ locale: 'en-US' });
    try {
      const page = await english.context.newPage();
      await page.goto(session.server.url('card-cases.html'));
      await waitForHighlights(page);
      await clickText(page, '四个意识');
      await expect.poll(() => page.locator('tifa-card .kind-badge').textContent()).toContain('Numbered formulation');
      expect(await page.locator('tifa-card .members h3').textContent()).toBe('Stands for');
    } finally {
      await english.close();
    }
  });
});
