/**
 * Write a validated import in ONE read-write transaction: read the stored notes with the
 * incoming ids, decide each merge, write. Only IndexedDB requests are awaited inside, so
 * the transaction cannot commit half-way; any failure aborts all of it.
 */
import type { NotesDatabase } from '../db/schema';
import type { Note } from '../types';
import { mergeOutcome } from './merge';

/** What an import did, for the summary the user sees. */
export interface ImportSummary {
  added: number;
  updated: number;
  /** Ties with different content: the incoming note was added under a new id. */
  keptBoth: number;
  skipped: number;
  /** Why notes were skipped: older than the stored copy, identical to it, or not ours (W3C from another tool). */
  skippedOlder: number;
  skippedIdentical: number;
  skippedForeign: number;
}

/** An empty summary. */
function emptySummary(): ImportSummary {
  return { added: 0, updated: 0, keptBoth: 0, skipped: 0, skippedOlder: 0, skippedIdentical: 0, skippedForeign: 0 };
}

/** Above this many notes one `getAll` beats a `get` per note (each is a round trip in Chrome). */
const READ_ALL_ABOVE = 100;

/** Merge `incoming` into the store; ids are unique within `incoming` (the parser checks). */
export async function applyImport(
  db: NotesDatabase,
  incoming: readonly Note[],
  newId: () => string,
): Promise<{ summary: ImportSummary; written: Note[] }> {
  const summary = emptySummary();
  const written: Note[] = [];
  const tx = db.transaction('notes', 'readwrite');
  const write = (note: Note) => {
    written.push(note);
    void tx.store.put(note);
  };
  try {
    const existing =
      incoming.length > READ_ALL_ABOVE
        ? ((all) => incoming.map((n) => all.get(n.id)))(new Map((await tx.store.getAll()).map((n) => [n.id, n])))
        : await Promise.all(incoming.map((note) => tx.store.get(note.id)));
    const taken = new Set(incoming.map((n) => n.id));
    incoming.forEach((note, i) => {
      switch (mergeOutcome(existing[i], note)) {
        case 'add':
          summary.added++;
          write(note);
          break;
        case 'update':
          summary.updated++;
          write(note);
          break;
        case 'keep-both': {
          let id = newId();
          while (taken.has(id)) id = newId();
          taken.add(id);
          summary.keptBoth++;
          write({ ...note, id });
          break;
        }
        case 'skip-older':
          summary.skipped++;
          summary.skippedOlder++;
          break;
        case 'skip-identical':
          summary.skipped++;
          summary.skippedIdentical++;
          break;
      }
    });
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    await tx.done.catch(() => {});
    throw error;
  }
  return { summary, written };
}
