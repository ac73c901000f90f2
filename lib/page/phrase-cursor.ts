import type { Highlighter, PageMatch } from '../highlighter/types';

/** Names of the two highlights the cursor paints on top of the kind highlights. */
const CURRENT_HIGHLIGHT = 'tifa-current';
const FLASH_HIGHLIGHT = 'tifa-flash';
const FLASH_MS = 1200;

/** A StaticRange for a match (live Ranges would tax every later DOM change). */
function staticRange(m: PageMatch): StaticRange {
  return new StaticRange({ startContainer: m.startContainer, startOffset: m.startOffset, endContainer: m.endContainer, endOffset: m.endOffset });
}

function paint(name: string, match: PageMatch | null): void {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  if (!registry) return;
  if (!match) return void registry.delete(name);
  const highlight = new Highlight(staticRange(match));
  highlight.priority = 10;
  registry.set(name, highlight);
}

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
  let current: PageMatch | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const indexOfCurrent = (all: PageMatch[]) => (current ? all.findIndex((m) => samePlace(m, current!)) : -1);

  const moveTo = (match: PageMatch) => {
    current = match;
    paint(CURRENT_HIGHLIGHT, match);
    scrollTo(match);
  };

  const flash = (match: PageMatch) => {
    moveTo(match);
    paint(FLASH_HIGHLIGHT, match);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => paint(FLASH_HIGHLIGHT, null), FLASH_MS);
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
      paint(CURRENT_HIGHLIGHT, null);
    },
    /** Remove the cursor's highlights. */
    clear(): void {
      clearTimeout(flashTimer);
      paint(CURRENT_HIGHLIGHT, null);
      paint(FLASH_HIGHLIGHT, null);
      current = null;
    },
  };
}

/** The cursor's highlight styles: an outline-like underline that shows over any kind colour. */
export const CURSOR_SHEET_TEXT =
  `::highlight(${CURRENT_HIGHLIGHT}){background-color:#1f6feb;color:#ffffff}` +
  `::highlight(${FLASH_HIGHLIGHT}){background-color:#ff7b00;color:#ffffff}`;
