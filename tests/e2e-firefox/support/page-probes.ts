/**
 * The shared e2e probes (tests/e2e/support) on a Firefox tab. They only ever call
 * `evaluate(fn, arg)`, which Playwright and Puppeteer both offer with the same meaning, so
 * the Firefox tests read highlights exactly as the Chromium tests do.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { pointOfText } from '../../e2e/support/card';
import { paintedCount } from '../../e2e/support/highlights';

/** A Puppeteer tab seen through the one Playwright call the shared probes make. */
export function probeTarget(page: Page): PlaywrightPage {
  return { evaluate: (fn: () => unknown, arg?: unknown) => page.evaluate(fn, arg) } as unknown as PlaywrightPage;
}

/** Wait until the page has `atLeast` painted ranges of ours and the count has stopped moving. */
export async function waitForSettledHighlights(page: Page, atLeast = 1): Promise<number> {
  await expect.poll(() => paintedCount(probeTarget(page)), { timeout: 15_000 }).toBeGreaterThanOrEqual(atLeast);
  let last = -1;
  await expect.poll(async () => last === (last = await paintedCount(probeTarget(page))), { timeout: 10_000, interval: 200 }).toBe(true);
  return last;
}

/** Click (a real, trusted click) on the n-th occurrence of `text`. */
export async function clickText(page: Page, text: string, nth = 0): Promise<void> {
  const { x, y } = await pointOfText(probeTarget(page), text, nth);
  await page.mouse.click(x, y);
}

/** A real click in the middle of the first element matching `selector` (extension pages). */
export async function clickSelector(page: Page, selector: string): Promise<void> {
  const box = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  if (!box) throw new Error(`no "${selector}" on ${await page.evaluate(() => location.href)}`);
  await page.mouse.click(box.x, box.y);
}

/** Texts of every element matching `selector`. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => el.textContent ?? ''), selector);
}
