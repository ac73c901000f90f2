import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { paintedCount, paintedRanges, saveHighlightRegistry } from './support/highlights';
import { ONE_MB_CHARS, bigSpeechPage } from './support/big-page';


const session = useExtensionSession({}, async (browser, server) => {
  const html = bigSpeechPage(ONE_MB_CHARS);
  server.route('/big.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await saveHighlightRegistry(browser.context);
});

/** The highlighter's own timings (it records them when the URL asks with ?tifa-lens-profile). */
function slices(page: Page): Promise<{ durations: number[]; registered: boolean }> {
  return page.evaluate(() => ({
    durations: performance.getEntriesByName('tifa-lens:slice').map((e) => e.duration),
    registered: performance.getEntriesByName('tifa-lens:registered').length > 0,
  }));
}

/** Ranges whose start lies within `margin` px of the viewport. */
function nearViewport(page: Page, margin: number): Promise<{ near: number; far: number }> {
  return page.evaluate((m) => {
    const registry = (window as unknown as { __tifaRegistry: Map<string, Set<StaticRange>> }).__tifaRegistry;
    let near = 0;
    let far = 0;
    for (const [name, h] of registry) {
      if (!name.startsWith('tifa-') || name === 'tifa-seam') continue;
      for (const r of h) {
        const box = r.startContainer.parentElement!.getBoundingClientRect();
        if (box.bottom > -m && box.top < innerHeight + m) near++;
        else far++;
      }
    }
    return { near, far };
  }, margin);
}

describe('a page with a megabyte of text', () => {
  it('reads it all in slices, none of them a long task', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('big.html?tifa-lens-profile'));
    await expect.poll(async () => (await slices(page)).registered, { timeout: 30_000 }).toBe(true);
    const { durations } = await slices(page);
    expect(durations.length).toBeGreaterThan(10);
    expect(Math.max(...durations)).toBeLessThan(50);
    await page.close();
  });

  it('paints only near the viewport, and paints more as the reader scrolls', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('big.html?tifa-lens-profile'));
    await expect.poll(async () => (await slices(page)).registered, { timeout: 30_000 }).toBe(true);
    await expect.poll(() => paintedCount(page), { timeout: 10_000 }).toBeGreaterThan(10);
    const painted = await paintedCount(page);
    // Tens of thousands of phrases on the page; a few hundred at most are painted.
    expect(painted).toBeLessThan(2_000);
    expect((await nearViewport(page, 2_000)).far).toBe(0);
    const firstTexts = (await paintedRanges(page)).map((r) => r.text);
    await page.evaluate(() => document.getElementById('s20')!.scrollIntoView());
    await expect.poll(async () => (await nearViewport(page, 0)).near, { timeout: 10_000 }).toBeGreaterThan(5);
    expect((await nearViewport(page, 2_000)).far).toBe(0);
    expect(firstTexts.length).toBeGreaterThan(10);
    await page.close();
  });
});
