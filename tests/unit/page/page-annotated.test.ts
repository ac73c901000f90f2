// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Highlighter } from '../../../lib/highlighter/types';
import { buildPhraseIndex } from '../../../lib/page/nested-counts';
import { annotatedPage } from '../../../lib/page/page-annotated';
import { countPhrases } from '../../../lib/page/page-findings';
import { ENTRIES, startHighlighter, untilMatches } from '../highlighter/support';

let h: Highlighter | null = null;
afterEach(() => {
  h?.stop();
  h = null;
  document.body.innerHTML = '';
});

// 初心 is a phrase of the index only: it is never painted, always inside 不忘初心、牢记使命.
const index = buildPhraseIndex([...ENTRIES, { id: 'inner', text: '初心', kind: 'slogan', variants: [], score: 1, occurrences: 2, families: 2 }]);

describe.each(['auto', 'marks'] as const)('the page read back for counts and the export (%s)', (paint) => {
  it('counts the phrase inside the painted one, and gives the export text with its marks', async () => {
    document.body.innerHTML = '<h1>通知</h1><p>要不忘初心、牢记使命，<b>高度重视</b>。</p><p>同志们，不忘初心、牢记使命。</p>';
    // 'auto' paints with the stand-in Highlight API; 'marks' is Firefox's <tifa-mark> fallback.
    h = startHighlighter({ paint });
    await untilMatches(h, 4);
    const counts = countPhrases(h.matches(), index);
    expect(counts.find((p) => p.entryId === 'inner')).toMatchObject({ count: 2, nested: 2, containedIn: ['不忘初心、牢记使命'] });
    expect(counts.find((p) => p.entryId === 'slogan')?.count).toBe(2);
    const page = annotatedPage(h.matches());
    expect(page.paragraphs.map((p) => p.text)).toEqual(['通知', '要不忘初心、牢记使命，高度重视。', '同志们，不忘初心、牢记使命。']);
    const marked = page.paragraphs.flatMap((p) => p.marks.map((m) => p.text.slice(m.start, m.end)));
    expect(marked).toEqual(['不忘初心、牢记使命', '高度重视', '同志们', '不忘初心、牢记使命']);
  });
});
