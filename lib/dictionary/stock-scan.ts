/**
 * Scan a text with the dictionary, the way the extension does: the same patterns, the same
 * matcher. The CLI scanner, the report and the tests use this, so what they measure is
 * what a reader would see highlighted.
 */
import { buildMatcher, type Match, type Matcher } from '../matcher';
import { stockCharCount, countableChars } from './density';
import { toMatcherPatterns } from './patterns';
import type { DictionaryArtifact, DictionaryEntry, PhraseKind } from './types';

/** One stock phrase found in a text, in UTF-16 offsets of that text. */
export interface StockMatch {
  text: string;
  start: number;
  end: number;
  kind: PhraseKind;
  entryId: string;
  /** For a frame: its gaps, in the same offsets (the page's own words, not stock). */
  slots?: Array<[number, number]>;
}

/** The result of scanning one text. */
export interface StockScan {
  /** Non-whitespace characters scanned, and those inside stock phrases (frame gaps excluded). */
  chars: number;
  stockChars: number;
  density: number;
  matches: StockMatch[];
}

/** A reusable scanner over a dictionary artifact. */
export interface StockScanner {
  entries: readonly DictionaryEntry[];
  /** Scan one block of text (a paragraph, a page's block): matches never cross its ends.
   *  Phrases inside a frame's gap are reported too, after the frame (they nest in it). */
  scan(text: string): StockScan;
  /** Scan several blocks, with offsets into `blocks.join(separator)`. */
  scanBlocks(blocks: readonly string[], separator?: string): StockScan;
}

/**
 * Matches in `text`, plus the phrases inside each frame's gaps: 以习近平新时代中国特色社会主义
 * 思想为指引 is a frame around a slogan, and both are stock. Gaps are scanned one level deep.
 */
function scanWithGaps(matcher: Matcher, text: string): Match[] {
  const out: Match[] = [];
  for (const m of matcher.scan(text)) {
    out.push(m);
    for (const [s, e] of m.slots ?? []) {
      for (const inner of matcher.scan(text.slice(s, e))) {
        out.push({ start: s + inner.start, end: s + inner.end, entry: inner.entry, ...(inner.slots ? { slots: inner.slots.map(([a, b]) => [s + a, s + b] as [number, number]) } : {}) });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Build a scanner for `dictionary` (compiles the matcher once). */
export function createStockScanner(dictionary: Pick<DictionaryArtifact, 'entries'>): StockScanner {
  const entries = dictionary.entries;
  const matcher = buildMatcher(toMatcherPatterns(entries));
  const scanBlocks = (blocks: readonly string[], separator = '\n'): StockScan => {
    const matches: StockMatch[] = [];
    let chars = 0;
    let stockChars = 0;
    let offset = 0;
    for (const block of blocks) {
      const found = scanWithGaps(matcher, block);
      chars += countableChars(block);
      stockChars += stockCharCount(found);
      for (const m of found) {
        const entry = entries[m.entry]!;
        const text = block.slice(m.start, m.end);
        const match: StockMatch = { text, start: offset + m.start, end: offset + m.end, kind: entry.kind, entryId: entry.id };
        if (m.slots) match.slots = m.slots.map(([s, e]) => [offset + s, offset + e]);
        matches.push(match);
      }
      offset += block.length + separator.length;
    }
    return { chars, stockChars, density: chars === 0 ? 0 : stockChars / chars, matches };
  };
  return { entries, scan: (text) => scanBlocks([text]), scanBlocks };
}
