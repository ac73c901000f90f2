/**
 * The provenance artifact (seeds/provenance.json), format 2: where every dictionary entry
 * occurs in the dated corpus. Compact on purpose: offsets only. Context lines are cut from
 * the document texts, which the background and the reader load on demand
 * (seeds/corpus/<id>.txt, and seeds/speeches.txt for the seed speeches).
 */
import type { CorpusDocumentMeta } from '../corpus/documents';

/** The provenance artifact's format number. */
export const PROVENANCE_FORMAT = 2;

/** seeds/provenance.json. */
export interface CorpusProvenanceArtifact {
  format: typeof PROVENANCE_FORMAT;
  /** The dictionary version it was built with (DictionaryArtifact.version). */
  version: string;
  /** Seed speeches first (seed-1…), then the manifest's documents, in manifest order. */
  documents: CorpusDocumentMeta[];
  /**
   * Occurrences by entry id, flattened in fours: [doc, paragraph, from, to, doc, …]. `doc` indexes
   * `documents`; `paragraph` is the paragraph index (a corpus file's line, a seed speech's
   * Speech.paragraphs index); from/to are UTF-16 offsets into that paragraph's text. Sorted by
   * doc, paragraph, from.
   */
  occurrences: Record<string, number[]>;
}
