import type { BrowserContext, Page } from 'playwright-core';

/** Record, in the page's own world, every start-up announcement of the content script. */
export async function recordContentScriptStarts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const starts: string[] = [];
    (window as unknown as { __tifaStarts: string[] }).__tifaStarts = starts;
    window.addEventListener('tifa-lens:ready', (e) => starts.push(String((e as CustomEvent).detail)));
  });
}

/** How many times the content script announced itself in this page's main frame. */
export async function contentScriptStarts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __tifaStarts?: string[] }).__tifaStarts?.length ?? 0);
}
