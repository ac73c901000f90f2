/**
 * Score one labelled text the way a reader sees it: which characters the extension lights
 * up (it paints a frame's whole span, gaps included: 以…为指导 lights the theory too), whether each expected phrase is lit in full, whether any
 * must-not word is touched, and what else lights up (for review: a wrong highlight hiding
 * there is how the labels and the dictionary improve).
 */
import type { StockMatch, StockScanner } from '../stock-scan';
import { locateLabel, type EvalCase, type LabelSpan } from './eval-set';

/** The score of one text. */
export interface CaseResult {
  name: string;
  /** Expected phrases lit in full at some occurrence, lit only in part, or not at all. */
  found: string[];
  partial: string[];
  missed: string[];
  recall: number;
  /** Must-not words touched by a highlight, with the highlights that touch them. */
  mustNotHits: Array<{ label: string; by: string[] }>;
  density: number;
  matches: number;
  /** Highlights overlapping no expected phrase, by text, with their count and kind. */
  unlabelled: Array<{ text: string; kind: string; count: number }>;
}

/** The lit characters of `text`: the span of every match, as the highlighter paints them;
 *  with `claimed`, frame gaps stay dark unless a phrase of their own lies there. */
function litMask(length: number, matches: readonly StockMatch[], claimed = false): Uint8Array {
  const lit = new Uint8Array(length);
  for (const m of matches) {
    lit.fill(1, m.start, m.end);
    if (claimed) for (const [s, e] of m.slots ?? []) lit.fill(0, s, e);
  }
  if (claimed) for (const m of matches) if (!m.slots) lit.fill(1, m.start, m.end);
  return lit;
}

/** Punctuation does not need lighting: 比学赶超、争先进位 reads as lit when both phrases are. */
const SKIP = /[\s\p{P}]/u;

/** Lit characters of a label's fixed parts, and how many there are (punctuation aside). */
function litCount(text: string, lit: Uint8Array, span: LabelSpan): number {
  let n = 0;
  for (const [s, e] of span.fixed) for (let i = s; i < e; i++) if (lit[i] && !SKIP.test(text[i]!)) n++;
  return n;
}

function fixedLength(text: string, span: LabelSpan): number {
  let n = 0;
  for (const [s, e] of span.fixed) for (let i = s; i < e; i++) if (!SKIP.test(text[i]!)) n++;
  return n;
}
const overlaps = (m: { start: number; end: number }, s: { start: number; end: number }) => m.start < s.end && s.start < m.end;

/** Expected and must-not labels whose fixed characters overlap: a labelling mistake. */
export function labelConflicts(c: EvalCase): string[] {
  const expected = c.expected.flatMap((l) => locateLabel(c.text, l).flatMap((s) => s.fixed));
  return c.mustNot.filter((l) => locateLabel(c.text, l).some((s) => s.fixed.some(([a, b]) => expected.some(([x, y]) => a < y && x < b))));
}

/** Scan `c` block by block (one block a line, as a page's paragraphs) and score it. */
export function evaluateCase(scanner: StockScanner, c: EvalCase): CaseResult {
  const scan = scanner.scanBlocks(c.text.split('\n'), '\n');
  const lit = litMask(c.text.length, scan.matches);
  const claimed = litMask(c.text.length, scan.matches, true);
  const found: string[] = [];
  const partial: string[] = [];
  const missed: string[] = [];
  const expectedSpans = c.expected.flatMap((label) => {
    const spans = locateLabel(c.text, label);
    const best = Math.max(...spans.map((s) => litCount(c.text, lit, s) / fixedLength(c.text, s)));
    (best === 1 ? found : best > 0 ? partial : missed).push(label);
    return spans;
  });
  const mustNotHits = c.mustNot.flatMap((label) => {
    const spans = locateLabel(c.text, label).filter((s) => litCount(c.text, claimed, s) > 0);
    const by = scan.matches.filter((m) => spans.some((s) => s.fixed.some(([a, b]) => m.start < b && a < m.end))).map((m) => m.text);
    return spans.length ? [{ label, by: [...new Set(by)] }] : [];
  });
  const unlabelled = new Map<string, { text: string; kind: string; count: number }>();
  for (const m of scan.matches) {
    if (expectedSpans.some((s) => overlaps(m, s))) continue;
    const seen = unlabelled.get(m.text) ?? { text: m.text, kind: m.kind, count: 0 };
    seen.count++;
    unlabelled.set(m.text, seen);
  }
  return {
    name: c.name,
    found,
    partial,
    missed,
    recall: c.expected.length ? found.length / c.expected.length : 1,
    mustNotHits,
    density: scan.density,
    matches: scan.matches.length,
    unlabelled: [...unlabelled.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1)),
  };
}
