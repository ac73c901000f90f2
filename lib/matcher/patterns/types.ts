/**
 * What the page-time pattern detectors report. Stock language that is productive (a parallel
 * list, a quoted formula) cannot be listed in a dictionary, so rules find it in each block.
 */

/** The pattern rules, each with its own synthetic dictionary entry (`pattern:<type>`). */
export const PATTERN_TYPES = ['parallel-tail', 'parallel-head', 'parallel-shape', 'quoted-list', 'quoted-numbered', 'enumeration'] as const;

/** One rule: parallel items sharing a tail / head / X不X shape, a quoted list or numbered formula, 一是…二是…三是. */
export type PatternType = (typeof PATTERN_TYPES)[number];

/** One detected instance, in offsets of the scanned text. */
export interface PatternHit {
  type: PatternType;
  start: number;
  end: number;
  /** What the items share: the tail or head (导向), 不 for X不X, the markers for an enumeration. */
  shared: string;
  /** The items (parallel and quoted lists), or the markers (enumeration). */
  items: string[];
  /** What to paint when not the whole span: an enumeration's markers only. */
  pieces?: Array<[number, number]>;
}

/** The id prefix of every pattern entry (`pattern:<type>`, lib/dictionary/pattern-entries.ts). */
export const PATTERN_ID_PREFIX = 'pattern:';

/** True for the id of a pattern entry (`pattern:…`). */
export function isPatternId(id: string): boolean {
  return id.startsWith(PATTERN_ID_PREFIX);
}

/** The rule of a pattern entry id, or null for a dictionary id. */
export function patternTypeOf(id: string): PatternType | null {
  const type = id.slice(PATTERN_ID_PREFIX.length) as PatternType;
  return isPatternId(id) && PATTERN_TYPES.includes(type) ? type : null;
}
