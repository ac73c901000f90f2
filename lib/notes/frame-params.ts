import * as v from 'valibot';
import { anchorField, dictionaryVersionField, entryIdField, pageField, phraseField } from './fields';
import type { NoteAnchor, NotePage } from './types';

/**
 * The phrase occurrence the card's notes frame shows and adds notes for, carried in the
 * frame's URL fragment (the card writes it: lib/card/notes-frame-params.ts). Defined here,
 * beside its schema, so the card depends on notes and never the other way round.
 */
export interface NotesFrameParams {
  entryId: string;
  phrase: string;
  page: NotePage;
  anchor: NoteAnchor | null;
  dictionaryVersion: string;
  dark: boolean;
}

const paramsSchema = v.object({
  entryId: entryIdField,
  phrase: phraseField,
  page: pageField,
  anchor: v.nullable(anchorField),
  dictionaryVersion: dictionaryVersionField,
  dark: v.boolean(),
});

/**
 * Read the card's notes-frame fragment back, with the same limits as a note: null when it
 * is missing or not what the card writes (anyone can load the frame with any fragment).
 */
export function decodeNotesFrameParams(hash: string): NotesFrameParams | null {
  try {
    const parsed = v.safeParse(paramsSchema, JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}
