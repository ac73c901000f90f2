/**
 * The reader's data: the document list and each document's paragraphs, fetched from the
 * extension package on first use and kept for the page's life (a search reads them all).
 */
import type { CorpusDocumentMeta } from '../corpus/documents';
import { fetchCorpusDocuments, fetchParagraphs } from '../provenance/corpus-files';
import { searchCorpus, type SearchResult } from './search';

/** Loads and caches the corpus for the reader page. */
export interface ReaderSource {
  documents(): Promise<CorpusDocumentMeta[]>;
  paragraphs(id: string): Promise<string[]>;
  search(query: string): Promise<SearchResult>;
}

/** A reader source over the shipped corpus files. */
export function createReaderSource(): ReaderSource {
  let documents: Promise<CorpusDocumentMeta[]> | undefined;
  const texts = new Map<string, Promise<string[]>>();
  const paragraphs = (id: string) => {
    let hit = texts.get(id);
    if (!hit) texts.set(id, (hit = fetchParagraphs({ id })));
    return hit;
  };
  const list = () => (documents ??= fetchCorpusDocuments());
  return {
    documents: list,
    paragraphs,
    async search(query) {
      const metas = await list();
      const loaded = await Promise.all(metas.map(async (meta) => ({ meta, paragraphs: await paragraphs(meta.id) })));
      return searchCorpus(query, loaded);
    },
  };
}
