/**
 * Ready signals for "nothing is highlighted" checks: wait until the content script has
 * done what it would do, instead of sleeping and hoping it was not merely slow.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';
import type { FixtureServer } from './fixture-server';
import { kindRangeCount } from './highlights';
import { waitForHighlights } from './card';
import { openTab, sendToTab } from './tabs';

/**
 * Wait until the content script of a page opened with `?tifa-lens-profile` has its
 * dictionary and has rebuilt the highlighter under the user's settings (the
 * `tifa-lens:dictionary` mark is set just before that rebuild, in the same task).
 */
export async function untilDictionaryApplied(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('tifa-lens:dictionary').length), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

/**
 * Whether the tab's top frame has no content script of ours: the background's message to
 * it finds no receiver. Ask after the page's load event, when document_idle scripts have run.
 */
export async function hasNoContentScript(browser: ExtensionBrowser, tabId: number): Promise<boolean> {
  try {
    await sendToTab(browser, tabId, 'page:summary', {});
    return false;
  } catch (error) {
    if (/Receiving end does not exist|Could not establish connection/.test(String(error))) return true;
    throw error;
  }
}

/**
 * The positive control of a "nothing is highlighted" check: the same fixture page, served
 * on a government host where the extension runs, is highlighted.
 */
export async function expectHighlightedWhereAllowed(browser: ExtensionBrowser, server: FixtureServer, path = 'plain.html'): Promise<void> {
  const control = await openTab(browser, server.url(path, 'control.example.gov.cn'));
  await waitForHighlights(control.page);
  expect(await kindRangeCount(control.page)).toBeGreaterThan(0);
  await control.page.close();
}
