/**
 * The synthetic dictionary entries of the page-time patterns: one per rule, id
 * `pattern:<type>`, appended after the dictionary's own entries so that the matcher's entry
 * indices stay as they are. The card and the stats treat them as any other entry.
 */
import { PATTERN_ID_PREFIX, PATTERN_TYPES, type PatternType } from '../matcher/patterns/types';
import { appendEntries } from './lazy-entries';
import type { DictionaryEntry, PhraseKind } from './types';

const KIND: Record<PatternType, PhraseKind> = {
  'parallel-tail': 'bundle',
  'parallel-head': 'bundle',
  'parallel-shape': 'bundle',
  'quoted-list': 'formula',
  'quoted-numbered': 'formula',
  'enumeration': 'frame',
};

const TEXT: Record<PatternType, string> = {
  'parallel-tail': '……X、……X、……X',
  'parallel-head': 'X……、X……、X……',
  'parallel-shape': 'X不X、Y不Y、Z不Z',
  'quoted-list': '“……、……”',
  'quoted-numbered': '“三个……”',
  'enumeration': '一是…二是…三是',
};

/** One synthetic entry per pattern rule (no occurrences: a pattern is not a phrase of the corpus). */
export const PATTERN_ENTRIES: readonly DictionaryEntry[] = PATTERN_TYPES.map((type) => ({
  id: `${PATTERN_ID_PREFIX}${type}`,
  text: TEXT[type],
  kind: KIND[type],
  variants: [],
  score: 1,
  occurrences: 0,
  families: 0,
}));

/** The dictionary's entries followed by the pattern entries: what the page highlights by default. */
export function withPatternEntries(entries: readonly DictionaryEntry[]): readonly DictionaryEntry[] {
  return appendEntries(entries, PATTERN_ENTRIES);
}
