/**
 * The matcher: normalise, run the automaton and the frames, map offsets back. Pure code:
 * the same module runs in the content script, the CLI scanner, the build and the bench.
 */
import { buildAutomaton, scanCodes } from './automaton';
import { FrameSet } from './frame-set';
import { compileFrame, type CompiledFrame } from './frames';
import { createNormalizeBuffers, normalizeInto, normalizePhrase } from './normalize';
import { OffsetCursor } from './offset-map';
import { MatchStack } from './resolve';
import type { Match, MatchRanges, Matcher, MatcherPattern } from './types';

export type { Match, MatchRanges, Matcher, MatcherFrame, MatcherPattern } from './types';
export { normalizePhrase, normalizeText, originalRange, type NormalizedText } from './normalize';

function emptyRanges(cap: number): MatchRanges {
  const ranges = { count: 0, starts: new Int32Array(cap), ends: new Int32Array(cap) };
  return { ...ranges, entries: new Int32Array(cap), frames: new Uint8Array(cap) };
}

/** Distinct normalised keys, with the entry each reports and the frame anchors on it. */
function collectKeys(patterns: readonly MatcherPattern[]) {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const patternOf: number[] = [];
  const anchorOf: number[] = [];
  const keyOf = (k: string): number => {
    let i = index.get(k);
    if (i === undefined) {
      i = keys.push(k) - 1;
      index.set(k, i);
      patternOf.push(-1);
      anchorOf.push(-1);
    }
    return i;
  };
  const frames: CompiledFrame[] = [];
  const groups: number[][] = [];
  for (const p of patterns) {
    for (const form of p.forms) {
      const k = normalizePhrase(form);
      if (k.length === 0) continue;
      const i = keyOf(k);
      if (patternOf[i]! < 0) patternOf[i] = p.entry; // same normalised form: first entry wins
    }
    const f = compileFrame(p);
    if (!f) continue;
    const i = keyOf(f.parts[f.anchor]!);
    if (anchorOf[i]! < 0) anchorOf[i] = groups.push([]) - 1;
    groups[anchorOf[i]!]!.push(frames.push(f) - 1);
  }
  return { keys, patternOf, anchorOf, frames, groups };
}

/**
 * Compile the dictionary's patterns. The content script builds at load time rather than
 * loading a serialised automaton: the matcher bench (scripts/bench/matcher-node.ts, Node 20,
 * shared 2-core box) puts the built dictionary (~250 entries, ~570 forms) at ~2–10 ms warm
 * and ~18 ms for the first, cold-JIT build. 20,000 phrases take ~30 ms warm, over the
 * ~20 ms budget: past ~5,000 phrases, serialise the Automaton's typed arrays at build time.
 */
export function buildMatcher(patterns: readonly MatcherPattern[]): Matcher {
  const { keys, patternOf, anchorOf, frames, groups } = collectKeys(patterns);
  const automaton = buildAutomaton(keys, patternOf, anchorOf);
  const frameSet = frames.length > 0 ? new FrameSet(frames, groups) : null;
  const buf = createNormalizeBuffers();
  const stack = new MatchStack();
  const cursor = new OffsetCursor();
  let ranges = emptyRanges(256);

  const scanRanges = (text: string): MatchRanges => {
    const n = normalizeInto(text, buf);
    scanCodes(automaton, frameSet, buf.codes, n, stack);
    const count = stack.count;
    if (ranges.starts.length < count) ranges = emptyRanges(count * 2);
    const { starts, ends, entries, frames: isFrame } = ranges;
    cursor.reset(buf);
    for (let i = 0; i < count; i++) {
      starts[i] = cursor.start(stack.starts[i]!);
      ends[i] = cursor.end(stack.ends[i]! - 1);
      entries[i] = stack.ids[i]!;
      isFrame[i] = stack.refs[i]! >= 0 ? 1 : 0;
    }
    ranges.count = count;
    return ranges;
  };

  const scan = (text: string): Match[] => {
    const r = scanRanges(text);
    cursor.reset(buf); // slots lie between their match's start and end: map them in order
    const out: Match[] = new Array(r.count);
    for (let i = 0; i < r.count; i++) {
      const match: Match = { start: r.starts[i]!, end: r.ends[i]!, entry: r.entries[i]! };
      const ref = stack.refs[i]!;
      if (ref >= 0 && frameSet) {
        const slots: Array<[number, number]> = [];
        for (let k = frameSet.slotAt[ref]!; k < frameSet.slotAt[ref + 1]!; k += 2) {
          slots.push([cursor.start(frameSet.slots[k]!), cursor.end(frameSet.slots[k + 1]! - 1)]);
        }
        match.slots = slots;
      }
      out[i] = match;
    }
    return out;
  };

  return { scan, scanRanges };
}
