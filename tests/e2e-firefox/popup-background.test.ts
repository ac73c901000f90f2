import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { referenceStats } from '../e2e/support/reference-count';
import { navigate } from './support/firefox-browser';
import { waitForSettledHighlights } from './support/page-probes';
import { useFirefoxSession } from './support/session';

const session = useFirefoxSession();

/** The `browser` global of an extension page, where these probes run. */
declare const browser: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: { getBackgroundPage(): Promise<Window>; getManifest(): Record<string, unknown> };
};

/** Open popup.html in a tab of its own about the newest web tab, as the toolbar button would. */
async function popupForNewestWebTab(url: string): Promise<{ popup: Page; tabId: number }> {
  const { firefox } = session;
  const popup = await firefox.openExtensionPage('popup.html');
  const tabId = await popup.evaluate(async (origin) => {
    const tabs = await browser.tabs.query({});
    return Math.max(...tabs.filter((t) => !t.url?.startsWith(origin)).map((t) => t.id ?? -1));
  }, firefox.origin);
  await navigate(popup, `${firefox.origin}/popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
  await expect.poll(() => popup.evaluate(() => !!document.querySelector('.popup:not(.loading)')), { timeout: 10_000 }).toBe(true);
  return { popup, tabId };
}

describe('the toolbar popup in Firefox ESR', () => {
  it('shows the page count the highlighter found, and the browserAction badge agrees', async () => {
    const url = session.server.url('card-cases.html');
    const page = await session.firefox.newPage();
    await page.goto(url);
    await waitForSettledHighlights(page, 4);
    const { popup, tabId } = await popupForNewestWebTab(url);
    const count = await popup.evaluate(() => Number(document.querySelector('[data-testid="phrase-count"]')?.textContent));
    expect(count).toBe((await referenceStats('card-cases.html')).matches);
    expect(count).toBeGreaterThanOrEqual(4);
    await expect.poll(() => popup.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId)).toBe(String(count));
    expect(await popup.evaluate(() => [...document.querySelectorAll('.top .text')].map((e) => e.textContent))).toContain('不忘初心、牢记使命');
    await popup.close();
    await page.close();
  });
});

describe('what differs in Firefox: an MV2 background page and a browserAction', () => {
  it('runs the background as a page with a DOM window, not a service worker', async () => {
    const page = await session.firefox.openExtensionPage('popup.html');
    const background = await page.evaluate(async () => {
      const bg = await browser.runtime.getBackgroundPage();
      return {
        path: bg.location.pathname,
        scripts: [...bg.document.scripts].map((s) => new URL(s.src).pathname),
        // Firefox gives extension pages no service workers at all.
        serviceWorker: typeof navigator.serviceWorker,
        persistent: (browser.runtime.getManifest().background as { persistent?: boolean }).persistent,
      };
    });
    expect(background).toEqual({ path: '/_generated_background_page.html', scripts: ['/background.js'], serviceWorker: 'undefined', persistent: true });
    await page.close();
  });

  it('declares browser_action and optional_permissions, and offers browserAction where Chrome offers action', async () => {
    const page = await session.firefox.openExtensionPage('popup.html');
    const facts = await page.evaluate(() => {
      const m = browser.runtime.getManifest() as {
        manifest_version: number;
        browser_action?: { default_popup?: string };
        action?: unknown;
        background?: { scripts?: string[]; service_worker?: string };
        optional_permissions?: string[];
      };
      const api = browser as unknown as Record<string, unknown>;
      return {
        version: m.manifest_version,
        // Firefox hands back the manifest with URLs made absolute.
        popup: m.browser_action?.default_popup?.replace(location.origin, ''),
        action: m.action ?? null,
        background: [m.background?.scripts?.map((s) => s.replace(location.origin, '')), m.background?.service_worker ?? null],
        optional: m.optional_permissions,
        apis: [typeof api.action, typeof api.browserAction],
      };
    });
    expect(facts).toEqual({
      version: 2,
      popup: '/popup.html',
      action: null,
      background: [['/background.js'], null],
      optional: ['http://*/*', 'https://*/*'],
      apis: ['undefined', 'object'],
    });
    await page.close();
  });
});
