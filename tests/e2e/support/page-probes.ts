import type { Page } from 'playwright-core';

/**
 * How many of our content-script worlds run in this page's main frame, seen from outside the
 * page: the DevTools protocol lists every isolated world with the extension's name, which
 * page script cannot see.
 */
export async function contentScriptStarts(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const worlds: Array<{ name: string; auxData?: { type?: string; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context as (typeof worlds)[number]));
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.disable');
    return worlds.filter((w) => w.auxData?.type === 'isolated' && w.auxData.frameId === frameTree.frame.id && !w.name.startsWith('__playwright')).length;
  } finally {
    await cdp.detach();
  }
}
