/**
 * Find a note's quote again on a page whose text may have changed since. Pure: the card
 * gives the page's text as one string (the highlighter's text walk) and gets back offsets.
 * Order, as Hypothesis does it: the stored position if the quote is still there in its
 * context, else the exact quote with the best-matching context, else an approximate
 * quote. Null means orphaned: the note is kept and listed as such, never dropped.
 */
import type { TextPositionSelector, TextQuoteSelector } from './types';
import { approximateStart, bestApproximateEnds } from './fuzzy-match';

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

/** How well the text around [start, end) matches the stored prefix and suffix, from 0 to 1. */
export function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  let before = 0;
  while (before < quote.prefix.length && text[start - 1 - before] === quote.prefix[quote.prefix.length - 1 - before]) before++;
  let after = 0;
  while (after < quote.suffix.length && text[end + after] === quote.suffix[after]) after++;
  const prefixScore = quote.prefix.length ? before / quote.prefix.length : 1;
  const suffixScore = quote.suffix.length ? after / quote.suffix.length : 1;
  return (prefixScore + suffixScore) / 2;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function pickBest(text: string, candidates: Candidate[], selectors: AnchorSelectors): Candidate | undefined {
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
  const fuzzy = bestApproximateEnds(text, exact, k).map(({ end, errors }) => ({
    start: approximateStart(text, exact, end, k),
    end,
    errors,
  }));
  const near = pickBest(text, fuzzy, selectors);
  return near ? { ...near, method: 'fuzzy' } : null;
}
