import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { highlighterBundle } from '../e2e/support/lib-bundle';
import { useFirefoxSession } from './support/session';

const session = useFirefoxSession();

type W = Window & {
  tifaLib: {
    create(o?: object): { start(): void; stop(): void; stats(): { matches: number }; matches(): { text: string }[] };
    cursor(h: W['h']): { step(direction: 'next' | 'prev'): { index: number; total: number }; clear(): void };
  };
  h: ReturnType<W['tifaLib']['create']>;
  nodes: Node[];
};

/** Every node under the body, kept in the page to compare identity after stop(). */
const keepNodes = () => {
  const w = window as unknown as W;
  const walker = document.createTreeWalker(document.body);
  w.nodes = [];
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) w.nodes.push(n);
};
const sameNodes = () => {
  const w = window as unknown as W;
  const walker = document.createTreeWalker(document.body);
  const now: Node[] = [];
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) now.push(n);
  return now.length === w.nodes.length && now.every((n, i) => n === w.nodes[i]);
};

/** Pixels within ±6 per channel of `rgb` in a PNG (base64), decoded by the page's own Firefox. */
async function pixelsOf(page: Page, png: string, rgb: [number, number, number]): Promise<number> {
  return page.evaluate(async (b64, [r, g, b]) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.naturalWidth, img.naturalHeight);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - r) <= 6 && Math.abs(data[i + 1]! - g) <= 6 && Math.abs(data[i + 2]! - b) <= 6) n++;
    return n;
  }, png, rgb);
}

/** Wait until the highlighter's match count has stopped moving; returns it. */
async function settled(page: Page): Promise<number> {
  let last = -1;
  await expect.poll(async () => last === (last = await page.evaluate(() => (window as unknown as W).h.stats().matches)), {
    timeout: 15_000, interval: 200,
  }).toBe(true);
  return last;
}

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

  it('shows the keyboard cursor as a <tifa-mark> in its colour over the kind’s, and stop() still restores the page', async () => {
    const page = await session.firefox.newPage();
    await page.goto(session.server.url('card-cases.html', 'www.example.com'));
    await page.addScriptTag({ content: await highlighterBundle() });
    const html = await page.evaluate(() => document.body.outerHTML);
    await page.evaluate(keepNodes);
    await page.evaluate(() => {
      const w = window as unknown as W;
      w.h = w.tifaLib.create({ paint: 'marks' });
      w.h.start();
    });
    expect(await settled(page)).toBeGreaterThanOrEqual(4);
    const seen = await page.evaluate(() => {
      const w = window as unknown as W;
      const cursor = w.tifaLib.cursor(w.h);
      cursor.step('next');
      cursor.step('next');
      const marks = [...document.querySelectorAll('tifa-mark[data-layer="current"]')];
      const box = marks[0]!.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return {
        text: marks.map((m) => m.textContent).join(''),
        expected: w.h.matches()[1]!.text,
        inKind: marks.every((m) => m.parentElement?.localName === 'tifa-mark' && m.parentElement.hasAttribute('data-kind')),
        colour: getComputedStyle(marks[0]!).backgroundColor,
        onTop: hit === marks[0] || marks[0]!.contains(hit),
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
      };
    });
    expect(seen.text).toBe(seen.expected);
    expect(seen).toMatchObject({ inKind: true, colour: 'rgb(31, 111, 235)', onTop: true });
    // What the user sees: most of the phrase's box in the cursor's blue (the rest its white text).
    const png = (await page.screenshot({ clip: seen.box, encoding: 'base64' })) as string;
    expect(await pixelsOf(page, png, [0x1f, 0x6f, 0xeb])).toBeGreaterThan(seen.box.width * seen.box.height * 0.3);
    await page.evaluate(() => (window as unknown as W).h.stop());
    expect(await page.evaluate(sameNodes)).toBe(true);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(html);
    await page.close();
  });
});
