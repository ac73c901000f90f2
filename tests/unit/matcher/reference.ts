/**
 * A brute-force matcher with the same semantics as lib/matcher, written the slow, obvious
 * way (indexOf over the normalised string, sort, greedy) so property tests can compare.
 */
import { normalizePhrase, normalizeText } from '../../../lib/matcher/normalize';
import type { Match, MatcherPattern } from '../../../lib/matcher/types';

interface Candidate {
  start: number;
  end: number;
  entry: number;
  kind: 0 | 1; // 0 contiguous, 1 frame: a contiguous match wins an exact tie
  order: number;
  gaps?: Array<[number, number]>;
}

const SENTENCE_END = /[。!?;]/;

function occurrences(text: string, key: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) at.push(i);
  return at;
}

function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

function frameCandidates(text: string, p: MatcherPattern, order: number): Candidate[] {
  const f = p.frame!;
  const parts = f.parts.map(normalizePhrase);
  if (parts.length < 2 || parts.some((s) => !s) || !(f.maxGap >= 1)) return [];
  let a = 0;
  parts.forEach((s, j) => { if (s.length >= parts[a]!.length) a = j; });
  const gapOk = (s: number, e: number) =>
    e - s >= 1 && e - s <= Math.floor(f.maxGap) && (f.crossSentences || !SENTENCE_END.test(text.slice(s, e)));
  const out: Candidate[] = [];
  for (const at of occurrences(text, parts[a]!)) {
    const b: Array<[number, number]> = [];
    b[a] = [at, at + parts[a]!.length];
    let ok = true;
    for (let j = a - 1; j >= 0 && ok; j--) {
      const next = b[j + 1]![0];
      const ends = occurrences(text, parts[j]!).map((s) => s + parts[j]!.length);
      const best = Math.max(-1, ...ends.filter((e) => gapOk(e, next)));
      if (best < 0) ok = false;
      else b[j] = [best - parts[j]!.length, best];
    }
    for (let j = a + 1; j < parts.length && ok; j++) {
      const prev = b[j - 1]![1];
      const starts = occurrences(text, parts[j]!).filter((s) => gapOk(prev, s));
      if (starts.length === 0) ok = false;
      else b[j] = [starts[0]!, starts[0]! + parts[j]!.length];
    }
    if (!ok) continue;
    const gaps = b.slice(1).map((x, j): [number, number] => [b[j]![1], x[0]]);
    out.push({ start: b[0]![0], end: b[parts.length - 1]![1], entry: p.entry, kind: 1, order, gaps });
  }
  return out;
}

/** Leftmost-longest, non-overlapping matches of `patterns` in `text`, computed naively. */
export function referenceScan(text: string, patterns: MatcherPattern[]): Match[] {
  const norm = normalizeText(text);
  const t = norm.text;
  const firstEntry = new Map<string, number>();
  for (const p of patterns) {
    for (const form of p.forms) {
      const k = normalizePhrase(form);
      if (k && !firstEntry.has(k)) firstEntry.set(k, p.entry);
    }
  }
  let cands: Candidate[] = [];
  for (const [k, entry] of firstEntry) {
    for (const s of occurrences(t, k)) cands.push({ start: s, end: s + k.length, entry, kind: 0, order: 0 });
  }
  patterns.forEach((p, i) => { if (p.frame) cands.push(...frameCandidates(t, p, i)); });
  cands = cands.filter((c) => !splitsPair(t, c.start) && !splitsPair(t, c.end));
  cands.sort((x, y) => x.start - y.start || y.end - x.end || x.kind - y.kind || x.order - y.order);
  const out: Match[] = [];
  let last = 0;
  for (const c of cands) {
    if (c.start < last) continue;
    const m: Match = { start: norm.map[c.start]!, end: norm.ends[c.end - 1]!, entry: c.entry };
    if (c.gaps) m.slots = c.gaps.map(([s, e]) => [norm.map[s]!, norm.ends[e - 1]!]);
    out.push(m);
    last = c.end;
  }
  return out;
}
