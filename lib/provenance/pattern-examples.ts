/**
 * The background's answer for a `pattern:` entry (a parallel list, a quoted formula, an
 * enumeration found on the page by rule): no dictionary occurrences, but the corpus
 * documents that use the same pattern, from seeds/pattern-examples.json. The card picks
 * the examples with the same shared head/tail or quotation (lib/matcher/patterns/examples.ts).
 * `withPatternProvenance` wraps the dictionary's handlers, so the lookup itself stays as it is.
 */
import { PATTERN_ENTRIES, patternTypeOf } from '../matcher/patterns/entries';
import { patternExamplesOf, type CitedPatternExample, type PatternExamplesIndex } from '../matcher/patterns/examples';
import type { RequestHandlers } from '../messaging/router';
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

/**
 * The provenance handlers, answering `pattern:` ids from the examples index (loaded on
 * first use) and every other id as before.
 */
export function withPatternProvenance(handlers: RequestHandlers, load: () => PatternExamplesIndex): RequestHandlers {
  const dictionaryLookup = handlers['provenance:get'];
  if (!dictionaryLookup) return handlers;
  let index: PatternExamplesIndex | undefined;
  return {
    ...handlers,
    'provenance:get': (payload, sender) => {
      if (!patternTypeOf(payload.entryId)) return dictionaryLookup(payload, sender);
      index ??= load();
      return lookupPatternProvenance(payload.entryId, index);
    },
  };
}
