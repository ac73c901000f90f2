// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Highlighter } from '../../../lib/highlighter/types';
import { fakeHighlightApi, startHighlighter, untilMatches } from './support';

let h: Highlighter | null = null;
afterEach(() => {
  h?.stop();
  h = null;
  document.body.innerHTML = '';
});

function sizes(registry: Map<string, Set<AbstractRange>>): Record<string, number> {
  return Object.fromEntries([...registry].map(([name, set]) => [name, set.size]));
}

describe('highlighting a page with the Highlight API', () => {
  it('registers one highlight per kind and fills each with that kind’s ranges', async () => {
    document.body.innerHTML =
      '<p>同志们：我们要<b>高度</b>重视，增强“四个意识”，以新思想为指引。</p><p>不忘初心、牢记使命。</p>';
    const api = fakeHighlightApi();
    h = startHighlighter({ highlightApi: api });
    await untilMatches(h, 5);
    // The frame 以…为指引 is painted as its two fixed parts.
    expect(sizes(api.registry)).toEqual({
      'tifa-slogan': 1, 'tifa-numbered': 1, 'tifa-formula': 0, 'tifa-bundle': 1, 'tifa-frame': 2, 'tifa-ritual': 1, 'tifa-seam': 0,
    });
    const bundle = [...(api.registry.get('tifa-bundle') as Set<AbstractRange>)][0] as unknown as StaticRangeInit;
    expect((bundle.startContainer as Text).data).toBe('高度');
    expect(bundle.startOffset).toBe(0);
    expect((bundle.endContainer as Text).data).toBe('重视，增强“四个意识”，以新思想为指引。');
    expect(bundle.endOffset).toBe(2);
  });

  it('shades the first character of a phrase that touches another of its colour, and only there', async () => {
    // Two 高度重视 touching read as one patch; 四个意识 after one differs in colour already.
    document.body.innerHTML = '<p id="touching">要高度重视高度重视四个意识</p><p>高度重视，高度重视</p>';
    const api = fakeHighlightApi();
    h = startHighlighter({ highlightApi: api });
    await untilMatches(h, 5);
    const seams = [...(api.registry.get('tifa-seam') as Set<AbstractRange>)] as unknown as StaticRangeInit[];
    expect(seams.map((r) => [(r.startContainer as Text).data.slice(r.startOffset, r.endOffset), r.startOffset])).toEqual([['高', 5]]);
    expect(seams[0]!.startContainer.parentElement!.id).toBe('touching');
    document.getElementById('touching')!.remove();
    await untilMatches(h, 2);
    await vi.waitFor(() => expect((api.registry.get('tifa-seam') as Set<AbstractRange>).size).toBe(0));
  });

  it('reports whole-page totals by kind and entry', async () => {
    document.body.innerHTML = '<p>高度重视，再次高度重视。</p><p>同志们</p>';
    h = startHighlighter();
    await untilMatches(h, 3);
    expect(h.stats()).toEqual({
      matches: 3, chars: 15, stockChars: 11, byKind: { bundle: 2, ritual: 1 }, byEntry: { bundle: 2, ritual: 1 },
    });
  });

  it('finds the match under a caret, even in the middle of a split phrase', async () => {
    document.body.innerHTML = '<p>开头。不忘<b>初心</b>、牢记<a href="#">使命</a>。同志们</p>';
    h = startHighlighter();
    await untilMatches(h, 2);
    const b = document.querySelector('b')!.firstChild!;
    const m = h.matchAt(b, 1)!;
    expect(m.entry.id).toBe('slogan');
    expect(m.text).toBe('不忘初心、牢记使命');
    expect(m.order).toBe(0);
    expect((m.startContainer as Text).data).toBe('开头。不忘');
    expect(m.startOffset).toBe(3);
    expect(m.endContainer).toBe(document.querySelector('a')!.firstChild);
    expect(h.matchAt(document.querySelector('p')!.firstChild!, 1)).toBeNull();
    // A caret given as (element, child index) resolves to the text beside it.
    expect(h.matchAt(document.querySelector('a')!, 0)?.entry.id).toBe('slogan');
  });

  it('lists matches in document order with frame slots', async () => {
    document.body.innerHTML = '<div><p>以新时代思想<i>为指引</i></p>同志们</div><p>高度重视</p>';
    h = startHighlighter();
    await untilMatches(h, 3);
    const all = h.matches();
    expect(all.map((m) => [m.order, m.entry.id, m.text])).toEqual([
      [0, 'frame', '以新时代思想为指引'],
      [1, 'ritual', '同志们'],
      [2, 'bundle', '高度重视'],
    ]);
    expect(all[0]!.slots).toEqual(['新时代思想']);
    expect(h.matchAt(document.querySelector('div')!.lastChild!, 1)?.order).toBe(1);
  });

  it('leaves editable regions, form fields and hidden text alone', async () => {
    document.body.innerHTML =
      '<div contenteditable>高度重视</div><textarea>高度重视</textarea><p aria-hidden="true">高度重视</p><p>高度重视</p>';
    const before = document.body.innerHTML;
    h = startHighlighter();
    await untilMatches(h, 1);
    expect(h.matches()[0]!.startContainer.parentElement!.localName).toBe('p');
    expect(document.body.innerHTML).toBe(before);
  });

  it('follows appended, edited and removed content', async () => {
    document.body.innerHTML = '<div id="feed"><p>高度重视</p></div>';
    h = startHighlighter();
    await untilMatches(h, 1);
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 3; i++) feed.appendChild(document.createElement('p')).textContent = `第${i}条：四个意识`;
    await untilMatches(h, 4);
    feed.firstElementChild!.firstChild!.textContent = '已经改写';
    await untilMatches(h, 3);
    feed.lastElementChild!.remove();
    await untilMatches(h, 2);
    expect(h.matches().map((m) => m.text)).toEqual(['四个意识', '四个意识']);
  });

  it('keeps the highlights of content that moves, and of content that comes back later', async () => {
    document.body.innerHTML = '<div id="a"><section id="s"><div><p>高度重视</p></div></section></div><div id="b"></div>';
    h = startHighlighter();
    await untilMatches(h, 1);
    const section = document.getElementById('s')!;
    document.getElementById('b')!.appendChild(section);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.stats().matches).toBe(1);
    section.remove();
    await untilMatches(h, 0);
    document.getElementById('a')!.appendChild(section);
    await untilMatches(h, 1);
    expect(h.matches()[0]!.startContainer.isConnected).toBe(true);
  });

  it('reads the page again on refresh without counting anything twice', async () => {
    document.body.innerHTML = '<p>高度重视</p><div><p>同志们</p>四个意识</div>';
    h = startHighlighter();
    await untilMatches(h, 3);
    const before = h.stats();
    document.querySelector('div')!.lastChild!.remove();
    h.refresh();
    await untilMatches(h, 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.stats()).toEqual({ ...before, matches: 2, chars: before.chars - 4, stockChars: before.stockChars - 4,
      byKind: { bundle: 1, ritual: 1 }, byEntry: { bundle: 1, ritual: 1 } });
  });

  it('reads text that became visible and drops text that became hidden', async () => {
    document.body.innerHTML = '<p hidden>高度重视</p><p id="shown">同志们</p>';
    h = startHighlighter();
    await untilMatches(h, 1);
    document.querySelector('[hidden]')!.removeAttribute('hidden');
    await untilMatches(h, 2);
    document.getElementById('shown')!.setAttribute('aria-hidden', 'true');
    await untilMatches(h, 1);
    expect(h.stats().byKind).toEqual({ bundle: 1 });
  });

  it('tells listeners when the matches change, and stops telling them once removed', async () => {
    document.body.innerHTML = '<p>高度重视</p>';
    h = startHighlighter();
    const heard: number[] = [];
    const off = h.onChange((s) => heard.push(s.matches));
    await vi.waitFor(() => expect(heard).toEqual([1]));
    document.body.appendChild(document.createElement('p')).textContent = '同志们';
    await vi.waitFor(() => expect(heard).toEqual([1, 2]));
    off();
    document.body.appendChild(document.createElement('p')).textContent = '四个意识';
    await untilMatches(h, 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toEqual([1, 2]);
  });

  it('unregisters every highlight on stop and leaves the DOM as it was', async () => {
    document.body.innerHTML = '<p>不忘<b>初心</b>、牢记使命，高度重视</p>';
    const before = document.body.innerHTML;
    const api = fakeHighlightApi();
    h = startHighlighter({ highlightApi: api });
    await untilMatches(h, 2);
    expect(api.registry.size).toBe(7);
    h.stop();
    expect(api.registry.size).toBe(0);
    expect(document.body.innerHTML).toBe(before);
    expect(h.stats().matches).toBe(0);
  });

  it('starts again after a stop (a site switched off and on again)', async () => {
    document.body.innerHTML = '<p>高度重视</p>';
    const api = fakeHighlightApi();
    h = startHighlighter({ highlightApi: api });
    await untilMatches(h, 1);
    h.stop();
    document.body.appendChild(document.createElement('p')).textContent = '同志们';
    await new Promise((r) => setTimeout(r, 150));
    expect(h.stats().matches).toBe(0);
    h.start();
    await untilMatches(h, 2);
    expect(sizes(api.registry)).toMatchObject({ 'tifa-bundle': 1, 'tifa-ritual': 1 });
    document.body.appendChild(document.createElement('p')).textContent = '四个意识';
    await untilMatches(h, 3);
  });
});
