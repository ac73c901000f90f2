/**
 * Quotation evidence. Campaign formulas stand in “…” marks (“强作风、勇担当、善作为、快落实”),
 * and a run of short quotes (“等不起”“慢不得”“坐不住”) is one formula, not three. Not every
 * quote is a formula (“主动”, “赞助费”): quoting is evidence for the score, not a verdict.
 */
import type { CandidateTable } from './candidates';
import type { SegmentedDoc } from './documents';
import { isNumbered, leadingNumber, membersBefore } from './numbered';

const QUOTE = /[“「『]([^“”「」『』]{2,30})[”」』]/g;
/** What a formula inside quotes may contain: Han characters and list marks. */
const FORMULA_TEXT = /^[\u4e00-\u9fff]+(?:[、,，][\u4e00-\u9fff]+)*$/;

interface Quote {
  text: string;
  start: number;
  end: number;
}

function quotesOf(text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1]!;
    if (FORMULA_TEXT.test(inner)) out.push({ text: inner, start: m.index! + 1, end: m.index! + 1 + inner.length });
  }
  return out;
}

/** Words of `doc` exactly covering [start, end), or null when a word crosses either edge. */
function wordsIn(doc: SegmentedDoc, start: number, end: number) {
  const inside = doc.tokens.filter((t) => t.start >= start && t.end <= end);
  if (inside.length === 0 || inside[0]!.start !== start || inside[inside.length - 1]!.end !== end) return null;
  return inside;
}

/** Quoted single items next to each other (or joined by 、) with the same length. */
function quoteRuns(quotes: Quote[], text: string): Quote[][] {
  const runs: Quote[][] = [];
  let run: Quote[] = [];
  const flush = () => {
    if (run.length >= 2 && run.every((q) => q.text.length === run[0]!.text.length && !/[、,，]/.test(q.text))) runs.push(run);
    run = [];
  };
  for (const q of quotes) {
    const prev = run[run.length - 1];
    const between = prev ? text.slice(prev.end + 1, q.start - 1) : null;
    if (prev && (between === '' || between === '、')) run.push(q);
    else {
      flush();
      run = [q];
    }
  }
  flush();
  return runs;
}

/** Feed quoted strings, quote runs and numbered names (with spelled-out members) to the table. */
export function addQuotes(docs: readonly SegmentedDoc[], table: CandidateTable): void {
  docs.forEach((doc, d) => {
    const quotes = quotesOf(doc.text);
    for (const q of quotes) {
      const words = wordsIn(doc, q.start, q.end);
      if (!words) continue;
      const sighting = { doc: d, start: q.start, end: q.end, quoted: true, left: doc.text[q.start - 2] ?? '', right: doc.text[q.end + 1] ?? '' };
      const numbered = isNumbered(q.text, words[0]!.word, words[0]!.tag, true);
      const c = table.add(q.text, numbered ? 'numbered' : 'quote', sighting, words.map((t) => t.word), words.map((t) => t.tag));
      if (numbered) c.members ??= membersBefore(doc.text, q.start - 1, leadingNumber(q.text)) ?? undefined;
    }
    for (const run of quoteRuns(quotes, doc.text)) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const merged = run.map((q) => q.text).join('、');
      const sighting = { doc: d, start: first.start, end: last.end, quoted: true, left: doc.text[first.start - 2] ?? '', right: doc.text[last.end + 1] ?? '' };
      const c = table.add(merged, 'quote-run', sighting, run.map((q) => q.text), run.map(() => 'quote'));
      c.surfaces.add(doc.text.slice(first.start - 1, last.end + 1));
    }
  });
}
