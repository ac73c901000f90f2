/**
 * Cost of the page-time patterns in Node: the detectors alone, and the whole block scan with
 * and without pattern entries, over seeds/speeches.txt one paragraph at a time (as the
 * highlighter scans blocks). Prints Mchar/s (median of several runs).
 * Run alone: `npx tsx scripts/bench/patterns-node.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DictionaryArtifact } from '../../lib/dictionary/types';
import { toMatcherPatterns } from '../../lib/dictionary/patterns';
import { buildMatcher } from '../../lib/matcher';
import { createBlockScanner } from '../../lib/matcher/block-scan';
import { detectPatterns } from '../../lib/matcher/patterns/detect';
import { withPatternEntries } from '../../lib/dictionary/pattern-entries';
import { median } from './median';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const blocks = readFileSync(root('seeds/speeches.txt'), 'utf8').split('\n').filter((b) => b.trim());
const chars = blocks.reduce((n, b) => n + b.length, 0);
const dictionary = JSON.parse(readFileSync(root('seeds/dictionary.json'), 'utf8')) as DictionaryArtifact;
const matcher = buildMatcher(toMatcherPatterns(dictionary.entries));
const withPatterns = createBlockScanner(matcher, withPatternEntries(dictionary.entries));
const withoutPatterns = createBlockScanner(matcher, dictionary.entries);

/**
 * Median Mchar/s of each step, warmed up first. Steps run one after the other, not
 * interleaved: a page has one scanner, and interleaving two scanners made V8 deoptimise
 * the shared block-scan code (5 ms instead of 1.2 ms per pass).
 */
function rates(steps: ReadonlyArray<() => void>): number[] {
  return steps.map((run) => {
    for (let i = 0; i < 10; i++) run();
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t = performance.now();
      run();
      times.push(performance.now() - t);
    }
    return chars / 1e6 / (median(times) / 1000);
  });
}

const names = ['detectPatterns only', 'block scan, dictionary + patterns', 'block scan, dictionary only (run after)'];
const measured = rates([
  () => blocks.forEach((b) => detectPatterns(b)),
  () => blocks.forEach((b) => withPatterns.scan(b)),
  () => blocks.forEach((b) => withoutPatterns.scan(b)),
]);
const rows = names.map((n, i) => [n, measured[i]!] as const);
console.log(`seeds/speeches.txt: ${blocks.length} blocks, ${chars} chars`);
console.log('| step | Mchar/s | ms per 30k chars |');
console.log('| --- | --- | --- |');
for (const [name, r] of rows) console.log(`| ${name} | ${r.toFixed(1)} | ${(30_000 / (r * 1e6) * 1000).toFixed(2)} |`);
