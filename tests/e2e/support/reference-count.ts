/**
 * What the highlighter finds and paints on a fixture page when it runs outside any browser
 * (happy-dom in Node): the e2e tests check Chromium finds and paints exactly the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { DictionaryArtifact } from '../../../lib/dictionary/types';
import { toMatcherPatterns } from '../../../lib/dictionary/patterns';
import { buildMatcher } from '../../../lib/matcher';
import { withPatternEntries } from '../../../lib/dictionary/pattern-entries';
import { createHighlighter } from '../../../lib/highlighter/highlighter';
import type { HighlightApi } from '../../../lib/highlighter/highlight-api-painter';
import type { TextRange } from '../../../lib/highlighter/block';
import type { PageMatch, PageStats } from '../../../lib/highlighter/types';
import { PAGES_DIR } from './paths';
import { createTranslator } from '../../../lib/i18n/ui-strings';
import { normalizePhrase } from '../../../lib/matcher/normalize';

/** The dictionary the built extension carries. */
export function loadDictionary(): DictionaryArtifact {
  return JSON.parse(readFileSync(new URL('../../../seeds/dictionary.json', import.meta.url), 'utf8')) as DictionaryArtifact;
}

/** The kind label the card and tooltip show for `text`, from the dictionary the extension carries. */
export function kindLabel(text: string, language: 'zh' | 'en'): string {
  const entry = loadDictionary().entries.find((e) => normalizePhrase(e.text) === normalizePhrase(text));
  if (!entry) throw new Error(`${text} is not in the dictionary`);
  return createTranslator(language)(`kind_${entry.kind}`);
}

/** One painted range: its highlight name and the text it covers. */
interface ReferenceRange {
  name: string;
  text: string;
}

/** A fixture page as the highlighter sees it in Node. */
export interface ReferencePage {
  stats: PageStats;
  /** Every painted range in document order (a frame's fixed parts one by one). */
  painted: ReferenceRange[];
  /** Every match in document order, with a frame's gap texts. */
  matches: Array<Pick<PageMatch, 'text' | 'slots' | 'kind'> & { entryId: string }>;
}

/** A Highlight API stand-in that keeps what is painted, by highlight name. */
function recordingApi(): HighlightApi & { registry: Map<string, Set<TextRange>> } {
  const registry = new Map<string, Set<TextRange>>();
  return {
    registry: registry as unknown as HighlightApi['registry'] & Map<string, Set<TextRange>>,
    createHighlight: () => new Set<TextRange>() as unknown as Highlight,
    createRange: (r) => ({ ...r }) as unknown as AbstractRange,
  };
}

/** Matches, totals and painted ranges for a fixture page, computed in Node with the same dictionary. */
export async function referencePage(page: string): Promise<ReferencePage> {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(readFileSync(join(PAGES_DIR, page), 'utf8'));
    const dictionary = loadDictionary();
    const api = recordingApi();
    const h = createHighlighter({
      document: window.document as unknown as Document,
      matcher: buildMatcher(toMatcherPatterns(dictionary.entries)),
      // As the content script does: the dictionary, then the page-time pattern entries.
      entries: withPatternEntries(dictionary.entries),
      host: { setTimeout: (fn, ms) => window.setTimeout(fn, ms) as unknown as number, isValid: true },
      highlightApi: api,
    });
    let last = -1;
    h.start();
    // Done once the count stops moving between two polls.
    for (let i = 0; i < 200 && (i < 3 || h.stats().matches !== last); i++) {
      last = h.stats().matches;
      await new Promise((r) => setTimeout(r, 50));
    }
    const stats = h.stats();
    const matches = h.matches().map(({ text, slots, kind, entry }) => ({ text, slots, kind, entryId: entry.id }));
    // The Highlight API painter leaves the DOM alone, so the ranges are read before stopping.
    const ranges: Array<{ name: string; range: Range }> = [];
    for (const [name, set] of api.registry) {
      if (name === 'tifa-seam') continue; // a shade where two phrases touch, not a phrase
      for (const r of set) {
        const range = window.document.createRange() as unknown as Range;
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        ranges.push({ name, range });
      }
    }
    ranges.sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
    const painted = ranges.map(({ name, range }) => ({ name, text: range.toString() }));
    h.stop();
    return { stats, painted, matches };
  } finally {
    await window.happyDOM.close();
  }
}

/** Totals for a fixture page, computed in Node with the same dictionary. */
export async function referenceStats(page: string): Promise<PageStats> {
  return (await referencePage(page)).stats;
}
