/**
 * Reading the newest notes straight from the database, for the notes page's first view
 * while the in-memory cache is still loading: a key cursor finds the page's bounds (a
 * few requests however far it skips) and one `getAll` reads the notes between them.
 */
import type { NotesDatabase } from './db/schema';
import type { NotesPage, NotesQuery } from './types';
import { newestFirst, pageBounds } from './query';

/** One unfiltered page, newest first, in about five requests. */
export async function newestPageFromIndex(db: NotesDatabase, query: NotesQuery): Promise<NotesPage> {
  const { offset, limit } = pageBounds(query);
  const tx = db.transaction('notes');
  const index = tx.store.index('byUpdated');
  const total = await tx.store.count();
  let cursor = await index.openKeyCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  if (!cursor) return { notes: [], total, offset };
  const upper = { key: cursor.key, id: cursor.primaryKey };
  cursor = limit > 1 ? await cursor.advance(limit - 1) : cursor;
  const lower = cursor ? { key: cursor.key, id: cursor.primaryKey } : null;
  const range = lower ? IDBKeyRange.bound(lower.key, upper.key) : IDBKeyRange.upperBound(upper.key);
  const between = (await index.getAll(range)).sort(newestFirst);
  await tx.done;
  const from = between.findIndex((n) => n.id === upper.id);
  const to = lower ? between.findIndex((n) => n.id === lower.id) + 1 : between.length;
  return { notes: between.slice(from, to), total, offset };
}
