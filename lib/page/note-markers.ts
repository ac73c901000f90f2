import { sendRequest } from '../messaging/client';
import { pageUrl } from './note-anchor';
import type { NotedLayer } from './noted-layer';
import { positionAt, readPageText } from './page-text';

/**
 * Mark the occurrences that carry a note on this page (in the closed `NotedLayer`, never in
 * `CSS.highlights`, which page script reads), re-anchored by quote and context
 * (the background updates moved and orphaned anchors). Costs one message on pages
 * without notes; the page text is read only when there are some.
 */
export async function refreshNoteMarkers(layer: NotedLayer): Promise<number> {
  const url = pageUrl();
  const stored = await sendRequest('notes:forPage', { url });
  if (stored.every((n) => !n.note.anchor)) {
    layer.set([]);
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
  layer.set(ranges);
  return ranges.length;
}
