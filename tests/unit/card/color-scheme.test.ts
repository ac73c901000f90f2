import { describe, expect, it } from 'vitest';
import { parseRgb } from '../../../lib/card/color-scheme';
import { relativeLuminance as luminance } from '../../../lib/color/luminance';

describe('page colour scheme', () => {
  it('reads computed colours and ignores transparent ones', () => {
    expect(parseRgb('rgb(255, 255, 255)')).toEqual([255, 255, 255]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toBeNull();
    expect(parseRgb('rgb(20 20 20 / 90%)')).toEqual([20, 20, 20]);
    expect(parseRgb('transparent')).toBeNull();
  });
  it('ranks dark backgrounds below light ones', () => {
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([30, 30, 35])).toBeLessThan(0.3);
    expect(luminance([243, 243, 243])).toBeGreaterThan(0.3);
  });
});
