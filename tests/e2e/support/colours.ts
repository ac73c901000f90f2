/**
 * What a user sees of colours: computed CSS colours read back from a page, as luminance
 * and WCAG contrast, so tests assert legibility instead of repeating a value from the CSS.
 */
import type { Page } from 'playwright-core';
import { relativeLuminance, type Rgb } from '../../../lib/color/luminance';

/** `rgb(r, g, b)` / `rgba(…)` as channels (a computed colour is always in this form). */
export function parseCssRgb(css: string): Rgb {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not a computed rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG contrast ratio of two computed colours (1 to 21). */
export function contrastOf(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(parseCssRgb(a)), relativeLuminance(parseCssRgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The body's computed text and background colours, their contrast and the background's luminance. */
export async function bodyColours(page: Page): Promise<{ text: string; background: string; contrast: number; backgroundLuminance: number }> {
  const { text, background } = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { text: style.color, background: style.backgroundColor };
  });
  return { text, background, contrast: contrastOf(text, background), backgroundLuminance: relativeLuminance(parseCssRgb(background)) };
}
