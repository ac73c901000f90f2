/**
 * The migrations in order: index i upgrades a database from version i to i + 1. Adding a
 * version means adding a file, a line here, and a test against a fixture of the version before.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { migrateToV1 } from './v1';
import { migrateToV2 } from './v2';

/** One schema step; it may await only IndexedDB requests of `tx`. */
export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>,
) => void | Promise<void>;

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [migrateToV1, migrateToV2];

/**
 * Run the steps from `oldVersion` up to `newVersion` in the one upgrade transaction.
 * Synchronous steps run at once; after an asynchronous one the rest are chained on it.
 * A failing step aborts the transaction, which leaves the old version intact, and is
 * reported through `onError` because `idb` ignores what `upgrade` returns.
 */
export function runMigrations(
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
  onError: (error: unknown) => void,
): void {
  const fail = (error: unknown) => {
    onError(error);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the open fails either way.
    }
  };
  let pending: Promise<void> | undefined;
  for (let version = oldVersion; version < newVersion; version++) {
    const step = MIGRATIONS[version];
    if (!step) return fail(new Error(`No migration to notes schema v${version + 1}`));
    if (pending) pending = pending.then(() => step(db, tx));
    else {
      try {
        pending = step(db, tx) ?? undefined;
      } catch (error) {
        return fail(error);
      }
    }
  }
  pending?.catch(fail);
}
