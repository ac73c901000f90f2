/**
 * One measured page load for the in-page bench: the built extension's own timings (User
 * Timing entries it records when the URL carries ?tifa-lens-profile), or mark.js marking the
 * same phrase forms on the same page loaded where the extension does not run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** What one load with the extension showed. */
export interface OursRun {
  /** Page text, in chars. */
  chars: number;
  /** Ranges registered in CSS.highlights once the first pass was done. */
  painted: number;
  /** Our script time in slices from start() to highlights registered. */
  sliceMs: number;
  /** Wall time from the content script's start (before building the matcher) to registered. */
  wallMs: number;
  /** Building the matcher at start-up (one task, before the first slice). */
  matcherMs: number;
  longestSliceMs: number;
  /** Longest 'longtask' entry that overlaps one of our slices (the task we were part of). */
  longestTaskMs: number;
}

/** What one mark.js run showed. */
export interface MarkJsRun {
  /** The synchronous mark call: a single task. */
  scriptMs: number;
  /** Until the next frame: mark.js inserts elements, so layout follows. */
  frameMs: number;
  marks: number;
}

const requireFromHere = createRequire(import.meta.url);
const MARK_JS = readFileSync(requireFromHere.resolve('mark.js/dist/mark.min.js'), 'utf8');

/** Record long tasks from the very start of every page (the bench's own init script). */
export async function prepareContext(context: BrowserContext): Promise<void> {
  // tsx keeps function names with a helper the page does not have; give it one.
  await context.addInitScript('globalThis.__name = (f) => f');
  await context.addInitScript(() => {
    const w = window as unknown as { __longtasks: number[][] };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Go to `url` in `page` and wait until our first pass is registered, and a little after. */
export async function gotoUntilRegistered(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('tifa-lens:registered').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(300);
}

/** Load `url` (a government host, with ?tifa-lens-profile) and read the extension's timings. */
export async function measureOurs(context: BrowserContext, url: string): Promise<OursRun> {
  const page = await context.newPage();
  try {
    await gotoUntilRegistered(page, url);
    return await page.evaluate(() => {
      const mark = Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]));
      const registered = mark['tifa-lens:registered']!;
      const slices = performance.getEntriesByName('tifa-lens:slice');
      const first = slices.filter((s) => s.startTime < registered);
      const tasks = (window as unknown as { __longtasks: number[][] }).__longtasks;
      const ours = tasks.filter(([s, d]) => slices.some((x) => x.startTime < s! + d! && s! < x.startTime + x.duration));
      const registry = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
      return {
        chars: document.body.textContent!.length,
        painted: [...registry].filter(([n]) => n.startsWith('tifa-')).reduce((a, [, h]) => a + h.size, 0),
        sliceMs: first.reduce((a, s) => a + s.duration, 0),
        wallMs: registered - mark['tifa-lens:script']!,
        matcherMs: mark['tifa-lens:matcher']! - mark['tifa-lens:script']!,
        longestSliceMs: Math.max(...slices.map((s) => s.duration)),
        longestTaskMs: Math.max(0, ...ours.map(([, d]) => d!)),
      };
    });
  } finally {
    await page.close();
  }
}

/**
 * mark.js on `url` (a host the extension ignores): `forms` one keyword each (its ordinary
 * use), or with `oneRegExp` as one alternation through markRegExp (its fastest way).
 */
export async function measureMarkJs(context: BrowserContext, url: string, forms: string[], oneRegExp: boolean): Promise<MarkJsRun> {
  const page = await context.newPage();
  try {
    await page.goto(url, { timeout: 60_000 });
    await page.addScriptTag({ content: MARK_JS });
    return await page.evaluate(
      async ({ forms, oneRegExp }) => {
        const Mark = (window as unknown as { Mark: new (el: Element) => Record<string, (...a: unknown[]) => void> }).Mark;
        const longest = [...forms].sort((a, b) => b.length - a.length);
        const re = new RegExp(longest.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
        let marks = 0;
        const t0 = performance.now();
        await new Promise<void>((done) => {
          const options = { acrossElements: true, separateWordSearch: false, diacritics: false, each: () => marks++, done: () => done() };
          if (oneRegExp) new Mark(document.body).markRegExp!(re, options);
          else new Mark(document.body).mark!(longest, options);
        });
        const scriptMs = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return { scriptMs, frameMs: performance.now() - t0, marks };
      },
      { forms, oneRegExp },
    );
  } finally {
    await page.close();
  }
}
