import { browser } from 'wxt/browser';

/** The toolbar action: `action` in MV3, `browserAction` in Firefox's MV2. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** Show a tab's phrase count on the toolbar icon; empty when off or zero. */
export async function setBadgeCount(tabId: number, count: number, enabled: boolean): Promise<void> {
  const action = toolbarAction();
  const text = enabled && count > 0 ? (count > 9999 ? '9999+' : String(count)) : '';
  await action.setBadgeText({ tabId, text });
  await action.setBadgeBackgroundColor({ tabId, color: '#a4161a' });
}
