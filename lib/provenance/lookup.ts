/**
 * Assemble the card's provenance for one entry: the usage summary from the offsets index, and
 * a page of occurrences in context, cut from the document texts (loaded on demand by the caller).
 */
import type { CorpusDocumentMeta } from '../corpus/documents';
import type { DictionaryEntry } from '../dictionary/types';
import type { CorpusProvenanceArtifact } from './artifact';
import { rankOccurrences } from './rank';
import { documentRef, summariseUsage, type DocumentRef, type UsageSummary } from './summary';

/** Characters of context on each side of an occurrence: about two lines of the card. */
const CONTEXT = 30;
/** Occurrences in the card's first view; "show all" pages through the rest by this many more. */
export const FIRST_PAGE = 3;
/** Occurrences per page after the first. */
export const PAGE_SIZE = 10;

/** One occurrence in context, with its address in the reader. */
export interface ProvenanceLine {
  /** Document id, as in reader.html#doc=<id>. */
  doc: string;
  paragraph: number;
  /** Offsets of the occurrence within the paragraph's text (the reader marks them). */
  from: number;
  to: number;
  before: string;
  match: string;
  after: string;
}

/** A page of occurrences in context, and the documents they cite. */
export interface ProvenancePage {
  /** Best first, from `offset`. */
  lines: ProvenanceLine[];
  documents: Record<string, DocumentRef>;
  offset: number;
}

/** What the background answers when a card opens. */
export interface ProvenanceAnswer extends UsageSummary, ProvenancePage {
  entry: Pick<DictionaryEntry, 'id' | 'text' | 'kind' | 'members' | 'frame'>;
  /** Documents in the whole corpus, so the card can say what "in this corpus" covers. */
  corpusDocuments: number;
}

/** Paragraph texts of a document, by its index in the artifact's `documents`. */
export type ParagraphSource = (doc: CorpusDocumentMeta) => Promise<string[]>;

/** Lines [offset, offset + limit) of an entry's occurrences, best first, with their context. */
export async function provenancePage(
  entryId: string,
  index: CorpusProvenanceArtifact,
  paragraphs: ParagraphSource,
  offset: number,
  limit: number,
): Promise<ProvenancePage> {
  const flat = index.occurrences[entryId] ?? [];
  const chosen = rankOccurrences(flat, index.documents).slice(offset, offset + limit);
  const documents: Record<string, DocumentRef> = {};
  const lines = await Promise.all(
    chosen.map(async (i): Promise<ProvenanceLine> => {
      const [d, p, from, to] = [flat[i * 4]!, flat[i * 4 + 1]!, flat[i * 4 + 2]!, flat[i * 4 + 3]!];
      const meta = index.documents[d]!;
      documents[meta.id] = documentRef(meta);
      const text = (await paragraphs(meta))[p] ?? '';
      return {
        doc: meta.id, paragraph: p, from, to,
        before: text.slice(Math.max(0, from - CONTEXT), from),
        match: text.slice(from, to),
        after: text.slice(to, to + CONTEXT),
      };
    }),
  );
  return { lines, documents, offset };
}

/** The card's answer for one entry; null for an unknown id. */
export async function lookupProvenance(
  entry: DictionaryEntry | undefined,
  index: CorpusProvenanceArtifact,
  paragraphs: ParagraphSource,
): Promise<ProvenanceAnswer | null> {
  if (!entry) return null;
  const summary = summariseUsage(index.occurrences[entry.id] ?? [], index.documents);
  const page = await provenancePage(entry.id, index, paragraphs, 0, FIRST_PAGE);
  const { id, text, kind, members, frame } = entry;
  return { entry: { id, text, kind, ...(members ? { members } : {}), ...(frame ? { frame } : {}) }, corpusDocuments: index.documents.length, ...summary, ...page };
}
