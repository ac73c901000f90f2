/**
 * One block of text → every match a reader sees: dictionary phrases, the phrases inside a
 * frame's gaps (one level deep), and the page-time patterns (parallel lists, quoted
 * formulas, enumerations). The highlighter, the CLI scanner and dict:eval all call this, so
 * what the tools measure is what ships.
 *
 * Overlap: a dictionary phrase keeps its own highlight. A pattern paints what is left of it
 * once the dictionary's painted pieces are taken out (without stray 、，), and is dropped
 * when fewer than two Han chars are left: 问题导向、目标导向、结果导向 with 问题导向 in the
 * dictionary paints 问题导向 as that entry and 目标导向、结果导向 as the pattern.
 */
import { isHan } from './patterns/chars';
import { detectPatterns, hitPieces } from './patterns/detect';
import { PATTERN_ID_PREFIX, PATTERN_TYPES, type PatternHit, type PatternType } from './patterns/types';
import type { Match, Matcher } from './types';

/**
 * The painted pieces of a block when some match is not painted whole (a frame's fixed
 * parts, a pattern around dictionary phrases). Ordered and disjoint; `match[k]` is its match.
 */
export interface PaintPieces {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  match: Int32Array;
}

/** A block's matches in block offsets, ordered by start, and its pieces when needed. */
interface BlockMatches {
  count: number;
  matchStarts: Int32Array;
  matchEnds: Int32Array;
  matchEntries: Int32Array;
  pieces: PaintPieces | null;
}

/** The same, as objects (for the CLI and the evaluation): pieces as [start, end, match]. */
interface BlockMatchList {
  matches: Match[];
  pieces: Array<[number, number, number]>;
}

/** Scans blocks with one dictionary matcher and, when the entries have them, the pattern entries. */
export interface BlockScanner {
  /** The typed-array form the highlighter stores; null when nothing matches. */
  scan(text: string): BlockMatches | null;
  /** The object form, with a frame's slots. */
  list(text: string): BlockMatchList;
}

/**
 * Every dictionary match of `text`, each frame followed by what its gaps hold. Already
 * ordered by start: a gap's phrases lie after the frame's first part and before its end.
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

/** Each match minus its slots, ordered by start (they never overlap). */
function matchPieces(matches: readonly Match[]): Array<[number, number, number]> {
  const pieces: Array<[number, number, number]> = [];
  matches.forEach((m, i) => {
    let at = m.start;
    for (const [s, e] of m.slots ?? []) {
      if (s > at) pieces.push([at, s, i]);
      at = e;
    }
    if (m.end > at) pieces.push([at, m.end, i]);
  });
  return pieces.sort((a, b) => a[0] - b[0]);
}

