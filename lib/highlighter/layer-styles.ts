/**
 * How the layers over the kinds look (the keyboard cursor's phrase, the reveal flash), for
 * both painters: `::highlight()` rules in the highlighter's sheet, inline styles on marks.
 */
import type { HighlightLayer } from './types';

/** The layers from bottom to top: a flash shows over the cursor when both are on one phrase. */
export const HIGHLIGHT_LAYERS: readonly HighlightLayer[] = ['current', 'flash'];

/** A solid fill with white text: shows over any kind's colour and over the seam shade. */
const LAYER_DECLARATIONS: Readonly<Record<HighlightLayer, string>> = {
  current: 'background-color:#1f6feb;color:#ffffff;',
  flash: 'background-color:#ff7b00;color:#ffffff;',
};

/**
 * The `CSS.highlights` name of a layer, e.g. 'tifa-current'. Fixed, like the kinds' names
 * (see `highlightName`): the registry is enumerable, so page script finds our highlights and
 * their ranges whatever they are called, and a random name would hide nothing.
 */
export function layerHighlightName(layer: HighlightLayer): string {
  return `tifa-${layer}`;
}

/** Highlight priority of a layer: above the kinds (0) and the seam shade (1), the flash on top. */
export function layerPriority(layer: HighlightLayer): number {
  return 10 + HIGHLIGHT_LAYERS.indexOf(layer);
}

/** The `::highlight()` rules of every layer. */
export function layerSheetText(): string {
  return HIGHLIGHT_LAYERS.map((l) => `::highlight(${layerHighlightName(l)}){${LAYER_DECLARATIONS[l]}}`).join('\n');
}

/** Inline style of a layer's `<tifa-mark>` (inside a kind's mark, its fill covers the kind's). */
export function layerMarkStyleText(layer: HighlightLayer): string {
  return LAYER_DECLARATIONS[layer];
}
