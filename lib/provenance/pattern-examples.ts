/**
 * The background's answer for a `pattern:` entry (a parallel list, a quoted formula, an
 * enumeration found on the page by rule): no dictionary occurrences, but the corpus
 * documents that use the same pattern, from seeds/pattern-examples.json. The card picks
 * the examples with the same shared head/tail or quotation (lib/matcher/patterns/examples.ts).
 * The background's `withPatternProvenance` (lib/background/provenance-handlers.ts) answers with it.
 */
import { PATTERN_ENTRIES } from '../dictionary/pattern-entries';
import { patternTypeOf } from '../matcher/patterns/types';
import { patternExamplesOf, type CitedPatternExample, type PatternExamplesIndex } from '../matcher/patterns/examples';
import type { DictionaryEntry } from '../dictionary/types';

/** The answer for a pattern entry: no dictionary occurrences, the rule's corpus examples by key. */
export interface PatternProvenanceAnswer {
  entry: Pick<DictionaryEntry, 'id' | 'text' | 'kind'>;
  patternExamples: Record<string, CitedPatternExample[]>;
}

/** The answer for a pattern entry id; null for any other id (the dictionary lookup answers those). */
export function lookupPatternProvenance(entryId: string, index: PatternExamplesIndex): PatternProvenanceAnswer | null {
  const type = patternTypeOf(entryId);
  const entry = PATTERN_ENTRIES.find((e) => e.id === entryId);
  if (!type || !entry) return null;
  const { id, text, kind } = entry;
  return { entry: { id, text, kind }, patternExamples: patternExamplesOf(index, type) };
}

/** True when a provenance answer carries pattern examples (the card then shows them). */
export function isPatternAnswer(answer: object | null | undefined): answer is PatternProvenanceAnswer {
  return !!answer && 'patternExamples' in answer;
}
