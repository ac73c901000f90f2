/**
 * A full disk must not look like a bug: when the browser refuses a write for lack of
 * space we say so plainly, and the transaction is aborted so nothing is half-written.
 */

/** Start of the error message when storage is full; the notes page matches it to show its own text. */
export const STORAGE_FULL_TAG = '[storage-full]';

/** Thrown when the browser's storage quota refused a write. */
export class NotesStorageFullError extends Error {
  override name = 'NotesStorageFullError';
  constructor() {
    super(
      `${STORAGE_FULL_TAG} There is no room left to save notes, so nothing was saved. ` +
        'Free disk space, or export your notes and delete some, then try again.',
    );
  }
}

/** True for the browser's quota error, whether thrown by a request or by the transaction. */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: unknown }).name;
  const inner = (error as { inner?: unknown }).inner;
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}

/** Run a write; turn a quota failure into `NotesStorageFullError`, rethrow anything else. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaError(error) ? new NotesStorageFullError() : error;
  }
}
