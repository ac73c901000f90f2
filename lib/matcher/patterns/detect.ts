/**
 * Every page-time pattern in one block of text. The rules are measured for precision on
 * everyday Chinese and on the corpus (see README.md beside this file).
 */
import { detectEnumerations } from './enumeration';
import { detectParallelClauses } from './parallel-clauses';
import { detectParallelLists } from './parallel-list';
import { detectQuotedFormulas } from './quoted';
import type { PatternHit } from './types';

/** The painted ranges of a hit: its pieces, or its whole span. */
export function hitPieces(hit: PatternHit): Array<[number, number]> {
  return hit.pieces ?? [[hit.start, hit.end]];
}

function overlaps(a: PatternHit, b: PatternHit): boolean {
  if (a.end <= b.start || b.end <= a.start) return false;
  return hitPieces(a).some(([s, e]) => hitPieces(b).some(([s2, e2]) => s < e2 && s2 < e));
}

/**
 * Pattern hits of `text`, ordered by start, whose painted pieces never overlap (an
 * enumeration paints only its markers, so a list inside it is a hit of its own). On a
 * conflict the earlier, then longer, hit wins: a quoted list before the list inside it.
 */
export function detectPatterns(text: string): PatternHit[] {
  const all = [...detectQuotedFormulas(text), ...detectParallelLists(text), ...detectParallelClauses(text), ...detectEnumerations(text)];
  if (all.length === 0) return all;
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PatternHit[] = [];
  for (const hit of all) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
  return kept;
}
