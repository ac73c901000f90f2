import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { grantHostInProfile } from './support/grant-host';
import { kindRangeCount } from './support/highlights';
import { waitForHighlights } from './support/card';
import { openTab } from './support/tabs';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  const first = await launchExtensionBrowser();
  await first.close({ keepProfile: true });
  grantHostInProfile(first.userDataDir, first.extensionId, 'http://www.example.com/*');
  browser = await launchExtensionBrowser({ userDataDir: first.userDataDir });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a site the user allowed', () => {
  it('"Highlight on this site" in the popup runs in the open tab at once and registers the site', async () => {
    type Chrome = { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>>; unregisterContentScripts(): Promise<void> } };
    const worker = await browser.serviceWorker();
    const registered = () => worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    await expect.poll(registered).toHaveLength(1);
    // The state right after the user accepted the prompt: granted, not yet registered.
    await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.scripting.unregisterContentScripts());
    const url = server.url('plain.html', 'www.example.com');
    const { page, tabId } = await openTab(browser, url);
    await page.waitForTimeout(500);
    expect(await kindRangeCount(page)).toBe(0);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
    await popup.getByTestId('enable-site').click();
    await waitForHighlights(page);
    expect(await kindRangeCount(page)).toBeGreaterThan(0);
    await expect.poll(registered).toEqual(['tifa-user-site:www.example.com']);
    await popup.close();
    await page.close();
  });

  it('is highlighted once the permission is granted, and the popup shows its findings', async () => {
    // At start-up the background registers the content script for every granted origin.
    const worker = await browser.serviceWorker();
    await expect
      .poll(() => worker.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } } }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)))
      .toEqual(['tifa-user-site:www.example.com']);
    const url = server.url('plain.html', 'www.example.com');
    const { page, tabId } = await openTab(browser, url);
    await waitForHighlights(page);
    expect(await kindRangeCount(page)).toBeGreaterThan(0);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
    await expect.poll(() => popup.getByTestId('phrase-count').textContent()).toBe(String(await kindRangeCount(page)));
    expect(await popup.getByTestId('enable-site').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('stops when the permission is removed in settings, and other sites stay untouched', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.locator('.granted-list li', { hasText: 'www.example.com' }).getByRole('button').click();
    await expect.poll(() => options.locator('.granted-list li').count()).toBe(0);
    const { page } = await openTab(browser, server.url('plain.html', 'www.example.com'));
    await page.waitForTimeout(1_000);
    expect(await kindRangeCount(page)).toBe(0);
    const other = await openTab(browser, server.url('plain.html', 'other.example.org'));
    await other.page.waitForTimeout(500);
    expect(await kindRangeCount(other.page)).toBe(0);
    await options.close();
    await page.close();
    await other.page.close();
  });
});
