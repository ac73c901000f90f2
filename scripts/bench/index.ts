/**
 * `npm run bench`: every benchmark in one run, each printed as a Markdown table with
 * ratios against well-known libraries. Needs a build (`npm run bench` makes one first).
 * Figures are medians on whatever machine runs it; trust the ratios over the absolutes.
 */
import { runBuildCosts } from './build-costs';
import { runCardBench } from './card-latency';
import { runMatcherBench, runBuildBench20k } from './matcher-node';
import { printMatcherTables } from './matcher-report';
import { CONTENDERS } from './matcher-contenders';
import { runNotesBench } from './notes-bench';
import { runPageBench } from './page-highlight';
import { printGoalsTable, runGoalsBench } from './page-goals';
import { printLoadOptions, runLoadOptions } from './load-options';
import { printPageTable } from './page-report';
import { runReaderBench } from './reader-first-view';

const log = (s: string) => console.error(s);

console.log(`# Tifa Lens bench (Node ${process.version}, ${new Date().toISOString()})\n`);
console.log('## Matcher in Node: ours vs npm automata and a RegExp alternation\n');
const builds = runBuildBench20k();
printMatcherTables(await runMatcherBench(log), builds, CONTENDERS[0]!.name);

console.log('\n## Build costs and bundle size\n');
console.log('| measure | value | goal |\n| --- | ---: | --- |');
for (const r of runBuildCosts()) console.log(`| ${r.name} | ${r.value} | ${r.goal} |`);

console.log('\n## How a frame gets its matcher: the options side by side\n');
printLoadOptions(runLoadOptions());

console.log('\n## Per-frame goals in Chromium (issue 13)\n');
printGoalsTable(await runGoalsBench(log));

console.log('\n## Highlighting in Chromium with the committed dictionary: ours vs mark.js\n');
printPageTable(await runPageBench(log));

console.log('\n## Provenance card\n');
console.log('| measure | ms | goal |\n| --- | ---: | --- |');
for (const r of await runCardBench()) console.log(`| ${r.name} | ${r.value.toFixed(1)} | ${r.goal} |`);
for (const r of await runReaderBench()) console.log(`| ${r.name} | ${r.value.toFixed(1)} | ${r.goal} |`);

console.log('\n## Notes\n');
console.log('| measure | value | goal |\n| --- | ---: | --- |');
for (const r of await runNotesBench()) console.log(`| ${r.name} | ${r.value.toFixed(1)} ${r.unit} | ${r.goal} |`);
