import type { PageMatch } from '../highlighter/types';
import type { PaintedSpan } from './nested-counts';
import { readPageText } from './page-text';

/**
 * The page's painted text as spans: overlapping matches (a frame and the phrases in its gap)
 * merged into one span, each match as offsets in it. A match outside the document's own text
 * walk (a shadow root, Firefox's <tifa-mark>s) is a span of its own.
 */
export function paintedSpans(matches: readonly PageMatch[]): PaintedSpan[] {
  if (matches.length === 0) return [];
  const page = readPageText(document, true);
  const startOf = new Map(page.nodes.map((node, i) => [node, page.starts[i]!]));
  const located: Array<{ start: number; end: number; m: PageMatch }> = [];
  const spans: PaintedSpan[] = [];
  for (const m of matches) {
    const s = startOf.get(m.startContainer);
    const e = startOf.get(m.endContainer);
    if (s === undefined || e === undefined) spans.push({ text: m.text, painted: [{ entry: m.entry, kind: m.kind, start: 0, end: m.text.length }] });
    else located.push({ start: s + m.startOffset, end: e + m.endOffset, m });
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
