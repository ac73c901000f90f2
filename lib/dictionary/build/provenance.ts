/**
 * Provenance: every occurrence of an entry in the seeds, with speech, paragraph, seed-file
 * offsets and a little context, so the card can show where a phrase was heard. Counts
 * (occurrences, families) are taken from the same occurrences, so they always agree.
 */
import type { ProvenanceOccurrence } from '../types';
import { fileOffset, type SegmentedDoc } from './documents';
import type { Hit } from './occurrences';

/** Characters of context on each side: about two lines of a speech. */
const CONTEXT = 30;

/** The provenance record of one hit. */
export function occurrenceOf(hit: Hit, docs: readonly SegmentedDoc[]): ProvenanceOccurrence {
  const doc = docs[hit.doc]!;
  return {
    speech: doc.speech,
    paragraph: doc.paragraph,
    start: fileOffset(doc, hit.start),
    end: fileOffset(doc, hit.end - 1) + 1,
    before: doc.text.slice(Math.max(0, hit.start - CONTEXT), hit.start),
    match: doc.text.slice(hit.start, hit.end),
    after: doc.text.slice(hit.end, hit.end + CONTEXT),
  };
}

/** Number of distinct speech families among the hits. */
export function familiesOf(hits: readonly Hit[], docs: readonly SegmentedDoc[]): number {
  return new Set(hits.map((h) => docs[h.doc]!.family)).size;
}
