import type { Page } from 'playwright-core';
import type { browser as extensionBrowser } from 'wxt/browser';
import type { ExtensionBrowser } from './extension-browser';

/** The `chrome` global of an extension context, where these probes run. */
declare const chrome: typeof extensionBrowser;

/** The id of the tab most recently opened (tab URLs are hidden without the tabs permission). */
async function newestTabId(browser: ExtensionBrowser): Promise<number> {
  const worker = await browser.serviceWorker();
  const ids = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t: { id?: number }) => t.id ?? -1));
  return Math.max(...ids);
}

/** Open a page and return it with its tab id. */
export async function openTab(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, tabId: await newestTabId(browser) };
}

/** The toolbar badge text of a tab. */
export async function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  const worker = await browser.serviceWorker();
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Send one of our protocol's requests from an extension page, as the popup or a menu would. */
export async function sendFromExtension(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(({ type, payload }) => chrome.runtime.sendMessage({ tifa: 1, type, payload }), { type, payload });
}

/** Send a request to a tab's content script, as the background's keyboard commands do. */
export async function sendToTab(browser: ExtensionBrowser, tabId: number, type: string, payload: unknown): Promise<unknown> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(({ tabId, type, payload }) => chrome.tabs.sendMessage(tabId, { tifa: 1, type, payload }, { frameId: 0 }), { tabId, type, payload });
}
