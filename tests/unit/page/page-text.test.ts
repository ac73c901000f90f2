// @vitest-environment happy-dom
/**
 * One model of page text: the note-anchoring text, the report's sentences, counts and the
 * export read exactly the highlighter's blocks, on a page with everything the readers used
 * to disagree on (svg, select, textarea, hidden, aria-hidden, contenteditable, an open
 * shadow root, script and style, and the fallback's own <tifa-mark>s).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorFor } from '../../../lib/page/note-anchor';
import type { Highlighter } from '../../../lib/highlighter/types';
import { anchorQuote } from '../../../lib/notes/anchoring';
import { annotatedPage } from '../../../lib/page/page-annotated';
import { countPhrases, pageReport } from '../../../lib/page/page-findings';
import { offsetOf, positionAt, readPageText } from '../../../lib/page/page-text';
import { sentenceAround } from '../../../lib/page/sentences';
import { readBlocks, startHighlighter, untilMatches } from '../highlighter/support';

const PAGE =
  '<p>正文说，要高度重视<script>高度重视</script>。</p>' +
  '<svg><text>图中高度重视</text></svg>' +
  '<select><option>选项高度重视</option></select>' +
  '<textarea>框中高度重视</textarea>' +
  '<div hidden>隐藏高度重视</div>' +
  '<div aria-hidden="true">读屏不读高度重视</div>' +
  '<div contenteditable="true">编辑中高度重视</div>' +
  '<style>p::after { content: "高度重视"; }</style>' +
  '<div id="host"></div>' +
  '<p>末了，同志们。</p>';

/** What the highlighter reads of PAGE: the two paragraphs and the shadow root, nothing else. */
const READ = '正文说，要高度重视。影子里也要高度重视。末了，同志们。';
const SENTENCES = ['正文说，要高度重视。', '影子里也要高度重视。', '末了，同志们。'];

/** The highlighter's own walk (BlockWalker with its classify rules), its blocks end to end. */
const highlighterText = () => readBlocks(document.documentElement).map((b) => b.text).join('');

let h: Highlighter | null = null;
beforeEach(() => {
  document.body.innerHTML = PAGE;
  document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>影子里也要高度重视。</p>';
});
afterEach(() => {
  h?.stop();
  h = null;
  document.body.innerHTML = '';
});

describe('one model of page text', () => {
  it('the anchoring text is the highlighter\'s blocks joined: shadow root read; svg, select, textarea, hidden, editable, script and style not', () => {
    expect(highlighterText()).toBe(READ);
    expect(readPageText(document).text).toBe(READ);
  });

  it.each(['auto', 'marks'] as const)('with the %s painter, every match the highlighter finds is in the anchoring text at its own nodes, and a note on it anchors back there', async (paint) => {
    h = startHighlighter({ paint });
    await untilMatches(h, 3);
    const page = readPageText(document);
    for (const m of h.matches()) {
      const start = offsetOf(page, m.startContainer, m.startOffset);
      const end = offsetOf(page, m.endContainer, m.endOffset);
      expect(page.text.slice(start, end), m.text).toBe(m.text);
      expect(positionAt(page, start)).toEqual({ node: m.startContainer, offset: m.startOffset });
      expect(positionAt(page, end, true)).toEqual({ node: m.endContainer, offset: m.endOffset });
      const anchor = anchorFor(m)!;
      expect(anchor.quote.exact).toBe(m.text);
      expect(anchorQuote(page.text, anchor)).toMatchObject({ start, end, method: 'position' });
    }
  });

  describe.each(['auto', 'marks'] as const)('with the %s painter', (paint) => {
    it('the report\'s sentences are cut from the block that holds the match', async () => {
      h = startHighlighter({ paint });
      await untilMatches(h, 3);
      const page = readPageText(document);
      expect(h.matches().map((m) => sentenceAround(page, m.startContainer, m.startOffset))).toEqual(SENTENCES);
      const report = pageReport(h, null);
      expect(report.phrases.find((p) => p.entryId === 'bundle')?.sentences).toEqual(SENTENCES.slice(0, 2));
    });

    it('counts and the export read the same text, and the painted phrases in it', async () => {
      h = startHighlighter({ paint });
      await untilMatches(h, 3);
      expect(countPhrases(h.matches(), null).map((p) => [p.entryId, p.count])).toEqual([['bundle', 2], ['ritual', 1]]);
      const exported = annotatedPage(h.matches());
      expect(exported.paragraphs.map((p) => p.text)).toEqual(SENTENCES);
      expect(exported.paragraphs.flatMap((p) => p.marks.map((m) => p.text.slice(m.start, m.end)))).toEqual(['高度重视', '高度重视', '同志们']);
    });
  });

  it('reads through the fallback\'s <tifa-mark>s; the highlighter itself never does', async () => {
    h = startHighlighter({ paint: 'marks' });
    await untilMatches(h, 3);
    expect(document.querySelectorAll('tifa-mark').length).toBe(2);
    expect(readPageText(document).text).toBe(READ);
    expect(highlighterText()).toBe('正文说，要。影子里也要。末了，。');
  });
});