const hanCount = (text: string, s: number, e: number) => {
  let n = 0;
  for (let i = s; i < e; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
};

/** `ranges` minus the `taken` pieces, each left piece trimmed to Han chars at both ends. */
function subtract(text: string, ranges: ReadonlyArray<[number, number]>, taken: ReadonlyArray<readonly [number, number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (s: number, e: number) => {
    while (s < e && !isHan(text.charCodeAt(s)) && text[s] !== '“') s++;
    while (e > s && !isHan(text.charCodeAt(e - 1)) && text[e - 1] !== '”' && text[e - 1] !== '+') e--;
    if (e > s) out.push([s, e]);
  };
  for (const [s, e] of ranges) {
    let at = s;
    for (const [ts, te] of taken) {
      if (te <= at || ts >= e) continue;
      if (ts > at) push(at, ts);
      at = Math.max(at, te);
    }
    if (at < e) push(at, e);
  }
  return out;
}

/** Plain loops: `Int32Array.from` with a mapper is several times slower in V8. */
function typedFrom(list: BlockMatchList, withPieces: boolean): BlockMatches | null {
  const { matches, pieces } = list;
  const n = matches.length;
  if (n === 0) return null;
  const matchStarts = new Int32Array(n);
  const matchEnds = new Int32Array(n);
  const matchEntries = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const m = matches[i]!;
    matchStarts[i] = m.start;
    matchEnds[i] = m.end;
    matchEntries[i] = m.entry;
  }
  if (!withPieces) return { count: n, matchStarts, matchEnds, matchEntries, pieces: null };
  const k = pieces.length;
  const starts = new Int32Array(k);
  const ends = new Int32Array(k);
  const match = new Int32Array(k);
  for (let j = 0; j < k; j++) {
    const p = pieces[j]!;
    starts[j] = p[0];
    ends[j] = p[1];
    match[j] = p[2];
  }
  return { count: n, matchStarts, matchEnds, matchEntries, pieces: { count: k, starts, ends, match } };
}

/**
 * A scanner over `matcher`. Patterns are detected for each `pattern:<type>` entry present in
 * `entries` (the entry's index is the match's entry), so hiding one hides its rule. Pattern
 * entries ride at the end of a lazily read dictionary: `patternsFrom` (its `appendedFrom`)
 * says where, so the dictionary's own entries are not all made just to be skipped.
 */
export function createBlockScanner(matcher: Matcher, entries: ReadonlyArray<{ id: string }>, patternsFrom = 0): BlockScanner {
  const patternEntry = new Map<PatternType, number>();
  for (let i = patternsFrom; i < entries.length; i++) {
    const id = entries[i]!.id;
    const type = id.slice(PATTERN_ID_PREFIX.length) as PatternType;
    if (id.startsWith(PATTERN_ID_PREFIX) && PATTERN_TYPES.includes(type)) patternEntry.set(type, i);
  }

  const patternsOf = (text: string): PatternHit[] => (patternEntry.size === 0 ? [] : detectPatterns(text).filter((h) => patternEntry.has(h.type)));

  const list = (text: string, hits = patternsOf(text), dictionary = withGapMatches(matcher, text)): BlockMatchList => {
    const taken = matchPieces(dictionary);
    if (hits.length === 0) return { matches: dictionary, pieces: taken };
    const found: Array<{ match: Match; pieces: Array<[number, number]> }> = dictionary.map((m) => ({ match: m, pieces: [] }));
    for (const [s, e, i] of taken) found[i]!.pieces.push([s, e]);
    for (const hit of hits) {
      const entry = patternEntry.get(hit.type)!;
      const left = subtract(text, hitPieces(hit), taken);
      if (left.reduce((n, [s, e]) => n + hanCount(text, s, e), 0) < 2) continue;
      found.push({ match: { start: hit.start, end: hit.end, entry }, pieces: left });
    }
    found.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);
    const pieces: Array<[number, number, number]> = [];
    const matches: Match[] = new Array(found.length);
    for (let i = 0; i < found.length; i++) {
      matches[i] = found[i]!.match;
      for (const [s, e] of found[i]!.pieces) pieces.push([s, e, i]);
    }
    return { matches, pieces: pieces.sort((a, b) => a[0] - b[0]) };
  };

  const scan = (text: string): BlockMatches | null => {
    const r = matcher.scanRanges(text);
    const n = r.count;
    const plain = n === 0 || !r.frames.subarray(0, n).includes(1);
    const hits = patternsOf(text);
    // The fast path: no frame, no pattern. Most blocks; copies `scanRanges` without objects.
    if (plain && hits.length === 0) {
      if (n === 0) return null;
      return { count: n, matchStarts: r.starts.slice(0, n), matchEnds: r.ends.slice(0, n), matchEntries: r.entries.slice(0, n), pieces: null };
    }
    // Without frames the matches are those of `scanRanges`: no second scan for objects.
    let dictionary: Match[] | undefined;
    if (plain) {
      dictionary = new Array<Match>(n);
      for (let i = 0; i < n; i++) dictionary[i] = { start: r.starts[i]!, end: r.ends[i]!, entry: r.entries[i]! };
    }
    const found = list(text, hits, dictionary);
    const whole = found.pieces.length === found.matches.length && found.pieces.every(([s, e, i]) => s === found.matches[i]!.start && e === found.matches[i]!.end);
    return typedFrom(found, !whole);
  };

  return { scan, list };
}
