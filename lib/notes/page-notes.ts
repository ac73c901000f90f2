/**
 * The card's view of one page's notes: each note with where its quote is now. Re-anchors
 * against the page's current text and records any change of state, so the notes page can
 * show which notes lost their quote.
 */
import type { NotesRepository } from './repository';
import type { Note } from './types';
import { anchorQuote } from './anchoring';

/** A note of the page with its current position; null position: orphaned (or no anchor). */
export interface PageNote {
  note: Note;
  position: { start: number; end: number } | null;
}

/** The notes of `url`, re-anchored in `text` when the caller sends it. */
export async function notesForPage(repository: NotesRepository, url: string, text?: string): Promise<PageNote[]> {
  const notes = await repository.forPage(url);
  if (text === undefined) return notes.map((note) => ({ note, position: null }));
  const result: PageNote[] = [];
  for (const note of notes) {
    if (!note.anchor) {
      result.push({ note, position: null });
      continue;
    }
    const match = anchorQuote(text, note.anchor);
    const moved = match && (match.start !== note.anchor.position.start || match.end !== note.anchor.position.end);
    const stateChanged = (match === null) !== note.orphaned;
    const current =
      moved || stateChanged
        ? await repository.setAnchor(note.id, match && { type: 'TextPositionSelector', start: match.start, end: match.end })
        : note;
    result.push({ note: current, position: match && { start: match.start, end: match.end } });
  }
  return result;
}
