/**
 * The keyboard cursor: which phrase is current and which one a reveal flashes. The
 * highlighter draws both as its layers (with either painter); this file only picks them.
 */
import type { HighlightLayer, Highlighter, PageMatch } from '../highlighter/types';

const FLASH_MS = 1200;

function scrollTo(match: PageMatch): void {
  match.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
}

/** Same phrase occurrence, found again after a rescan replaced the match objects. */
function samePlace(a: PageMatch, b: PageMatch): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.entry.id === b.entry.id;
}

/**
 * Keyboard and popup navigation through the page's phrases in document order: the
 * current phrase is scrolled into view and marked with its own highlight.
 */
export function createPhraseCursor(highlighter: () => Highlighter | null) {
  const all = () => highlighter()?.matches() ?? [];
  const paint = (layer: HighlightLayer, match: PageMatch | null) => highlighter()?.setLayer(layer, match ? [match] : []);
  let current: PageMatch | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const indexOfCurrent = (all: PageMatch[]) => (current ? all.findIndex((m) => samePlace(m, current!)) : -1);

  const moveTo = (match: PageMatch) => {
    current = match;
    paint('current', match);
    scrollTo(match);
  };

  const flash = (match: PageMatch) => {
    moveTo(match);
    paint('flash', match);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => paint('flash', null), FLASH_MS);
    return true;
  };

  return {
    /** Step to the next or previous phrase, wrapping around; returns its position. */
    step(direction: 'next' | 'prev'): { index: number; total: number } {
      const matches = all();
      if (matches.length === 0) return { index: -1, total: 0 };
      const at = indexOfCurrent(matches);
      const index = direction === 'next' ? (at + 1) % matches.length : (at <= 0 ? matches.length : at) - 1;
      moveTo(matches[index]!);
      return { index, total: matches.length };
    },
    /** Scroll to the next occurrence of an entry (or a match `alsoAt` accepts) after the current phrase, and flash it. */
    reveal(entryId: string, alsoAt: (m: PageMatch) => boolean = () => false): boolean {
      const matches = all();
      const at = indexOfCurrent(matches);
      const wanted = (m: PageMatch) => m.entry.id === entryId || alsoAt(m);
      const next = matches.find((m, i) => i > at && wanted(m)) ?? matches.find(wanted);
      return next ? flash(next) : false;
    },
    /** Scroll to the phrase at a position in document order (the side panel's density strip) and flash it. */
    revealAt(order: number): boolean {
      const match = all()[order];
      return match ? flash(match) : false;
    },
    /** The current phrase, if it is still on the page. */
    current(): PageMatch | null {
      if (!current) return null;
      return all().find((m) => samePlace(m, current!)) ?? null;
    },
    /** The user opened a phrase's card by a click: "next" goes on from there (its old mark is dropped). */
    follow(match: PageMatch): void {
      if (current && samePlace(current, match)) return;
      current = match;
      paint('current', null);
    },
    /** Remove the cursor's highlights. */
    clear(): void {
      clearTimeout(flashTimer);
      paint('current', null);
      paint('flash', null);
      current = null;
    },
  };
}
