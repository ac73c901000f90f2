/**
 * Word and word-sequence counts over the seed paragraphs, for association strength: a
 * bundle whose words co-occur far more often than chance (high PMI) is a unit of speech;
 * two frequent words that merely meet (这些 问题) are not.
 */
import type { Token } from './segment';

const SEP = '\u0001';

/** Counts of runs of 1–4 words, keyed by the words joined. */
export class WordStats {
  private readonly counts = new Map<string, number>();
  /** Number of single words counted (the denominator of every probability). */
  total = 0;

  /** Count one run of words. */
  count(run: readonly Token[]): void {
    const key = run.length === 1 ? run[0]!.word : run.map((t) => t.word).join(SEP);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (run.length === 1) this.total++;
  }

  /** How often this exact run of words occurred. */
  get(words: readonly string[]): number {
    return this.counts.get(words.join(SEP)) ?? 0;
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
