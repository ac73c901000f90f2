/**
 * Validate a whole import file before anything is written: defensive JSON parsing, format
 * detection (ours or W3C Web Annotation), the valibot schema, and duplicate ids. Pure, so
 * every hostile file can be tested without a database.
 */
import * as v from 'valibot';
import type { Note, PortableSettings } from '../types';
import { NOTES_FILE_FORMAT, NOTES_FILE_VERSION } from '../export/json';
import { parseUntrustedJson } from './json-text';
import { problem, type ImportProblem } from './problems';
import { notesFileSchema, noteFromFile } from './tifa-format';
import { annotationItems, annotationSchema, noteFromAnnotation } from './web-annotation';
import { MAX_IMPORT_NOTES } from './limits';

/** A file that passed validation: the notes to merge, and how many foreign annotations were left out. */
interface ValidImport {
  ok: true;
  format: 'tifa' | 'annotation';
  notes: Note[];
  foreign: number;
  /** Personal phrases and hidden entries the file carries (ours only). */
  settings: PortableSettings;
}

/** The outcome of validating a file. */
export type ParsedImport = ValidImport | { ok: false; problem: ImportProblem };

/** Test seams for W3C annotations without ids or times. */
export interface ParseOptions {
  newId?: () => string;
  now?: number;
}

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const path = v.getDotPath(first);
  return `${path ? `${path}: ` : ''}${first.message}`;
}

/** How far ahead of this clock a note's time may be (clocks differ between machines). */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * A note from the future (e.g. 9999-12-31) would win every merge and sort first forever;
 * one created after its last update is not a note anyone wrote.
 */
function timeProblem(notes: readonly Note[], now: number): ParsedImport | null {
  for (const [i, note] of notes.entries()) {
    if (note.updated > now + FUTURE_SLACK_MS || note.created > now + FUTURE_SLACK_MS) {
      return problem('invalid', `notes.${i}.updated: ${new Date(note.updated).toISOString().slice(0, 10)} is in the future`);
    }
    if (note.created > note.updated) return problem('invalid', `notes.${i}.created: later than its last update`);
  }
  return null;
}

function duplicates(notes: readonly Note[]): ParsedImport | null {
  const seen = new Set<string>();
  for (const note of notes) {
    if (seen.has(note.id)) return problem('duplicate-id', `the id ${note.id} occurs more than once`);
    seen.add(note.id);
  }
  return null;
}

function parseOurs(root: Record<string, unknown>, now: number): ParsedImport {
  if (root.version !== NOTES_FILE_VERSION) {
    const newer = typeof root.version === 'number' && root.version > NOTES_FILE_VERSION;
    return problem('unsupported-version', newer
      ? `file version ${root.version} is newer than this extension reads (${NOTES_FILE_VERSION}); update Tifa Lens`
      : `file version ${JSON.stringify(root.version)?.slice(0, 20)} is not one Tifa Lens wrote`);
  }
  const parsed = v.safeParse(notesFileSchema, root);
  if (!parsed.success) return problem('invalid', describe(parsed.issues));
  const notes = parsed.output.notes.map(noteFromFile);
  const settings = parsed.output.settings ?? { personalPhrases: [], hiddenEntries: [] };
  return timeProblem(notes, now) ?? duplicates(notes) ?? { ok: true, format: 'tifa', notes, foreign: 0, settings };
}

function parseAnnotations(items: unknown[], options: ParseOptions): ParsedImport {
  if (items.length > MAX_IMPORT_NOTES) return problem('too-many-notes', `${items.length} annotations; at most ${MAX_IMPORT_NOTES}`);
  const notes: Note[] = [];
  let foreign = 0;
  for (const [i, item] of items.entries()) {
    const parsed = v.safeParse(annotationSchema, item);
    if (!parsed.success) return problem('invalid', `items.${i}.${describe(parsed.issues)}`);
    try {
      const note = noteFromAnnotation(parsed.output, options.newId ?? (() => crypto.randomUUID()), options.now ?? Date.now());
      if (note) notes.push(note);
      else foreign++;
    } catch (error) {
      const detail = error instanceof v.ValiError ? describe(error.issues) : String(error);
      return problem('invalid', `items.${i}: ${detail}`);
    }
  }
  return timeProblem(notes, options.now ?? Date.now()) ?? duplicates(notes) ?? { ok: true, format: 'annotation', notes, foreign, settings: { personalPhrases: [], hiddenEntries: [] } };
}

/** Validate an import file's text completely; nothing here touches the database. */
export function parseImportText(text: string, options: ParseOptions = {}): ParsedImport {
  const json = parseUntrustedJson(text);
  if (!json.ok) return json;
  const root = json.value;
  if (root && typeof root === 'object' && !Array.isArray(root) && (root as { format?: unknown }).format === NOTES_FILE_FORMAT) {
    return parseOurs(root as Record<string, unknown>, options.now ?? Date.now());
  }
  const items = annotationItems(root);
  if (items) return parseAnnotations(items, options);
  return problem('unknown-format', 'neither a Tifa Lens notes file nor W3C Web Annotations');
}
