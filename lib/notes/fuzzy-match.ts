/**
 * Approximate substring search for re-anchoring a quote whose text was edited:
 * Sellers' dynamic programme with Ukkonen's cut-off, so a search with k allowed errors
 * costs about O(k·n) on a page of n characters rather than O(m·n).
 */

/** Where an approximate match ends (exclusive) and how many edits it needs. */
export interface ApproximateEnd {
  end: number;
  errors: number;
}

/** The ends of the best approximate matches of `pattern` in `text` with at most `maxErrors` edits. */
export function bestApproximateEnds(text: string, pattern: string, maxErrors: number, maxResults = 50): ApproximateEnd[] {
  const m = pattern.length;
  const k = Math.min(maxErrors, m);
  if (m === 0) return [];
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i <= k ? i : k + 1;
  let top = k;
  let best = k + 1;
  let found: ApproximateEnd[] = [];
  for (let j = 0; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    const limit = Math.min(top + 1, m);
    let diag = 0;
    let up = 0;
    for (let i = 1; i <= limit; i++) {
      const left = column[i]!;
      const value = pattern.charCodeAt(i - 1) === ch ? diag : Math.min(diag, up, left) + 1;
      diag = left;
      column[i] = value;
      up = value;
    }
    top = limit;
    while (top > 0 && column[top]! > k) top--;
    if (top === m) {
      const errors = column[m]!;
      if (errors < best) {
        best = errors;
        found = [];
      }
      if (errors === best && found.length < maxResults) found.push({ end: j + 1, errors });
    }
  }
  return found;
}

/** The start of a match of `pattern` ending at `end` with the fewest edits, preferring a length near the pattern's. */
export function approximateStart(text: string, pattern: string, end: number, maxErrors: number): number {
  const m = pattern.length;
  const width = Math.min(end, m + maxErrors);
  // Rows: pattern read backwards; columns: text read backwards from `end`, anchored there.
  let previous = new Int32Array(width + 1).map((_, j) => j);
  let current = new Int32Array(width + 1);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= width; j++) {
      const cost = text.charCodeAt(end - j) === pc ? 0 : 1;
      current[j] = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  let bestJ = 0;
  for (let j = 1; j <= width; j++) {
    const better = previous[j]! < previous[bestJ]!;
    const tie = previous[j] === previous[bestJ] && Math.abs(j - m) < Math.abs(bestJ - m);
    if (better || tie) bestJ = j;
  }
  return end - bestJ;
}
