/**
 * Find a note's quote again on a page whose text may have changed since. Pure: the card
 * gives the page's text as one string (the highlighter's text walk) and gets back offsets.
 * Order, as Hypothesis does it (its match-quote): the stored position if the quote is still
 * there in its context, else the exact quote with the best-matching context, else an
 * approximate quote. Context is compared approximately too, so one edit next to the quote
 * costs that side one character, not all of it. Null means orphaned: the note is kept and
 * listed as such, never dropped.
 */
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './types';

/** The selectors a note stores for its occurrence. */
export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Where the quote is now, and how it was found. */
export interface AnchorMatch {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
  /** Edits needed for a fuzzy match; 0 otherwise. */
  errors: number;
}

/** Most edits a fuzzy match may need: a quarter of the quote, at most 32; none for quotes under 4 characters. */
export function allowedErrors(quoteLength: number): number {
  return Math.min(32, Math.floor(quoteLength / 4));
}

/** How closely `text` matches `expected`, from 0 (nothing in common) to 1 (equal); 1 when nothing was expected. */
function similarity(text: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (text.length === 0) return 0;
  const best = search(text, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/** How well the text around [start, end) matches the stored prefix and suffix, from 0 to 1. */
export function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const prefix = similarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
  const suffix = similarity(text.slice(end, end + quote.suffix.length), quote.suffix);
  return (prefix + suffix) / 2;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function pickBest(text: string, candidates: readonly Candidate[], selectors: AnchorSelectors): Candidate | undefined {
  const hint = selectors.position?.start ?? 0;
  let best: Candidate | undefined;
  let bestKey: [number, number, number] = [Infinity, -Infinity, Infinity];
  for (const c of candidates) {
    const key: [number, number, number] = [c.errors, contextScore(text, c.start, c.end, selectors.quote), Math.abs(c.start - hint)];
    const better = key[0] < bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])));
    if (better) {
      best = c;
      bestKey = key;
    }
  }
  return best;
}

/** At most this many approximate candidates are weighed by context (the fewest edits first). */
const MAX_FUZZY_CANDIDATES = 50;

/** Re-anchor a note's quote in `text`; null when it cannot be found (orphaned). */
export function anchorQuote(text: string, selectors: AnchorSelectors): AnchorMatch | null {
  const { exact } = selectors.quote;
  if (!exact) return null;
  const position = selectors.position;
  if (position && text.slice(position.start, position.end) === exact && contextScore(text, position.start, position.end, selectors.quote) === 1) {
    return { start: position.start, end: position.end, method: 'position', errors: 0 };
  }
  const exactHits: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) exactHits.push({ start: i, end: i + exact.length, errors: 0 });
  const hit = pickBest(text, exactHits, selectors);
  if (hit) return { ...hit, method: position?.start === hit.start ? 'position' : 'quote' };
  const k = allowedErrors(exact.length);
  if (k === 0) return null;
  const matches = search(text, exact, k);
  const fewest = Math.min(...matches.map((m) => m.errors));
  const fuzzy = matches.filter((m) => m.errors === fewest).slice(0, MAX_FUZZY_CANDIDATES);
  const near = pickBest(text, fuzzy, selectors);
  return near ? { ...near, method: 'fuzzy' } : null;
}
