/**
 * The general-language baseline (seeds/baseline/jieba-freq.tsv: jieba's word frequencies over
 * about 60 M words of ordinary Chinese). A word that ordinary Chinese uses all the time (经济,
 * 农业, 企业) names a topic, not a formulation, however often a report repeats it.
 */

/** Word frequencies of general Chinese, per million words. */
export class Baseline {
  private readonly perMillion = new Map<string, number>();

  /** Parse `word<TAB>count` lines; counts are scaled by their sum. */
  constructor(tsv: string) {
    const counts: Array<[string, number]> = [];
    let total = 0;
    for (const line of tsv.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const n = Number(line.slice(tab + 1));
      counts.push([line.slice(0, tab), n]);
      total += n;
    }
    for (const [w, n] of counts) this.perMillion.set(w, (n * 1e6) / Math.max(total, 1));
  }

  /** Frequency per million words in general Chinese (0 when the word is rare or unknown). */
  frequency(word: string): number {
    return this.perMillion.get(word) ?? 0;
  }
}

/** Per million: a word this frequent in ordinary Chinese is common vocabulary
 *  (作风 25, 堡垒 5, 乡村 35 stay below; 经济 810, 企业 580, 农业 270, 建设 440 are above). */
export const COMMON_WORD = 40;
