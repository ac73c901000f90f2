import { describe, expect, it } from 'vitest';
import { PHRASE_KINDS } from '../../../lib/dictionary/types';
import { KIND_STYLES, contrastRatio, highlightSheetText, markStyleText } from '../../../lib/highlighter/kind-styles';
import { Backoff } from '../../../lib/highlighter/backoff';

describe('the colour table', () => {
  it('names one highlight per kind, as the popup legend and CSS.highlights expect', () => {
    expect(PHRASE_KINDS.map((k) => KIND_STYLES[k].highlight)).toEqual([
      'tifa-slogan', 'tifa-numbered', 'tifa-formula', 'tifa-bundle', 'tifa-frame', 'tifa-ritual',
    ]);
  });

  it('underlines only a frame\'s fixed parts with dots, in fills, in underline style and in the <tifa-mark> fallback', () => {
    const rule = (css: string, name: string) => new RegExp(`::highlight\\(${name}\\)\\{[^}]*\\}`).exec(css)?.[0] ?? '';
    for (const look of ['background', 'underline'] as const) {
      const css = highlightSheetText({ kinds: KIND_STYLES, style: look });
      expect(rule(css, 'tifa-frame')).toMatch(/underline dotted/);
      expect(rule(css, 'tifa-bundle')).toMatch(/underline #/);
    }
    expect(markStyleText('frame')).toMatch(/underline dotted/);
    expect(markStyleText('slogan')).not.toMatch(/dotted/);
  });

  it.each(PHRASE_KINDS)('keeps %s readable: text on fill at least 7:1, underline on fill at least 3:1', (kind) => {
    const s = KIND_STYLES[kind];
    expect(contrastRatio(s.color, s.background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(s.underline, s.background)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the fills apart from each other, so kinds stay distinguishable', () => {
    const fills = PHRASE_KINDS.map((k) => KIND_STYLES[k].background);
    expect(new Set(fills).size).toBe(PHRASE_KINDS.length);
  });

  it('computes WCAG contrast for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('writes a ::highlight rule per kind and an inline style for the fallback marks', () => {
    const css = highlightSheetText();
    for (const k of PHRASE_KINDS) expect(css).toContain(`::highlight(tifa-${k}){background-color:${KIND_STYLES[k].background}`);
    expect(css).toContain('forced-colors');
    expect(markStyleText('slogan')).toContain(`background-color:${KIND_STYLES.slogan.background}`);
  });
});

describe('the back-off for pages that never stop changing', () => {
  it('doubles the batching delay while rescans take more than their share, up to a cap', () => {
    const b = new Backoff(50, 400, 0.1);
    const delays = [1, 2, 3, 4, 5].map(() => (b.record(30, 100), b.delay));
    expect(delays).toEqual([100, 200, 400, 400, 400]);
  });

  it('comes back down once the page calms', () => {
    const b = new Backoff(50, 400, 0.1);
    for (let i = 0; i < 3; i++) b.record(30, 100);
    const delays = [1, 2, 3, 4].map(() => (b.record(1, 1000), b.delay));
    expect(delays).toEqual([200, 100, 50, 50]);
  });

  it('keeps the delay where it is while the share is moderate', () => {
    const b = new Backoff(50, 400, 0.1);
    b.record(30, 100);
    b.record(5, 100);
    expect(b.delay).toBe(100);
  });
});
