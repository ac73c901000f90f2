/**
 * One entry point for every export format, used by the background's export request.
 */
import type { PhraseCorpusFacts } from '../../provenance/summary';
import type { DictionaryStamp, Note, PortableSettings } from '../types';
import { exportFileName, exportMimeType, type ExportedFile, type ExportFormat } from './formats';
import { exportNotesJson } from './json';
import { exportNotesCsv } from './csv';
import { exportNotesMarkdown } from './markdown';
import { exportNotesAnnotations } from './annotation';

/** Each phrase's first use and use in the corpus, by entry id (the background reads them from the provenance index). */
export type PhraseFacts = Record<string, PhraseCorpusFacts>;

/** The text of an export in one format. Pure: the clock is a parameter. */
export function exportNotesText(format: ExportFormat, notes: readonly Note[], dictionary: DictionaryStamp, now = new Date(), settings?: PortableSettings, facts: PhraseFacts = {}): string {
  switch (format) {
    case 'json':
      return exportNotesJson(notes, dictionary, now, settings, facts);
    case 'csv':
      return exportNotesCsv(notes, facts);
    case 'markdown':
      return exportNotesMarkdown(notes, now, facts);
    case 'annotation':
      return exportNotesAnnotations(notes, dictionary, now);
  }
}

/** An export as a named, typed file. */
export function exportNotes(format: ExportFormat, notes: readonly Note[], dictionary: DictionaryStamp, now = new Date(), settings?: PortableSettings, facts: PhraseFacts = {}): ExportedFile {
  return {
    fileName: exportFileName(format, now),
    mimeType: exportMimeType(format),
    text: exportNotesText(format, notes, dictionary, now, settings, facts),
    count: notes.length,
  };
}
