/**
 * What one page load costs us in Chromium, from the extension's own User Timing entries
 * (pages opened with ?tifa-lens-profile) and CDP: our script time, when the first pass was
 * registered after DOMContentLoaded, our start to the next painted frame, the page's JS heap
 * with and without the extension, and what a frame without Han text did.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { gotoUntilRegistered } from './page-measure';

/** One load of a page with the extension. */
export interface LoadRun {
  chars: number;
  painted: number;
  /** Slices, tasks (gate, reading the dictionary) and the matcher load before the first pass was registered. */
  scriptMs: number;
  /** DOMContentLoaded (end) to the end of our first slice (the first highlights registered, as the page opens on phrases). */
  firstAfterDclMs: number;
  /** DOMContentLoaded (end) to the first pass registered. */
  afterDclMs: number;
  /** The highlighter's start (matcher ready, as mark.js's RegExp is) to the first animation frame after the first pass was registered. */
  toFrameMs: number;
  /** The same from our first task (the Han gate), so fetching and reading the asset included. */
  startupToFrameMs: number;
  longestSliceMs: number;
  /** Longest 'longtask' overlapping one of our slices or our reading of the asset. */
  longestTaskMs: number;
  /** Where the script time went: ms by task name ('slice' summed, 'matcher' the load or build). */
  parts: Record<string, number>;
}

/** Record animation-frame times from the start of every page (for "to the next painted frame"). */
export async function recordFrames(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const frames: number[] = [];
    (window as unknown as { __frames: number[] }).__frames = frames;
    const tick = (t: number) => {
      frames.push(t);
      if (t < 20_000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stop the extension's service worker (as the browser does after 30 s idle). */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(300);
  await page.close();
}

/** Load `url` (a government host with ?tifa-lens-profile) and read our timings. */
export async function measureLoad(context: BrowserContext, url: string): Promise<LoadRun> {
  const page = await context.newPage();
  try {
    await gotoUntilRegistered(page, url);
    return await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __longtasks: number[][] };
      const registered = performance.getEntriesByName('tifa-lens:registered')[0]!.startTime;
      const mark = (n: string) => performance.getEntriesByName(`tifa-lens:${n}`)[0]?.startTime ?? NaN;
      const ours = performance.getEntries().filter((e) => e.entryType === 'measure' && e.name.startsWith('tifa-lens:'));
      const before = ours.filter((e) => e.startTime < registered);
      const firstStart = Math.min(...ours.map((e) => e.startTime));
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const nextFrame = w.__frames.find((t) => t > registered) ?? NaN;
      // Not the gate: at document_end it runs inside the task that finishes parsing the page.
      const own = ours.filter((e) => e.name !== 'tifa-lens:task:gate');
      const tasks = w.__longtasks.filter(([s, d]) => own.some((x) => x.startTime < s! + d! && s! < x.startTime + x.duration));
      const registry = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
      return {
        chars: document.body.textContent!.length,
        painted: [...registry].filter(([n]) => n.startsWith('tifa-')).reduce((a, [, h]) => a + h.size, 0),
        scriptMs: before.reduce((a, e) => a + e.duration, 0) + (mark('matcher') - mark('script')),
        firstAfterDclMs: Math.min(...ours.filter((e) => e.name === 'tifa-lens:slice').map((e) => e.startTime + e.duration)) - nav.domContentLoadedEventEnd,
        afterDclMs: registered - nav.domContentLoadedEventEnd,
        toFrameMs: nextFrame - mark('start'),
        startupToFrameMs: nextFrame - firstStart,
        longestSliceMs: Math.max(...ours.filter((e) => e.name === 'tifa-lens:slice').map((e) => e.duration)),
        longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d!)),
        parts: before.reduce<Record<string, number>>((a, e) => ((a[e.name.slice(10)] = (a[e.name.slice(10)] ?? 0) + e.duration), a), { matcher: mark('matcher') - mark('script') }),
      };
    });
  } finally {
    await page.close();
  }
}

/** JS heap plus array-buffer backing stores of `page`'s renderer after a full GC, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

/** Heap of one fresh load of `url` once `settled` holds and things went quiet. */
export async function measureHeap(context: BrowserContext, url: string, settled: (page: Page) => Promise<unknown>): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { timeout: 60_000 });
    await settled(page);
    await page.waitForTimeout(500);
    return await heapAfterGc(page);
  } finally {
    await page.close();
  }
}

/** What our content script did in a frame without Han text (opened with ?tifa-lens-profile). */
export interface QuietFrameRun {
  /** Our tasks in that frame, summed. */
  workMs: number;
  dictionaryLoaded: boolean;
}

/** Load `url`, a page whose only child frame holds no Han text, and read that frame's timings. */
export async function measureQuietFrame(context: BrowserContext, url: string): Promise<QuietFrameRun> {
  const page = await context.newPage();
  try {
    await page.goto(url, { timeout: 60_000 });
    const frame = page.frames()[1] ?? (await page.waitForEvent('frameattached'));
    await frame.waitForLoadState('load');
    await frame.waitForFunction(() => performance.getEntriesByName('tifa-lens:task:gate').length > 0, null, { timeout: 10_000 });
    await page.waitForTimeout(1_000);
    return await frame.evaluate(() => {
      const ours = performance.getEntries().filter((e) => e.entryType === 'measure' && e.name.startsWith('tifa-lens:'));
      return {
        workMs: ours.reduce((a, e) => a + e.duration, 0),
        dictionaryLoaded: ours.some((e) => e.name === 'tifa-lens:task:read-dictionary'),
      };
    });
  } finally {
    await page.close();
  }
}
