/**
 * Page-time patterns in real Chromium: a parallel list that no dictionary entry holds is
 * highlighted on a government page, and its card says it is a pattern found by rule.
 */
import { describe, expect, it } from 'vitest';
import { cardPart, clickText, waitForHighlights } from './support/card';
import { paintedRanges, saveHighlightRegistry } from './support/highlights';
import { useExtensionSession } from './support/session';

const session = useExtensionSession({}, (browser) => saveHighlightRegistry(browser.context));

describe('page-time patterns', () => {
  it('highlight a parallel list not in the dictionary, and its card explains the pattern', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('patterns.html'));
    await waitForHighlights(page);
    await expect
      .poll(async () => (await paintedRanges(page)).filter((r) => r.id === 'list').map((r) => r.text))
      .toContain('绿色园区、绿电园区、零碳园区');
    expect((await paintedRanges(page)).filter((r) => r.id === 'plain')).toEqual([]);

    await clickText(page, '绿电园区');
    await expect.poll(() => cardPart(page, '.card').count()).toBe(1);
    expect(await cardPart(page, '.phrase').textContent()).toBe('绿色园区、绿电园区、零碳园区');
    expect(await cardPart(page, '.pattern-lead').textContent()).toContain('规律识别');
    expect(await cardPart(page, '.pattern-rule').textContent()).toBe('并列提法：3 项共用“园区”');
    expect(await cardPart(page, '.counts').count()).toBe(0);
    // The background answers with corpus documents that use the same pattern (园区 lists).
    await expect.poll(() => cardPart(page, '.pattern-examples li').count()).toBeGreaterThan(0);
    expect(await cardPart(page, '.pattern-examples .speech-title').first().textContent()).toMatch(/政府工作报告|报告/);
    await page.close();
  });
});
