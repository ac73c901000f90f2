/**
 * The content script's start-up: dictionary → matcher → highlighter, tied to WXT's context
 * so that everything stops and the page is restored when the extension goes away.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DictionaryArtifact } from '../dictionary/types';
import { toMatcherPatterns } from '../dictionary/patterns';
import { buildMatcher } from '../matcher';
import { createHighlighter } from './highlighter';
import { profilerFor } from './profile';
import type { Highlighter } from './types';

/**
 * Start highlighting this frame's document. Returns the highlighter (the card wires its
 * clicks to `matchAt`), or null when the page is not one we can read. Never throws into
 * the page: a failure here leaves the page as it was.
 */
export function startPageHighlighting(ctx: ContentScriptContext, dictionary: DictionaryArtifact): Highlighter | null {
  try {
    if (ctx.isInvalid || document.designMode === 'on' || !document.documentElement) return null;
    const profiler = profilerFor(location);
    profiler.mark('script');
    const matcher = buildMatcher(toMatcherPatterns(dictionary.entries));
    profiler.mark('matcher');
    const highlighter = createHighlighter({ document, matcher, entries: dictionary.entries, host: ctx, profiler });
    ctx.onInvalidated(() => highlighter.stop());
    // An SPA swaps content and history together; the observer sees the swap, and a full
    // reread afterwards catches whatever the batching missed.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => highlighter.refresh(), 300));
    highlighter.start();
    return highlighter;
  } catch {
    return null;
  }
}
