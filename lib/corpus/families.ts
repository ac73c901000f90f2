/**
 * Speech families: a speech and its redacted or lightly edited copies. A phrase found
 * in two speeches of one family is one piece of evidence, not two, so recurrence is
 * counted per family. Detected from the text by shingle containment, never by number.
 */

const SHINGLE = 8;
/** Share of the smaller speech's shingles found in the other: copies score far above 0.3,
 *  independent speeches on the same topic far below (about 0.02 on the seeds). */
export const FAMILY_CONTAINMENT = 0.3;

/** The set of character n-gram shingles of a text, Latin letters and digits dropped so
 *  that redaction (XX for names and figures) does not hide a copy. */
export function shingles(text: string, size = SHINGLE): Set<string> {
  const kept = text.replace(/[\sA-Za-z0-9_]+/g, '');
  const set = new Set<string>();
  for (let i = 0; i + size <= kept.length; i++) set.add(kept.slice(i, i + size));
  return set;
}

/** |A ∩ B| / min(|A|, |B|): how much of the smaller text the larger one contains. */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Family id (the 0-based index of the family's first text) for each text, by union-find. */
export function detectFamilies(texts: string[], threshold = FAMILY_CONTAINMENT): number[] {
  const sets = texts.map((t) => shingles(t));
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (containment(sets[i]!, sets[j]!) >= threshold) parent[find(j)] = find(i);
    }
  }
  return texts.map((_, i) => find(i));
}
