import { describe, expect, it } from 'vitest';
import { highlighterBundle } from '../e2e/support/lib-bundle';
import { useFirefoxSession } from './support/session';

const session = useFirefoxSession();

type W = Window & {
  tifaLib: { create(o?: object): { start(): void; stop(): void; stats(): { matches: number } } };
  h: ReturnType<W['tifaLib']['create']>;
  nodes: Node[];
};

// Firefox before 140 (115 ESR is still supported) has no Highlight API: the highlighter then
// wraps matches in <tifa-mark>s. The library is loaded into a page where the add-on does not
// run and forced into that mode, as the Chromium test does.
describe('the <tifa-mark> fallback in Firefox ESR', () => {
  it('paints with <tifa-mark>s and restores the page node for node on stop()', async () => {
    const page = await session.firefox.newPage();
    await page.goto(session.server.url('long-speech.html', 'www.example.com'));
    await page.addScriptTag({ content: await highlighterBundle() });
    const html = await page.evaluate(() => {
      const w = window as unknown as W;
      const walker = document.createTreeWalker(document.body);
      w.nodes = [];
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) w.nodes.push(n);
      w.h = w.tifaLib.create({ paint: 'marks' });
      w.h.start();
      return document.body.outerHTML;
    });
    let last = -1;
    await expect.poll(async () => last === (last = await page.evaluate(() => (window as unknown as W).h.stats().matches)), {
      timeout: 15_000, interval: 200,
    }).toBe(true);
    expect(last).toBeGreaterThan(100);
    // A mark per match at least (a frame is several), and no Highlight API ranges at all.
    expect(await page.evaluate(() => document.querySelectorAll('tifa-mark').length)).toBeGreaterThanOrEqual(last);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('tifa-')))).toEqual([]);
    await page.evaluate(() => (window as unknown as W).h.stop());
    const same = await page.evaluate(() => {
      const w = window as unknown as W;
      const walker = document.createTreeWalker(document.body);
      const now: Node[] = [];
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) now.push(n);
      return now.length === w.nodes.length && now.every((n, i) => n === w.nodes[i]);
    });
    expect(same).toBe(true);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(html);
    await page.close();
  });
});
