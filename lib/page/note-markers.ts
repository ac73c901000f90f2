import { pageUrl } from '../card/card-notes-source';
import { sendRequest } from '../messaging/client';
import { positionAt, readPageText } from './page-text';

/** The highlight that marks phrases the user wrote a note on. */
export const NOTED_HIGHLIGHT = 'tifa-noted';

/** A dotted underline in a colour of its own, drawn over whatever kind colour is there. */
export const NOTED_SHEET_TEXT = `::highlight(${NOTED_HIGHLIGHT}){text-decoration:underline dotted #d00000;text-decoration-thickness:3px;text-underline-offset:4px}`;

/**
 * Mark the occurrences that carry a note on this page, re-anchored by quote and context
 * (the background updates moved and orphaned anchors). Costs one message on pages
 * without notes; the page text is read only when there are some.
 */
export async function refreshNoteMarkers(): Promise<number> {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const url = pageUrl();
  const stored = await sendRequest('notes:forPage', { url });
  if (stored.every((n) => !n.note.anchor)) {
    registry?.delete(NOTED_HIGHLIGHT);
    return 0;
  }
  const page = readPageText();
  const anchored = await sendRequest('notes:forPage', { url, text: page.text });
  const ranges: StaticRange[] = [];
  for (const { position } of anchored) {
    const start = position && positionAt(page, position.start);
    const end = position && positionAt(page, position.end, true);
    if (!start || !end) continue;
    ranges.push(new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset }));
  }
  if (registry) {
    const highlight = new Highlight(...ranges);
    highlight.priority = 5;
    registry.set(NOTED_HIGHLIGHT, highlight);
  }
  return ranges.length;
}
