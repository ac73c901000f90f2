/**
 * Notes as CSV for spreadsheets: one row per note, every field a column, times in ISO 8601.
 */
import type { PhraseCorpusFacts } from '../../provenance/summary';
import type { Note } from '../types';
import { writeCsv, type CsvCell } from '../../files/csv';

/** Column names, stable so spreadsheets built on them keep working. */
export const NOTES_CSV_HEADER = [
  'id', 'phrase', 'entry_id', 'note', 'tags', 'page_title', 'page_url', 'site',
  'quote', 'quote_prefix', 'quote_suffix', 'position_start', 'position_end',
  'orphaned', 'created', 'updated', 'dictionary_version',
  'first_used_in_corpus', 'first_use_document', 'corpus_uses', 'corpus_documents',
] as const;

function noteRow(note: Note, facts?: PhraseCorpusFacts): CsvCell[] {
  return [
    note.id,
    note.phrase,
    note.entryId,
    note.body,
    note.tags.join('; '),
    note.page?.title,
    note.page?.url,
    note.site,
    note.anchor?.quote.exact,
    note.anchor?.quote.prefix,
    note.anchor?.quote.suffix,
    note.anchor?.position.start,
    note.anchor?.position.end,
    note.orphaned ? 'yes' : 'no',
    new Date(note.created).toISOString(),
    new Date(note.updated).toISOString(),
    note.dictionaryVersion,
    facts?.firstUse ? facts.firstUse.date ?? facts.firstUse.year : undefined,
    facts?.firstUse?.title,
    facts?.uses,
    facts?.documents,
  ];
}

/** Export notes as CSV (UTF-8 with BOM, RFC 4180, formula cells neutralised), with each phrase's corpus facts. */
export function exportNotesCsv(notes: readonly Note[], facts: Record<string, PhraseCorpusFacts> = {}): string {
  return writeCsv(NOTES_CSV_HEADER, notes.map((n) => noteRow(n, facts[n.entryId])));
}
