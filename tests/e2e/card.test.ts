import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { cardIn, clickText, waitForHighlights } from './support/card';
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


describe('the provenance card', () => {
  it('opens on a click on a slogan with its kind and its use in the corpus', async () => {
    const page = await open('long-speech.html');
    await clickText(page, '不忘初心、牢记使命');
    await expect.poll(() => cardIn(page).count('.card')).toBe(1);
    expect(await cardIn(page).attr('.card', 'role')).toBe('dialog');
    expect(await cardIn(page).attr('.card', 'aria-label')).toContain('不忘初心、牢记使命');
    expect(await cardIn(page).text('.phrase')).toBe('不忘初心、牢记使命');
    // Kind as the learned dictionary has it.
    const entry = loadDictionary().entries.find((e) => e.text === '不忘初心、牢记使命')!;
    expect(await cardIn(page).text('.kind-badge')).toContain(createTranslator('zh')(`kind_${entry.kind}`));
    await expect.poll(() => cardIn(page).count('.occurrence')).toBeGreaterThan(0);
    expect(await cardIn(page).text('.doc-title')).not.toBe('');
    expect(await cardIn(page).text('.snippet mark')).toBe('不忘初心、牢记使命');
    expect(await cardIn(page).text('.first-use')).toMatch(/^首见于 \d{4}年\d{1,2}月 /);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/card-long-speech.png` });
    const box = await cardIn(page).box('.card');
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    await page.close();
  });

  it('"read in context" opens the reader at the paragraph with the phrase marked', async () => {
    const page = await open('long-speech.html');
    await clickText(page, '不忘初心、牢记使命');
    const readerPage = session.browser.context.waitForEvent('page');
    await cardIn(page).click('.read-in-context');
    const reader = await readerPage;
    await reader.waitForLoadState();
    expect(reader.url()).toMatch(/reader\.html#doc=[a-z0-9-]+&p=\d+&from=\d+&to=\d+$/);
    await expect.poll(() => reader.locator('.paragraph.target mark.occurrence').textContent()).toBe('不忘初心、牢记使命');
    await reader.close();
    await page.close();
  });

  it('does nothing on a click on plain text', async () => {
    const page = await open('card-cases.html');
    await clickText(page, '结合本地实际');
    await page.waitForTimeout(400);
    expect(await cardIn(page).count('.card')).toBe(0);
    await page.close();
  });

  it('lets a phrase inside a link follow the link; Alt-click opens the card instead', async () => {
    const page = await open('card-cases.html');
    await clickText(page, '不忘初心、牢记使命', { nth: 1 });
    await expect.poll(() => page.url()).toMatch(/#followed$/);
    expect(await cardIn(page).count('.card')).toBe(0);
    await clickText(page, '不忘初心、牢记使命', { nth: 1, modifiers: ['Alt'] });
    await expect.poll(() => cardIn(page).count('.card')).toBe(1);
    await page.close();
  });

  it('opens from the keyboard with focus inside, and Esc closes it and gives focus back', async () => {
    const page = await open('card-cases.html');
    await page.focus('#link');
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => cardIn(page).count('.card')).toBe(1);
    // Focus is inside the card: the page sees only the host, the last child of <html>.
    await expect.poll(() => page.evaluate(() => document.activeElement === document.documentElement.lastElementChild)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIn(page).count('.card')).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
    await page.close();
  });

  it('closes on a click outside and when the phrase scrolls out of view', async () => {
    const page = await open('card-cases.html');
    await clickText(page, '四个意识');
    await expect.poll(() => cardIn(page).count('.card')).toBe(1);
    await clickText(page, '按时报送');
    await expect.poll(() => cardIn(page).count('.card')).toBe(0);
    await clickText(page, '四个意识');
    await expect.poll(() => cardIn(page).count('.card')).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await expect.poll(() => cardIn(page).count('.card')).toBe(0);
    await page.close();
  });

  it('shows a frame with what fills its gap, page text as text, nothing run', async () => {
    const page = await open('card-cases.html');
    await clickText(page, '为指导');
    await expect.poll(() => cardIn(page).count('.card')).toBe(1);
    expect(await cardIn(page).texts('.frame-parts .fixed')).toEqual(['以', '为指导']);
    // The mined frame's gap is at most one clause (16 characters), so the markup is short.
    expect(await cardIn(page).text('.frame-parts .gap')).toBe('<img onerror=x>');
    expect(await cardIn(page).count('img')).toBe(0);
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
    await expect.poll(() => cardIn(page).texts('.members li')).toEqual(['政治意识', '大局意识', '核心意识', '看齐意识']);
    await expect.poll(() => cardIn(page).text('.usage h3')).toContain('在本文献库中');
    await expect.poll(() => cardIn(page).count('.occurrence'), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the card in other settings', () => {
  it('follows a dark page', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('dark-page.html'));
    await waitForHighlights(page);
    await clickText(page, '不忘初心、牢记使命');
    await expect.poll(() => cardIn(page).attr('.card', 'class')).toContain('dark');
    expect(await cardIn(page).style('.card', 'background-color')).toBe('rgb(31, 32, 36)');
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
      await expect.poll(() => cardIn(page).text('.kind-badge')).toContain('Numbered formulation');
      expect(await cardIn(page).text('.members h3')).toBe('Stands for');
    } finally {
      await english.close();
    }
  });
});
