/**
 * Search the corpus for a phrase as typed: every use, in context, with counts per year, so a
 * user can check a formulation the dictionary does not hold. Pure: the caller loads the texts.
 */
import type { CorpusDocumentMeta } from '../corpus/documents';
import type { ProvenanceLine } from '../provenance/lookup';

/** Characters of context on each side of a hit. */
const CONTEXT = 24;

/** One use of the searched text: the same shape as a card's occurrence, so the reader shows both alike. */
type SearchHit = ProvenanceLine;

/** What the reader shows for a search. */
export interface SearchResult {
  query: string;
  total: number;
  documents: number;
  /** Uses per year, oldest first (undated documents are left out). */
  perYear: Array<{ year: number; count: number }>;
  /** The first `limit` hits, oldest document first. */
  hits: SearchHit[];
}

/** The query as searched: whitespace removed (the corpus has none inside phrases). */
function searchTerm(query: string): string {
  return query.replace(/\s+/g, '');
}

/** Every use of `query` in `documents` (chronological), the first `limit` with context. */
export function searchCorpus(
  query: string,
  documents: ReadonlyArray<{ meta: CorpusDocumentMeta; paragraphs: readonly string[] }>,
  limit = 200,
): SearchResult {
  const term = searchTerm(query);
  const result: SearchResult = { query: term, total: 0, documents: 0, perYear: [], hits: [] };
  if (!term) return result;
  const years = new Map<number, number>();
  const order = [...documents].sort((a, b) => (a.meta.date ?? '9999').localeCompare(b.meta.date ?? '9999'));
  for (const { meta, paragraphs } of order) {
    let inDoc = 0;
    paragraphs.forEach((text, p) => {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
        inDoc++;
        if (result.hits.length < limit) {
          result.hits.push({
            doc: meta.id, paragraph: p, from: at, to: at + term.length,
            before: text.slice(Math.max(0, at - CONTEXT), at), match: term, after: text.slice(at + term.length, at + term.length + CONTEXT),
          });
        }
      }
    });
    if (inDoc === 0) continue;
    result.total += inDoc;
    result.documents++;
    if (meta.year !== undefined) years.set(meta.year, (years.get(meta.year) ?? 0) + inDoc);
  }
  result.perYear = [...years].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
  return result;
}
