import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/session';
import { collectPageErrors, paintedRanges, planted, saveHighlightRegistry } from './support/highlights';

const session = useExtensionSession({}, (browser) => saveHighlightRegistry(browser.context));

describe('a hostile page', () => {
  it('cannot stop the highlighter by replacing Range, MutationObserver, CSS and friends in its world', async () => {
    const page = await session.browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(session.server.url('hostile.html'));
    // The page really did sabotage its own globals.
    expect(await page.evaluate(() => [typeof CSS.highlights, (window as unknown as { __sabotaged: string[] }).__sabotaged.length])).toEqual(['object', 6]);
    expect(await page.evaluate(() => CSS.highlights)).toBeNull();
    // (Playwright's own waitForFunction needs the MutationObserver this page broke: poll.)
    await expect.poll(() => page.evaluate(() => (window as unknown as { __added?: boolean }).__added), { timeout: 10_000 }).toBe(true);
    // Read through the registry saved before the page's scripts ran: all three phrases,
    // including the paragraph added after the page replaced MutationObserver.
    await expect
      .poll(async () => planted(await paintedRanges(page)).map((r) => [r.id, r.text]), { timeout: 10_000 })
      .toEqual([['payload', '高度重视'], ['payload2', '同志们'], ['added', '四个意识']]);
    expect(errors.filter((e) => !e.startsWith('Failed to load resource') && !e.includes('hostile page'))).toEqual([]);
    await page.close();
  });

  it('keeps markup-looking page text as text: no element is created, no handler runs', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('hostile.html'));
    await expect.poll(async () => planted(await paintedRanges(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => ({
      images: document.images.length,
      scripts: document.querySelectorAll('body script').length,
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      text: document.getElementById('payload')!.textContent,
      children: document.getElementById('payload')!.childNodes.length,
    }));
    expect(state).toEqual({
      images: 0,
      scripts: 1,
      pwned: null,
      text: '留言：<img src=x onerror="window.__pwned=1"> 要高度重视。',
      children: 1,
    });
    await page.close();
  });
});
