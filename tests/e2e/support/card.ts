import type { Page } from 'playwright-core';

/** Viewport point at the middle of the first line of the n-th occurrence of `text` in the page. */
export async function pointOfText(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, nth }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        let at = (n as Text).data.indexOf(text);
        while (at >= 0) {
          if (seen++ === nth) {
            (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(n, at);
            range.setEnd(n, Math.min((n as Text).data.length, at + Math.min(text.length, 4)));
            const r = range.getClientRects()[0]!;
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          at = (n as Text).data.indexOf(text, at + 1);
        }
      }
      return null;
    },
    { text, nth },
  );
  if (!point) throw new Error(`"${text}" not found on the page`);
  return point;
}

/** Click (a real, trusted click) on the n-th occurrence of `text`. */
export async function clickText(page: Page, text: string, options: { nth?: number; modifiers?: Array<'Alt'> } = {}): Promise<void> {
  const { x, y } = await pointOfText(page, text, options.nth ?? 0);
  for (const key of options.modifiers ?? []) await page.keyboard.down(key);
  await page.mouse.click(x, y);
  for (const key of options.modifiers ?? []) await page.keyboard.up(key);
}

/** Wait until the page has painted at least one highlight of ours. */
export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
    return [...(registry ?? new Map()).entries()].some(([name, h]) => name.startsWith('tifa-') && h.size > 0);
  });
}

/** A part of the open card (e.g. '.first-use'), wherever the card keeps it. */
export function cardPart(page: Page, selector: string) {
  return page.locator(`tifa-card ${selector}`);
}
