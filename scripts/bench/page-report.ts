/**
 * Prints the in-page bench as a markdown table, with the goals beside the numbers:
 * ≥ 20× faster than mark.js, no task of ours over 50 ms, a 30k-char page in under 20 ms.
 */
import type { Row } from './page-highlight';

const ms = (x: number) => (Number.isNaN(x) ? 'skipped' : x < 100 ? x.toFixed(1) : x.toFixed(0));
const times = (x: number) => (Number.isNaN(x) ? '–' : `${x.toFixed(1)}×`);

/** The table, then one line per goal. */
export function printPageTable(rows: Row[]): void {
  console.log('| page | chars | ranges painted | ours: script ms in slices (median) | ours: start → registered, wall ms | matcher build ms | longest slice / long task with us, ms | mark.js `.mark(forms)`: script / to next frame, ms | mark.js `.markRegExp(one alternation)`: script / to next frame, ms | mark.js script ÷ ours (`.mark` / `.markRegExp`) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.chars.toLocaleString('en')} | ${r.painted} | ${ms(r.sliceMs)} | ${ms(r.wallMs)} | ${ms(r.matcherMs)} | ` +
        `${ms(r.longestSliceMs)} / ${r.longestTaskMs > 0 ? ms(r.longestTaskMs) : 'none'} | ${r.markJsError ? `failed: ${r.markJsError}` : `${ms(r.markJsMs)} / ${ms(r.markJsFrameMs)}`} | ` +
        `${ms(r.markJsRegExpMs)} / ${ms(r.markJsRegExpFrameMs)} | ${times(r.ratio)} / ${times(r.ratioRegExp)} |`,
    );
  }
  const small = rows.find((r) => r.chars < 100_000);
  const large = rows.find((r) => r.chars >= 1_000_000);
  console.log('');
  if (small) console.log(`- 30k-char page in under 20 ms of our script time: ${small.sliceMs < 20 ? 'yes' : 'no'} (${ms(small.sliceMs)} ms)`);
  if (large) console.log(`- 1 MB page, no slice of ours over 50 ms: ${large.longestSliceMs < 50 ? 'yes' : 'no'} (${ms(large.longestSliceMs)} ms)`);
  for (const r of rows) {
    const best = Math.min(...[r.ratio, r.ratioRegExp].filter((x) => !Number.isNaN(x)));
    console.log(`- ${r.page}: at least 20× faster than mark.js in every mode it was run in: ${best >= 20 ? 'yes' : 'no'} (${times(r.ratio)} / ${times(r.ratioRegExp)})`);
  }
  console.log('- "wall" includes building the matcher and the page\'s own work between our slices; mark.js runs in one task, then the page lays out its <mark> elements ("to next frame").');
  console.log('- "long task with us": the longest PerformanceObserver long task (> 50 ms) overlapping one of our slices.');
}
