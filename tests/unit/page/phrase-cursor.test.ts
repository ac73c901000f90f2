// @vitest-environment happy-dom
/**
 * The keyboard cursor picks the current and the flashed phrase; the highlighter draws them,
 * so they show with the `<tifa-mark>` fallback too (Firefox before 140).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Highlighter } from '../../../lib/highlighter/types';
import { createPhraseCursor } from '../../../lib/page/phrase-cursor';
import { fakeHighlightApi, startHighlighter, untilMatches } from '../highlighter/support';

let h: Highlighter | null = null;
afterEach(() => {
  h?.stop();
  h = null;
  document.body.innerHTML = '';
});

const PAGE = '<p>同志们：要高度重视，增强“四个意识”。</p><p>再次高度重视。</p>';
const layerMarks = (layer: string) => [...document.querySelectorAll(`tifa-mark[data-layer="${layer}"]`)].map((m) => m.textContent);

describe('the phrase cursor', () => {
  it('shows the current and the flashed phrase with the <tifa-mark> fallback, and clears them', async () => {
    document.body.innerHTML = PAGE;
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 4);
    const painted = document.body.innerHTML;
    const cursor = createPhraseCursor(() => h);
    expect(cursor.step('next')).toEqual({ index: 0, total: 4 });
    expect(layerMarks('current')).toEqual(['同志们']);
    expect(cursor.step('next')).toEqual({ index: 1, total: 4 });
    expect(layerMarks('current')).toEqual(['高度重视']);
    expect(cursor.current()?.text).toBe('高度重视');
    // A reveal goes on from the current phrase to the next occurrence and flashes it.
    expect(cursor.reveal('bundle')).toBe(true);
    expect(layerMarks('current')).toEqual(['高度重视']);
    expect(layerMarks('flash')).toEqual(['高度重视']);
    expect(document.querySelector('p + p tifa-mark[data-layer="flash"]')).not.toBeNull();
    expect(cursor.step('prev')).toEqual({ index: 2, total: 4 });
    expect(layerMarks('current')).toEqual(['四个意识']);
    cursor.clear();
    expect(document.querySelectorAll('tifa-mark[data-layer]')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(painted);
  });

  it('draws through the highlighter’s layers with the Highlight API, never the page’s registry itself', async () => {
    document.body.innerHTML = PAGE;
    const api = fakeHighlightApi();
    h = startHighlighter({ highlightApi: api });
    await untilMatches(h, 4);
    const cursor = createPhraseCursor(() => h);
    cursor.step('next');
    expect((api.registry.get('tifa-current') as Set<AbstractRange>).size).toBe(1);
    cursor.revealAt(3);
    expect((api.registry.get('tifa-flash') as Set<AbstractRange>).size).toBe(1);
    // A card opened by a click: the cursor goes on from there, its old mark dropped.
    cursor.follow(h.matches()[1]!);
    expect(api.registry.has('tifa-current')).toBe(false);
    cursor.clear();
    expect(api.registry.has('tifa-flash')).toBe(false);
  });
});
