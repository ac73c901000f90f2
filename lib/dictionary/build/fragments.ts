/**
 * Fragments: a mined phrase that never occurs except inside a longer kept phrase (新时代中国
 * 特色 inside 习近平新时代中国特色社会主义思想) is not a phrase of its own. On a page it could
 * only ever light up half of the real formulation.
 */
import type { DraftEntry } from './drafts';
import type { Hit } from './occurrences';

/** For each mined draft all of whose hits sit inside hits of longer drafts: the longest such
 *  container's text, by draft index. Curated drafts are never dropped. */
export function findFragments(drafts: readonly DraftEntry[], hits: ReadonlyMap<number, Hit[]>): Map<number, string> {
  const byDoc = new Map<number, Array<{ draft: number; start: number; end: number }>>();
  hits.forEach((list, draft) => {
    if (drafts[draft]!.frame) return; // a frame's gap holds other phrases; it contains none
    for (const h of list) {
      const spans = byDoc.get(h.doc) ?? [];
      spans.push({ draft, start: h.start, end: h.end });
      byDoc.set(h.doc, spans);
    }
  });
  const fragments = new Map<number, string>();
  drafts.forEach((d, i) => {
    const own = hits.get(i) ?? [];
    if (d.source !== 'seeds' || own.length === 0) return;
    let container: DraftEntry | null = null;
    for (const h of own) {
      const outer = (byDoc.get(h.doc) ?? []).find(
        (s) => s.draft !== i && s.start <= h.start && h.end <= s.end && s.end - s.start > h.end - h.start,
      );
      if (!outer) return;
      const candidate = drafts[outer.draft]!;
      if (!container || candidate.text.length > container.text.length) container = candidate;
    }
    if (container) fragments.set(i, container.text);
  });
  return fragments;
}
