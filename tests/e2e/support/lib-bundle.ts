/**
 * The highlighter library bundled for a page's own world, so e2e tests can drive it
 * directly in real Chromium: stop() and the `<tifa-mark>` fallback, which the shipped
 * content script never exposes to the page. Bundled with esbuild (WXT's own bundler dep).
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
const matcher = buildMatcher(toMatcherPatterns(dictionary.entries));
const host = { setTimeout: (fn, ms) => window.setTimeout(fn, ms), isValid: true };
window.tifaLib = {
  caretFromPoint,
  create: (options = {}) => createHighlighter({ document, matcher, entries: dictionary.entries, host, ...options }),
};
`;

let cached: string | null = null;

/** The bundle's source: defines `window.tifaLib = { create(options), caretFromPoint }`. */
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
