/**
 * The matcher: normalise, run the automaton and the frames, map offsets back. Pure code:
 * the same module runs in the content script, the CLI scanner, the build and the bench.
 */
import { compilePatterns } from './compile';
import { matcherOver } from './matcher';
import type { Matcher, MatcherPattern } from './types';

export type { Match, Matcher, MatcherPattern } from './types';
export { normalizePhrase, normalizeText } from './normalize';
export { loadMatcher, loadShippedMatcher } from './load';
export { serializeMatcher } from './serialize';
export { decodeMatcherAsset, encodeMatcherAsset } from './asset';

/**
 * Compile the dictionary's patterns. The matcher bench (scripts/bench/matcher-node.ts, Node 20)
 * puts the built dictionary at a few ms warm, but the content script's first build is a cold-JIT
 * ~50 ms task in Chromium, so the dictionary build serialises the automaton
 * (`serializeMatcher`) and the page loads it (`loadMatcher`); this is the fallback for any
 * other pattern list (settings that hide entries, personal phrases).
 */
export function buildMatcher(patterns: readonly MatcherPattern[]): Matcher {
  const { automaton, frameSet } = compilePatterns(patterns);
  return matcherOver(automaton, frameSet);
}
