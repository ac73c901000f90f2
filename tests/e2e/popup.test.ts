import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { kindRangeCount } from './support/highlights';
import { waitForHighlights } from './support/card';
import { SCREENSHOT_DIR } from './support/paths';
import { badgeText, openTab } from './support/tabs';
import { expectHighlightedWhereAllowed, hasNoContentScript, untilDictionaryApplied } from './support/ready';
import { bodyColours, expectLegibleInBothSchemes } from './support/colours';

const session = useExtensionSession();

beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

async function popupFor(tabId: number, url: string): Promise<Page> {
  const popup = await session.browser.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.locator('.popup:not(.loading)').waitFor();
  return popup;
}

describe('the toolbar popup and the badge', () => {
  it('shows the page count, density, kinds and top phrases, and the badge agrees', async () => {
    const url = session.server.url('card-cases.html');
    const { page, tabId } = await openTab(session.browser, url);
    await waitForHighlights(page);
    const popup = await popupFor(tabId, url);
    const count = Number(await popup.getByTestId('phrase-count').textContent());
    expect(count).toBeGreaterThanOrEqual(4);
    await expect.poll(() => badgeText(session.browser, tabId)).toBe(String(count));
    expect(await popup.locator('.density .value').textContent()).toMatch(/^\d+\.\d%$/);
    expect(await popup.locator('.kinds li').count()).toBe(6);
    expect(await popup.locator('.kind-slogan .count').textContent()).not.toBe('0');
    expect(await popup.locator('.top .text').allTextContents()).toContain('不忘初心、牢记使命');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-light.png` });
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a phrase clicked in the top list and flashes it', async () => {
    const url = session.server.url('card-cases.html');
    const { page, tabId } = await openTab(session.browser, url);
    await waitForHighlights(page);
    const popup = await popupFor(tabId, url);
    await popup.locator('.top .phrase', { hasText: '高度重视' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('tifa-flash')?.size ?? 0)).toBe(1);
    await popup.close();
    await page.close();
  });

  it('turns highlighting off for the site, remembers it after reload, and back on', async () => {
    const url = session.server.url('card-cases.html?tifa-lens-profile', 'switch.example.gov.cn');
    const { page, tabId } = await openTab(session.browser, url);
    await waitForHighlights(page);
    let popup = await popupFor(tabId, url);
    await popup.getByTestId('site-switch').uncheck({ force: true });
    await expect.poll(() => kindRangeCount(page)).toBe(0);
    await expect.poll(() => badgeText(session.browser, tabId)).toBe('');
    await page.reload();
    // Ready signal: the dictionary arrived and the highlighter was rebuilt under the setting.
    await untilDictionaryApplied(page);
    expect(await kindRangeCount(page)).toBe(0);
    await popup.close();
    popup = await popupFor(tabId, url);
    expect(await popup.getByTestId('site-switch').isChecked()).toBe(false);
    await popup.getByTestId('site-switch').check({ force: true });
    await expect.poll(() => kindRangeCount(page)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('offers "Highlight on this site" on a non-government host, where nothing runs unasked', async () => {
    const url = session.server.url('plain.html', 'www.example.com');
    const { page, tabId } = await openTab(session.browser, url);
    const popup = await popupFor(tabId, url);
    expect(await popup.getByTestId('enable-site').textContent()).toContain('在此网站高亮');
    expect(await popup.locator('.host').textContent()).toBe('www.example.com');
    // No content script in the tab at all (asked after load, when document_idle scripts have run)...
    expect(await hasNoContentScript(session.browser, tabId)).toBe(true);
    expect(await kindRangeCount(page)).toBe(0);
    // ...and the positive control: the same page on a government host is highlighted.
    await expectHighlightedWhereAllowed(session.browser, session.server);
    await popup.close();
    await page.close();
  });

  it('exports a page report whose Markdown lists the phrases with their counts', async () => {
    const url = session.server.url('card-cases.html');
    const { page, tabId } = await openTab(session.browser, url);
    await waitForHighlights(page);
    const popup = await popupFor(tabId, url);
    const download = popup.waitForEvent('download');
    await popup.getByTestId('report-markdown').click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const markdown = readFileSync(file!, 'utf8');
    expect(markdown).toContain('# 卡片测试页');
    expect(markdown).toContain(url);
    expect(markdown).toMatch(/## 不忘初心、牢记使命 × 2/);
    expect(markdown).toMatch(/## 高度重视 × 1/);
    expect(markdown).toContain('> 同志们，要高度重视这项工作。');
    const csvDownload = popup.waitForEvent('download');
    await popup.getByTestId('report-csv').click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('不忘初心、牢记使命');
    await popup.close();
    await page.close();
  });

  it('looks finished in dark mode too (screenshot)', async () => {
    const url = session.server.url('card-cases.html');
    const { page, tabId } = await openTab(session.browser, url);
    await waitForHighlights(page);
    const popup = await popupFor(tabId, url);
    const light = await bodyColours(popup);
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await bodyColours(popup);
    // What the user sees: a dark background in dark mode, and text that reads on it (WCAG AA).
    expectLegibleInBothSchemes(light, dark);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-dark.png` });
    await popup.close();
    await page.close();
  });
});
