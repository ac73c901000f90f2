/**
 * What the card says about a pattern match, recomputed from the match's own text (a
 * pattern has no dictionary record): which rule, what the items share, the items. Also the
 * key under which the corpus examples of the same pattern are filed (seeds/pattern-examples.json).
 */
import { detectPatterns } from './detect';
import { patternTypeOf, type PatternHit, type PatternType } from './types';

/** A pattern match, described for the card. */
export interface PatternDescription {
  type: PatternType;
  /** The shared tail or head, 不 for X不X, the markers of an enumeration, the quoted text. */
  shared: string;
  items: string[];
  /** Examples with this key show the same pattern (导向 lists, the same quoted formula). */
  key: string;
}

/** The examples key of a hit: the shared affix of a list, the quotation of a formula, one key per enumeration. */
export function exampleKey(hit: Pick<PatternHit, 'type' | 'shared' | 'items'>): string {
  if (hit.type === 'quoted-list') return hit.items.join('、');
  if (hit.type === 'quoted-numbered') return hit.items[0]!;
  if (hit.type === 'enumeration') return '';
  return hit.shared;
}

/** Describe the text of a `pattern:` match; null for a dictionary id or a text the rule no longer finds. */
export function describePattern(entryId: string, text: string): PatternDescription | null {
  const type = patternTypeOf(entryId);
  if (!type) return null;
  const hit = detectPatterns(text).find((h) => h.type === type);
  if (!hit) return null;
  return { type, shared: hit.shared, items: hit.items, key: exampleKey(hit) };
}
