// @vitest-environment happy-dom
/**
 * The gate that keeps the dictionary out of frames without Chinese text: it must see Han text
 * wherever a reader would, ignore everything else, and fire once Han text arrives later.
 */
import { describe, expect, it, vi } from 'vitest';
import { hasHanText, whenHanText } from '../../../lib/highlighter/han-gate';

const host = () => {
  const callbacks: Array<() => void> = [];
  return { onInvalidated: (cb: () => void) => callbacks.push(cb), invalidate: () => callbacks.forEach((cb) => cb()) };
};

describe('the Han-text gate', () => {
  it('sees Han text in nested elements, and none in Latin, kana, Hangul, digits or full-width punctuation', () => {
    document.body.innerHTML = '<div><p>Advertisement 2026 ：，。「」 カタカナ 한국어</p></div>';
    expect(hasHanText(document.body)).toBe(false);
    document.body.innerHTML = '<div><p>Map data</p><ul><li><b>提</b></li></ul></div>';
    expect(hasHanText(document.body)).toBe(true);
    expect(hasHanText(null)).toBe(false);
    expect(hasHanText(document.createTextNode('㐀'))).toBe(true); // extension A
  });

  it('fires once when Han text is added later, or typed into an existing text node, and not before', async () => {
    document.body.innerHTML = '<p id="ad">Buy now</p>';
    const found = vi.fn();
    whenHanText(document, host(), found);
    document.body.insertAdjacentHTML('beforeend', '<p>still English</p>');
    await new Promise((r) => setTimeout(r, 0));
    expect(found).not.toHaveBeenCalled();
    (document.getElementById('ad')!.firstChild as Text).data = '立即购买';
    await new Promise((r) => setTimeout(r, 0));
    document.body.insertAdjacentHTML('beforeend', '<p>又一段中文</p>');
    await new Promise((r) => setTimeout(r, 0));
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('fires at once when Han text is already there, and never after the context is invalidated', async () => {
    document.body.innerHTML = '<p>高度重视</p>';
    const now = vi.fn();
    whenHanText(document, host(), now);
    expect(now).toHaveBeenCalledTimes(1);
    document.body.innerHTML = '<p>empty</p>';
    const later = vi.fn();
    const h = host();
    whenHanText(document, h, later);
    h.invalidate();
    document.body.insertAdjacentHTML('beforeend', '<p>同志们</p>');
    await new Promise((r) => setTimeout(r, 0));
    expect(later).not.toHaveBeenCalled();
  });
});
