import type { PageMatch } from '../highlighter/types';
import { sendRequest } from '../messaging/client';
import type { Note, NoteAnchor } from '../notes/types';
import { offsetOf, readPageText } from '../page/page-text';

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector). */
const CONTEXT = 32;

/** The card's notes, split into this page's and the phrase's elsewhere. */
export interface CardNotesData {
  here: Note[];
  elsewhere: Note[];
}

/** Page URL without the fragment: a note belongs to the document, not to a scroll spot. */
export function pageUrl(href: string = location.href): string {
  return href.replace(/#.*$/, '');
}

/** Notes on an entry, this page's first. */
export async function loadCardNotes(entryId: string): Promise<CardNotesData> {
  const notes = await sendRequest('notes:forEntry', { entryId });
  const url = pageUrl();
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

/** Save a note on this occurrence, or on the phrase as a whole. */
export async function addCardNote(match: PageMatch, body: string, wholePhrase: boolean, dictionaryVersion: string): Promise<void> {
  const anchor = wholePhrase ? null : anchorFor(match);
  await sendRequest('notes:add', {
    entryId: match.entry.id,
    phrase: match.entry.text,
    page: wholePhrase ? null : { url: pageUrl(), title: document.title.slice(0, 500) },
    anchor,
    body,
    tags: [],
    dictionaryVersion,
  });
}
