/**
 * Runs an expression in the content script's own world (Chromium's isolated world for the
 * extension) over the DevTools protocol. Tests use it to take the Highlight API away from the
 * shipped content script, which then paints as it does on Firefox 115–139: with `<tifa-mark>`s.
 */
import type { Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

/** Evaluate `expression` in the extension's world of the page's main frame; returns its value. */
export async function evaluateInContentWorld(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
    // Enabling reports every context that already exists.
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = contexts.find(
      (c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error('the content script has no world in this page');
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}
