/**
 * The keyboard cursor and the reveal flash are the highlighter's layers: seen on the page in
 * their own colours with the Highlight API, and as `<tifa-mark>`s where the browser has none
 * (Firefox 115–139; here the API is taken from the shipped content script's own world).
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { waitForHighlights } from './support/card';
import { evaluateInContentWorld } from './support/content-world';
import { kindRangeCount } from './support/highlights';
import { comparePngs } from './support/pixels';
import { referencePage } from './support/reference-count';
import { openTab, sendToTab } from './support/tabs';

const session = useExtensionSession();

const CURSOR = '#1f6feb';
const FLASH = '#ff7b00';

/** Pixels of `colour` in a screenshot of `clip` (page coordinates of the viewport). */
async function pixelsOf(page: Page, clip: { x: number; y: number; width: number; height: number }, colour: string): Promise<number> {
  const png = await page.screenshot({ clip });
  return (await comparePngs(session.browser.context, png, png, [colour])).colours[colour]![0];
}

/** The box around the phrase under a `CSS.highlights` entry (viewport coordinates). */
function highlightBox(page: Page, name: string) {
  return page.evaluate((name) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get(name);
    const r = h && [...h][0];
    if (!r) return null;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const b = range.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height, text: range.toString() };
  }, name);
}

/** The text under a layer's marks, and the box around the first of them. */
async function layerMarks(page: Page, layer: string): Promise<{ text: string; first: Locator }> {
  const marks = page.locator(`tifa-mark[data-layer="${layer}"]`);
  return { text: (await marks.allTextContents()).join(''), first: marks.first() };
}

describe('the keyboard cursor and the reveal flash', () => {
  it('show in their own colours with the Highlight API, styled by the highlighter’s sheet', async () => {
    const { page, tabId } = await openTab(session.browser, session.server.url('card-cases.html'));
    await waitForHighlights(page);
    const order = (await referencePage('card-cases.html')).matches.map((m) => m.text);
    await sendToTab(session.browser, tabId, 'page:step', { direction: 'next' });
    const box = (await highlightBox(page, 'tifa-current'))!;
    expect(box.text).toBe(order[0]);
    // Most of the phrase's box is the cursor's fill (the rest is its white text).
    expect(await pixelsOf(page, box, CURSOR)).toBeGreaterThan(box.width * box.height * 0.3);
    // Nothing of ours is in the page's DOM: the Highlight API draws without it.
    expect(await page.locator('tifa-mark').count()).toBe(0);
    await page.close();
  });

  it('are drawn as <tifa-mark>s where the browser has no Highlight API', async () => {
    const { page, tabId } = await openTab(session.browser, session.server.url('card-cases.html'));
    await waitForHighlights(page);
    expect(await evaluateInContentWorld(page, session.browser.extensionId, 'delete globalThis.Highlight; typeof Highlight')).toBe('undefined');
    // A palette change starts the page's highlighter anew: now it finds no Highlight API.
    const options = await session.browser.openExtensionPage('options.html');
    await options.getByTestId('palette').selectOption('colorblind');
    await expect.poll(() => page.locator('tifa-mark[data-kind]').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    expect(await kindRangeCount(page)).toBe(0);
    const order = (await referencePage('card-cases.html')).matches.map((m) => m.text);

    await sendToTab(session.browser, tabId, 'page:step', { direction: 'next' });
    await sendToTab(session.browser, tabId, 'page:step', { direction: 'next' });
    const current = await layerMarks(page, 'current');
    expect(current.text).toBe(order[1]);
    const box = (await current.first.boundingBox())!;
    expect(await pixelsOf(page, box, CURSOR)).toBeGreaterThan(box.width * box.height * 0.3);
    // The cursor's mark sits inside its kind's mark.
    expect(await current.first.evaluate((m) => m.parentElement?.getAttribute('data-kind'))).toBeTruthy();

    // Back to the first phrase: the old mark goes, the new one comes.
    await sendToTab(session.browser, tabId, 'page:step', { direction: 'prev' });
    expect((await layerMarks(page, 'current')).text).toBe(order[0]);

    // The side panel's density strip reveals a phrase: it is flashed (for a moment) over the cursor.
    const revealed = (await sendToTab(session.browser, tabId, 'page:reveal-at', { order: 2 })) as { value: { found: boolean } };
    expect(revealed.value.found).toBe(true);
    const flash = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('tifa-mark[data-layer="flash"]')];
      return { text: marks.map((m) => m.textContent).join(''), colour: marks[0] && getComputedStyle(marks[0]).backgroundColor };
    });
    expect(flash).toEqual({ text: order[2], colour: 'rgb(255, 123, 0)' });
    expect((await layerMarks(page, 'current')).text).toBe(order[2]);
    await expect.poll(() => page.locator('tifa-mark[data-layer="flash"]').count(), { timeout: 5_000 }).toBe(0);
    expect(await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()])).toEqual([]);

    await options.getByTestId('palette').selectOption('default');
    await options.close();
    await page.close();
  });
});
