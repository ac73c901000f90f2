import { relativeLuminance } from '../color/luminance';

/** Parse `rgb(…)`/`rgba(…)` as computed styles give it; null for transparent or unknown. */
export function parseRgb(color: string): [number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Whether the page under an element looks dark, so the card can match it: the first
 * opaque background up the tree decides; with none, the page's declared `color-scheme`.
 */
export function pageLooksDark(from: Element | null, win: Window = window): boolean {
  for (let el = from; el; el = el.parentElement) {
    const rgb = parseRgb(win.getComputedStyle(el).backgroundColor);
    if (rgb) return relativeLuminance(rgb) < 0.3;
  }
  // No background anywhere: the canvas is white unless the page opted into dark.
  const declared = win.getComputedStyle(win.document.documentElement).colorScheme ?? '';
  if (!declared.includes('dark')) return false;
  return !declared.includes('light') || win.matchMedia('(prefers-color-scheme: dark)').matches;
}
