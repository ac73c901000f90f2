/**
 * Load the build's serialised automaton instead of building one. Only for the very patterns
 * it was built from: anything else (another dictionary, the user's own phrases, an older
 * format) returns null, and the caller builds as before: a stale artifact is never used.
 */
import { frameSetOf } from './frame-groups';
import { patternsFingerprint } from './fingerprint';
import { matcherOver } from './matcher';
import type { Automaton } from './automaton';
import { decodeAutomaton, type SerializedMatcher } from './serialize';
import type { Matcher, MatcherPattern } from './types';

/**
 * A matcher for `patterns` from `serialized` (see serialize.ts and asset.ts), scanning exactly
 * as `buildMatcher(patterns)` would; null when it was built from other patterns or is not a
 * well-formed automaton of this format. Frames are recompiled (cheap).
 */
export function loadMatcher(serialized: unknown, patterns: readonly MatcherPattern[]): Matcher | null {
  if (typeof serialized !== 'object' || serialized === null) return null;
  const s = serialized as SerializedMatcher;
  if (s.fingerprint !== patternsFingerprint(patterns)) return null;
  const automaton = decodeAutomaton(s);
  return automaton ? loadShippedMatcher(automaton, patterns) : null;
}

/**
 * A matcher over an automaton that came in one file with the entries `patterns` were made
 * from (lib/dictionary/shipped.ts), so it cannot be another's: no fingerprint check, which
 * hashes every form (~5–10 ms of cold script in a page at thousands of entries). The asset's
 * staleness against the code is a unit test's job (tests/unit/dictionary). Frames are
 * recompiled from `patterns` (cheap); the automaton's arrays are shared, not copied.
 */
export function loadShippedMatcher(automaton: Automaton, patterns: readonly MatcherPattern[]): Matcher {
  return matcherOver(automaton, frameSetOf(patterns));
}
