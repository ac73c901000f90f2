/**
 * Open (creating or upgrading) the notes database. Only the background and extension
 * pages call this: in a content script IndexedDB would belong to the web page.
 */
import { openDB } from 'idb';
import { NOTES_DB_NAME, NOTES_DB_VERSION, type NotesDatabase, type NotesDBSchema } from './schema';
import { runMigrations } from './migrations';

/** Options for tests: another name keeps each test's database apart. */
export interface OpenNotesOptions {
  name?: string;
  /** Open an older schema (migration fixtures); the current one otherwise. */
  version?: number;
  /** Called when the browser closes the connection under us, so the owner can reopen. */
  onClosed?: () => void;
}

/**
 * Open the database at the current schema version, running every migration it is
 * behind. A failing migration leaves the old data untouched and rejects with its error.
 */
export async function openNotesDatabase(options: OpenNotesOptions = {}): Promise<NotesDatabase> {
  let migrationError: unknown;
  try {
    const db = await openDB<NotesDBSchema>(options.name ?? NOTES_DB_NAME, options.version ?? NOTES_DB_VERSION, {
      upgrade(database, oldVersion, newVersion, tx) {
        const untyped = database as unknown as Parameters<typeof runMigrations>[0];
        const untypedTx = tx as unknown as Parameters<typeof runMigrations>[1];
        runMigrations(untyped, untypedTx, oldVersion, newVersion ?? NOTES_DB_VERSION, (e) => (migrationError = e));
      },
      // Another context wants a newer schema (an updated extension page): let it.
      blocking() {
        db.close();
        options.onClosed?.();
      },
      terminated() {
        options.onClosed?.();
      },
    });
    return db;
  } catch (error) {
    throw migrationError ?? error;
  }
}
