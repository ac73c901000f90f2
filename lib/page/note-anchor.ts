/**
 * Where a note on a phrase occurrence belongs: the page (its URL without the fragment) and
 * the occurrence's W3C-style anchor (TextQuote with context, TextPosition) in the page text.
 * The card asks for it when it opens; the note markers find notes of this page by the URL.
 */
import type { PageMatch } from '../highlighter/types';
import { withoutFragment } from '../messaging/sender-rule';
import type { NoteAnchor, NotePage } from '../notes/types';
import { offsetOf, readPageText } from './page-text';

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector). */
const CONTEXT = 32;

/** Page URL without the fragment: a note belongs to the document, not to a scroll spot. */
export function pageUrl(href: string = location.href): string {
  return withoutFragment(href);
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

/** The page and anchor a note written on `match` gets. */
export function notePlace(match: PageMatch): { page: NotePage; anchor: NoteAnchor | null } {
  return { page: { url: pageUrl(), title: document.title.slice(0, 500) }, anchor: anchorFor(match) };
}
