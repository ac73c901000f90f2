/**
 * Measures for `npm run dict:eval`: recall of reference or labelled formulations, precision of
 * highlights, density — per paragraph, through the same scanner the page uses, and for the
 * mined dictionary, the page-time patterns (entry ids starting with `pattern:`) or both.
 */
import { normalizeText } from '../../matcher';
import { normalizePhrase } from '../../matcher/normalize';
import type { StockMatch, StockScanner } from '../stock-scan';
import { countableChars } from '../density';

/** Which highlights to count: the mined dictionary, the page-time patterns, or both. */
export type MatchSource = 'mined' | 'patterns' | 'both';

/** A span of one paragraph (block) of a document. */
export interface BlockSpan {
  block: number;
  start: number;
  end: number;
}

/** Matches of one source. */
function ofSource(matches: readonly StockMatch[], source: MatchSource): StockMatch[] {
  if (source === 'both') return [...matches];
  return matches.filter((m) => m.entryId.startsWith('pattern:') === (source === 'patterns'));
}

/** Every non-overlapping occurrence of each text in the blocks, longest texts first, found
 *  the way the matcher normalises (list marks and width folded). */
export function locateTexts(blocks: readonly string[], texts: readonly string[]): BlockSpan[] {
  const sorted = [...new Set(texts.map((t) => normalizePhrase(t)).filter(Boolean))].sort((a, b) => b.length - a.length);
  const spans: BlockSpan[] = [];
  blocks.forEach((text, block) => {
    const norm = normalizeText(text);
    const taken = new Uint8Array(norm.text.length);
    for (const key of sorted) {
      for (let at = norm.text.indexOf(key); at >= 0; at = norm.text.indexOf(key, at + 1)) {
        if (taken.subarray(at, at + key.length).some((x) => x)) continue;
        taken.fill(1, at, at + key.length);
        spans.push({ block, start: norm.map[at]!, end: norm.ends[at + key.length - 1]! });
      }
    }
  });
  return spans;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Recall, precision and density of `source` highlights against reference spans. */
export interface Measured {
  found: number;
  total: number;
  trueHighlights: number;
  highlights: number;
  stockChars: number;
  chars: number;
  missed: string[];
  wrong: string[];
}

/** Scan each block and compare with the reference spans: a span is found when highlights
 *  cover at least half of it; a highlight is true when it overlaps a reference span. */
export function measureBlocks(scanner: StockScanner, blocks: readonly string[], reference: readonly BlockSpan[], source: MatchSource): Measured {
  const out: Measured = { found: 0, total: reference.length, trueHighlights: 0, highlights: 0, stockChars: 0, chars: 0, missed: [], wrong: [] };
  blocks.forEach((text, block) => {
    const matches = ofSource(scanner.scan(text).matches, source);
    const refs = reference.filter((r) => r.block === block);
    const lit = new Uint8Array(text.length);
    for (const m of matches) {
      lit.fill(1, m.start, m.end);
      for (const [s, e] of m.slots ?? []) lit.fill(0, s, e);
    }
    out.chars += countableChars(text);
    for (let i = 0; i < text.length; i++) if (lit[i] && !/\s/.test(text[i]!)) out.stockChars++;
    for (const r of refs) {
      let covered = 0;
      for (let i = r.start; i < r.end; i++) covered += lit[i]!;
      if (covered * 2 >= r.end - r.start) out.found++;
      else out.missed.push(text.slice(r.start, r.end));
    }
    for (const m of matches) {
      out.highlights++;
      if (refs.some((r) => overlap(r, m) > 0)) out.trueHighlights++;
      else out.wrong.push(m.text);
    }
  });
  return out;
}

/** Sum of several measurements. */
export function pool(list: readonly Measured[]): Measured {
  const sum: Measured = { found: 0, total: 0, trueHighlights: 0, highlights: 0, stockChars: 0, chars: 0, missed: [], wrong: [] };
  for (const m of list) {
    sum.found += m.found;
    sum.total += m.total;
    sum.trueHighlights += m.trueHighlights;
    sum.highlights += m.highlights;
    sum.stockChars += m.stockChars;
    sum.chars += m.chars;
    sum.missed.push(...m.missed);
    sum.wrong.push(...m.wrong);
  }
  return sum;
}
