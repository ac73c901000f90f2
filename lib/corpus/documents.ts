/**
 * The dated corpus as the build, the background and the reader all see it: one list of
 * documents (the seed speeches first, then seeds/corpus/manifest.json), each split into
 * paragraphs the same way everywhere, so an occurrence's (doc, paragraph, from, to) means
 * the same thing in the build, in the card and in the reader.
 */

/** Genres of the corpus; 'speech' is a seed speech (county or city). */
export type DocumentGenre = 'speech' | 'work-report' | 'congress-report' | 'communique' | 'decision';

/** Levels of the corpus; the seed speeches are 'local'. */
export type DocumentLevel = 'local' | 'provincial' | 'national';

/** One document's metadata, as the provenance artifact carries it. */
export interface CorpusDocumentMeta {
  /** 'seed-1'…'seed-5' for the seed speeches (seed-N is reader.html#speech=N); else the manifest id, e.g. 'cpc-15'. */
  id: string;
  title: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; absent when the text does not say. */
  date?: string;
  year?: number;
  genre: DocumentGenre;
  level: DocumentLevel;
  speaker?: string;
  organ?: string;
  /** Where the text was taken from (manifest `source`), absent for the seed speeches. */
  source?: { repo: string; path: string; commit: string };
  /** Near-duplicate documents share a family and count once (seed 2 is a copy of seed 1). */
  family: number;
  paragraphs: number;
  chars: number;
}

/**
 * Paragraphs of a corpus file (seeds/corpus/<id>.txt): one per line, in file order, empty
 * lines kept so that indices match line numbers. Seed speeches are split by lib/corpus instead
 * (Speech.paragraphs[p].text).
 */
export function corpusFileParagraphs(fileText: string): string[] {
  const text = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText;
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
