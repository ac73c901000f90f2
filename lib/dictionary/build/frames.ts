/**
 * P-frames mined from the corpus: a fixed opening and a fixed closing around a varying
 * middle, within one clause (以…为指引, 深入学习贯彻…精神). A frame is kept when many
 * independent documents use it with many different fillers, and when its two ends belong
 * together (given one end, the other is usually there). Frames never cross a clause end, so
 * an enumeration (一是…二是…) is never a frame and a frame never paints a long sentence.
 */
import type { SegmentedDoc } from './documents';
import type { Token } from './segment';
import { COMMON_WORD, type Baseline } from './baseline';
import { isFunctionWord } from './edges';
import { isStatistic } from './topic-words';

/** Longest gap a frame may span, in characters (a clause of official prose). */
export const MAX_FRAME_GAP = 16;
const MIN_GAP = 2;
/** Evidence a frame needs: independent documents and distinct fillers. */
const MIN_FRAME_FAMILIES = 6;
const MIN_FRAME_FILLERS = 6;
/** Given one end, share of clauses where the other end is there too. */
const MIN_BOND = 0.4;
/** Fixed characters (both ends together) a frame must have: 以…为 alone is grammar. */
const MIN_FIXED = 4;
const CLAUSE_END = /[，。；：！？,;:!?（）()]/;
const FUNCTION_TAGS = new Set(['u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'c', 'y', 'e', 'o', 'x', 'w', 'm', 'r']);

/** A mined frame with its evidence. */
export interface MinedFrame {
  parts: [string, string];
  maxGap: number;
  families: number;
  fillers: number;
  occurrences: number;
}

interface Tally {
  count: number;
  families: Set<number>;
  fillers: Set<string>;
  maxGap: number;
}

/** A frame's gap holds a phrase: when most fillers are one or two characters (增强…意识 around
 *  忧患, 法治, 四个) the "frame" is a family of compound words, and it would swallow the
 *  formulations it cuts through (增强“四个意识”). */
export const MIN_MEDIAN_FILLER = 4;

/** Median length of a frame's fillers. */
export function medianLength(fillers: Iterable<string>): number {
  const lengths = [...fillers].map((f) => f.length).sort((a, b) => a - b);
  return lengths.length === 0 ? 0 : lengths[lengths.length >> 1]!;
}

/** Clauses of a paragraph as token index ranges [from, to). */
function clauses(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  tokens.forEach((t, i) => {
    if (CLAUSE_END.test(t.word)) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  });
  if (tokens.length > from) out.push([from, tokens.length]);
  return out;
}

const joined = (toks: readonly Token[]) => toks.map((t) => t.word).join('');

/** Closings that count something (城镇新增…万人, …亿元): the frame reports a figure. */
export const COUNT_UNIT = /(?:^|[万亿千百])(?:人|元|个|家|项|次|户|所|吨|公里|平方米)$|^(?:人|元|个|家|项|次|户|所)$/;

/** Half its distinct fillers or more hold a figure (城镇…以内 around 调查失业率控制在5.5%): a
 *  frame a report fills with numbers. */
export function fillsInFigures(fillers: ReadonlySet<string>): boolean {
  let figures = 0;
  for (const f of fillers) if (/[0-9０-９]/.test(f)) figures++;
  return figures >= fillers.size / 2;
}

/** A frame whose single-character opening (在, 从) meets a closing that ordinary Chinese uses
 *  all the time (的时候, 的情况下) is grammar, not a formula. */
export function isGrammarFrame(head: string, tail: string, baseline: Baseline): boolean {
  const common = (w: string) => baseline.frequency(w) >= COMMON_WORD;
  return (head.length === 1 && (common(tail) || /^的/.test(tail))) || (tail.length === 1 && common(head));
}

/** Mine clause-edge frames from the corpus paragraphs. */
export function mineFrames(paras: readonly SegmentedDoc[], baseline: Baseline): MinedFrame[] {
  const tallies = new Map<string, Tally>();
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const p of paras) {
    for (const [from, to] of clauses(p.tokens)) {
      for (let lead = from; lead <= Math.min(from + 2, to - 1); lead++) {
        for (let a = 1; a <= 3; a++) {
          const open = p.tokens.slice(lead, lead + a);
          if (open.length < a || FUNCTION_TAGS.has(open[0]!.tag) || isFunctionWord(open[0]!.word)) continue;
          if (!/^[\u4e00-\u9fff]+$/.test(joined(open))) continue;
          const head = joined(open);
          starts.set(head, (starts.get(head) ?? 0) + 1);
          for (let b = 1; b <= 2; b++) {
            const closeFrom = to - b;
            if (closeFrom - (lead + a) < 1) continue;
            const close = p.tokens.slice(closeFrom, to);
            const tail = joined(close);
            if (!/^[\u4e00-\u9fff]+$/.test(tail) || FUNCTION_TAGS.has(close[close.length - 1]!.tag)) continue;
            if (lead === from && a === 1) ends.set(tail, (ends.get(tail) ?? 0) + 1);
            const gap = p.tokens[closeFrom]!.start - p.tokens[lead + a - 1]!.end;
            if (gap < MIN_GAP || gap > MAX_FRAME_GAP || head.length + tail.length < MIN_FIXED) continue;
            const key = `${head}\u0001${tail}`;
            const filler = p.text.slice(p.tokens[lead + a - 1]!.end, p.tokens[closeFrom]!.start);
            // A gap that opens a quotation the closing part ends (增强“四个|意识”) cuts a formulation.
            if (/[“「]/.test(filler) && !/[”」]/.test(filler)) continue;
            let t = tallies.get(key);
            if (!t) tallies.set(key, (t = { count: 0, families: new Set(), fillers: new Set(), maxGap: 0 }));
            t.count++;
            t.families.add(p.family);
            if (t.fillers.size < 64) t.fillers.add(filler);
            t.maxGap = Math.max(t.maxGap, gap);
          }
        }
      }
    }
  }
  const out: MinedFrame[] = [];
  for (const [key, t] of tallies) {
    if (t.families.size < MIN_FRAME_FAMILIES || t.fillers.size < MIN_FRAME_FILLERS) continue;
    const [head, tail] = key.split('\u0001') as [string, string];
    const bond = Math.max(t.count / (starts.get(head) ?? Infinity), t.count / (ends.get(tail) ?? Infinity));
    if (bond < MIN_BOND || isGrammarFrame(head, tail, baseline) || medianLength(t.fillers) < MIN_MEDIAN_FILLER) continue;
    if (isStatistic(head + tail) || COUNT_UNIT.test(tail) || fillsInFigures(t.fillers)) continue; // 城镇新增…万人 reports a figure
    out.push({ parts: [head, tail], maxGap: t.maxGap, families: t.families.size, fillers: t.fillers.size, occurrences: t.count });
  }
  return out.sort((x, y) => y.families - x.families || (x.parts.join() < y.parts.join() ? -1 : 1));
}
