/**
 * The notes database: its name, current version and the typed shape `idb` checks our
 * store and index names against. Each version's changes live in `migrations/vN.ts`.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Note } from '../types';

/** One database per extension origin; the name never changes, the version does. */
export const NOTES_DB_NAME = 'tifa-notes';

/** Bump together with a new `migrations/vN.ts` and its fixture test. */
export const NOTES_DB_VERSION = 2;


/** The current (v2) schema. */
export interface NotesDBSchema extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: {
      /** v1: notes on one phrase (the card, the phrase filter). */
      byEntry: string;
      /** v1: notes on one page (re-anchoring on revisit). */
      byUrl: string;
      /** v1: newest first (the notes page, merge on import). */
      byUpdated: number;
      /** v2: the site filter. */
      bySite: string;
      /** v2, multiEntry: the tag filter. */
      byTag: string;
    };
  };
}

/** An open notes database. */
export type NotesDatabase = IDBPDatabase<NotesDBSchema>;
