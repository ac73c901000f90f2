/**
 * What the card's notes frame needs to know about the phrase the card is open on, carried
 * in the frame's URL fragment. None of it is private: the page knows its own address, text
 * and the phrase; what is private (the notes) the frame asks the background for itself.
 */
import * as v from 'valibot';
import { anchorField, dictionaryVersionField, entryIdField, pageField, phraseField } from '../notes/fields';

const paramsSchema = v.object({
  entryId: entryIdField,
  phrase: phraseField,
  page: pageField,
  anchor: v.nullable(anchorField),
  dictionaryVersion: dictionaryVersionField,
  dark: v.boolean(),
});

/** The phrase occurrence the notes frame shows and adds notes for. */
export type NotesFrameParams = v.InferOutput<typeof paramsSchema>;

/** The fragment (with `#`) that carries `params` to the frame. */
export function encodeNotesFrameParams(params: NotesFrameParams): string {
  return `#${encodeURIComponent(JSON.stringify(params))}`;
}

/** Read the fragment back; null when it is missing or not what the card writes. */
export function decodeNotesFrameParams(hash: string): NotesFrameParams | null {
  try {
    const parsed = v.safeParse(paramsSchema, JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** The first message the card sends the frame, with the port it listens on. */
export const NOTES_FRAME_HELLO = 'tifa-notes-frame';

/** What the frame tells the card over that port. */
export type NotesFrameSignal = 'changed' | 'close';
