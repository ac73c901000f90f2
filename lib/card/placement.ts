/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Gap between the phrase and the card, and the least margin kept from viewport edges. */
const GAP = 8;
const MARGIN = 8;

/**
 * Where the card goes: below the phrase if it fits, else above, else wherever it
 * overlaps least; always clamped inside the viewport, even near its edges.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }) {
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const height = Math.min(card.height, viewport.height - 2 * MARGIN);
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - height;
  let top: number;
  let side: 'below' | 'above';
  if (below + height <= viewport.height - MARGIN) [top, side] = [below, 'below'];
  else if (above >= MARGIN) [top, side] = [above, 'above'];
  else [top, side] = [viewport.height - MARGIN - height, 'below'];
  const left = clamp(anchor.left, MARGIN, viewport.width - MARGIN - width);
  return { left, top: clamp(top, MARGIN, viewport.height - MARGIN - height), width, maxHeight: height, side };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
