import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setBadgeCount } from '../../../lib/background/badge';

// Firefox's MV2 build has `browserAction` and no `action`; WXT's fake has both, so the
// test takes `action` away and puts the fake's working badge behind `browserAction`.
const toolbar = fakeBrowser.action;
const unimplementedBrowserAction = fakeBrowser.browserAction;
const asFirefoxMv2 = fakeBrowser as unknown as { action: unknown; browserAction: unknown };

beforeEach(() => {
  fakeBrowser.reset();
  asFirefoxMv2.action = undefined;
  asFirefoxMv2.browserAction = toolbar;
});

afterEach(() => {
  asFirefoxMv2.action = toolbar;
  asFirefoxMv2.browserAction = unimplementedBrowserAction;
});

describe('the toolbar badge in Firefox MV2', () => {
  it("shows a tab's phrase count on browserAction", async () => {
    await setBadgeCount(7, 42, true);
    expect(await toolbar.getBadgeText({ tabId: 7 })).toBe('42');
    expect(await toolbar.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0xa4, 0x16, 0x1a, 255]);
  });

  it('clears the badge when the page is switched off', async () => {
    await setBadgeCount(7, 42, true);
    await setBadgeCount(7, 42, false);
    expect(await toolbar.getBadgeText({ tabId: 7 })).toBe('');
  });
});
