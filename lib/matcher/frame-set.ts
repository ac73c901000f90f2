/**
 * Frame candidates during one scan. A frame is verified when its anchor is seen, but it may
 * end later than the anchor; the selection needs candidates in order of their end, so such
 * frames wait in a small queue until the scan has passed their end.
 */
import type { Automaton } from './automaton-build';
import { matchFrame, type CompiledFrame } from './frames';
import type { MatchStack } from './resolve';

function grown(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const next = new Int32Array(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

/** The frames of one matcher plus the per-scan pool of frame candidates and their slots. */
export class FrameSet {
  count = 0;
  starts: Int32Array = new Int32Array(64);
  ends: Int32Array = new Int32Array(64);
  entries: Int32Array = new Int32Array(64);
  /** Candidate i's gaps are `slots[slotAt[i] .. slotAt[i + 1])`, as [start, end) pairs. */
  slotAt: Int32Array = new Int32Array(65);
  slots: Int32Array = new Int32Array(128);
  private pending: Int32Array = new Int32Array(16);
  private pendingCount = 0;
  private bounds: Int32Array;

  /** `groups[g]` lists the frames (indices into `frames`) whose anchor key is group g. */
  constructor(
    readonly frames: readonly CompiledFrame[],
    readonly groups: readonly number[][],
  ) {
    const most = Math.max(2, ...frames.map((f) => f.parts.length));
    this.bounds = new Int32Array(2 * most);
  }

  /** Forget the previous scan's candidates. */
  reset(): void {
    this.count = 0;
    this.pendingCount = 0;
    this.slotAt[0] = 0;
  }

  /** Verify every frame anchored on the keys that end at `pos` in automaton state `s`. */
  onAnchor(a: Automaton, s: number, pos: number, codes: Uint16Array, n: number, stack: MatchStack): void {
    for (let st = a.outAnchor.get(s) ?? -1; st >= 0; st = a.outAnchor.get(a.fail[st]!) ?? -1) {
      const aStart = pos - a.depth[st]!;
      for (const fi of this.groups[a.anchorAt.get(st)!]!) {
        const f = this.frames[fi]!;
        if (!matchFrame(f, codes, n, aStart, pos, this.bounds)) continue;
        const idx = this.add(f);
        if (this.ends[idx] === pos) stack.offer(this.starts[idx]!, pos, f.entry, idx);
        else this.schedule(idx);
      }
    }
  }

  /** Offer the waiting frames that end before `limit` (all of them for `Infinity`). */
  flush(limit: number, stack: MatchStack): void {
    let k = 0;
    while (k < this.pendingCount && this.ends[this.pending[k]!]! < limit) {
      const idx = this.pending[k++]!;
      stack.offer(this.starts[idx]!, this.ends[idx]!, this.entries[idx]!, idx);
    }
    if (k === 0) return;
    this.pending.copyWithin(0, k, this.pendingCount);
    this.pendingCount -= k;
  }

  private add(f: CompiledFrame): number {
    const idx = this.count++;
    const parts = f.parts.length;
    this.starts = grown(this.starts, idx + 1);
    this.ends = grown(this.ends, idx + 1);
    this.entries = grown(this.entries, idx + 1);
    this.slotAt = grown(this.slotAt, idx + 2);
    const at = this.slotAt[idx]!;
    this.slots = grown(this.slots, at + 2 * (parts - 1));
    const b = this.bounds;
    this.starts[idx] = b[0]!;
    this.ends[idx] = b[2 * parts - 1]!;
    this.entries[idx] = f.entry;
    for (let j = 0; j + 1 < parts; j++) {
      this.slots[at + 2 * j] = b[2 * j + 1]!;
      this.slots[at + 2 * j + 1] = b[2 * j + 2]!;
    }
    this.slotAt[idx + 1] = at + 2 * (parts - 1);
    return idx;
  }

  /** Insert by end, after any waiting frame with the same end (first found, first offered). */
  private schedule(idx: number): void {
    this.pending = grown(this.pending, this.pendingCount + 1);
    const end = this.ends[idx]!;
    let k = this.pendingCount++;
    while (k > 0 && this.ends[this.pending[k - 1]!]! > end) {
      this.pending[k] = this.pending[k - 1]!;
      k--;
    }
    this.pending[k] = idx;
  }
}
