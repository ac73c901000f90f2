/**
 * How a frame could get its matcher, side by side in Node for the committed and the large
 * dictionary: inlined in content.js as JSON (what the extension did before), the binary asset
 * it fetches now, or building the automaton in the page from the entries. Bytes are what each
 * adds to the content script or to the fetched file; ms are the page-side decode or build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readShippedAsset, shippedAssetBytes } from '../../lib/dictionary/shipped';
import { toMatcherPatterns } from '../../lib/dictionary/patterns';
import type { DictionaryArtifact } from '../../lib/dictionary/types';
import { buildMatcher, loadMatcher, loadShippedMatcher, serializeMatcher } from '../../lib/matcher';
import { largeDictionary } from './large-dictionary';
import { median } from './median';

/** One way to load, for one dictionary. */
export interface LoadOptionRow {
  dictionary: string;
  option: string;
  inContentJsKB: number;
  fetchedKB: number;
  loadMs: number;
}

function timed(fn: () => unknown, runs = 5): number {
  return median(Array.from({ length: runs }, () => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  }));
}

function optionsFor(name: string, d: DictionaryArtifact): LoadOptionRow[] {
  const dictionaryText = JSON.stringify(d);
  const automatonText = JSON.stringify(serializeMatcher(toMatcherPatterns(d.entries)));
  const asset = shippedAssetBytes(d);
  const inline = () => {
    const dict = JSON.parse(dictionaryText) as DictionaryArtifact;
    return loadMatcher(JSON.parse(automatonText), toMatcherPatterns(dict.entries));
  };
  const fetched = () => {
    const s = readShippedAsset(asset.slice().buffer as ArrayBuffer)!;
    return loadShippedMatcher(s.automaton, toMatcherPatterns(s.dictionary.entries, true)); // as the page: frames only
  };
  const build = () => buildMatcher(toMatcherPatterns((JSON.parse(dictionaryText) as DictionaryArtifact).entries));
  const kb = (n: number) => n / 1024;
  return [
    { dictionary: name, option: 'inlined JSON dictionary + automaton text, fingerprint checked (before)', inContentJsKB: kb(dictionaryText.length + automatonText.length), fetchedKB: 0, loadMs: timed(inline) },
    { dictionary: name, option: 'binary asset, gzipped, fetched by frames with Han text, entries made on use (now)', inContentJsKB: 0, fetchedKB: kb(gzipSync(asset, { level: 9 }).length), loadMs: timed(fetched) },
    { dictionary: name, option: 'inlined JSON dictionary, automaton built in the page', inContentJsKB: kb(dictionaryText.length), fetchedKB: 0, loadMs: timed(build, 3) },
  ];
}

/** Every option for the committed dictionary and the large synthetic one. */
export function runLoadOptions(root = process.cwd()): LoadOptionRow[] {
  const committed = JSON.parse(readFileSync(join(root, 'seeds/dictionary.json'), 'utf8')) as DictionaryArtifact;
  const large = largeDictionary(root);
  return [...optionsFor(`committed (${committed.entries.length})`, committed), ...optionsFor(`synthetic (${large.entries.length})`, large)];
}

/** The comparison as a Markdown table. */
export function printLoadOptions(rows: LoadOptionRow[]): void {
  console.log('| dictionary | option | adds to content.js, KB | fetched, KB | decode or build in Node 20, ms (median; inflating not included) |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.dictionary} | ${r.option} | ${r.inContentJsKB.toFixed(0)} | ${r.fetchedKB.toFixed(0)} | ${r.loadMs.toFixed(1)} |`);
  console.log('\n- Not measured: matching in the background or an offscreen document with block texts sent over (not built).');
}
