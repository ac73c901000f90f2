/**
 * Old-format (seed-only) provenance: every occurrence of an entry in the seed speeches, with
 * speech, paragraph, seed-file offsets and a little context, so the existing card can show
 * where a phrase was heard. The corpus-wide index (format 2) is written elsewhere.
 */
import type { ProvenanceOccurrence } from '../types';
import { fileOffset, type SegmentedDoc } from './documents';
import type { Hit } from './occurrences';

/** Characters of context on each side: about two lines of a speech. */
const CONTEXT = 30;

/** The provenance record of one hit in a seed paragraph. */
export function occurrenceOf(hit: Hit, docs: readonly SegmentedDoc[]): ProvenanceOccurrence {
  const doc = docs[hit.doc]!;
  return {
    speech: doc.speech!,
    paragraph: doc.paragraph,
    start: fileOffset(doc, hit.start),
    end: fileOffset(doc, hit.end - 1) + 1,
    before: doc.text.slice(Math.max(0, hit.start - CONTEXT), hit.start),
    match: doc.text.slice(hit.start, hit.end),
    after: doc.text.slice(hit.end, hit.end + CONTEXT),
  };
}
