// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Highlighter } from '../../../lib/highlighter/types';
import { KIND_STYLES } from '../../../lib/highlighter/kind-styles';
import { matcher, nodesUnder, splitIntoTags, startHighlighter, untilMatches } from './support';

let h: Highlighter | null = null;
afterEach(() => {
  h?.stop();
  h = null;
  document.body.innerHTML = '';
});

const PAGE =
  '<article><p>同志们：不忘<b>初心</b>、牢记<a href="#">使命</a>，高度重视，高度重视。</p>' +
  '<p>增强“四个意识”<br>以新时代思想为指引</p><ul><li>高度</li><li>重视</li></ul></article>';

describe('the <tifa-mark> fallback', () => {
  it('wraps each match in marks styled for its kind, splitting phrases across tags', async () => {
    document.body.innerHTML = PAGE;
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 6);
    const marks = [...document.querySelectorAll('tifa-mark')];
    const slogan = marks.filter((m) => m.getAttribute('data-kind') === 'slogan').map((m) => m.textContent);
    expect(slogan).toEqual(['不忘', '初心', '、牢记', '使命']);
    expect(marks.filter((m) => m.getAttribute('data-kind') === 'bundle').map((m) => m.textContent)).toEqual(['高度重视', '高度重视']);
    expect(marks[0]!.getAttribute('style')).toContain(KIND_STYLES.ritual.background);
    expect(document.querySelector('li tifa-mark')).toBeNull();
  });

  it('restores the page exactly on stop: same markup, same text nodes, no extra splits', async () => {
    document.body.innerHTML = PAGE;
    const html = document.body.innerHTML;
    const nodes = nodesUnder(document.body);
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 6);
    expect(document.body.innerHTML).not.toBe(html);
    h.stop();
    expect(document.body.innerHTML).toBe(html);
    expect(nodesUnder(document.body)).toEqual(nodes);
    nodesUnder(document.body).forEach((n, i) => expect(n).toBe(nodes[i]));
  });

  it('maps a caret inside a mark back to the match', async () => {
    document.body.innerHTML = PAGE;
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 6);
    const mark = [...document.querySelectorAll('tifa-mark')].find((m) => m.textContent === '高度重视')!;
    const m = h.matchAt(mark.firstChild!, 2)!;
    expect(m.entry.id).toBe('bundle');
    expect(m.startContainer).toBe(mark.firstChild);
    expect(m.order).toBe(2);
  });

  it('does not react to its own marks, and still follows the page’s changes', async () => {
    document.body.innerHTML = '<div id="feed"><p>高度重视</p></div>';
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 1);
    const feed = document.getElementById('feed')!;
    feed.appendChild(document.createElement('p')).textContent = '同志们，高度重视';
    await untilMatches(h, 3);
    await new Promise((r) => setTimeout(r, 200));
    expect(document.querySelectorAll('tifa-mark')).toHaveLength(3);
    expect(document.querySelectorAll('tifa-mark tifa-mark')).toHaveLength(0);
    // The page rewrites a paragraph that holds a mark: the old mark goes, the new text is read.
    feed.firstElementChild!.textContent = '四个意识';
    await vi.waitFor(() => expect(h!.stats().byKind).toEqual({ numbered: 1, ritual: 1, bundle: 1 }));
    expect([...document.querySelectorAll('tifa-mark')].map((m) => m.textContent)).toEqual(['四个意识', '同志们', '高度重视']);
    h.stop();
    expect(feed.innerHTML).toBe('<p>四个意识</p><p>同志们，高度重视</p>');
  });

  it('restores any page exactly, wherever the tags split the phrases', async () => {
    const phrases = ['不忘初心、牢记使命', '高度重视', '四个意识', '同志们', '以新思想为指引', '普通的话', '。'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...phrases), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (words, cuts) => {
          document.body.innerHTML = `<p>${splitIntoTags(words.join(''), cuts)}</p>`;
          const html = document.body.innerHTML;
          const nodes = nodesUnder(document.body);
          const hl = startHighlighter({ paint: 'marks' });
          await untilMatches(hl, matcher.scan(words.join('')).length);
          if (hl.stats().matches > 0) expect(document.body.innerHTML).not.toBe(html);
          hl.stop();
          expect(document.body.innerHTML).toBe(html);
          nodesUnder(document.body).forEach((n, i) => expect(n).toBe(nodes[i]));
        },
      ),
      { numRuns: 40 },
    );
  });
});
