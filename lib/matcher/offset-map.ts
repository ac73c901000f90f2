/**
 * The map from normalised offsets back to the page's, kept sparse: in page text nearly every
 * char maps one to one, so only the places where the offset shifts (a deleted space, a
 * collapsed `……`) are stored, and the scan's hot loop writes nothing else.
 */

/** Breakpoints: normalised j ≥ breakNorm[k] maps to breakOrig[k] + (j − breakNorm[k]). */
export interface OffsetMap {
  breakNorm: Int32Array;
  breakOrig: Int32Array;
  breakCount: number;
  /** Normalised chars that stand for several original ones, and their original ends. */
  collapseAt: Int32Array;
  collapseEnd: Int32Array;
  collapseCount: number;
}

/** An identity map with room to grow; breakpoint 0 is always (0, 0). */
export function createOffsetMap(): OffsetMap {
  return {
    breakNorm: new Int32Array(64),
    breakOrig: new Int32Array(64),
    breakCount: 1,
    collapseAt: new Int32Array(16),
    collapseEnd: new Int32Array(16),
    collapseCount: 0,
  };
}

/** Record that normalised offset `n` comes from original offset `o` (no-op if implied). */
export function setBreak(m: OffsetMap, n: number, o: number): void {
  const k = m.breakCount - 1;
  if (m.breakNorm[k] === n) {
    m.breakOrig[k] = o;
    return;
  }
  if (m.breakOrig[k]! + (n - m.breakNorm[k]!) === o) return;
  if (m.breakCount === m.breakNorm.length) {
    const norm = new Int32Array(m.breakCount * 2);
    const orig = new Int32Array(m.breakCount * 2);
    norm.set(m.breakNorm);
    orig.set(m.breakOrig);
    m.breakNorm = norm;
    m.breakOrig = orig;
  }
  m.breakNorm[m.breakCount] = n;
  m.breakOrig[m.breakCount++] = o;
}

/**
 * Maps normalised offsets to original ones for queries in non-decreasing order (match
 * starts, slots and ends come out sorted), so each lookup is amortised O(1).
 */
export class OffsetCursor {
  private b = 0;
  private c = 0;
  private m!: OffsetMap;

  /** Restart at offset 0 of a freshly normalised text. */
  reset(m: OffsetMap): void {
    this.m = m;
    this.b = 0;
    this.c = 0;
  }

  /** Original offset where normalised char j starts. */
  start(j: number): number {
    const m = this.m;
    let b = this.b;
    while (b + 1 < m.breakCount && m.breakNorm[b + 1]! <= j) b++;
    this.b = b;
    return m.breakOrig[b]! + (j - m.breakNorm[b]!);
  }

  /** Original offset where normalised char j ends (past a whole collapsed run). */
  end(j: number): number {
    const m = this.m;
    let c = this.c;
    while (c < m.collapseCount && m.collapseAt[c]! < j) c++;
    this.c = c;
    if (c < m.collapseCount && m.collapseAt[c] === j) return m.collapseEnd[c]!;
    return this.start(j) + 1;
  }
}
