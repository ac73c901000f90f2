/**
 * Bounds on an import file. A real export of 10,000 notes is a few megabytes; these
 * leave room for far more while refusing files that would stall the page or the worker.
 */

/** Largest file the notes page will read (bytes). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Largest decoded text the background accepts (UTF-16 units never exceed UTF-8 bytes here). */
export const MAX_IMPORT_CHARS = MAX_IMPORT_BYTES;

/** Most notes in one file. */
export const MAX_IMPORT_NOTES = 100_000;

/** Deepest nesting of arrays and objects; our formats need 8. */
export const MAX_IMPORT_DEPTH = 24;
