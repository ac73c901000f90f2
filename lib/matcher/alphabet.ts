/**
 * Dense alphabet for the automaton: code units that occur in some key get small class ids,
 * most frequent first, so the double array packs tightly and any other char is class 0.
 */

/** A code-unit → class table (0 = the unit occurs in no key) and the number of classes. */
export interface Alphabet {
  classOf: Uint16Array;
  size: number;
}

/** Class ids for every code unit of `keys`, ranked by frequency in the keys. */
export function buildAlphabet(keys: readonly string[]): Alphabet {
  const counts = new Int32Array(0x10000);
  const seen: number[] = [];
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      const before = counts[c]!;
      counts[c] = before + 1;
      if (before === 0) seen.push(c);
    }
  }
  seen.sort((a, b) => counts[b]! - counts[a]! || a - b);
  const classOf = new Uint16Array(0x10000);
  for (let i = 0; i < seen.length; i++) classOf[seen[i]!] = i + 1;
  return { classOf, size: seen.length };
}
