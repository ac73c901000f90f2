/**
 * Word and word-sequence counts over the corpus paragraphs, for association strength: a
 * bundle whose words co-occur far more often than chance (high PMI) is a unit of speech;
 * two frequent words that merely meet (这些 问题) are not. Also how many documents each run
 * occurs in, so rare runs are skipped before they become candidates.
 */
import type { Token } from './segment';

const SEP = '\u0001';

interface RunCount {
  count: number;
  docs: number;
  lastDoc: number;
}

/** Counts of runs of 1–5 words, keyed by the words joined. */
export class WordStats {
  private readonly counts = new Map<string, RunCount>();
  /** Number of single words counted (the denominator of every probability). */
  total = 0;

  /** Count one run of words seen in document `doc` (documents are visited in order). */
  count(run: readonly Token[], doc = 0): void {
    const key = run.length === 1 ? run[0]!.word : run.map((t) => t.word).join(SEP);
    const c = this.counts.get(key);
    if (!c) this.counts.set(key, { count: 1, docs: 1, lastDoc: doc });
    else {
      c.count++;
      if (c.lastDoc !== doc) (c.docs++, (c.lastDoc = doc));
    }
    if (run.length === 1) this.total++;
  }

  /** How often this exact run of words occurred. */
  get(words: readonly string[]): number {
    return this.counts.get(words.join(SEP))?.count ?? 0;
  }

  /** In how many documents this run of words occurred. */
  documents(run: readonly Token[]): number {
    const key = run.length === 1 ? run[0]!.word : run.map((t) => t.word).join(SEP);
    return this.counts.get(key)?.docs ?? 0;
  }

  /**
   * Normalised PMI of the weakest split of `words`: in [-1, 1], 1 when the parts only ever
   * occur together. Null for a single word (nothing to associate).
   */
  cohesion(words: readonly string[]): number | null {
    if (words.length < 2) return null;
    const joint = this.get(words);
    if (joint === 0 || this.total === 0) return null;
    const pJoint = joint / this.total;
    let weakest = 1;
    for (let k = 1; k < words.length; k++) {
      const a = this.get(words.slice(0, k)) / this.total;
      const b = this.get(words.slice(k)) / this.total;
      const pmi = Math.log(pJoint / (a * b));
      const norm = pJoint >= 1 ? 1 : pmi / -Math.log(pJoint);
      weakest = Math.min(weakest, norm);
    }
    return weakest;
  }
}
