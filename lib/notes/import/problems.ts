/**
 * Why a file was refused. The code lets the notes page say it in the user's language; the
 * detail (English, technical) says where, e.g. `notes[3].page.url`.
 */

/** Every reason an import file is refused as a whole. */
export type ImportProblemCode =
  | 'too-large'
  | 'not-utf8'
  | 'empty'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'unknown-format'
  | 'unsupported-version'
  | 'invalid'
  | 'duplicate-id'
  | 'too-many-notes';

/** A refused file: nothing was written. */
export interface ImportProblem {
  code: ImportProblemCode;
  detail: string;
}

/** Build a problem. */
export function problem(code: ImportProblemCode, detail: string): { ok: false; problem: ImportProblem } {
  return { ok: false, problem: { code, detail: detail.slice(0, 400) } };
}
