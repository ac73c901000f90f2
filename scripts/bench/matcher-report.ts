/**
 * Markdown output of the matcher bench: the throughput table, the 20k build table and the
 * goals (ours ≥ 3× the best npm automaton, ≥ 100× a RegExp alternation) as met / not met.
 */
import type { Row } from './matcher-node';

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** Print every table to stdout. `ours` is the name of our row. */
export function printMatcherTables(rows: Row[], builds: Array<{ matcher: string; buildMs: number }>, ours: string): void {
  console.log('| matcher | dictionary | chars | Mchar/s (median) | best | runs | build ms | retained MB | matches | ours ÷ it | note |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const cells = [r.matcher, r.dictionary, r.chars.toLocaleString('en'), f(r.mcharPerSec, 2), f(r.bestMcharPerSec, 2), r.runs, f(r.buildMs),
      f(r.heapMB, 2), f(r.matches, 0), `${f(r.ratio, 1)}×`, r.note ?? ''];
    console.log(`| ${cells.join(' | ')} |`);
  }
  console.log('\n| build | ms |\n| --- | ---: |');
  for (const b of builds) console.log(`| ${b.matcher} | ${f(b.buildMs)} |`);
  console.log('\nGoals (ours ÷ other, from medians; in brackets from the best runs):');
  const cells = new Map<string, Row[]>();
  for (const r of rows) cells.set(`${r.dictionary} @ ${r.chars}`, [...(cells.get(`${r.dictionary} @ ${r.chars}`) ?? []), r]);
  const ok = (r: Row, goal: number) =>
    `${f(r.ratio, 1)}× [${f(r.bestRatio, 1)}×] (goal ≥ ${goal}×: ${r.ratio >= goal ? 'met' : 'NOT met'})`;
  for (const [label, at] of cells) {
    const npm = at.filter((r) => r.matcher !== ours && !r.matcher.startsWith('RegExp'));
    const best = npm.reduce((a, b) => (a.mcharPerSec >= b.mcharPerSec ? a : b));
    const re = at.find((r) => r.matcher.startsWith('RegExp'))!;
    console.log(`- ${label}: vs best npm (${best.matcher}) ${ok(best, 3)}; vs RegExp ${ok(re, 100)}`);
  }
}
