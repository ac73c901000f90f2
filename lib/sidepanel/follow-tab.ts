import { browser, type Browser } from 'wxt/browser';

/**
 * The tab the side panel is about: `?tab=ID` when sidepanel.html is opened in a tab of its
 * own (as the e2e tests do), else the active tab of the panel's window.
 */
export async function panelTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/**
 * Call `changed` when the panel should look again: another tab became active, the tab
 * finished loading, or its content script reported a new count (the page changed).
 * Returns the function that stops following.
 */
export function followTab(current: () => number | undefined, changed: () => void): () => void {
  const pinned = new URLSearchParams(location.search).has('tab');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(changed, 250);
  };
  const onActivated = () => !pinned && soon();
  const onUpdated = (tabId: number, info: Browser.tabs.OnUpdatedInfo) => tabId === current() && info.status === 'complete' && soon();
  // The content script's badge count travels to every extension page; the panel only listens.
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.tab?.id === current() && (message as { type?: unknown } | null)?.type === 'page:count') soon();
    return undefined;
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.runtime.onMessage.addListener(onMessage);
  return () => {
    clearTimeout(timer);
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.runtime.onMessage.removeListener(onMessage);
  };
}
