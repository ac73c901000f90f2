/**
 * The content script's start-up: dictionary entries → matcher → highlighter, tied to WXT's
 * context so that everything stops and the page is restored when the extension goes away.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DictionaryEntry } from '../dictionary/types';
import { toMatcherPatterns } from '../dictionary/patterns';
import { buildMatcher } from '../matcher';
import { createHighlighter } from './highlighter';
import type { HighlightTheme } from './kind-styles';
import { profilerFor } from './profile';
import type { Highlighter } from './types';

/**
 * Start highlighting this frame's document with the given entries. Returns the
 * highlighter (the card wires its clicks to `matchAt`), or null when the page is not one
 * we can read. Never throws into the page: a failure here leaves the page as it was.
 */
export function startPageHighlighting(
  ctx: ContentScriptContext,
  entries: readonly DictionaryEntry[],
  theme?: HighlightTheme,
): Highlighter | null {
  try {
    if (ctx.isInvalid || document.designMode === 'on' || !document.documentElement) return null;
    const profiler = profilerFor(location);
    profiler.mark('script');
    const matcher = buildMatcher(toMatcherPatterns(entries));
    profiler.mark('matcher');
    const highlighter = createHighlighter({ document, matcher, entries, host: ctx, profiler, theme });
    ctx.onInvalidated(() => highlighter.stop());
    highlighter.start();
    return highlighter;
  } catch {
    return null;
  }
}
