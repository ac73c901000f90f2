// @vitest-environment happy-dom
/**
 * The highlighter's layers (the keyboard cursor, the reveal flash) with both painters: the
 * Highlight API (a stand-in registry) and the `<tifa-mark>` fallback.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHRASE_KINDS } from '../../../lib/dictionary/types';
import { highlightName } from '../../../lib/highlighter/kind-styles';
import { layerHighlightName, layerSheetText } from '../../../lib/highlighter/layer-styles';
import type { Highlighter, PageMatch } from '../../../lib/highlighter/types';
import { fakeHighlightApi, nodesUnder, startHighlighter, untilMatches } from './support';

let h: Highlighter | null = null;
afterEach(() => {
  h?.stop();
  h = null;
  document.body.innerHTML = '';
});

function expectSameNodes(now: Node[], before: Node[]): void {
  expect(now).toHaveLength(before.length);
  now.forEach((n, i) => expect(n).toBe(before[i]));
}

/** The text a range covers. */
function textOf(r: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }): string {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
}

const byText = (matches: PageMatch[], text: string) => matches.find((m) => m.text === text)!;
/** Texts of a layer's marks, in document order. */
const layerMarks = (layer: string) => [...document.querySelectorAll(`tifa-mark[data-layer="${layer}"]`)].map((m) => m.textContent);

const PAGE = '<p id="a">同志们：不忘<b>初心</b>、牢记使命，高度重视。</p><p id="b">增强“四个意识”，以新时代思想为指引。</p>';

describe('layers with the Highlight API', () => {
  it('paints a layer’s ranges above the kinds, replaces them, and clears them', async () => {
    document.body.innerHTML = PAGE;
    const api = fakeHighlightApi();
    h = startHighlighter({ highlightApi: api });
    await untilMatches(h, 5);
    const matches = h.matches();
    h.setLayer('current', [byText(matches, '高度重视')]);
    const current = () => [...((api.registry.get('tifa-current') as Set<AbstractRange> | undefined) ?? [])].map((r) => textOf(r as unknown as StaticRangeInit));
    expect(current()).toEqual(['高度重视']);
    expect((api.registry.get('tifa-current') as unknown as Highlight).priority).toBeGreaterThan(1);
    h.setLayer('current', [byText(matches, '四个意识')]);
    expect(current()).toEqual(['四个意识']);
    h.setLayer('flash', [byText(matches, '四个意识')]);
    const priority = (name: string) => (api.registry.get(name) as unknown as Highlight).priority;
    expect(priority('tifa-flash')).toBeGreaterThan(priority('tifa-current'));
    h.setLayer('current', []);
    expect(api.registry.has('tifa-current')).toBe(false);
    expect(api.registry.has('tifa-flash')).toBe(true);
  });

  it('names layers by the kinds’ rule (a fixed tifa-<name>: the registry is enumerable anyway) and styles them in its sheet', async () => {
    document.body.innerHTML = PAGE;
    const api = fakeHighlightApi();
    h = startHighlighter({ highlightApi: api });
    await untilMatches(h, 5);
    h.setLayer('current', [h.matches()[0]!]);
    h.setLayer('flash', [h.matches()[0]!]);
    const kinds = PHRASE_KINDS.map(highlightName);
    expect(kinds.every((n) => /^tifa-[a-z]+$/.test(n))).toBe(true);
    expect([...api.registry.keys()].sort()).toEqual([...kinds, 'tifa-seam', layerHighlightName('current'), layerHighlightName('flash')].sort());
    expect(layerHighlightName('current')).toBe('tifa-current');
    expect(layerSheetText()).toContain('::highlight(tifa-current){background-color:#1f6feb');
    expect(layerSheetText()).toContain('::highlight(tifa-flash){background-color:#ff7b00');
  });

  it('stop() unregisters the layers with the kinds', async () => {
    document.body.innerHTML = PAGE;
    const api = fakeHighlightApi();
    h = startHighlighter({ highlightApi: api });
    await untilMatches(h, 5);
    h.setLayer('current', [h.matches()[1]!]);
    h.setLayer('flash', [h.matches()[1]!]);
    h.stop();
    expect(api.registry.size).toBe(0);
    // A stopped highlighter draws nothing.
    h.setLayer('current', [{ startContainer: document.getElementById('a')!.firstChild as Text, startOffset: 0, endContainer: document.getElementById('a')!.firstChild as Text, endOffset: 2 }]);
    expect(api.registry.size).toBe(0);
  });
});

