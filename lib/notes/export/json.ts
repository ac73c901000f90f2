/**
 * Our own export format: every field of every note, readable times, and the dictionary
 * it was made with, so a later version can import it without guessing. Versioned on its
 * own, independent of the database schema.
 */
import type { PhraseCorpusFacts } from '../../provenance/summary';
import type { DictionaryStamp, Note, PortableSettings } from '../types';
import { stringifyWithCompactItems } from './compact-items';

/** The marker of our files. */
export const NOTES_FILE_FORMAT = 'tifa-lens-notes';

/** Bump when the file's shape changes; the importer refuses versions it does not know. */
export const NOTES_FILE_VERSION = 1;

/** A note in the file: times as ISO 8601, `site` left out (derived from the URL on import). */
type ExportedNote = Omit<Note, 'site' | 'created' | 'updated'> & { created: string; updated: string };

/** The whole file. */
interface NotesFile {
  format: typeof NOTES_FILE_FORMAT;
  version: typeof NOTES_FILE_VERSION;
  exported: string;
  dictionary: DictionaryStamp;
  /** The user's own phrases and hidden entries, so a setup moves with its notes. */
  settings: PortableSettings;
  notes: ExportedNote[];
  /** Each noted phrase's first use and uses in the corpus, by entry id (read, not imported). */
  phrases?: Record<string, PhraseCorpusFacts>;
}

/** One note as the file writes it, keys in a fixed order so exports diff well. */
function toExportedNote(note: Note): ExportedNote {
  return {
    id: note.id,
    entryId: note.entryId,
    phrase: note.phrase,
    page: note.page ? { url: note.page.url, title: note.page.title } : null,
    anchor: note.anchor
      ? {
          quote: { type: 'TextQuoteSelector', exact: note.anchor.quote.exact, prefix: note.anchor.quote.prefix, suffix: note.anchor.quote.suffix },
          position: { type: 'TextPositionSelector', start: note.anchor.position.start, end: note.anchor.position.end },
        }
      : null,
    orphaned: note.orphaned,
    body: note.body,
    tags: [...note.tags],
    created: new Date(note.created).toISOString(),
    updated: new Date(note.updated).toISOString(),
    dictionaryVersion: note.dictionaryVersion,
  };
}

/** Settings of a file that carries none. */
const NO_SETTINGS: PortableSettings = { personalPhrases: [], hiddenEntries: [] };

/** Export notes as our JSON file. Pure: the clock is a parameter. */
export function exportNotesJson(notes: readonly Note[], dictionary: DictionaryStamp, now = new Date(), settings: PortableSettings = NO_SETTINGS, facts: Record<string, PhraseCorpusFacts> = {}): string {
  const file: Omit<NotesFile, 'notes'> = {
    format: NOTES_FILE_FORMAT,
    version: NOTES_FILE_VERSION,
    exported: now.toISOString(),
    dictionary: { version: dictionary.version, seedHash: dictionary.seedHash },
    settings: { personalPhrases: settings.personalPhrases.map(({ text, kind, comment }) => ({ text, kind, comment })), hiddenEntries: [...settings.hiddenEntries] },
    ...(Object.keys(facts).length ? { phrases: facts } : {}),
  };
  return stringifyWithCompactItems(file, ['notes'], notes.map(toExportedNote));
}
