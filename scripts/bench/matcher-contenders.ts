/**
 * The matchers the bench compares, behind one shape: build from the dictionary, then count
 * leftmost-longest, non-overlapping matches. Ours scans the raw text (normalisation is part
 * of its cost); the others get the pre-normalised text and phrases, so counts are comparable.
 */
import { AhoCorasick as MonyoneFast } from '@monyone/aho-corasick/fast';
import { AhoCorasick as MonyoneGreedy } from '@monyone/aho-corasick/greedy';
import ModernAhoCorasick from 'modern-ahocorasick';
import ModernFast from 'modern-ahocorasick/fast';
import { buildMatcher } from '../../lib/matcher';
import type { MatcherPattern } from '../../lib/matcher/types';

/** One matcher under test. `count` returns the number of leftmost-longest matches. */
export interface Contender {
  name: string;
  /** Throughput below ~2 Mchar/s: the bench limits its runs on big texts. */
  slow?: boolean;
  build(keys: string[], patterns: MatcherPattern[]): unknown;
  count(built: unknown, raw: string, normalized: string): number;
}

/** Greedy leftmost-longest selection over all (overlapping) hits, for all-matches libraries. */
function leftmostLongest(hits: Array<{ begin: number; end: number }>): number {
  hits.sort((a, b) => a.begin - b.begin || b.end - a.end);
  let last = 0;
  let n = 0;
  for (const h of hits) {
    if (h.begin < last) continue;
    n++;
    last = h.end;
  }
  return n;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** All contenders, ours first (the ratios are relative to it). */
export const CONTENDERS: Contender[] = [
  {
    name: 'ours (lib/matcher, incl. normalisation)',
    build: (_keys, patterns) => buildMatcher(patterns),
    count: (m, raw) => (m as ReturnType<typeof buildMatcher>).scanRanges(raw).count,
  },
  {
    name: '@monyone/aho-corasick/fast + greedy pick',
    build: (keys) => new MonyoneFast(keys),
    count: (m, _raw, text) => leftmostLongest((m as MonyoneFast).matchInText(text)),
  },
  {
    name: '@monyone/aho-corasick/greedy',
    build: (keys) => new MonyoneGreedy(keys),
    count: (m, _raw, text) => (m as MonyoneGreedy).matchInText(text).length,
  },
  {
    name: 'modern-ahocorasick (leftmost-longest)',
    slow: true,
    build: (keys) => new ModernAhoCorasick(keys),
    count: (m, _raw, text) => (m as ModernAhoCorasick).search(text, { strategy: 'leftmost-longest' }).length,
  },
  {
    name: 'modern-ahocorasick/fast (leftmost-longest)',
    slow: true,
    build: (keys) => new ModernFast(keys),
    count: (m, _raw, text) => (m as ModernFast).search(text, { strategy: 'leftmost-longest' }).length,
  },
  {
    name: 'RegExp alternation (longest first)',
    slow: true,
    build: (keys) => {
      const alt = [...keys].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
      const re = new RegExp(alt, 'g');
      re.test('x'); // compile now, so the build column includes it
      return re;
    },
    count: (re, _raw, text) => {
      const r = re as RegExp;
      r.lastIndex = 0;
      let n = 0;
      while (r.exec(text) !== null) n++;
      return n;
    },
  },
];
