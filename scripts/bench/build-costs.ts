/**
 * Bench: the dictionary build on the seeds and on the seeds repeated 50 times (it should
 * grow about linearly), the matcher rebuild a personal-phrase change costs, and the size of
 * the content script (code only: the dictionary ships as the matcher asset) and of the asset.
 */
import { readFileSync, statSync } from 'node:fs';
import { buildDictionary, readBuildInputs } from '../../lib/dictionary/build';
import { toMatcherPatterns } from '../../lib/dictionary/patterns';
import type { DictionaryArtifact, DictionaryEntry } from '../../lib/dictionary/types';
import { buildMatcher } from '../../lib/matcher';
import { SHIPPED_ASSET } from '../../lib/dictionary/shipped';
import { median } from './median';

/** One line of the build-cost table. */
export interface CostRow {
  name: string;
  value: string;
  goal: string;
}

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}


/** Measure the build costs (see the file comment). */
export function runBuildCosts(): CostRow[] {
  const inputs = readBuildInputs(process.cwd());
  timed(() => buildDictionary(inputs.seedText, { everydayTexts: inputs.everydayTexts })); // jieba warm-up
  const once = median([0, 1, 2].map(() => timed(() => buildDictionary(inputs.seedText, { everydayTexts: inputs.everydayTexts }))));
  const fifty = Array.from({ length: 50 }, () => inputs.seedText).join('\n');
  const fiftyMs = timed(() => buildDictionary(fifty, { everydayTexts: inputs.everydayTexts }));
  const dictionary = JSON.parse(readFileSync('seeds/dictionary.json', 'utf8')) as DictionaryArtifact;
  const personal: DictionaryEntry[] = Array.from({ length: 50 }, (_, i) => ({
    id: `p-${i}`, text: `自定义提法${i}号`, kind: 'slogan', variants: [], score: 1, occurrences: 0, families: 0,
  }));
  const patterns = toMatcherPatterns([...dictionary.entries, ...personal]);
  buildMatcher(patterns);
  const rebuild = median(Array.from({ length: 9 }, () => timed(() => buildMatcher(patterns))));
  const content = statSync('.output/chrome-mv3/content-scripts/content.js').size;
  const asset = statSync(`.output/chrome-mv3/${SHIPPED_ASSET}`).size;
  return [
    { name: 'build:dict on the seeds (warm jieba)', value: `${once.toFixed(0)} ms`, goal: 'a few seconds' },
    { name: 'build:dict on the seeds ×50', value: `${(fiftyMs / 1000).toFixed(1)} s (${(fiftyMs / once).toFixed(0)}× the seeds)`, goal: '≈ linear (≈50×)' },
    { name: `matcher rebuild, ${dictionary.entries.length} entries + 50 personal phrases`, value: `${rebuild.toFixed(1)} ms`, goal: 'per settings change, not per keystroke' },
    { name: 'content.js, minified, whole file', value: `${(content / 1024).toFixed(1)} KB`, goal: '≤ 150 KB' },
    { name: `${SHIPPED_ASSET} (fetched only by frames with Han text)`, value: `${(asset / 1024).toFixed(1)} KB`, goal: '' },
  ];
}
