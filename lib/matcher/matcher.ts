/**
 * A `Matcher` over a compiled automaton and frame set, however they were obtained (built
 * from patterns, or loaded from the build's serialised automaton): normalise, scan, map
 * offsets back to the scanned text.
 */
import { scanCodes, type Automaton } from './automaton';
import type { FrameSet } from './frame-set';
import { createNormalizeBuffers, normalizeInto } from './normalize';
import { OffsetCursor } from './offset-map';
import { MatchStack } from './resolve';
import type { Match, MatchRanges, Matcher } from './types';

function emptyRanges(cap: number): MatchRanges {
  const ranges = { count: 0, starts: new Int32Array(cap), ends: new Int32Array(cap) };
  return { ...ranges, entries: new Int32Array(cap), frames: new Uint8Array(cap) };
}

/** Wrap an automaton and its frames (null: none) in the scan API, with buffers reused between calls. */
export function matcherOver(automaton: Automaton, frameSet: FrameSet | null): Matcher {
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
