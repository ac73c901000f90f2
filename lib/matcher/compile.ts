/**
 * Patterns → automaton + frames. Both `buildMatcher` and the build-time serialiser go through
 * here, so a serialised automaton is exactly the one the page would have built.
 */
import { buildAutomaton, type Automaton } from './automaton';
import type { FrameSet } from './frame-set';
import { FrameGroups } from './frame-groups';
import { normalizePhrase } from './normalize';
import type { MatcherPattern } from './types';

/** Distinct normalised keys, with the entry each reports and the frame anchors on it. */
function collectKeys(patterns: readonly MatcherPattern[]) {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const patternOf: number[] = [];
  const anchorOf: number[] = [];
  const keyOf = (k: string): number => {
    let i = index.get(k);
    if (i === undefined) {
      i = keys.push(k) - 1;
      index.set(k, i);
      patternOf.push(-1);
      anchorOf.push(-1);
    }
    return i;
  };
  const frameGroups = new FrameGroups();
  for (const p of patterns) {
    for (const form of p.forms) {
      const k = normalizePhrase(form);
      if (k.length === 0) continue;
      const i = keyOf(k);
      if (patternOf[i]! < 0) patternOf[i] = p.entry; // same normalised form: first entry wins
    }
    const g = frameGroups.add(p);
    if (g) anchorOf[keyOf(g.anchor)] = g.group; // one group per anchor key
  }
  return { keys, patternOf, anchorOf, frameGroups };
}

/** The automaton over every form and frame anchor of `patterns`, and the frames to verify. */
export function compilePatterns(patterns: readonly MatcherPattern[]): { automaton: Automaton; frameSet: FrameSet | null } {
  const { keys, patternOf, anchorOf, frameGroups } = collectKeys(patterns);
  return { automaton: buildAutomaton(keys, patternOf, anchorOf), frameSet: frameGroups.toFrameSet() };
}
