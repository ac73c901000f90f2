/**
 * The notes frame's side of the card's notes: load a phrase's notes and save a new one, over
 * the message protocol (the frame is an extension page; the background owns the database).
 */
import { sendRequest } from '../messaging/client';
import type { Note } from '../notes/types';
import type { NotesFrameParams } from '../notes/frame-params';

/** The card's notes, split into this page's and the phrase's elsewhere. */
export interface CardNotesData {
  here: Note[];
  elsewhere: Note[];
}

/** Notes on an entry, the page's first. Only the notes frame (an extension page) may ask. */
export async function loadCardNotes(entryId: string, url: string): Promise<CardNotesData> {
  const notes = await sendRequest('notes:forEntry', { entryId });
  return {
    here: notes.filter((n) => n.page?.url === url),
    elsewhere: notes.filter((n) => n.page?.url !== url),
  };
}

/**
 * Save a note on this occurrence, or on the phrase as a whole (from the notes frame). A
 * whole-phrase note has no anchor but still records the page it was written on, as context
 * ("this report uses it seven times" must say which report).
 */
export async function addCardNote(target: NotesFrameParams, body: string, wholePhrase: boolean, tags: string[] = []): Promise<void> {
  await sendRequest('notes:add', {
    entryId: target.entryId,
    phrase: target.phrase,
    page: target.page,
    anchor: wholePhrase ? null : target.anchor,
    body,
    tags,
    dictionaryVersion: target.dictionaryVersion,
  });
}
