/**
 * Load the build's serialised automaton instead of building one. Only for the very patterns
 * it was built from: anything else (another dictionary, the user's own phrases, an older
 * format) returns null, and the caller builds as before: a stale artifact is never used.
 */
import { frameSetOf } from './frame-groups';
import { patternsFingerprint } from './fingerprint';
import { matcherOver } from './matcher';
import { decodeAutomaton, MATCHER_FORMAT, type SerializedMatcher } from './serialize';
import type { Matcher, MatcherPattern } from './types';

function parsed(serialized: unknown): unknown {
  if (typeof serialized !== 'string') return serialized;
  try {
    return JSON.parse(serialized);
  } catch {
    return null;
  }
}

/**
 * A matcher for `patterns` from `serialized` (the artifact's JSON text, or any value parsed
 * from it), scanning exactly as `buildMatcher(patterns)` would; null when it was built from
 * other patterns or is not a well-formed automaton of this format. Frames are recompiled
 * (cheap). Text is parsed here, so a caller that ends up building never pays for parsing.
 */
export function loadMatcher(serialized: unknown, patterns: readonly MatcherPattern[]): Matcher | null {
  serialized = parsed(serialized);
  if (typeof serialized !== 'object' || serialized === null) return null;
  const s = serialized as SerializedMatcher;
  if (s.format !== MATCHER_FORMAT || s.fingerprint !== patternsFingerprint(patterns)) return null;
  const automaton = decodeAutomaton(s);
  return automaton ? matcherOver(automaton, frameSetOf(patterns)) : null;
}
