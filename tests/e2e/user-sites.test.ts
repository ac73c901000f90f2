import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/session';
import { grantHostInProfile } from './support/grant-host';
import { kindRangeCount } from './support/highlights';
import { waitForHighlights } from './support/card';
import { openTab } from './support/tabs';
import { expectHighlightedWhereAllowed, hasNoContentScript } from './support/ready';


// The profile has the user's grant for www.example.com before the browser starts on it.
const session = useExtensionSession({
  seedProfile: ({ userDataDir, extensionId }) => grantHostInProfile(userDataDir, extensionId, 'http://www.example.com/*'),
});

describe('a site the user allowed', () => {
  it('"Highlight on this site" in the popup runs in the open tab at once and registers the site', async () => {
    type Chrome = { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>>; unregisterContentScripts(): Promise<void> } };
    const worker = await session.browser.serviceWorker();
    const registered = () => worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    await expect.poll(registered).toHaveLength(1);
    // The state right after the user accepted the prompt: granted, not yet registered.
    await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.scripting.unregisterContentScripts());
    const url = session.server.url('plain.html', 'www.example.com');
    const { page, tabId } = await openTab(session.browser, url);
    // Granted but unregistered: no content script ran in the tab (asked after load).
    expect(await hasNoContentScript(session.browser, tabId)).toBe(true);
    expect(await kindRangeCount(page)).toBe(0);
    const popup = await session.browser.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
    await popup.getByTestId('enable-site').click();
    await waitForHighlights(page);
    expect(await kindRangeCount(page)).toBeGreaterThan(0);
    await expect.poll(registered).toEqual(['tifa-user-site:www.example.com']);
    await popup.close();
    await page.close();
  });

  it('is highlighted once the permission is granted, and the popup shows its findings', async () => {
    // At start-up the background registers the content script for every granted origin.
    const worker = await session.browser.serviceWorker();
    await expect
      .poll(() => worker.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } } }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)))
      .toEqual(['tifa-user-site:www.example.com']);
    const url = session.server.url('plain.html', 'www.example.com');
    const { page, tabId } = await openTab(session.browser, url);
    await waitForHighlights(page);
    expect(await kindRangeCount(page)).toBeGreaterThan(0);
    const popup = await session.browser.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
    await expect.poll(() => popup.getByTestId('phrase-count').textContent()).toBe(String(await kindRangeCount(page)));
    expect(await popup.getByTestId('enable-site').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('stops when the permission is removed in settings, and other sites stay untouched', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.locator('.granted-list li', { hasText: 'www.example.com' }).getByRole('button').click();
    await expect.poll(() => options.locator('.granted-list li').count()).toBe(0);
    const { page, tabId } = await openTab(session.browser, session.server.url('plain.html', 'www.example.com'));
    expect(await hasNoContentScript(session.browser, tabId)).toBe(true);
    expect(await kindRangeCount(page)).toBe(0);
    const other = await openTab(session.browser, session.server.url('plain.html', 'other.example.org'));
    expect(await hasNoContentScript(session.browser, other.tabId)).toBe(true);
    expect(await kindRangeCount(other.page)).toBe(0);
    // Positive control: the same page where the extension does run is highlighted.
    await expectHighlightedWhereAllowed(session.browser, session.server);
    await options.close();
    await page.close();
    await other.page.close();
  });
});
