import type { PageMatch } from '../highlighter/types';
import type { PaintedSpan } from './nested-counts';
import { offsetOf, readPageText, type PageText } from './page-text';

/**
 * The page's painted text as spans: overlapping matches (a frame and the phrases in its gap)
 * merged into one span, each match as offsets in it, in the highlighter's page text (its
 * <tifa-mark>s read). A match whose nodes it does not hold (gone since) is a span of its own.
 */
export function paintedSpans(matches: readonly PageMatch[], read?: PageText): PaintedSpan[] {
  if (matches.length === 0) return [];
  const page = read ?? readPageText(document);
  const located: Array<{ start: number; end: number; m: PageMatch }> = [];
  const spans: PaintedSpan[] = [];
  for (const m of matches) {
    const start = offsetOf(page, m.startContainer, m.startOffset);
    const end = offsetOf(page, m.endContainer, m.endOffset);
    if (start < 0 || end < 0) spans.push({ text: m.text, painted: [{ entry: m.entry, kind: m.kind, start: 0, end: m.text.length }] });
    else located.push({ start, end, m });
  }
  located.sort((a, b) => a.start - b.start || b.end - a.end);
  let group: typeof located = [];
  let groupEnd = -1;
  const flush = () => {
    if (group.length === 0) return;
    const from = group[0]!.start;
    spans.push({
      text: page.text.slice(from, groupEnd),
      painted: group.map(({ start, end, m }) => ({ entry: m.entry, kind: m.kind, start: start - from, end: end - from })),
    });
  };
  for (const item of located) {
    if (item.start >= groupEnd) {
      flush();
      group = [];
    }
    group.push(item);
    groupEnd = Math.max(groupEnd, item.end);
  }
  flush();
  return spans;
}
