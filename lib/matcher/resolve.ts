/**
 * Leftmost-longest, non-overlapping selection, computed online while the automaton runs.
 *
 * Candidates arrive in order of their end. The stack always holds the greedy selection
 * (earliest start first, then longest) over the candidates seen so far. A new candidate
 * [b, e) whose end is the largest seen can only change the tail of that selection: it
 * replaces the entries it overlaps if it starts no later than the first of them (and is
 * longer on a tie), otherwise it loses. Each entry is pushed and popped at most once.
 */

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The running selection, in normalised offsets, in reusable typed arrays. */
export class MatchStack {
  count = 0;
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  ids = new Int32Array(256);
  /** -1 for a contiguous match, else the frame candidate's index in the frame pool. */
  refs = new Int32Array(256);
  private codes: Uint16Array = new Uint16Array(0);
  private n = 0;

  /** Start a new scan over `codes[0, n)` (kept to refuse matches that split a surrogate pair). */
  reset(codes: Uint16Array, n: number): void {
    this.count = 0;
    this.codes = codes;
    this.n = n;
  }

  /** Offer [b, e) (e ≥ every end offered before); true if it is now in the selection. */
  offer(b: number, e: number, id: number, ref: number): boolean {
    const { starts, ends } = this;
    let k = this.count;
    while (k > 0 && ends[k - 1]! > b) k--;
    if (k < this.count) {
      const first = starts[k]!;
      if (b > first || (b === first && e <= ends[k]!)) return false;
    }
    const codes = this.codes;
    if (b > 0 && isLow(codes[b]!) && isHigh(codes[b - 1]!)) return false;
    if (e < this.n && isLow(codes[e]!) && isHigh(codes[e - 1]!)) return false;
    if (k === starts.length) this.grow();
    this.starts[k] = b;
    this.ends[k] = e;
    this.ids[k] = id;
    this.refs[k] = ref;
    this.count = k + 1;
    return true;
  }

  private grow(): void {
    const cap = this.starts.length * 2;
    for (const name of ['starts', 'ends', 'ids', 'refs'] as const) {
      const next = new Int32Array(cap);
      next.set(this[name]);
      this[name] = next;
    }
  }
}
