/**
 * Schema v1: one store of notes keyed by id, indexed by phrase entry, page URL and time
 * updated. Frozen: a database created by the first release looks exactly like this, and
 * the v2 migration test builds its fixture with this function.
 */
import type { IDBPDatabase } from 'idb';

/** A v1 record: v2 added `site` and made `tags` required. */
export interface NoteV1 {
  id: string;
  entryId: string;
  phrase: string;
  page: { url: string; title: string } | null;
  anchor: {
    quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
    position: { type: 'TextPositionSelector'; start: number; end: number };
  } | null;
  orphaned: boolean;
  body: string;
  tags?: string[];
  created: number;
  updated: number;
  dictionaryVersion: string;
}

/** Create the v1 store and indexes (only from an empty database). */
export function migrateToV1(db: IDBPDatabase<unknown>): void {
  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  notes.createIndex('byEntry', 'entryId');
  notes.createIndex('byUrl', 'page.url');
  notes.createIndex('byUpdated', 'updated');
}
