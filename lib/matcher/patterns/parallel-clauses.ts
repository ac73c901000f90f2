/**
 * Parallel clauses joined by ， or ；: three or more whole clauses, each a short Han run,
 * sharing a head (坚持党的领导，坚持人民当家作主，坚持依法治国), a tail, or the X不X shape.
 * Stricter than 、 lists: every item must be a whole clause between separators, so a
 * narrative sentence that happens to repeat a word is not taken.
 */
import { commonHead, commonTail, distinctVarying, isNotShape, usableAffix } from './affix';
import { allHan } from './chars';
import type { PatternHit } from './types';

const MIN_CLAUSE = 3;
const MAX_CLAUSE = 10;
/** Whole clauses may vary more than list items: 坚持人民当家作主 against 坚持依法治国. */
const MAX_VARYING = 8;
const BREAKS = /[，；。！？：,;!?:\s“”「」《》（）()]/g;

interface Clause {
  start: number;
  end: number;
  text: string;
  /** The separator after it, or '' at a block end. */
  sep: string;
}

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let at = 0;
  for (const m of text.matchAll(BREAKS)) {
    out.push({ start: at, end: m.index, text: text.slice(at, m.index), sep: m[0] });
    at = m.index + 1;
  }
  out.push({ start: at, end: text.length, text: text.slice(at), sep: '' });
  return out;
}

const usable = (c: Clause) => c.text.length >= MIN_CLAUSE && c.text.length <= MAX_CLAUSE && allHan(c.text);

/** The run clauses[i..j) as a hit, if its clauses share something. */
function runHit(run: readonly Clause[]): PatternHit | null {
  const texts = run.map((c) => c.text);
  const base = { start: run[0]!.start, end: run[run.length - 1]!.end, items: texts };
  if (texts.every(isNotShape) && distinctVarying(texts, Infinity)) return { type: 'parallel-shape', shared: '不', ...base };
  const tail = commonTail(texts);
  if (usableAffix(tail) && distinctVarying(texts.map((s) => s.slice(0, -tail.length)), MAX_VARYING)) return { type: 'parallel-tail', shared: tail, ...base };
  const head = commonHead(texts);
  if (usableAffix(head) && distinctVarying(texts.map((s) => s.slice(head.length)), MAX_VARYING)) return { type: 'parallel-head', shared: head, ...base };
  return null;
}

/** Parallel clause lists in `text`, disjoint and in order: the longest run from each start. */
export function detectParallelClauses(text: string): PatternHit[] {
  if (text.indexOf('，') < 0 && text.indexOf('；') < 0) return [];
  const clauses = clausesOf(text);
  const hits: PatternHit[] = [];
  let i = 0;
  while (i < clauses.length) {
    // A run: usable clauses joined by the same separator (， or ；).
    let j = i;
    const sep = clauses[i]!.sep;
    while (j < clauses.length && usable(clauses[j]!) && (sep === '，' || sep === '；') && (j === i || clauses[j - 1]!.sep === sep)) j++;
    let best: PatternHit | null = null;
    for (let end = j; end - i >= 3 && !best; end--) best = runHit(clauses.slice(i, end));
    if (best) {
      hits.push(best);
      i += best.items.length;
    } else i++;
  }
  return hits;
}
