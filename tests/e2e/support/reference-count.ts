/**
 * How many matches the highlighter finds on a fixture page when it runs outside any
 * browser (happy-dom in Node): the e2e tests check Chromium paints exactly as many.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { DictionaryArtifact } from '../../../lib/dictionary/types';
import { toMatcherPatterns } from '../../../lib/dictionary/patterns';
import { buildMatcher } from '../../../lib/matcher';
import { createHighlighter } from '../../../lib/highlighter/highlighter';
import type { PageStats } from '../../../lib/highlighter/types';
import { PAGES_DIR } from './paths';

/** The dictionary the built extension carries. */
export function loadDictionary(): DictionaryArtifact {
  return JSON.parse(readFileSync(new URL('../../../seeds/dictionary.json', import.meta.url), 'utf8')) as DictionaryArtifact;
}

/** Totals for a fixture page, computed in Node with the same dictionary. */
export async function referenceStats(page: string): Promise<PageStats> {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(readFileSync(join(PAGES_DIR, page), 'utf8'));
    const dictionary = loadDictionary();
    const h = createHighlighter({
      document: window.document as unknown as Document,
      matcher: buildMatcher(toMatcherPatterns(dictionary.entries)),
      entries: dictionary.entries,
      host: { setTimeout: (fn, ms) => window.setTimeout(fn, ms) as unknown as number, isValid: true },
      highlightApi: null,
      paint: 'marks',
    });
    let last = -1;
    h.start();
    // Done once the count stops moving between two polls.
    for (let i = 0; i < 200 && (i < 3 || h.stats().matches !== last); i++) {
      last = h.stats().matches;
      await new Promise((r) => setTimeout(r, 50));
    }
    const stats = h.stats();
    h.stop();
    return stats;
  } finally {
    await window.happyDOM.close();
  }
}
