/**
 * The highlighter's public surface for the content script and its card: create a
 * highlighter, find the match under a click, and the colour table the legend reuses.
 */
export type { Highlighter, PageMatch, PageStats } from './types';
export { createHighlighter, type HighlighterOptions } from './highlighter';
export { caretFromPoint, type Caret } from './caret';
export { KIND_STYLES, highlightName, type KindStyle } from './kind-styles';
export { profilerFor, type Profiler } from './profile';
export { startPageHighlighting } from './start';
