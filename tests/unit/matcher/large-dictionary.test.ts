import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/matcher';
import type { MatcherPattern } from '../../../lib/matcher/types';
import { referenceScan } from './reference';

/** Deterministic PRNG, so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Thousands of phrases over a few hundred CJK chars: a dense trie that makes the double-array
// layout probe, skip holes and grow, which the small property-test dictionaries never do.
describe('a dictionary of 5,000 phrases', () => {
  const rnd = random(2024);
  const alphabet = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i * 7));
  const pick = () => alphabet[Math.floor(rnd() ** 2 * alphabet.length)]!; // skewed, like real text
  const phrase = () => Array.from({ length: 2 + Math.floor(rnd() * 7) }, pick).join('');
  const phrases = Array.from({ length: 5000 }, phrase);
  const patterns: MatcherPattern[] = phrases.map((p, entry) => ({ entry, forms: [p] }));
  patterns.push({ entry: 5000, forms: [], frame: { parts: [phrases[0]!, phrases[1]!], maxGap: 30 } });
  const parts: string[] = [];
  for (let i = 0; i < 4000; i++) parts.push(rnd() < 0.3 ? phrases[Math.floor(rnd() * 300)]! : pick());
  const text = parts.join('');

  it('finds the same matches as the brute-force reference', () => {
    const found = buildMatcher(patterns).scan(text);
    expect(found.length).toBeGreaterThan(500);
    expect(found).toEqual(referenceScan(text, patterns));
  });

  it('finds the same matches one paragraph at a time with one reused matcher', () => {
    const m = buildMatcher(patterns);
    for (let i = 0; i < text.length; i += 700) {
      const para = text.slice(i, i + 700);
      expect(m.scan(para)).toEqual(referenceScan(para, patterns));
    }
  });
});
