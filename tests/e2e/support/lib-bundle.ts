/**
 * The highlighter library bundled for a page's own world, so e2e tests can drive it
 * directly in real Chromium (and Firefox): stop() and the `<tifa-mark>` fallback, with the
 * keyboard cursor on top, which the shipped content script never exposes to the page.
 * Bundled with esbuild (WXT's own bundler dep).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const ENTRY = `
import dictionary from './seeds/dictionary.json';
import { toMatcherPatterns } from './lib/dictionary/patterns';
import { buildMatcher } from './lib/matcher';
import { createHighlighter } from './lib/highlighter/highlighter';
import { caretFromPoint } from './lib/highlighter/caret';
import { createPhraseCursor } from './lib/page/phrase-cursor';
const matcher = buildMatcher(toMatcherPatterns(dictionary.entries));
const host = { setTimeout: (fn, ms) => window.setTimeout(fn, ms), isValid: true };
window.tifaLib = {
  caretFromPoint,
  create: (options = {}) => createHighlighter({ document, matcher, entries: dictionary.entries, host, ...options }),
  cursor: (highlighter) => createPhraseCursor(() => highlighter),
};
`;

let cached: string | null = null;

/** The bundle's source: defines `window.tifaLib = { create(options), cursor(highlighter), caretFromPoint }`. */
export async function highlighterBundle(): Promise<string> {
  if (cached) return cached;
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'tifa-lib-entry.ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  cached = result.outputFiles[0]!.text;
  return cached;
}
