/**
 * What the notes page's views need from the extension, as an interface: the views get it
 * as a prop, so they never touch `browser.*` and tests can hand them a fake.
 */
import type { ExportFormat } from './export/formats';
import type { ImportResult } from './import';
import type { Note, NotePatch, NotesFacets, NotesPage, NotesQuery } from './types';

/** The notes page's access to notes. */
export interface NotesService {
  list(query: NotesQuery): Promise<NotesPage>;
  facets(): Promise<NotesFacets>;
  update(id: string, patch: NotePatch): Promise<Note>;
  remove(id: string): Promise<Note | null>;
  restore(note: Note): Promise<Note>;
  /** Export and download; resolves with the file name and count. */
  exportNotes(format: ExportFormat, query: NotesQuery): Promise<{ fileName: string; count: number }>;
  importFile(file: File): Promise<ImportResult>;
  /** Subscribe to changes made elsewhere (a card, another tab). */
  onChange(listener: () => void): () => void;
}
