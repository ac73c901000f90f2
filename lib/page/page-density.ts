import type { PageMatch } from '../highlighter/types';

/** How many slices the side panel's density strip has. */
const DENSITY_SLICES = 40;

/**
 * Painted phrases per slice of the page's height, for the side panel's strip along the page.
 * One layout for all the reads; `first` lets a click on a slice scroll to its first phrase.
 */
export function densityAlongPage(matches: readonly PageMatch[], slices = DENSITY_SLICES): Array<{ count: number; first: number }> {
  const out = Array.from({ length: slices }, () => ({ count: 0, first: -1 }));
  const height = Math.max(1, document.documentElement.scrollHeight);
  for (const m of matches) {
    const element = m.startContainer.parentElement;
    if (!element) continue;
    const top = element.getBoundingClientRect().top + window.scrollY;
    const slice = out[Math.min(slices - 1, Math.max(0, Math.floor((top / height) * slices)))]!;
    if (slice.count++ === 0) slice.first = m.order;
  }
  return out;
}
