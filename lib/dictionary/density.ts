/**
 * How much of a text is stock language: the share of its characters inside matched
 * phrases. For a frame only the fixed parts count; the gap is the page's own content.
 */
import type { Match } from '../matcher/types';

/** Characters of `matches` that are stock: whole phrases, frames without their gaps. */
export function stockCharCount(matches: readonly Match[]): number {
  let total = 0;
  for (const m of matches) {
    total += m.end - m.start;
    for (const [s, e] of m.slots ?? []) total -= e - s;
  }
  return total;
}

/** Characters that count towards density: everything but whitespace. */
export function countableChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) n++;
  return n;
}
