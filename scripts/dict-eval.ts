/**
 * `npm run dict:eval [-- --dictionary file.json] [--table]`: how the dictionary does on
 * government texts it was not built from (tests/fixtures/gov-like): recall on the
 * hand-labelled stock phrases, hits on words that must stay dark, density, and every other
 * highlight, listed for review. `--dictionary` scores another artifact (a before/after
 * comparison); `--table` prints the table only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStockScanner, type DictionaryArtifact } from '../lib/dictionary';
import { DICTIONARY_FILE } from '../lib/dictionary/build/inputs';
import { readEvalSet } from '../lib/dictionary/build/eval-set';
import { evaluateCase, type CaseResult } from '../lib/dictionary/build/evaluate';

const root = process.cwd();
const args = process.argv.slice(2);
const at = args.indexOf('--dictionary');
const file = at >= 0 ? args[at + 1]! : join(root, DICTIONARY_FILE);
const dictionary = JSON.parse(readFileSync(file, 'utf8')) as DictionaryArtifact;
const scanner = createStockScanner(dictionary);
const cases = readEvalSet(root);
const results = cases.map((c) => evaluateCase(scanner, c));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

console.log(`dictionary ${dictionary.version} (${dictionary.entries.length} entries) on ${cases.length} labelled texts\n`);
console.log(`${'text'.padEnd(34)} split    recall          partly  must-not  density  matches`);
const row = (name: string, split: string, r: Pick<CaseResult, 'found' | 'partial' | 'missed' | 'density' | 'matches'>, hits: number) => {
  const n = r.found.length + r.partial.length + r.missed.length;
  const recall = `${pct(r.found.length / n).padStart(6)} (${r.found.length}/${n})`;
  console.log(`${name.padEnd(34)} ${split.padEnd(8)} ${recall.padEnd(15)} ${String(r.partial.length).padStart(6)}  ${String(hits).padStart(8)}  ${pct(r.density).padStart(7)}  ${String(r.matches).padStart(7)}`);
};
results.forEach((r, i) => row(r.name, cases[i]!.split, r, r.mustNotHits.length));
for (const split of ['dev', 'holdout', 'all'] as const) {
  const of = results.filter((_, i) => split === 'all' || cases[i]!.split === split);
  if (of.length === 0) continue;
  const sum = {
    found: of.flatMap((r) => r.found),
    partial: of.flatMap((r) => r.partial),
    missed: of.flatMap((r) => r.missed),
    density: of.reduce((s, r) => s + r.density, 0) / of.length,
    matches: of.reduce((s, r) => s + r.matches, 0),
  };
  row(`(${split}: pooled; mean density)`, '', sum, of.reduce((s, r) => s + r.mustNotHits.length, 0));
}

if (!args.includes('--table')) {
  for (const r of results) {
    console.log(`\n== ${r.name}`);
    for (const h of r.mustNotHits) console.log(`  MUST-NOT HIT ${h.label}  (by ${h.by.join(', ')})`);
    if (r.missed.length) console.log(`  missed: ${r.missed.join(' | ')}`);
    if (r.partial.length) console.log(`  partly lit: ${r.partial.join(' | ')}`);
    if (r.unlabelled.length) console.log(`  unlabelled highlights: ${r.unlabelled.map((u) => `${u.text}${u.count > 1 ? `×${u.count}` : ''}`).join(' | ')}`);
  }
}
