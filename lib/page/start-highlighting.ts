/**
 * The content script's start-up: dictionary entries → matcher → highlighter, tied to WXT's
 * context so that everything stops and the page is restored when the extension goes away.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DictionaryEntry } from '../dictionary/types';
import { toMatcherPatterns } from '../dictionary/patterns';
import { buildMatcher, loadShippedMatcher, type Matcher } from '../matcher';
import type { Automaton } from '../matcher/automaton';
import { baseEntries } from '../dictionary/lazy-entries';
import { createHighlighter } from '../highlighter/highlighter';
import type { HighlightTheme } from '../highlighter/kind-styles';
import { profilerFor } from '../highlighter/profile';
import type { Highlighter } from '../highlighter/types';

/**
 * The shipped dictionary's entries and the automaton serialised for them, both from the one
 * asset (lib/dictionary/shipped.ts), so the automaton is known to be theirs.
 */
export interface PrebuiltMatcher {
  entries: readonly DictionaryEntry[];
  automaton?: Automaton;
}

/** The same dictionary entries; entries appended to a lazy list (the page-time patterns) do not count. */
function sameEntries(a: readonly DictionaryEntry[], b: readonly DictionaryEntry[]): boolean {
  if (a === b || baseEntries(a) === b) return true;
  const own = a.filter((e) => !e.id.startsWith('pattern:'));
  return own.length === b.length && own.every((e, i) => e.id === b[i]!.id);
}

/**
 * Load the prebuilt automaton when `entries` are the dictionary's own (the default settings),
 * else build: loading skips a cold build that is one > 50 ms task.
 */
function matcherFor(entries: readonly DictionaryEntry[], prebuilt?: PrebuiltMatcher): Matcher {
  if (prebuilt?.automaton !== undefined && sameEntries(entries, prebuilt.entries)) {
    return loadShippedMatcher(prebuilt.automaton, toMatcherPatterns(entries, true));
  }
  return buildMatcher(toMatcherPatterns(entries));
}

/**
 * Start highlighting this frame's document with the given entries. Returns the
 * highlighter (the card wires its clicks to `matchAt`), or null when the page is not one
 * we can read. Never throws into the page: a failure here leaves the page as it was.
 */
export function startPageHighlighting(
  ctx: ContentScriptContext,
  entries: readonly DictionaryEntry[],
  theme?: HighlightTheme,
  prebuilt?: PrebuiltMatcher,
): Highlighter | null {
  try {
    if (ctx.isInvalid || document.designMode === 'on' || !document.documentElement) return null;
    const profiler = profilerFor(location);
    profiler.mark('script');
    const matcher = matcherFor(entries, prebuilt);
    profiler.mark('matcher');
    const highlighter = createHighlighter({ document, matcher, entries, host: ctx, profiler, theme });
    ctx.onInvalidated(() => highlighter.stop());
    highlighter.start();
    return highlighter;
  } catch {
    return null;
  }
}
