/**
 * Speech families: a speech and its redacted or lightly edited copies. A phrase found
 * in two speeches of one family is one piece of evidence, not two, so recurrence is
 * counted per family. Detected from the text by shingle containment, never by number.
 */

const SHINGLE = 8;
/** Share of the smaller speech's shingles found in the other: copies score far above 0.3,
 *  independent speeches on the same topic far below (about 0.02 on the seeds). */
const FAMILY_CONTAINMENT = 0.3;
/** Size of the bottom-k sketch used to skip pairs that cannot reach the threshold. */
const SKETCH = 64;

/** Latin letters and digits dropped, so redaction (XX for names and figures) hides no copy. */
function keptText(text: string): string {
  return text.replace(/[\sA-Za-z0-9_]+/g, '');
}

/** The set of character n-gram shingles of a text (for tests and explanations). */
export function shingles(text: string, size = SHINGLE): Set<string> {
  const kept = keptText(text);
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

/** Sorted, distinct 32-bit FNV-1a hashes of a text's shingles: cheap to intersect. */
function shingleHashes(text: string, size = SHINGLE): Uint32Array {
  const kept = keptText(text);
  const out = new Uint32Array(Math.max(0, kept.length - size + 1));
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + size; j++) h = Math.imul(h ^ kept.charCodeAt(j), 0x01000193);
    out[i] = h >>> 0;
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.subarray(0, n);
}

/** Containment of two sorted hash arrays, by a linear merge. */
function hashedContainment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 0;
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) (shared++, i++, j++);
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / smaller;
}

/** An upper-bound-ish estimate of containment from bottom-k sketches, for skipping pairs. */
function sketchContainment(a: Uint32Array, b: Uint32Array): number {
  const ka = a.subarray(0, SKETCH), kb = b.subarray(0, SKETCH);
  let i = 0, j = 0, taken = 0, shared = 0;
  while (taken < SKETCH && (i < ka.length || j < kb.length)) {
    if (j >= kb.length || (i < ka.length && ka[i]! < kb[j]!)) i++;
    else if (i >= ka.length || kb[j]! < ka[i]!) j++;
    else (shared++, i++, j++);
    taken++;
  }
  if (taken === 0) return 0;
  const jaccard = shared / taken;
  return (jaccard * (a.length + b.length)) / ((1 + jaccard) * Math.max(1, Math.min(a.length, b.length)));
}

/**
 * Family id (the 0-based index of the family's first text) for each text, by union-find.
 * Pairs already in one family, or whose sketches are far below the threshold, are not
 * compared in full, so many speeches stay about linear.
 */
export function detectFamilies(texts: string[], threshold = FAMILY_CONTAINMENT): number[] {
  const hashes = texts.map((t) => shingleHashes(t));
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (find(i) === find(j)) continue;
      if (sketchContainment(hashes[i]!, hashes[j]!) < threshold / 3) continue;
      if (hashedContainment(hashes[i]!, hashes[j]!) >= threshold) parent[find(j)] = find(i);
    }
  }
  return texts.map((_, i) => find(i));
}
