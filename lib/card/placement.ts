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
 * Where the card goes: below the phrase's line if it fits, else above, else on the side with
 * more room, its height capped to that room (it scrolls inside). It never covers the
 * phrase's line, which is what the reader is reading; `anchor` spans all of the phrase's lines.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }) {
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const bottom = anchor.top + anchor.height;
  const roomBelow = viewport.height - MARGIN - (bottom + GAP);
  const roomAbove = anchor.top - GAP - MARGIN;
  let side: 'below' | 'above';
  if (card.height <= roomBelow) side = 'below';
  else if (card.height <= roomAbove) side = 'above';
  else side = roomBelow >= roomAbove ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? roomBelow : roomAbove);
  const height = Math.min(card.height, room, viewport.height - 2 * MARGIN);
  const top = side === 'below' ? Math.max(MARGIN, bottom + GAP) : Math.min(viewport.height - MARGIN - height, anchor.top - GAP - height);
  const left = clamp(anchor.left, MARGIN, viewport.width - MARGIN - width);
  return { left, top: clamp(top, MARGIN, viewport.height - MARGIN - height), width, maxHeight: height, side };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
