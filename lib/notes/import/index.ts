/**
 * The background's side of import: validate the whole text, then merge in one
 * transaction. Returns a problem instead of throwing, so the page can say it in the
 * user's language.
 */
import type { NotesRepository } from '../repository';
import type { PortableSettings } from '../types';
import { parseImportText, type ParseOptions } from './parse';
import type { ImportSummary } from './apply';
import type { ImportProblem } from './problems';

/** How an import changed the user's settings: personal phrases added, entries newly hidden. */
export interface SettingsChange {
  personalPhrases: number;
  hiddenEntries: number;
}

/** What the user sees after an import (the background adds `settingsChanged` once it merged them). */
export type ImportResult =
  | { ok: true; format: 'tifa' | 'annotation'; summary: ImportSummary; settings: PortableSettings; settingsChanged?: SettingsChange }
  | { ok: false; problem: ImportProblem };

/** Validate, then write; a refused file writes nothing. */
export async function importNotesText(repository: NotesRepository, text: string, options: ParseOptions = {}): Promise<ImportResult> {
  const parsed = parseImportText(text, options);
  if (!parsed.ok) return parsed;
  const summary = await repository.importNotes(parsed.notes);
  summary.skipped += parsed.foreign;
  summary.skippedForeign = parsed.foreign;
  return { ok: true, format: parsed.format, summary, settings: parsed.settings };
}

export type { ImportSummary } from './apply';
export type { ImportProblem } from './problems';
export { decodeImportBytes } from './decode';
