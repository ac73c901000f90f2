/**
 * In-page bench: the built extension in headless Chromium on the long county speech page
 * (~30k chars) and on a page with a megabyte of text, against mark.js marking the same
 * phrase forms. Run alone with `npx tsx scripts/bench/page-highlight.ts` (`--slow` also runs
 * mark.js's per-keyword mode on the 1 MB page, which takes minutes); `runPageBench` is for a
 * combined bench. Needs `npm run build` first.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchExtensionBrowser } from '../../tests/e2e/support/extension-browser';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { missingPrerequisite } from '../../tests/e2e/support/paths';
import { bigSpeechPage, ONE_MB_CHARS } from '../../tests/e2e/support/big-page';
import { loadDictionary } from '../../tests/e2e/support/reference-count';
import { measureMarkJs, measureOurs, prepareContext, type MarkJsRun, type OursRun } from './page-measure';
import { printPageTable } from './page-report';

/** One page of the report: our medians and mark.js's, and how they compare. */
export interface Row {
  page: string;
  chars: number;
  painted: number;
  runs: number;
  /** Our script time from start() to highlights registered, sliced (median). */
  sliceMs: number;
  /** Content script start (incl. building the matcher) to highlights registered, wall (median). */
  wallMs: number;
  matcherMs: number;
  /** Longest slice and longest long task we were part of, over all runs. */
  longestSliceMs: number;
  longestTaskMs: number;
  /** mark.js, one keyword per form (its ordinary use); NaN when skipped. */
  markJsMs: number;
  markJsFrameMs: number;
  /** mark.js's keyword mode threw on this page (its message), so it has no figures. */
  markJsError?: string;
  /** mark.js markRegExp with one alternation of all forms (its fastest way). */
  markJsRegExpMs: number;
  markJsRegExpFrameMs: number;
  /** mark.js's script time over ours (slices), for each of its modes. */
  ratio: number;
  ratioRegExp: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const PROFILE = '?tifa-lens-profile';

interface PageCase {
  page: string;
  path: string;
  runs: number;
  markJsRuns: number;
  perKeyword: boolean;
}

/** Run the bench; `log` hears progress. */
export async function runPageBench(log: (s: string) => void = () => {}, slow = false): Promise<Row[]> {
  const missing = missingPrerequisite();
  if (missing) throw new Error(missing);
  const dictionary = loadDictionary();
  const forms = [...new Set(dictionary.entries.filter((e) => !e.frame).flatMap((e) => [e.text, ...e.variants]))];
  const server = await startFixtureServer();
  const big = bigSpeechPage(ONE_MB_CHARS);
  server.route('/big.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(big));
  const browser = await launchExtensionBrowser();
  await prepareContext(browser.context);
  const cases: PageCase[] = [
    { page: 'long county speech', path: 'long-speech.html', runs: 7, markJsRuns: 3, perKeyword: true },
    { page: '1 MB of text', path: 'big.html', runs: 3, markJsRuns: 1, perKeyword: slow },
  ];
  const rows: Row[] = [];
  try {
    for (const c of cases) {
      const ours: OursRun[] = [];
      for (let i = 0; i < c.runs; i++) ours.push(await measureOurs(browser.context, server.url(c.path + PROFILE)));
      log(`${c.page}: ours ${ours.map((r) => r.sliceMs.toFixed(1)).join(', ')} ms in slices`);
      const plainUrl = server.url(c.path, 'www.example.com');
      const regexp: MarkJsRun[] = [];
      for (let i = 0; i < c.markJsRuns; i++) regexp.push(await measureMarkJs(browser.context, plainUrl, forms, true));
      const perKeyword: MarkJsRun[] = [];
      let perKeywordError: string | undefined;
      if (c.perKeyword) {
        // mark.js's keyword mode can fail outright on a dictionary of thousands of forms (a RegExp stack
        // overflow was seen): that is a result too, reported in the table instead of ending the bench.
        try {
          for (let i = 0; i < c.markJsRuns; i++) perKeyword.push(await measureMarkJs(browser.context, plainUrl, forms, false));
        } catch (error) {
          perKeywordError = String((error as Error).message ?? error).split('\n')[0]!.slice(0, 120);
          perKeyword.length = 0;
        }
      }
      log(`${c.page}: mark.js regexp ${regexp.map((r) => r.frameMs.toFixed(0)).join(', ')} ms; per keyword ${perKeywordError ? `failed: ${perKeywordError}` : perKeyword.map((r) => r.frameMs.toFixed(0)).join(', ') || 'skipped'}`);
      const sliceMs = median(ours.map((r) => r.sliceMs));
      const markJsMs = median(perKeyword.map((r) => r.scriptMs));
      const markJsRegExpMs = median(regexp.map((r) => r.scriptMs));
      rows.push({
        page: c.page,
        chars: ours[0]!.chars,
        painted: median(ours.map((r) => r.painted)),
        runs: c.runs,
        sliceMs,
        wallMs: median(ours.map((r) => r.wallMs)),
        matcherMs: median(ours.map((r) => r.matcherMs)),
        longestSliceMs: Math.max(...ours.map((r) => r.longestSliceMs)),
        longestTaskMs: Math.max(...ours.map((r) => r.longestTaskMs)),
        markJsMs,
        markJsFrameMs: median(perKeyword.map((r) => r.frameMs)),
        ...(perKeywordError ? { markJsError: perKeywordError } : {}),
        markJsRegExpMs,
        markJsRegExpFrameMs: median(regexp.map((r) => r.frameMs)),
        ratio: markJsMs / sliceMs,
        ratioRegExp: markJsRegExpMs / sliceMs,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const rows = await runPageBench((s) => console.error(s), process.argv.includes('--slow'));
  printPageTable(rows);
}
