/**
 * A fingerprint of a pattern list, so a serialised automaton is only ever loaded for the
 * patterns it was built from. Pure and synchronous (no SubtleCrypto): it runs in the page
 * at start-up, on every load.
 */
import type { MatcherPattern } from './types';

/** cyrb53's two 32-bit lanes (bryc, public domain), both kept: a 64-bit hex digest. */
function hash64(s: string): string {
  let h1 = 0xdeadbeef ^ s.length;
  let h2 = 0x41c6ce57 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * Count, canonical length and hash of everything the build reads from `patterns` (numbers
 * as strings, so NaN and Infinity stay distinct from each other and from null).
 */
export function patternsFingerprint(patterns: readonly MatcherPattern[]): string {
  const canonical = JSON.stringify(
    patterns.map((p) => [
      String(p.entry),
      p.forms,
      p.frame ? [p.frame.parts, String(p.frame.maxGap), p.frame.crossSentences === true] : 0,
    ]),
  );
  return `${patterns.length}-${canonical.length}-${hash64(canonical)}`;
}
