/**
 * Gapped frames (以…为指引, 坚持…不动摇, 一是…二是…三是). Only the anchor part (the longest,
 * the later one on ties) goes into the automaton, so a frame whose first part is 以 costs
 * nothing until 为指引 is seen; the other parts are then looked for by direct comparison,
 * nearest first, walking out from the anchor.
 */
import type { MatcherPattern } from './types';
import { normalizePhrase } from './normalize';
import { isSentenceEnd } from './normalize-table';

/** A frame with normalised parts, ready to verify around an anchor hit. */
export interface CompiledFrame {
  entry: number;
  parts: string[];
  anchor: number;
  maxGap: number;
  crossSentences: boolean;
}

/** Normalise a pattern's frame; null when it has fewer than two non-empty parts. */
export function compileFrame(p: MatcherPattern): CompiledFrame | null {
  if (!p.frame) return null;
  const parts = p.frame.parts.map(normalizePhrase);
  if (parts.length < 2 || parts.some((s) => s.length === 0) || !(p.frame.maxGap >= 1)) return null;
  let anchor = 0;
  for (let j = 1; j < parts.length; j++) if (parts[j]!.length >= parts[anchor]!.length) anchor = j;
  const crossSentences = p.frame.crossSentences === true;
  return { entry: p.entry, parts, anchor, maxGap: Math.floor(p.frame.maxGap), crossSentences };
}

function endsAt(part: string, codes: Uint16Array, e: number): boolean {
  const b = e - part.length;
  for (let i = 0; i < part.length; i++) if (codes[b + i] !== part.charCodeAt(i)) return false;
  return true;
}

function startsAt(part: string, codes: Uint16Array, s: number): boolean {
  for (let i = 0; i < part.length; i++) if (codes[s + i] !== part.charCodeAt(i)) return false;
  return true;
}

/**
 * Try `f` around an anchor occurrence [aStart, aEnd) of codes[0, n). On success fill
 * `bounds` with [start, end) of every part (2 ints per part) and return true.
 */
export function matchFrame(
  f: CompiledFrame,
  codes: Uint16Array,
  n: number,
  aStart: number,
  aEnd: number,
  bounds: Int32Array,
): boolean {
  const { parts, maxGap, crossSentences } = f;
  bounds[2 * f.anchor] = aStart;
  bounds[2 * f.anchor + 1] = aEnd;
  for (let j = f.anchor - 1; j >= 0; j--) {
    const part = parts[j]!;
    const next = bounds[2 * j + 2]!;
    const lo = Math.max(part.length, next - maxGap);
    let e = next - 1;
    // The gap [e, next) grows leftwards one char at a time; it may not swallow a sentence end.
    for (; e >= lo; e--) {
      if (!crossSentences && isSentenceEnd(codes[e]!)) return false;
      if (endsAt(part, codes, e)) break;
    }
    if (e < lo) return false;
    bounds[2 * j] = e - part.length;
    bounds[2 * j + 1] = e;
  }
  for (let j = f.anchor + 1; j < parts.length; j++) {
    const part = parts[j]!;
    const prev = bounds[2 * j - 1]!;
    const hi = Math.min(prev + maxGap, n - part.length);
    let s = prev + 1;
    for (; s <= hi; s++) {
      if (!crossSentences && isSentenceEnd(codes[s - 1]!)) return false;
      if (startsAt(part, codes, s)) break;
    }
    if (s > hi) return false;
    bounds[2 * j] = s;
    bounds[2 * j + 1] = s + part.length;
  }
  return true;
}
