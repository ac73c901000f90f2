import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchExtensionBrowser } from '../e2e/support/extension-browser';
import { paintedRanges, planted, saveHighlightRegistry } from '../e2e/support/highlights';
import { PAGES_DIR } from '../e2e/support/paths';
import { loadDictionary, referencePage } from '../e2e/support/reference-count';
import { probeTarget, waitForSettledHighlights } from './support/page-probes';
import { useFirefoxSession } from './support/session';

const session = useFirefoxSession();
const kindOf = (text: string) => loadDictionary().entries.find((e) => e.text === text)?.kind;

/** Open a fixture on a government host in Firefox and wait until its highlights settle. */
async function openHighlighted(path: string, atLeast = 1) {
  const page = await session.firefox.newPage();
  await page.goto(session.server.url(path));
  await waitForSettledHighlights(page, atLeast);
  return page;
}

describe('highlighting in Firefox ESR', () => {
  it('paints every match of the long county speech: the same pieces, kinds and order as the reference Chromium is held to', async () => {
    const { painted, matches, stats } = await referencePage('long-speech.html');
    const page = await openHighlighted('long-speech.html', painted.length);
    const ranges = await paintedRanges(probeTarget(page));
    expect(ranges.map((r) => [r.name, r.text])).toEqual(painted.map((r) => [r.name, r.text]));
    expect(matches).toHaveLength(stats.matches);
    expect(ranges.every((r) => r.connected && !r.inShadow)).toBe(true);
    await page.close();
  });

  it('paints the county speech exactly as Chromium does, side by side', async () => {
    const page = await openHighlighted('county-speech.html');
    const firefoxRanges = await paintedRanges(probeTarget(page));
    await page.close();
    const chromium = await launchExtensionBrowser();
    try {
      await saveHighlightRegistry(chromium.context);
      const tab = await chromium.context.newPage();
      await tab.goto(session.server.url('county-speech.html'));
      await expect.poll(async () => (await paintedRanges(tab)).length, { timeout: 15_000 }).toBe(firefoxRanges.length);
      const kinds = (ranges: typeof firefoxRanges) => ranges.map((r) => [r.name, r.text]);
      expect(kinds(firefoxRanges)).toEqual(kinds(await paintedRanges(tab)));
      expect(new Set(firefoxRanges.map((r) => r.name)).size, 'several kinds on the page').toBeGreaterThanOrEqual(3);
    } finally {
      await chromium.close();
    }
  });

  it('finds phrases split across <b>, <a> and <span>, and leaves the DOM byte-identical', async () => {
    const page = await openHighlighted('split-phrases.html', 3);
    const ranges = planted(await paintedRanges(probeTarget(page)));
    expect(ranges.map((r) => [r.id, r.text])).toEqual([
      ['split-b', '不忘初心、牢记使命'],
      ['split-a', '高度重视'],
      ['split-span', '四个意识'],
    ]);
    for (const r of ranges) expect(r.name).toBe(`tifa-${kindOf(r.text)}`);
    const raw = readFileSync(join(PAGES_DIR, 'split-phrases.html'), 'utf8');
    const same = await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return parsed.documentElement.outerHTML === document.documentElement.outerHTML;
    }, raw);
    expect(same).toBe(true);
    await page.close();
  });

  it('does nothing on a host outside its match patterns', async () => {
    const page = await session.firefox.newPage();
    await page.goto(session.server.url('county-speech.html', 'www.example.com'));
    await new Promise((r) => setTimeout(r, 800));
    expect(await paintedRanges(probeTarget(page))).toEqual([]);
    await page.close();
  });
});
