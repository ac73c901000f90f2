/**
 * Bench: the dictionary build on the whole corpus and on the corpus ×3 (it should grow
 * about linearly; wall and CPU time, since the machine may be shared), the matcher rebuild a
 * personal-phrase change costs, and the size of the content script (the whole file) and of the
 * dictionary asset that frames with Han text fetch.
 */
import { readFileSync, statSync } from 'node:fs';
import { buildDictionary, readBuildInputs } from '../../lib/dictionary/build';
import { toMatcherPatterns } from '../../lib/dictionary/patterns';
import type { DictionaryArtifact, DictionaryEntry } from '../../lib/dictionary/types';
import { buildMatcher } from '../../lib/matcher';
import { SHIPPED_ASSET } from '../../lib/dictionary/shipped';
import { contentScriptBytes } from './content-size';
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
  const cpu = () => process.cpuUsage().user / 1000;
  const cpuOf = (fn: () => unknown) => {
    const c0 = cpu();
    const wall = timed(fn);
    return { wall, cpu: cpu() - c0 };
  };
  const once = cpuOf(() => buildDictionary(inputs));
  // Three copies of every document (as three independent families each, with new ids).
  const tripled = [0, 1, 2].flatMap((k) => inputs.documents.map((d) => ({ ...d, meta: { ...d.meta, id: `${d.meta.id}-x${k}`, family: d.meta.family * 3 + k } })));
  const thrice = cpuOf(() => buildDictionary({ ...inputs, documents: tripled }));
  const dictionary = JSON.parse(readFileSync('seeds/dictionary.json', 'utf8')) as DictionaryArtifact;
  const personal: DictionaryEntry[] = Array.from({ length: 50 }, (_, i) => ({
    id: `p-${i}`, text: `自定义提法${i}号`, kind: 'slogan', variants: [], score: 1, occurrences: 0, families: 0,
  }));
  const patterns = toMatcherPatterns([...dictionary.entries, ...personal]);
  buildMatcher(patterns);
  const rebuild = median(Array.from({ length: 9 }, () => timed(() => buildMatcher(patterns))));
  const content = contentScriptBytes('.output/chrome-mv3');
  const asset = statSync(`.output/chrome-mv3/${SHIPPED_ASSET}`).size;
  return [
    { name: `build:dict on the corpus (${inputs.documents.length} documents)`, value: `${(once.wall / 1000).toFixed(1)} s wall, ${(once.cpu / 1000).toFixed(1)} s CPU`, goal: '≤ 60 s' },
    { name: 'build:dict on the corpus ×3', value: `${(thrice.wall / 1000).toFixed(1)} s wall, ${(thrice.cpu / 1000).toFixed(1)} s CPU (${(thrice.cpu / once.cpu).toFixed(1)}× CPU)`, goal: '≈ linear (≈3×)' },
    { name: `matcher rebuild, ${dictionary.entries.length} entries + 50 personal phrases`, value: `${rebuild.toFixed(1)} ms`, goal: 'per settings change, not per keystroke' },
    { name: 'content scripts (content.js + prefetch.js), minified, whole files', value: `${(content / 1024).toFixed(1)} KB`, goal: '≤ 150 KB' },
    { name: `${SHIPPED_ASSET} (fetched only by frames with Han text)`, value: `${(asset / 1024).toFixed(1)} KB`, goal: '' },
  ];
}
