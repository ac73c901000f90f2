// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DictionaryEntry } from '../../../lib/dictionary/types';
import { toMatcherPatterns } from '../../../lib/dictionary/patterns';
import { createStockScanner } from '../../../lib/dictionary/stock-scan';
import { buildMatcher } from '../../../lib/matcher';
import { createHighlighter } from '../../../lib/highlighter/highlighter';
import type { Highlighter, PageMatch } from '../../../lib/highlighter/types';
import { fakeHighlightApi, host, splitIntoTags, untilMatches } from './support';

const entry = (id: string, text: string, kind: DictionaryEntry['kind'], frame?: DictionaryEntry['frame']): DictionaryEntry => ({
  id, text, kind, variants: [], score: 0.9, occurrences: 1, families: 1, ...(frame ? { frame } : {}),
});

/** Frames as the built dictionary has them, and phrases that turn up inside their gaps. */
const ENTRIES: DictionaryEntry[] = [
  entry('guide', '以…为指引', 'frame', { parts: ['以', '为指引'], maxGap: 30 }),
  entry('enum', '一是…二是…三是', 'frame', { parts: ['一是', '二是', '三是'], maxGap: 300, crossSentences: true }),
  entry('firm', '坚持…不动摇', 'frame', { parts: ['坚持', '不动摇'], maxGap: 20 }),
  entry('thought', '习近平新时代中国特色社会主义思想', 'slogan'),
  entry('heed', '高度重视', 'bundle'),
  entry('solid', '落到实处', 'bundle'),
];
const matcher = buildMatcher(toMatcherPatterns(ENTRIES));
/** The dictionary's own scan: what the page's matches and density must agree with. */
const stock = createStockScanner({ entries: ENTRIES });

const GUIDE = '我们要以习近平新时代中国特色社会主义思想为指引，扎实工作。';
const ENUM =
  '今年重点抓好三件事。一是抓项目建设，高度重视招商引资。二是抓民生保障，' +
  '把各项政策落到实处。三是抓安全生产。';

let h: Highlighter | null = null;
afterEach(() => {
  h?.stop();
  h = null;
  document.body.innerHTML = '';
});

function start(options: { marks?: boolean } = {}) {
  const api = fakeHighlightApi();
  h = createHighlighter({ document, matcher, entries: ENTRIES, host, highlightApi: options.marks ? null : api });
  h.start();
  return { h, api };
}

/** Every painted range as [highlight name, text], in document order. */
function painted(registry: Map<string, Set<AbstractRange>>): Array<[string, string]> {
  const all: Array<[string, Range]> = [];
  for (const [name, set] of registry) {
    for (const r of set) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      all.push([name, range]);
    }
  }
  all.sort(([, a], [, b]) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return all.map(([name, r]) => [name, r.toString()]);
}

/** The n-th text node under `p`. */
function textOf(p: Element, n = 0): Text {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  for (let i = 0; i < n; i++) node = walker.nextNode();
  return node as Text;
}

function rangeText(m: PageMatch): string {
  const r = document.createRange();
  r.setStart(m.startContainer, m.startOffset);
  r.setEnd(m.endContainer, m.endOffset);
  return r.toString();
}

describe('a frame is painted as its fixed parts only', () => {
  it('paints 以 and 为指引, and the slogan in the gap as a match of its own', async () => {
    document.body.innerHTML = `<p>${GUIDE}</p>`;
    const { api } = start();
    await untilMatches(h!, 2);
    expect(painted(api.registry)).toEqual([
      ['tifa-frame', '以'],
      ['tifa-slogan', '习近平新时代中国特色社会主义思想'],
      ['tifa-frame', '为指引'],
    ]);
    const [frame, slogan] = h!.matches();
    expect([frame!.entry.id, frame!.text, frame!.slots]).toEqual(['guide', '以习近平新时代中国特色社会主义思想为指引', ['习近平新时代中国特色社会主义思想']]);
    expect(rangeText(frame!)).toBe(frame!.text);
    expect([slogan!.entry.id, slogan!.order, rangeText(slogan!)]).toEqual(['thought', 1, '习近平新时代中国特色社会主义思想']);
  });

  it('paints only 一是, 二是, 三是 of an enumeration across sentences, and the phrases in between', async () => {
    document.body.innerHTML = `<p>${ENUM}</p>`;
    const { api } = start();
    await untilMatches(h!, 3);
    expect(painted(api.registry)).toEqual([
      ['tifa-frame', '一是'],
      ['tifa-bundle', '高度重视'],
      ['tifa-frame', '二是'],
      ['tifa-bundle', '落到实处'],
      ['tifa-frame', '三是'],
    ]);
    expect(h!.matches().map((m) => [m.entry.id, m.slots?.length ?? 0])).toEqual([['enum', 2], ['heed', 0], ['solid', 0]]);
  });

  it('counts a frame once, and only its fixed parts as stock, as the dictionary’s density does', async () => {
    const text = `${GUIDE}${ENUM}坚持稳中求进不动摇。`;
    document.body.innerHTML = `<p>${text}</p>`;
    start();
    const reference = stock.scan(text);
    await untilMatches(h!, reference.matches.length);
    const stats = h!.stats();
    expect(stats.matches).toBe(6);
    expect(stats.byKind).toEqual({ frame: 3, slogan: 1, bundle: 2 });
    expect(stats.byEntry).toEqual({ guide: 1, enum: 1, firm: 1, thought: 1, heed: 1, solid: 1 });
    // 以 + 为指引 + the slogan, 一是二是三是 + two bundles, 坚持 + 不动摇.
    expect(stats.stockChars).toBe(1 + 3 + 16 + 6 + 4 + 4 + 2 + 3);
    expect(stats.stockChars).toBe(reference.stockChars);
    expect(h!.matches().map((m) => [m.entry.id, m.text])).toEqual(reference.matches.map((m) => [m.entryId, m.text]));
  });

  it('finds the frame under a caret on a fixed part, the phrase under one in the gap, else nothing', async () => {
    document.body.innerHTML = '<p>我们要以<b>新时代</b>思想为指引，以习近平新时代中国特色社会主义思想为指引。</p>';
    start();
    await untilMatches(h!, 3);
    const p = document.querySelector('p')!;
    const head = textOf(p, 0);
    const gap = textOf(p, 1);
    const tail = textOf(p, 2);
    const onPart = h!.matchAt(head, 3)!;
    expect([onPart.entry.id, onPart.text, onPart.slots, onPart.order]).toEqual(['guide', '以新时代思想为指引', ['新时代思想'], 0]);
    expect(h!.matchAt(tail, 3)?.entry.id).toBe('guide');
    expect(h!.matchAt(gap, 1)).toBeNull();
    expect(h!.matchAt(tail, 1)).toBeNull();
    // The second frame holds the slogan: the caret on it gives the slogan, on 为指引 the frame.
    const at = tail.data.indexOf('习近平');
    expect(h!.matchAt(tail, at + 5)?.entry.id).toBe('thought');
    expect(h!.matchAt(tail, tail.data.lastIndexOf('指引'))?.order).toBe(1);
  });
});

