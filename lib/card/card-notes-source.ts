import type { PageMatch } from '../highlighter/types';
import { sendRequest } from '../messaging/client';
import { withoutFragment } from '../messaging/sender-rule';
import type { Note, NoteAnchor } from '../notes/types';
import { offsetOf, readPageText } from '../page/page-text';
import type { NotesFrameParams } from './notes-frame-params';

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector). */
const CONTEXT = 32;

/** The card's notes, split into this page's and the phrase's elsewhere. */
export interface CardNotesData {
  here: Note[];
  elsewhere: Note[];
}

/** Page URL without the fragment: a note belongs to the document, not to a scroll spot. */
export function pageUrl(href: string = location.href): string {
  return withoutFragment(href);
}

/** Notes on an entry, the page's first. Only the notes frame (an extension page) may ask. */
export async function loadCardNotes(entryId: string, url: string): Promise<CardNotesData> {
  const notes = await sendRequest('notes:forEntry', { entryId });
  return {
    here: notes.filter((n) => n.page?.url === url),
    elsewhere: notes.filter((n) => n.page?.url !== url),
  };
}

/** The W3C-style anchor of a match in the page's text, or null if it cannot be placed. */
export function anchorFor(match: PageMatch): NoteAnchor | null {
  const page = readPageText();
  const start = offsetOf(page, match.startContainer, match.startOffset);
  const end = offsetOf(page, match.endContainer, match.endOffset);
  if (start < 0 || end <= start) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: page.text.slice(start, end),
      prefix: page.text.slice(Math.max(0, start - CONTEXT), start),
      suffix: page.text.slice(end, end + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
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
