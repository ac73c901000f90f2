import type { Browser } from 'wxt/browser';
import { sendTabRequest } from '../messaging/client';
import { openSidePanel } from '../sidepanel/open-panel';
import { updateSettings } from '../settings/settings-store';
import { siteKey } from '../settings/site-rules';

/** Carry out a keyboard command on the tab it was pressed in. Errors are swallowed: a tab
 *  without our content script simply has nothing to move through. */
export async function runCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  try {
    if (command === 'open-panel') {
      await openSidePanel(tabId);
    } else if (command === 'next-phrase' || command === 'prev-phrase') {
      await sendTabRequest(tabId, 'page:step', { direction: command === 'next-phrase' ? 'next' : 'prev' });
    } else if (command === 'open-card') {
      await sendTabRequest(tabId, 'page:open-card', {});
    } else if (command === 'toggle-site') {
      const { url, enabled } = await sendTabRequest(tabId, 'page:summary', {});
      const host = siteKey(new URL(url).hostname);
      await updateSettings((s) => ({ ...s, sites: { ...s.sites, [host]: !enabled } }));
    }
  } catch {
    // No content script in that tab: nothing to do.
  }
}
