/**
 * The scan loop: one pass of the Aho–Corasick automaton over normalised code units, feeding
 * contiguous matches and frame candidates, in order of their end, to the leftmost-longest
 * selection. No allocation per char or per match: everything lands in reused typed arrays.
 */
import { FLAG_SHIFT, STATE_MASK, type Automaton } from './automaton-build';
import type { FrameSet } from './frame-set';
import type { MatchStack } from './resolve';

export { buildAutomaton, type Automaton } from './automaton-build';

/**
 * Select the leftmost-longest, non-overlapping matches in `codes[0, n)` into `stack`
 * (normalised offsets). `frames` is null when the dictionary has no frames.
 */
export function scanCodes(
  a: Automaton,
  frames: FrameSet | null,
  codes: Uint16Array,
  n: number,
  stack: MatchStack,
): void {
  stack.reset(codes, n);
  frames?.reset();
  const { classOf, base, check, fail, depth, outPattern, patternAt } = a;
  const mask = STATE_MASK; // locals: a module binding may cost a load per char
  const shift = FLAG_SHIFT;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const c = classOf[codes[i]!]!;
    if (c === 0) {
      // A char that occurs in no key: every state falls back to the root.
      s = 0;
      continue;
    }
    let f = 0;
    for (;;) {
      const t = base[s]! + c;
      const w = check[t]!;
      if ((w & mask) === s) {
        s = t;
        f = w >>> shift;
        break;
      }
      if (s === 0) break;
      s = fail[s]!;
    }
    if (f === 0) continue;
    const pos = i + 1;
    if (frames !== null) frames.flush(pos, stack);
    if ((f & 1) !== 0) {
      // Longest first: once one is taken, the shorter ones ending here can only lose.
      for (let st = outPattern[s]!; st >= 0; st = outPattern[fail[st]!]!) {
        if (stack.offer(pos - depth[st]!, pos, patternAt[st]!, -1)) break;
      }
    }
    if ((f & 2) !== 0 && frames !== null) frames.onAnchor(a, s, pos, codes, n, stack);
  }
  if (frames !== null) frames.flush(Infinity, stack);
}
