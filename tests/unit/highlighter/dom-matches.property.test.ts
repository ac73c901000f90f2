// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createStockScanner } from '../../../lib/dictionary/stock-scan';
import { ENTRIES, splitIntoTags, startHighlighter, untilMatches } from './support';
import type { Highlighter, PageMatch } from '../../../lib/highlighter/types';

let h: Highlighter | null = null;
afterEach(() => {
  h?.stop();
  h = null;
  document.body.innerHTML = '';
});

const WORDS = ['不忘初心、牢记使命', '不忘初心牢记使命', '高度重视', '四个意识', '同志们', '以新思想为指引', '以四个意识为指引', '两个维护', '工作', '，', '。', ' '];
const paragraph = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { maxLength: 12 }));

const stock = createStockScanner({ entries: ENTRIES });

/** What the dictionary's scan finds in each line on its own (phrases in a frame's gap too). */
function expected(lines: string[]): Array<[string, string]> {
  return lines.flatMap((line) => stock.scan(line).matches.map((m) => [m.entryId, m.text] as [string, string]));
}

/** The text a match's DOM range covers. */
function rangeText(m: PageMatch): string {
  const r = document.createRange();
  r.setStart(m.startContainer, m.startOffset);
  r.setEnd(m.endContainer, m.endOffset);
  return r.toString();
}

/** The matches once the highlighter has counted as many as expected (or the wait ran out). */
async function settled(hl: Highlighter, count: number): Promise<PageMatch[]> {
  await untilMatches(hl, count).catch(() => {});
  return hl.matches();
}

describe('matches found in the DOM', () => {
  it('equal the matches in each block’s joined text, wherever inline tags split it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 4 }), async (paras) => {
        const lines = paras.map(([words]) => words.join(''));
        document.body.innerHTML = paras.map(([, cuts], i) => `<p>${splitIntoTags(lines[i]!, cuts)}</p>`).join('');
        h = startHighlighter();
        const want = expected(lines);
        const found = await settled(h, want.length);
        expect(found.map((m) => [m.entry.id, m.text])).toEqual(want);
        for (const m of found) expect(rangeText(m)).toBe(m.text);
        h.stop();
      }),
      { numRuns: 60 },
    );
  });

  it('never run across a <br>, a table cell or a list item', async () => {
    const separators = ['<br>', '</td><td>', '</li><li>'];
    await fc.assert(
      fc.asyncProperty(paragraph, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom(...separators), async ([words], cuts, sep) => {
        const text = words.join('');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces: string[] = [];
        let at = 0;
        for (const p of [...points, text.length]) {
          pieces.push(text.slice(at, p));
          at = p;
        }
        const inner = pieces.join(sep);
        document.body.innerHTML =
          sep === '<br>' ? `<p>${inner}</p>` : sep.includes('td') ? `<table><tr><td>${inner}</td></tr></table>` : `<ul><li>${inner}</li></ul>`;
        h = startHighlighter();
        const want = expected(pieces);
        const found = await settled(h, want.length);
        expect(found.map((m) => [m.entry.id, m.text])).toEqual(want);
        h.stop();
      }),
      { numRuns: 60 },
    );
  });
});
