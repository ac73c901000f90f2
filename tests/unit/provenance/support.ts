/** A small corpus and dictionary for the provenance tests, built from the same types as the real ones. */
import type { CorpusDocument } from '../../../lib/corpus/assemble';
import type { CorpusDocumentMeta } from '../../../lib/corpus/documents';
import type { DictionaryEntry } from '../../../lib/dictionary/types';

/** A dictionary entry with the fields the matcher reads. */
export function entry(id: string, text: string, extra: Partial<DictionaryEntry> = {}): DictionaryEntry {
  return { id, text, kind: 'slogan', variants: [], score: 1, occurrences: 0, families: 0, ...extra };
}

/** A corpus document; `chars` follows the paragraphs. */
export function doc(meta: Partial<CorpusDocumentMeta> & { id: string }, paragraphs: string[]): CorpusDocument {
  return {
    meta: {
      title: meta.id, genre: 'work-report', level: 'national', family: 0,
      paragraphs: paragraphs.length, chars: paragraphs.reduce((n, p) => n + p.length, 0), ...meta,
    },
    paragraphs,
  };
}

/** Seed speeches 1 and 2 (a copy, one family), then dated reports. */
export const documents: CorpusDocument[] = [
  doc({ id: 'seed-1', genre: 'speech', level: 'local', family: 0 }, ['同志们：', '要坚持真抓实干，反对形式主义。']),
  doc({ id: 'seed-2', genre: 'speech', level: 'local', family: 0 }, ['同志们：', '要坚持真抓实干，反对形式主义。']),
  doc({ id: 'gwr-1990', date: '1990-03-20', year: 1990, family: 1 }, ['反对形式主义。', '']),
  doc({ id: 'cpc-15', date: '1997-09-12', year: 1997, genre: 'congress-report', family: 2 }, ['真抓实干。以邓小平理论为指导，真抓实干。']),
  doc({ id: 'gwr-2000', date: '2000-03-05', year: 2000, family: 3 }, ['我们要真抓实干。']),
  doc({ id: 'prov-2000-x', date: '2000-01-20', year: 2000, level: 'provincial', family: 4 }, ['真抓实干'.repeat(1)]),
];
