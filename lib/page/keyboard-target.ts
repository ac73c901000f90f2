import type { Highlighter, PageMatch } from '../highlighter/types';

/**
 * The phrase a keyboard user means: the one at the caret or selection start, else the
 * first one inside the focused element (a link, say), else none.
 */
export function keyboardTarget(highlighter: Highlighter | null, doc: Document = document): PageMatch | null {
  if (!highlighter) return null;
  const selection = doc.getSelection();
  if (selection?.anchorNode) {
    const atCaret = highlighter.matchAt(selection.anchorNode, selection.anchorOffset);
    if (atCaret) return atCaret;
  }
  const focused = doc.activeElement;
  if (!focused || focused === doc.body) return null;
  return highlighter.matches().find((m) => focused.contains(m.startContainer)) ?? null;
}
