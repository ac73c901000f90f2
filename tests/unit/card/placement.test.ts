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
