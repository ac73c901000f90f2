import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../lib/card/placement';

const viewport = { width: 1280, height: 800 };
const card = { width: 420, height: 300 };

describe('placeCard', () => {
  it('puts the card just below the phrase when it fits', () => {
    const spot = placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport);
    expect(spot).toMatchObject({ left: 100, top: 128, side: 'below' });
  });
  it('flips above a phrase near the bottom edge', () => {
    const spot = placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport);
    expect(spot.side).toBe('above');
    expect(spot.top + spot.maxHeight).toBeLessThanOrEqual(700);
  });
  it('stays inside the viewport near the right edge', () => {
    const spot = placeCard({ left: 1250, top: 100, width: 30, height: 20 }, card, viewport);
    expect(spot.left + spot.width).toBeLessThanOrEqual(viewport.width - 8);
    expect(spot.left).toBeGreaterThanOrEqual(8);
  });
  it('shrinks to a small viewport rather than overflowing it', () => {
    const small = { width: 320, height: 240 };
    const spot = placeCard({ left: 10, top: 120, width: 30, height: 20 }, card, small);
    expect(spot.width).toBe(304);
    expect(spot.top).toBeGreaterThanOrEqual(8);
    expect(spot.top + spot.maxHeight).toBeLessThanOrEqual(small.height - 8);
  });
});

describe('placeCard never covers the phrase', () => {
  const overlaps = (spot: { top: number; maxHeight: number }, anchor: { top: number; height: number }) =>
    spot.top < anchor.top + anchor.height && anchor.top < spot.top + spot.maxHeight;
  const tall = { width: 420, height: 630 };
  for (const [name, vp] of [['1280×800', viewport], ['800×600', { width: 800, height: 600 }]] as const) {
    for (const y of [10, 150, 290, 300, 390, 450, vp.height - 30]) {
      it(`a 630 px card and a phrase at y=${y} in ${name}: side chosen by room, height capped`, () => {
        const anchor = { left: 200, top: y, width: 80, height: 22 };
        const spot = placeCard(anchor, tall, vp);
        expect(overlaps(spot, anchor)).toBe(false);
        expect(spot.top).toBeGreaterThanOrEqual(8);
        expect(spot.top + spot.maxHeight).toBeLessThanOrEqual(vp.height - 8);
        const roomBelow = vp.height - 8 - (y + 22 + 8);
        const roomAbove = y - 16;
        expect(spot.side).toBe(roomBelow >= roomAbove ? 'below' : 'above');
      });
    }
  }
  it('keeps clear of every line of a phrase that wraps', () => {
    const anchor = { left: 700, top: 380, width: 60, height: 48 };
    const spot = placeCard(anchor, card, viewport);
    expect(overlaps(spot, anchor)).toBe(false);
  });
});
