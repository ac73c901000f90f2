/**
 * Fragments: a mined phrase that never occurs except inside a longer kept phrase (新时代中国
 * 特色 inside 习近平新时代中国特色社会主义思想) is not a phrase of its own. On a page it could
 * only ever light up half of the real formulation. The exception is an officialese verb
 * phrase that the seeds continue in different ways (深入学习 in 深入学习贯彻 and 深入学习实践):
 * it is a unit the register combines freely, and pages continue it in yet other ways
 * (深入学习领会), where the longer entries never match.
 */
import type { DraftEntry } from './drafts';
import type { Hit } from './occurrences';

/** A standard bundle by its own evidence: every word in the officialese register, a verb
 *  phrase, heard in two or more speech families, followed by varied words (right branching entropy ≥ 1 bit). */
function combinesFreely(d: DraftEntry): boolean {
  const e = d.mined?.evidence;
  return !!e && e.register === 1 && e.verbPhrase && e.families >= 2 && e.rightEntropy >= 1;
}

/** For each mined phrase all of whose hits sit inside hits of longer drafts: the longest such
 *  container's text, by draft index. Frames, and phrases that combine freely, are never dropped. */
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
    if (!d.mined || own.length === 0 || combinesFreely(d)) return;
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