describe('layers with the <tifa-mark> fallback', () => {
  it('wraps the layer’s text in marks nested in the kind’s, styled from the highlighter', async () => {
    document.body.innerHTML = PAGE;
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 5);
    h.setLayer('current', [byText(h.matches(), '不忘初心、牢记使命')]);
    expect(layerMarks('current')).toEqual(['不忘', '初心', '、牢记使命']);
    for (const mark of document.querySelectorAll('tifa-mark[data-layer="current"]')) {
      expect(mark.parentElement!.localName).toBe('tifa-mark');
      expect(mark.parentElement!.getAttribute('data-kind')).toBe('slogan');
      expect(mark.getAttribute('style')).toContain('#1f6feb');
    }
    // A frame's range runs from its first part to its last, the gap with it.
    h.setLayer('current', [byText(h.matches(), '以新时代思想为指引')]);
    expect(layerMarks('current').join('')).toBe('以新时代思想为指引');
    expect(layerMarks('current')).toHaveLength(3);
  });

  it('replacing a layer takes its old marks out and leaves the kinds’ marks as they were', async () => {
    document.body.innerHTML = PAGE;
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 5);
    const html = document.body.innerHTML;
    const nodes = nodesUnder(document.body);
    h.setLayer('current', [byText(h.matches(), '高度重视')]);
    h.setLayer('flash', [byText(h.matches(), '高度重视')]);
    expect(layerMarks('current')).toEqual(['高度重视']);
    // The flash is drawn over the cursor: inside its mark.
    expect(document.querySelector('tifa-mark[data-layer="current"] > tifa-mark[data-layer="flash"]')?.textContent).toBe('高度重视');
    h.setLayer('current', [byText(h.matches(), '同志们')]);
    expect(layerMarks('current')).toEqual(['同志们']);
    expect(layerMarks('flash')).toEqual(['高度重视']);
    h.setLayer('current', []);
    h.setLayer('flash', []);
    expect(document.body.innerHTML).toBe(html);
    expectSameNodes(nodesUnder(document.body), nodes);
  });

  it('cuts a range that is not a whole node, and joins the node again', async () => {
    document.body.innerHTML = PAGE;
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 5);
    const html = document.body.innerHTML;
    const nodes = nodesUnder(document.body);
    const text = document.getElementById('b')!.firstChild as Text;
    expect(text.data).toBe('增强“');
    h.setLayer('flash', [{ startContainer: text, startOffset: 1, endContainer: text, endOffset: 2 }]);
    expect(layerMarks('flash')).toEqual(['强']);
    expect(text.data).toBe('增');
    // A caret in a layer's piece still finds the page's match.
    const inside = document.querySelector('tifa-mark[data-layer="flash"]')!.firstChild as Text;
    h.setLayer('current', [byText(h.matches(), '四个意识')]);
    const cursor = document.querySelector('tifa-mark[data-layer="current"]')!.firstChild as Text;
    expect(h.matchAt(cursor, 1)?.text).toBe('四个意识');
    expect(h.matchAt(inside, 0)).toBeNull();
    h.setLayer('flash', []);
    h.setLayer('current', []);
    expect(document.body.innerHTML).toBe(html);
    expectSameNodes(nodesUnder(document.body), nodes);
  });

  it('stop() takes the layers out with the kinds: the page’s DOM is exactly as before', async () => {
    document.body.innerHTML = `${PAGE}<p id="plain">没有提法的一段话</p>`;
    const html = document.body.innerHTML;
    const nodes = nodesUnder(document.body);
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 5);
    h.setLayer('current', [byText(h.matches(), '不忘初心、牢记使命')]);
    // A layer may lie where no kind is painted: only the layers' own clean-up can take it out.
    const plain = document.getElementById('plain')!.firstChild as Text;
    h.setLayer('flash', [byText(h.matches(), '以新时代思想为指引'), { startContainer: plain, startOffset: 2, endContainer: plain, endOffset: 4 }]);
    expect(layerMarks('flash')).toEqual(['以', '新时代思想', '为指引', '提法']);
    expect(document.querySelectorAll('tifa-mark[data-layer]').length).toBeGreaterThan(0);
    h.stop();
    expect(document.querySelectorAll('tifa-mark')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
    expectSameNodes(nodesUnder(document.body), nodes);
  });

  it('keeps a layer through a rescan of its paragraph: the text under it is read again, and it is drawn again', async () => {
    document.body.innerHTML = PAGE;
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 5);
    h.setLayer('current', [byText(h.matches(), '高度重视')]);
    // The page adds to the paragraph that holds the cursor: it is dropped and read again.
    document.getElementById('a')!.append('两个维护');
    await untilMatches(h, 6);
    await vi.waitFor(() => expect(layerMarks('current')).toEqual(['高度重视']));
    expect(h.stats().byEntry).toMatchObject({ bundle: 1, slogan: 1, ritual: 1, formula: 1 });
    expect(document.querySelectorAll('tifa-mark tifa-mark[data-kind]')).toHaveLength(0);
    // And again, with the whole page read anew.
    h.refresh();
    await vi.waitFor(() => expect(layerMarks('current')).toEqual(['高度重视']));
    expect(h.stats().matches).toBe(6);
    const html = document.body.innerHTML;
    h.stop();
    expect(html).toContain('data-layer');
    expect(document.body.innerHTML).toBe(PAGE.replace('高度重视。</p>', '高度重视。两个维护</p>'));
  });

  it('leaves a layer in place while other parts of the page are read again (no flicker on busy pages)', async () => {
    document.body.innerHTML = PAGE;
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 5);
    h.setLayer('current', [byText(h.matches(), '四个意识')]);
    const mark = document.querySelector('tifa-mark[data-layer="current"]')!;
    document.getElementById('a')!.append('两个维护');
    await untilMatches(h, 6);
    await new Promise((r) => setTimeout(r, 100));
    expect(mark.isConnected).toBe(true);
    expect(layerMarks('current')).toEqual(['四个意识']);
  });
});
