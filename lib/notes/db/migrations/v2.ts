/**
 * Schema v2: a `site` field with its index, and a multiEntry index on `tags` so the tag
 * filter does not read every note. Existing notes get both fields filled in place, in the
 * upgrade transaction, with no other awaits in it.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { siteOf } from '../../site';
import { cleanTags } from '../../fields';
import type { NoteV1 } from './v1';

/** Add the v2 indexes and rewrite every v1 note to the v2 shape. */
export async function migrateToV2(
  _db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>,
): Promise<void> {
  const notes = tx.objectStore('notes');
  notes.createIndex('bySite', 'site');
  notes.createIndex('byTag', 'tags', { multiEntry: true });
  let cursor = await notes.openCursor();
  while (cursor) {
    const old = cursor.value as NoteV1;
    await cursor.update({ ...old, tags: cleanTags(old.tags), site: siteOf(old.page?.url) });
    cursor = await cursor.continue();
  }
}
