/**
 * The matches of one block's text, as the block stores them. A frame (以…为指引, 一是…二是…
 * 三是) is painted as its fixed parts only: its gaps are the page's own words. Each gap is
 * scanned once more (one level deep, like the dictionary's density scan), so a slogan
 * inside 以…为指引 is a match of its own instead of being swallowed by the frame.
 */
import type { Match, Matcher } from '../matcher/types';
import type { PaintPieces } from './block';

/** A block's matches in block offsets, ordered by start, and its pieces when it has frames. */
export interface BlockMatches {
  count: number;
  matchStarts: Int32Array;
  matchEnds: Int32Array;
  matchEntries: Int32Array;
  pieces: PaintPieces | null;
}

/** Scan a block's text; null when nothing matches. The fast path copies `scanRanges`. */
export function scanBlock(matcher: Matcher, text: string): BlockMatches | null {
  const r = matcher.scanRanges(text);
  const n = r.count;
  if (n === 0) return null;
  if (!r.frames.subarray(0, n).includes(1)) {
    return {
      count: n, matchStarts: r.starts.slice(0, n), matchEnds: r.ends.slice(0, n), matchEntries: r.entries.slice(0, n),
      pieces: null,
    };
  }
  // Frames are rare: only their blocks pay for match objects with slots.
  const matches = withGapMatches(matcher, text);
  return {
    count: matches.length,
    matchStarts: Int32Array.from(matches, (m) => m.start),
    matchEnds: Int32Array.from(matches, (m) => m.end),
    matchEntries: Int32Array.from(matches, (m) => m.entry),
    pieces: paintPieces(matches),
  };
}

/**
 * Every match of `text`, each frame followed by what its gaps hold. Already ordered by
 * start: a gap's phrases lie after the frame's first part and before its end.
 */
function withGapMatches(matcher: Matcher, text: string): Match[] {
  const out: Match[] = [];
  for (const m of matcher.scan(text)) {
    out.push(m);
    for (const [s, e] of m.slots ?? []) {
      for (const inner of matcher.scan(text.slice(s, e))) {
        const shifted: Match = { start: s + inner.start, end: s + inner.end, entry: inner.entry };
        if (inner.slots) shifted.slots = inner.slots.map(([a, b]) => [s + a, s + b]);
        out.push(shifted);
      }
    }
  }
  return out;
}

/** The pieces to paint: each match minus its slots, ordered by start (they never overlap). */
function paintPieces(matches: readonly Match[]): PaintPieces {
  const pieces: Array<[number, number, number]> = [];
  matches.forEach((m, i) => {
    let at = m.start;
    for (const [s, e] of m.slots ?? []) {
      if (s > at) pieces.push([at, s, i]);
      at = e;
    }
    if (m.end > at) pieces.push([at, m.end, i]);
  });
  pieces.sort((a, b) => a[0] - b[0]);
  return {
    count: pieces.length,
    starts: Int32Array.from(pieces, (p) => p[0]),
    ends: Int32Array.from(pieces, (p) => p[1]),
    match: Int32Array.from(pieces, (p) => p[2]),
  };
}
