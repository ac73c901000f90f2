/**
 * Bench: time from a click on a highlighted phrase to the card showing its provenance,
 * with the service worker awake (median of many clicks) and after CDP stopped it (cold).
 * Run alone: npx tsx scripts/bench/card-latency.ts (needs `npm run build`).
 */
import type { Page } from 'playwright-core';
import { launchExtensionBrowser } from '../../tests/e2e/support/extension-browser';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { cardIn, notesFrameOf } from '../../tests/e2e/support/card';
import { median } from './median';

export interface CardBenchRow {
  name: string;
  value: number;
  unit: string;
  goal: string;
}


/** Where the n-th painted slogan outside a link is on screen (scrolled into view). */
async function pointOfSlogan(page: Page, n: number): Promise<{ x: number; y: number }> {
  return page.evaluate((index) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights;
    // Phrases inside links stay links (Alt-click opens their card), so they are not clicked here.
    const ranges = [...(registry.get('tifa-slogan') ?? new Set<StaticRange>())].filter((r) => !r.startContainer.parentElement?.closest('a'));
    const r = ranges[index % ranges.length]!;
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = live.getClientRects()[0]!;
    return { x: rect.left + Math.min(4, rect.width / 2), y: rect.top + rect.height / 2 };
  }, n);
}

/**
 * A real click on the n-th painted phrase; ms until the corpus facts (or an error) are in the card, and
 * until the notes frame is ready. The card's root is closed and page-made clicks are
 * ignored, so the click is real input and the card is read through CDP (each poll costs a
 * few ms, included in the figures).
 */
async function clickToCard(page: Page, n: number): Promise<{ card: number; notes: number }> {
  const { x, y } = await pointOfSlogan(page, n);
  const started = performance.now();
  await page.mouse.click(x, y);
  const probe = cardIn(page);
  // The corpus facts, an error, or a pattern card's explanation (a slogan inside a detected list
  // opens the list's card); a card that never shows ends the bench with a clear error.
  while ((await probe.count('.usage, .error, .pattern-lead')) === 0) {
    if (performance.now() - started > 10_000) throw new Error(`card bench: no card 10 s after a click on painted slogan #${n}`);
    await page.waitForTimeout(1);
  }
  const card = performance.now() - started;
  await notesFrameOf(page);
  return { card, notes: performance.now() - started };
}

/** Warm and cold card-open latency on the long speech page. */
export async function runCardBench(): Promise<CardBenchRow[]> {
  const server = await startFixtureServer();
  const browser = await launchExtensionBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('long-speech.html'));
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('tifa-slogan')?.size);
    const warm: number[] = [];
    const notes: number[] = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Escape');
      const t = await clickToCard(page, i);
      warm.push(t.card);
      notes.push(t.notes);
    }
    const cdp = await browser.context.newCDPSession(page);
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Escape');
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(300);
      cold.push((await clickToCard(page, i + 20)).card);
    }
    return [
      { name: 'card open, worker awake (median of 15)', value: median(warm), unit: 'ms', goal: '< 100 ms' },
      { name: 'notes frame ready, worker awake (median of 15)', value: median(notes), unit: 'ms', goal: 'reported' },
      { name: 'card open, worker stopped (median of 3)', value: median(cold), unit: 'ms', goal: 'reported' },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCardBench().then((rows) => {
    for (const r of rows) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit} (goal ${r.goal})`);
  });
}
