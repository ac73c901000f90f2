/**
 * What the card's notes frame needs to know about the phrase the card is open on, carried
 * in the frame's URL fragment. None of it is private: the page knows its own address, text
 * and the phrase; what is private (the notes) the frame asks the background for itself.
 * The frame reads it back with `decodeNotesFrameParams` (lib/notes/frame-params.ts).
 */
import type { NotesFrameParams } from '../notes/frame-params';

/** The fragment (with `#`) that carries `params` to the frame. */
export function encodeNotesFrameParams(params: NotesFrameParams): string {
  return `#${encodeURIComponent(JSON.stringify(params))}`;
}

/** The first message the card sends the frame, with the port it listens on. */
export const NOTES_FRAME_HELLO = 'tifa-notes-frame';

/**
 * What the frame tells the card over that port: notes changed, Esc, or whether an unsent
 * draft is in the form (a card with a draft is not closed by scrolling).
 */
export type NotesFrameSignal = 'changed' | 'close' | 'draft' | 'no-draft';

/** The signals the card accepts from the port. */
export const NOTES_FRAME_SIGNALS: readonly NotesFrameSignal[] = ['changed', 'close', 'draft', 'no-draft'];
