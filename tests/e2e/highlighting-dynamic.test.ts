import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/session';
import { collectPageErrors, paintedRanges, planted, saveHighlightRegistry } from './support/highlights';

const session = useExtensionSession({}, (browser) => saveHighlightRegistry(browser.context));

describe('highlighting content that changes after load', () => {
  it('highlights every item of a list that grows every 100 ms', async () => {
    const page = await session.browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(session.server.url('infinite-scroll.html'));
    await page.waitForFunction(() => (window as unknown as { feedDone?: boolean }).feedDone === true, null, { timeout: 15_000 });
    const items = await page.locator('.item').count();
    expect(items).toBe(41);
    await expect
      .poll(async () => planted(await paintedRanges(page)).filter((r) => r.connected).length, { timeout: 10_000 })
      .toBe(items);
    const ranges = planted(await paintedRanges(page));
    expect(ranges.map((r) => r.text)).toEqual(['高度重视', ...Array<string>(40).fill('四个意识')]);
    // The page's own list is intact: every item still holds exactly its own text.
    const texts = await page.locator('.item').allTextContents();
    expect(texts.at(-1)).toBe('第40条：全体干部要增强“四个意识”。');
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    await page.close();
  });

  it('highlights content that arrives long after load', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('late-content.html'));
    await page.waitForFunction(() => (window as unknown as { lateDone?: boolean }).lateDone === true, null, { timeout: 10_000 });
    await expect.poll(async () => planted(await paintedRanges(page)).map((r) => r.text), { timeout: 10_000 }).toEqual([
      '高度重视',
      '同志们',
      '四个意识',
    ]);
    await page.close();
  });

  it('follows an SPA route change: new view highlighted, nothing left of the old one', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('spa.html'));
    await expect.poll(async () => planted(await paintedRanges(page)).map((r) => r.text), { timeout: 10_000 }).toEqual(['高度重视']);
    await page.click('#to-news');
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/spa/news');
    await expect
      .poll(async () => planted(await paintedRanges(page)).map((r) => [r.text, r.connected]), { timeout: 10_000 })
      .toEqual([['同志们', true], ['四个意识', true], ['四个意识', true]]);
    // After the full reread that follows a location change, still exactly the new view.
    await page.waitForTimeout(1_000);
    expect((await paintedRanges(page)).every((r) => r.connected)).toBe(true);
    expect(planted(await paintedRanges(page)).map((r) => [r.text, r.connected])).toEqual([
      ['同志们', true], ['四个意识', true], ['四个意识', true],
    ]);
    await page.close();
  });
});
