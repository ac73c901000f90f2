/**
 * Bench: the notes goals. In Node: exporting 10,000 notes in each format and validating a
 * 10,000-note import. In Chromium with the built extension: a note added through the
 * protocol until it is on the open notes page, the notes page's first view with 10,000
 * notes, and each export from click to download.
 * Run alone: npx tsx scripts/bench/notes-bench.ts (the Chromium rows need `npm run build`;
 * NOTES_EXTENSION_DIR picks another build).
 */
import type { Page } from 'playwright-core';
import { exportNotesText } from '../../lib/notes/export';
import { EXPORT_FORMATS } from '../../lib/notes/export/formats';
import { exportNotesJson } from '../../lib/notes/export/json';
import { parseImportText } from '../../lib/notes/import/parse';
import { launchExtensionBrowser } from '../../tests/e2e/support/extension-browser';
import { NOTES_EXTENSION_DIR, noteDraft, sendFromPage, stopServiceWorkers } from '../../tests/e2e/support/notes-page';
import { benchNotes } from './notes-data';
import { median } from './median';

/** One line of the bench table. */
export interface Row {
  name: string;
  value: number;
  unit: string;
  goal: string;
}

const DICTIONARY = { version: '1.0.0+bench', seedHash: 'bench' };


function timed(run: () => unknown, times = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Export and import validation in Node (pure functions). */
function nodeRows(): Row[] {
  const notes = benchNotes(10_000);
  const rows: Row[] = EXPORT_FORMATS.map((format) => ({
    name: `export 10,000 notes as ${format} (Node, pure)`,
    value: timed(() => exportNotesText(format, notes, DICTIONARY)),
    unit: 'ms',
    goal: '< 2000 ms',
  }));
  const file = exportNotesJson(notes, DICTIONARY);
  rows.push({ name: 'validate a 10,000-note import file (Node)', value: timed(() => parseImportText(file)), unit: 'ms', goal: 'reported' });
  return rows;
}

/** Milliseconds from sending notes:add on the notes page to its row being shown. */
async function addToVisible(page: Page, n: number): Promise<number> {
  return page.evaluate(async (draft) => {
    const started = performance.now();
    const answer = (await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { id: string } }> } } }).chrome.runtime.sendMessage({ tifa: 1, type: 'notes:add', payload: draft }));
    return new Promise<number>((resolve) => {
      const poll = () => (document.querySelector(`li.note[data-id="${answer.value.id}"]`) ? resolve(performance.now() - started) : requestAnimationFrame(poll));
      poll();
    });
  }, noteDraft(n));
}

/** The Chromium rows against the built extension. */
async function browserRows(): Promise<Row[]> {
  const browser = await launchExtensionBrowser({ extensionDir: NOTES_EXTENSION_DIR });
  try {
    // tsx keeps function names with an `__name` helper that the page does not have.
    await browser.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await browser.context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('li.note')) return;
        (window as unknown as { __firstNote: number }).__firstNote = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await browser.openExtensionPage('notes.html');
    await sendFromPage(page, 'notes:import', { text: exportNotesJson(benchNotes(10_000), DICTIONARY) });
    const firstView: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.reload();
      await page.waitForFunction(() => (window as unknown as { __firstNote?: number }).__firstNote);
      firstView.push(await page.evaluate(() => (window as unknown as { __firstNote: number }).__firstNote));
    }
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      await stopServiceWorkers(browser, page);
      await page.reload();
      await page.waitForFunction(() => (window as unknown as { __firstNote?: number }).__firstNote);
      cold.push(await page.evaluate(() => (window as unknown as { __firstNote: number }).__firstNote));
    }
    const add: number[] = [];
    for (let i = 0; i < 10; i++) add.push(await addToVisible(page, i));
    const rows: Row[] = [
      { name: 'add a note → shown on the open notes page (median of 10)', value: median(add), unit: 'ms', goal: '< 100 ms' },
      { name: 'notes page first view with 10,000 notes (median of 5, from navigation)', value: median(firstView), unit: 'ms', goal: '< 500 ms' },
      { name: 'the same with the service worker stopped first (median of 3)', value: median(cold), unit: 'ms', goal: '< 500 ms' },
    ];
    for (const format of EXPORT_FORMATS) {
      await page.locator('.export-menu summary').click();
      const started = performance.now();
      await Promise.all([page.waitForEvent('download'), page.locator(`.menu button[data-format="${format}"]`).click()]);
      rows.push({ name: `export 10,010 notes as ${format} in Chromium (click → download)`, value: performance.now() - started, unit: 'ms', goal: '< 2000 ms' });
    }
    return rows;
  } finally {
    await browser.close();
  }
}

/** Every notes bench row; the Chromium rows are skipped (NaN) when no build or browser is there. */
export async function runNotesBench(): Promise<Row[]> {
  const rows = nodeRows();
  try {
    rows.push(...(await browserRows()));
  } catch (error) {
    console.error(`notes bench: Chromium rows skipped: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runNotesBench().then((rows) => {
    for (const r of rows) console.log(`${r.name.padEnd(76)} ${r.value.toFixed(1).padStart(8)} ${r.unit}  (goal ${r.goal})`);
  });
}
