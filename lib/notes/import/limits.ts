/**
 * Bounds on an import file. A real export of 10,000 notes is a few megabytes; these
 * leave room for far more while refusing files that would stall the page or the worker.
 */

const MB = 1024 * 1024;

/** Largest file the notes page will read (bytes). */
export const MAX_IMPORT_BYTES = 20 * MB;

/** Largest decoded text the background accepts: as many UTF-16 units as the file may have
 *  bytes (a file within MAX_IMPORT_BYTES never decodes to more). */
export const MAX_IMPORT_CHARS = 20 * MB;

/** Most notes in one file. */
export const MAX_IMPORT_NOTES = 100_000;

/** Deepest nesting of arrays and objects; our formats need 8. */
export const MAX_IMPORT_DEPTH = 24;
