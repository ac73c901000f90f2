/**
 * The dictionary as the matcher sees it. One place turns entries into matcher patterns, so
 * the content script, the CLI scanner, the build and the bench all match the same forms.
 */
import { isPatternId } from '../matcher/patterns/types';
import type { MatcherPattern } from '../matcher/types';
import { lazyFrameIndices } from './lazy-entries';
import type { DictionaryEntry } from './types';

/** Matcher patterns for `entries`: every surface form of a phrase, or a frame (plus its
 *  traditional-script alternatives, reported under the same entry index). Page-time pattern
 *  entries (`pattern:…`) have no forms: lib/matcher/block-scan.ts detects them. `framesOnly`: the
 *  frames alone, all a serialised automaton needs besides itself (no copy of every form). */
export function toMatcherPatterns(entries: readonly DictionaryEntry[], framesOnly = false): MatcherPattern[] {
  const patterns: MatcherPattern[] = [];
  const frames = framesOnly ? lazyFrameIndices(entries) : undefined;
  const each = frames ? (fn: (e: DictionaryEntry, i: number) => void) => frames.forEach((i) => fn(entries[i]!, i)) : entries.forEach.bind(entries);
  each((e, entry) => {
    if (isPatternId(e.id)) return;
    if (!e.frame) {
      if (!framesOnly) patterns.push({ entry, forms: [e.text, ...e.variants] });
      return;
    }
    const { parts, maxGap, crossSentences, alternatives = [] } = e.frame;
    for (const p of [parts, ...alternatives]) {
      patterns.push({ entry, forms: [], frame: crossSentences ? { parts: p, maxGap, crossSentences } : { parts: p, maxGap } });
    }
  });
  return patterns;
}
