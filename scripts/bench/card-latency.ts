/**
 * Bench: time from a click on a highlighted phrase to the card showing its provenance,
 * with the service worker awake (median of many clicks) and after CDP stopped it (cold).
 * Run alone: npx tsx scripts/bench/card-latency.ts (needs `npm run build`).
 */
import type { Page } from 'playwright-core';
import { launchExtensionBrowser } from '../../tests/e2e/support/extension-browser';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { median } from './median';

export interface CardBenchRow {
  name: string;
  value: number;
  unit: string;
  goal: string;
}


/** Click the n-th painted phrase and return ms until the corpus facts (or an error) are in the card. */
async function clickToCard(page: Page, n: number): Promise<number> {
  return page.evaluate(async (index) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights;
    const ranges = [...(registry.get('tifa-slogan') ?? new Set<StaticRange>())];
    const r = ranges[index % ranges.length]!;
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = live.getClientRects()[0]!;
    const started = performance.now();
    const x = rect.left + Math.min(4, rect.width / 2), y = rect.top + rect.height / 2;
    const init = { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0 };
    document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', init));
    // No named inner functions: tsx would wrap them in a helper the page does not have.
    return new Promise<number>((resolve) => {
      const timer = setInterval(() => {
        const card = document.querySelector('tifa-card')?.shadowRoot?.querySelector('.usage, .card > .error');
        if (!card) return;
        clearInterval(timer);
        resolve(performance.now() - started);
      }, 1);
    });
  }, n);
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
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Escape');
      warm.push(await clickToCard(page, i));
    }
    const cdp = await browser.context.newCDPSession(page);
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Escape');
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(300);
      cold.push(await clickToCard(page, i + 20));
    }
    return [
      { name: 'card open, worker awake (median of 15)', value: median(warm), unit: 'ms', goal: '< 100 ms' },
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