describe('frames with the <tifa-mark> fallback', () => {
  it('wraps the fixed parts only, maps carets the same way, and restores the page exactly', async () => {
    document.body.innerHTML = `<p>我们要以习近<b>平新时代</b>中国特色社会主义思想为<a href="#">指引</a>，扎实工作。</p><p>${ENUM}</p>`;
    const html = document.body.innerHTML;
    const nodes = [...document.body.querySelectorAll('*')].flatMap((el) => [el, ...el.childNodes]);
    start({ marks: true });
    await untilMatches(h!, 5);
    const marks = [...document.querySelectorAll('tifa-mark')].map((m) => [m.getAttribute('data-kind'), m.textContent]);
    expect(marks).toEqual([
      ['frame', '以'],
      ['slogan', '习近'], ['slogan', '平新时代'], ['slogan', '中国特色社会主义思想'],
      ['frame', '为'], ['frame', '指引'],
      ['frame', '一是'], ['bundle', '高度重视'], ['frame', '二是'], ['bundle', '落到实处'], ['frame', '三是'],
    ]);
    const frame = h!.matches()[0]!;
    expect(rangeText(frame)).toBe('以习近平新时代中国特色社会主义思想为指引');
    const gapText = [...document.querySelectorAll('tifa-mark')][6]!.nextSibling as Text;
    expect(gapText.data.startsWith('抓项目建设')).toBe(true);
    expect(h!.matchAt(gapText, 2)).toBeNull();
    expect(h!.matchAt(document.querySelectorAll('tifa-mark')[5]!.firstChild!, 1)?.entry.id).toBe('guide');
    expect(h!.matchAt(document.querySelectorAll('tifa-mark')[2]!.firstChild!, 1)?.entry.id).toBe('thought');
    h!.stop();
    expect(document.body.innerHTML).toBe(html);
    [...document.body.querySelectorAll('*')].flatMap((el) => [el, ...el.childNodes]).forEach((n, i) => expect(n).toBe(nodes[i]));
  });

  it('restores any page with frames exactly, wherever the tags split them', async () => {
    // Frames around a few words (most with a phrase in the gap), among loose words and parts.
    const filler = fc.constantFrom('习近平新时代中国特色社会主义思想', '高度重视', '工作', '。', '以', '坚持');
    const inner = fc.array(filler, { minLength: 1, maxLength: 3 }).map((w) => w.join(''));
    const framed = fc.oneof(
      inner.map((g) => `以${g}为指引`),
      fc.tuple(inner, inner).map(([a, b]) => `一是${a}二是${b}三是`),
      inner.map((g) => `坚持${g}不动摇`),
    );
    const loose = fc.oneof(filler, fc.constantFrom('为指引', '二是', '不动摇'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(framed, loose), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (picked, cuts) => {
          const text = picked.join('');
          document.body.innerHTML = `<p>${splitIntoTags(text, cuts)}</p>`;
          const html = document.body.innerHTML;
          const reference = stock.scan(text);
          const hl = createHighlighter({ document, matcher, entries: ENTRIES, host, highlightApi: null });
          hl.start();
          await untilMatches(hl, reference.matches.length);
          expect(hl.matches().map((m) => [m.entry.id, m.text, rangeText(m)])).toEqual(reference.matches.map((m) => [m.entryId, m.text, m.text]));
          expect(hl.stats().stockChars).toBe(reference.stockChars);
          const markText = [...document.querySelectorAll('tifa-mark')].map((m) => m.textContent).join('').length;
          expect(markText).toBe(reference.stockChars);
          hl.stop();
          expect(document.body.innerHTML).toBe(html);
        },
      ),
      { numRuns: 60 },
    );
  });
});
