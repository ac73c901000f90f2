/**
 * Shared pieces for the highlighter's DOM unit tests: a small dictionary, a stand-in for
 * the CSS Highlight API (happy-dom has none), and helpers to read blocks and wait.
 */
import { vi } from 'vitest';
import type { DictionaryEntry } from '../../../lib/dictionary/types';
import { toMatcherPatterns } from '../../../lib/dictionary/patterns';
import { buildMatcher } from '../../../lib/matcher';
import type { Block, Container } from '../../../lib/highlighter/block';
import { BlockWalker, type WalkHooks } from '../../../lib/highlighter/block-walker';
import { createHighlighter, type HighlighterOptions } from '../../../lib/highlighter/highlighter';
import type { HighlightApi } from '../../../lib/highlighter/highlight-api-painter';
import type { Highlighter } from '../../../lib/highlighter/types';

const entry = (id: string, text: string, kind: DictionaryEntry['kind'], variants: string[] = []): DictionaryEntry => ({
  id, text, kind, variants, score: 0.9, occurrences: 1, families: 1,
});

/** A dictionary small enough to reason about, one entry per kind. */
export const ENTRIES: DictionaryEntry[] = [
  entry('slogan', '不忘初心、牢记使命', 'slogan', ['不忘初心牢记使命']),
  entry('bundle', '高度重视', 'bundle'),
  entry('numbered', '四个意识', 'numbered'),
  entry('formula', '两个维护', 'formula'),
  { ...entry('frame', '以…为指引', 'frame'), frame: { parts: ['以', '为指引'], maxGap: 20 } },
  entry('ritual', '同志们', 'ritual'),
];

/** The real matcher over ENTRIES. */
export const matcher = buildMatcher(toMatcherPatterns(ENTRIES));

/** A stand-in registry and Highlight that behave like the browser's sets and maps. */
export function fakeHighlightApi(): HighlightApi & { registry: Map<string, Set<AbstractRange>> } {
  const registry = new Map<string, Set<AbstractRange>>();
  return {
    registry: registry as unknown as HighlightApi['registry'] & Map<string, Set<AbstractRange>>,
    createHighlight: () => new Set<AbstractRange>() as unknown as Highlight,
    createRange: (r) => ({ ...r, collapsed: false }) as unknown as AbstractRange,
  };
}

/** Timers through the test window; always valid. */
export const host = { setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms) as unknown as number, isValid: true };

/** A started highlighter on `document` with the fake API (or the mark fallback). */
export function startHighlighter(options: Partial<HighlighterOptions> = {}): Highlighter {
  const h = createHighlighter({
    document, matcher, entries: ENTRIES, host, highlightApi: fakeHighlightApi(), ...options,
  });
  h.start();
  return h;
}

/** Wait until the highlighter has read the page and reports `n` matches. */
export async function untilMatches(h: Highlighter, n: number): Promise<void> {
  await vi.waitFor(() => {
    if (h.stats().matches !== n) throw new Error(`${h.stats().matches} matches, waiting for ${n}`);
  }, { timeout: 3000, interval: 10 });
}

/** The blocks a full walk of `root` produces, as texts with their containers. */
export function readBlocks(root: Container, deadline = Infinity): { text: string; container: Container; nodes: Text[]; starts: Int32Array }[] {
  const out: { text: string; container: Container; nodes: Text[]; starts: Int32Array }[] = [];
  const hooks: WalkHooks = {
    enterContainer() {},
    block: (container, walked, text) => {
      const nodes = walked.slice();
      const starts = Int32Array.from([0, ...nodes.map((n) => n.length)]);
      for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
      out.push({ container, nodes, starts, text });
    },
    shadowRoot() {},
    isClean: () => false,
    markClean() {},
  };
  const walker = new BlockWalker(root, hooks, false);
  while (!walker.step(deadline)) { /* resume until done */ }
  return out;
}

/** Texts of the non-blank blocks under `root`. */
export function blockTexts(root: Container): string[] {
  return readBlocks(root).map((b) => b.text).filter((t) => t.trim() !== '');
}

/**
 * Build a block by hand for offset-map tests: the given node texts under a <p>. `pieces`
 * ([start, end, match] in order) stands for what a block with frames paints.
 */
export function handBlock(parts: string[], matches: Array<[number, number]>, pieces?: Array<[number, number, number]>): Block {
  const p = document.createElement('p');
  const nodes = parts.map((t) => p.appendChild(document.createTextNode(t)));
  const starts = new Int32Array(parts.length + 1);
  parts.forEach((t, i) => (starts[i + 1] = starts[i]! + t.length));
  return {
    container: p, nodes, starts, text: parts.join(''), count: matches.length,
    matchStarts: Int32Array.from(matches.map((m) => m[0])),
    matchEnds: Int32Array.from(matches.map((m) => m[1])),
    matchEntries: new Int32Array(matches.length),
    pieces: pieces
      ? { count: pieces.length, starts: Int32Array.from(pieces, (x) => x[0]), ends: Int32Array.from(pieces, (x) => x[1]), match: Int32Array.from(pieces, (x) => x[2]) }
      : null,
    painted: null, alive: true,
  };
}

/** The text with inline tags (<b>, <a>, <span>) around pieces cut at the given points. */
export function splitIntoTags(text: string, cuts: number[]): string {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const tags = ['b', 'a', 'span', 'em'];
  let html = '';
  let at = 0;
  points.forEach((p, i) => {
    const piece = text.slice(at, p);
    const tag = tags[i % tags.length]!;
    html += i % 2 === 0 ? piece : `<${tag}>${piece}</${tag}>`;
    at = p;
  });
  return html + text.slice(at);
}

/** Every node under `root` in document order, to compare the DOM's structure and node identity before and after. */
export function nodesUnder(root: Node): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}
