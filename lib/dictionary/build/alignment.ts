/**
 * Word alignment of occurrences. The page matcher cannot segment, so an entry that the
 * seeds show inside other words (快发展 in 加快发展) would light up half-words on pages.
 * Mined entries with such occurrences are dropped; curated ones keep only aligned ones.
 */
import type { SegmentedDoc } from './documents';
import type { Hit } from './occurrences';
import { wordBoundaries } from './segment';

/** Word-boundary sets of the seed docs, computed on first use. */
export class Alignment {
  private readonly cuts = new Map<number, Set<number>>();

  constructor(private readonly docs: readonly SegmentedDoc[]) {}

  /** True when the hit starts and ends on jieba word boundaries. */
  isAligned(hit: Hit): boolean {
    let cuts = this.cuts.get(hit.doc);
    if (!cuts) this.cuts.set(hit.doc, (cuts = wordBoundaries(this.docs[hit.doc]!.tokens)));
    return cuts.has(hit.start) && cuts.has(hit.end);
  }
}
