/**
 * Turn a file's bytes into text, refusing what is not UTF-8. Runs in the notes page,
 * which holds the bytes; the background then receives plain text.
 */
import { MAX_IMPORT_BYTES } from './limits';
import { problem, type ImportProblem } from './problems';

/** The decoded text, or why the bytes cannot be imported. */
export type DecodedFile = { ok: true; text: string } | { ok: false; problem: ImportProblem };

/** Decode strict UTF-8, dropping a UTF-8 byte-order mark; UTF-16 and invalid bytes are refused. */
export function decodeImportBytes(bytes: Uint8Array): DecodedFile {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return problem('too-large', `${bytes.length} bytes; the limit is ${MAX_IMPORT_BYTES}`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem('not-utf8', 'the file is UTF-16; save it as UTF-8');
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return problem('not-utf8', 'the file contains bytes that are not UTF-8');
  }
}
