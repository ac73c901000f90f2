/**
 * Open the reader at an address, in the reader tab that is already open if there is one: a
 * journalist clicking "阅读原文" on ten cards wants one reader, not ten tabs.
 */
import { browser } from 'wxt/browser';

/** The reader tab the last call opened or reused (Firefox has no runtime.getContexts). */
let remembered: number | undefined;

async function existingReaderTab(base: string): Promise<number | undefined> {
  const runtime = browser.runtime as unknown as {
    getContexts?: (filter: { contextTypes: string[] }) => Promise<Array<{ tabId: number; documentUrl?: string }>>;
  };
  if (runtime.getContexts) {
    const contexts = await runtime.getContexts({ contextTypes: ['TAB'] });
    return contexts.find((c) => c.tabId >= 0 && c.documentUrl?.startsWith(base))?.tabId;
  }
  if (remembered === undefined) return undefined;
  const tab = await browser.tabs.get(remembered).catch(() => undefined);
  return tab && (!tab.url || tab.url.startsWith(base)) ? tab.id : undefined;
}

/** Show `reader.html<hash>` in the existing reader tab (focused), or in a new tab; the tab's id. */
export async function openReaderTab(hash: string): Promise<number | undefined> {
  const base = browser.runtime.getURL('/reader.html');
  const url = `${base}${hash}`;
  const existing = await existingReaderTab(base).catch(() => undefined);
  if (existing !== undefined) {
    const tab = await browser.tabs.update(existing, { url, active: true }).catch(() => undefined);
    if (tab?.id !== undefined) {
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
      return (remembered = tab.id);
    }
  }
  return (remembered = (await browser.tabs.create({ url })).id);
}
