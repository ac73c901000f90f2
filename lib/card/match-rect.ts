import type { PageMatch } from '../highlighter/types';
import type { Box } from './placement';

/** The viewport box of a match's first line, or null when it is not laid out. */
export function rectOf(match: PageMatch): Box | null {
  const range = document.createRange();
  try {
    range.setStart(match.startContainer, match.startOffset);
    range.setEnd(match.endContainer, match.endOffset);
  } catch {
    return null;
  }
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  range.detach();
  return rect.width || rect.height ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : null;
}
