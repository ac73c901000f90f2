import type { PageMatch } from '../highlighter/types';
import type { Box } from './placement';

/**
 * The viewport box of a match: left from its first line, top and height spanning all its
 * lines (the card keeps clear of every line the phrase is on). Null when it is not laid out.
 */
export function rectOf(match: PageMatch): Box | null {
  const range = document.createRange();
  try {
    range.setStart(match.startContainer, match.startOffset);
    range.setEnd(match.endContainer, match.endOffset);
  } catch {
    return null;
  }
  const lines = [...range.getClientRects()].filter((r) => r.width || r.height);
  range.detach();
  const first = lines[0];
  if (!first) return null;
  const top = Math.min(...lines.map((r) => r.top));
  const bottom = Math.max(...lines.map((r) => r.bottom));
  return { left: first.left, top, width: first.width, height: bottom - top };
}
