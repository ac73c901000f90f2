/**
 * Scan a text with the dictionary, the way the extension does: the same patterns, the same
 * matcher, the same block scan (lib/matcher/block-scan.ts: dictionary phrases, phrases in a
 * frame's gaps, page-time patterns). The CLI scanner, the report and the tests use this, so
 * what they measure is what a reader would see highlighted.
 */
import { buildMatcher, type Match } from '../matcher';
import { createBlockScanner } from '../matcher/block-scan';
import { appendedFrom } from './lazy-entries';
import { withPatternEntries } from './pattern-entries';
import { countableChars } from './density';
import { toMatcherPatterns } from './patterns';
import type { DictionaryArtifact, DictionaryEntry, PhraseKind } from './types';

/** One stock phrase found in a text, in UTF-16 offsets of that text. */
export interface StockMatch {
  text: string;
  start: number;
  end: number;
  kind: PhraseKind;
  /** A dictionary id, or `pattern:<type>` for a page-time pattern (parallel list, quoted formula). */
  entryId: string;
  /** For a frame: its gaps, in the same offsets (the page's own words, not stock). */
  slots?: Array<[number, number]>;
}

/** The result of scanning one text. */
export interface StockScan {
  /** Non-whitespace characters scanned, and those painted as stock (frame gaps excluded). */
  chars: number;
  stockChars: number;
  density: number;
  matches: StockMatch[];
}

/** A reusable scanner over a dictionary artifact. */
export interface StockScanner {
  /** The dictionary's entries, then the pattern entries (when patterns are on). */
  entries: readonly DictionaryEntry[];
  /** Scan one block of text (a paragraph, a page's block): matches never cross its ends.
   *  Phrases inside a frame's gap are reported too, after the frame (they nest in it). */
  scan(text: string): StockScan;
  /** Scan several blocks, with offsets into `blocks.join(separator)`. */
  scanBlocks(blocks: readonly string[], separator?: string): StockScan;
}

/** Options: `patterns: false` scans with the dictionary alone (to report it separately). */
export interface StockScannerOptions {
  patterns?: boolean;
}

/**
 * What of match `i` is not painted: a frame's gaps, an enumeration's content between its
 * markers, the dictionary phrases inside a pattern (they are matches of their own).
 */
function unpaintedGaps(m: Match, pieces: ReadonlyArray<readonly [number, number, number]>, i: number): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  let at = m.start;
  for (const [s, e, k] of pieces) {
    if (k !== i) continue;
    if (s > at) gaps.push([at, s]);
    at = e;
  }
  if (at < m.end) gaps.push([at, m.end]);
  return gaps;
}

/** Build a scanner for `dictionary` (compiles the matcher once); patterns on, as shipped. */
export function createStockScanner(dictionary: Pick<DictionaryArtifact, 'entries'>, options: StockScannerOptions = {}): StockScanner {
  const entries = options.patterns === false ? dictionary.entries : withPatternEntries(dictionary.entries);
  const blockScanner = createBlockScanner(buildMatcher(toMatcherPatterns(dictionary.entries)), entries, appendedFrom(entries));
  const scanBlocks = (blocks: readonly string[], separator = '\n'): StockScan => {
    const matches: StockMatch[] = [];
    let chars = 0;
    let stockChars = 0;
    let offset = 0;
    for (const block of blocks) {
      const found = blockScanner.list(block);
      chars += countableChars(block);
      for (const [s, e] of found.pieces) stockChars += e - s;
      found.matches.forEach((m, i) => {
        const entry = entries[m.entry]!;
        const text = block.slice(m.start, m.end);
        const match: StockMatch = { text, start: offset + m.start, end: offset + m.end, kind: entry.kind, entryId: entry.id };
        const slots = unpaintedGaps(m, found.pieces, i);
        if (slots.length > 0) match.slots = slots.map(([s, e]) => [offset + s, offset + e]);
        matches.push(match);
      });
      offset += block.length + separator.length;
    }
    return { chars, stockChars, density: chars === 0 ? 0 : stockChars / chars, matches };
  };
  return { entries, scan: (text) => scanBlocks([text]), scanBlocks };
}
