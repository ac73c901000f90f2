/**
 * What a user sees of colours: computed CSS colours read back from a page, as luminance
 * and WCAG contrast, so tests assert legibility instead of repeating a value from the CSS.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { relativeLuminance, type Rgb } from '../../../lib/color/luminance';

/** `rgb(r, g, b)` / `rgba(…)` as channels (a computed colour is always in this form). */
function parseCssRgb(css: string): Rgb {
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

/** Body colours as the user sees them. */
export type BodyColours = Awaited<ReturnType<typeof bodyColours>>;

/** Light mode is light, dark mode is dark, and text reads on its background in both (WCAG AA, 4.5:1). */
export function expectLegibleInBothSchemes(light: BodyColours, dark: BodyColours): void {
  expect(light.backgroundLuminance, `light background ${light.background}`).toBeGreaterThan(0.5);
  expect(dark.backgroundLuminance, `dark background ${dark.background}`).toBeLessThan(0.1);
  expect(light.contrast, `light: ${light.text} on ${light.background}`).toBeGreaterThanOrEqual(4.5);
  expect(dark.contrast, `dark: ${dark.text} on ${dark.background}`).toBeGreaterThanOrEqual(4.5);
}
