import * as v from 'valibot';
import type { NotesFrameParams } from '../card/notes-frame-params';
import { anchorField, dictionaryVersionField, entryIdField, pageField, phraseField } from './fields';

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
