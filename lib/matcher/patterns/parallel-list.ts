/**
 * Parallel lists joined by 、: three or more items that share a tail (问题导向、目标导向、
 * 结果导向), a head (全面深化改革、全面依法治国、全面从严治党) or the X不X shape
 * (拥护不拥护、赞成不赞成、高兴不高兴). The items between two 、 are exact; the first and the
 * last are cut out of the text around them by the shape the middle ones set.
 */
import { commonHead, commonTail, distinctVarying, isNotShape, usableAffix } from './affix';
import { allHan, isHan } from './chars';
import type { PatternHit } from './types';

const SEP = '、';
const MIN_ITEM = 2;
const MAX_ITEM = 10;
/** How far the first and last item may reach into the text around the list. */
const EDGE = 16;
const CONJUNCTIONS = ['以及', '和', '及', '与', '同'];

interface Chain {
  /** Offsets of the chain's 、 (two or more), and the exact items between them. */
  seps: number[];
  inner: string[];
  /** The Han run before the first 、 and after the last one. */
  before: string;
  after: string;
}

function hanRunBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < EDGE && isHan(text.charCodeAt(i - 1))) i--;
  return text.slice(i, at);
}

function hanRunAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && i - at < EDGE && isHan(text.charCodeAt(i))) i++;
  return text.slice(at, i);
}

/** Runs of 、 whose inner items are short Han runs. */
function chainsOf(text: string): Chain[] {
  const chains: Chain[] = [];
  let at = text.indexOf(SEP);
  while (at >= 0) {
    const seps = [at];
    const inner: string[] = [];
    for (;;) {
      const next = text.indexOf(SEP, seps[seps.length - 1]! + 1);
      if (next < 0) break;
      const item = text.slice(seps[seps.length - 1]! + 1, next);
      if (item.length < MIN_ITEM || item.length > MAX_ITEM || !allHan(item)) break;
      seps.push(next);
      inner.push(item);
    }
    if (seps.length >= 2) chains.push({ seps, inner, before: hanRunBefore(text, at), after: hanRunAfter(text, seps[seps.length - 1]! + 1) });
    at = text.indexOf(SEP, seps[seps.length - 1]! + 1);
  }
  return chains;
}

function withoutConjunction(s: string): string {
  const c = CONJUNCTIONS.find((w) => s.startsWith(w));
  return c ? s.slice(c.length) : s;
}

/** The hit, if items (inner ones plus the first and last that fit) are three or more. */
function hitOf(chain: Chain, type: PatternHit['type'], shared: string, first: string | null, last: string | null, lastSkip: number): PatternHit | null {
  const items = [...(first ? [first] : []), ...chain.inner, ...(last ? [last] : [])];
  if (items.length < 3) return null;
  const { seps } = chain;
  const start = first ? seps[0]! - first.length : seps[0]! + 1;
  const end = last ? seps[seps.length - 1]! + 1 + lastSkip + last.length : seps[seps.length - 1]!;
  return { type, start, end, shared, items };
}

/** The shortest prefix of `s` that ends with `tail` and is an item (at most `maxLen` + 1 chars). */
function itemEndingWith(s: string, tail: string, maxLen: number): string | null {
  for (let j = tail.length + 1; j <= Math.min(s.length, maxLen + 1); j++) if (s.slice(j - tail.length, j) === tail) return s.slice(0, j);
  return null;
}

function tailList(chain: Chain): PatternHit | null {
  // The run before the first 、 ends exactly where the first item does: its tail counts.
  const tail = commonTail(chain.before ? [...chain.inner, chain.before] : chain.inner);
  if (!usableAffix(tail) || chain.inner.some((s) => s.length <= tail.length)) return null;
  const maxLen = Math.max(...chain.inner.map((s) => s.length));
  // The first item is as long as its neighbour, and never reaches back over a 的.
  const before = chain.before.slice(chain.before.lastIndexOf('的') + 1);
  const firstLen = Math.min(before.length, chain.inner[0]!.length);
  const first = before.endsWith(tail) && firstLen > tail.length ? before.slice(-firstLen) : null;
  const rest = withoutConjunction(chain.after);
  let last = itemEndingWith(rest, tail, maxLen);
  if (last) {
    // 核心意识和看齐意识: the last 、 item, then one more joined by a conjunction.
    const more = rest.slice(last.length);
    const joined = itemEndingWith(withoutConjunction(more), tail, maxLen);
    if (joined && more !== withoutConjunction(more)) last = rest.slice(0, rest.length - more.length + (more.length - withoutConjunction(more).length) + joined.length);
  }
  const hit = hitOf(chain, 'parallel-tail', tail, first, last, chain.after.length - rest.length);
  if (hit && last && last !== itemEndingWith(rest, tail, maxLen)) {
    // The last 、 item and the one its conjunction joins count as two items.
    const single = itemEndingWith(rest, tail, maxLen)!;
    hit.items.splice(-1, 1, single, withoutConjunction(last.slice(single.length)));
  }
  return hit && distinctVarying(hit.items.map((s) => s.slice(0, -tail.length))) ? hit : null;
}

/**
 * The last item of a head list, out of the run after the last 、: all of it when short,
 * else up to a 的 or 和 (面向未来的 → 面向未来), else none (its end is unknowable).
 */
function headItem(rest: string, head: string, maxLen: number): string | null {
  if (rest.length <= maxLen + 2) return rest;
  const cut = rest.slice(head.length + 1, maxLen + 3).search(/[的和与及等]/);
  return cut < 0 ? null : rest.slice(0, head.length + 1 + cut);
}

function headList(chain: Chain): PatternHit | null {
  // The run after the last 、 starts exactly where the last item does: its head counts.
  const after = withoutConjunction(chain.after);
  const head = commonHead(after ? [...chain.inner, after] : chain.inner);
  if (!usableAffix(head) || chain.inner.some((s) => s.length <= head.length)) return null;
  const maxLen = Math.max(...chain.inner.map((s) => s.length));
  const at = chain.before.lastIndexOf(head);
  const firstLen = chain.before.length - at;
  const first = at >= 0 && firstLen > head.length && firstLen <= maxLen + 2 ? chain.before.slice(at) : null;
  const rest = withoutConjunction(chain.after);
  const last = rest.startsWith(head) && rest.length > head.length ? headItem(rest, head, maxLen) : null;
  const hit = hitOf(chain, 'parallel-head', head, first, last, chain.after.length - rest.length);
  return hit && distinctVarying(hit.items.map((s) => s.slice(head.length))) ? hit : null;
}

function shapeList(chain: Chain): PatternHit | null {
  if (!chain.inner.every(isNotShape)) return null;
  const firstLen = [5, 3].find((n) => chain.before.length >= n && isNotShape(chain.before.slice(-n)));
  const lastLen = [5, 3].find((n) => chain.after.length >= n && isNotShape(chain.after.slice(0, n)));
  const first = firstLen ? chain.before.slice(-firstLen) : null;
  const last = lastLen ? chain.after.slice(0, lastLen) : null;
  const hit = hitOf(chain, 'parallel-shape', '不', first, last, 0);
  return hit && distinctVarying(hit.items, Infinity) ? hit : null;
}

/** Parallel 、 lists in `text` (disjoint, in order): a shared tail first, then a head, then X不X. */
export function detectParallelLists(text: string): PatternHit[] {
  if (text.indexOf(SEP) < 0) return [];
  const hits: PatternHit[] = [];
  for (const chain of chainsOf(text)) {
    const hit = shapeList(chain) ?? tailList(chain) ?? headList(chain);
    if (hit) hits.push(hit);
  }
  return hits;
}
