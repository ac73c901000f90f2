import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { PLANTED } from './support/highlights';
import { highlighterBundle } from './support/lib-bundle';

// The library itself, loaded into pages on a host where the extension does not run, so the
// test can call stop(), force the <tifa-mark> fallback and click through caretFromPoint.
let bundle: string;

type Lib = {
  create(o?: object): {
    start(): void; stop(): void; stats(): { matches: number };
    matches(): { text: string; startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }[];
    matchAt(n: Node, o: number): { text: string } | null;
  };
  caretFromPoint(d: Document, x: number, y: number): { node: Node; offset: number } | null;
};
type W = Window & { tifaLib: Lib; h: ReturnType<Lib['create']>; slices: number[][]; nodes: Node[] };

const session = useExtensionSession({}, async (_browser, server) => {
  bundle = await highlighterBundle();
  server.route('/restless.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(RESTLESS));
});

/** A page that never stops changing: 200 paragraphs rewritten every 16 ms, for 3 s. */
const RESTLESS = `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="list">${Array.from(
  { length: 200 },
  (_, i) => `<p>第${i}条：各级要高度重视，增强“四个意识”。</p>`,
).join('')}</div><script>
let tick = 0;
const timer = setInterval(() => {
  tick++;
  for (const p of document.querySelectorAll('#list p')) p.firstChild.data = '第' + tick + '条：各级要高度重视，增强“四个意识”。';
}, 16);
setTimeout(() => { clearInterval(timer); window.calm = true; }, 3000);
</script></body></html>`;

async function openWithLib(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url(path, 'www.example.com'));
  await page.addScriptTag({ content: bundle });
  return page;
}

async function startLib(page: Page, options: object = {}): Promise<number> {
  await page.evaluate((o) => {
    const w = window as unknown as W;
    w.slices = [];
    w.h = w.tifaLib.create({ ...o, profiler: { mark() {}, task() {}, slice: (s: number, e: number) => w.slices.push([s, e]) } });
    w.h.start();
  }, options);
  let last = -1;
  await expect.poll(async () => last === (last = await page.evaluate(() => (window as unknown as W).h.stats().matches)), {
    timeout: 10_000, interval: 200,
  }).toBe(true);
  return last;
}

describe('the highlighter library in real Chromium', () => {
  it('stop() takes every highlight and style away and leaves the DOM byte-identical', async () => {
    const page = await openWithLib('long-speech.html');
    const before = await page.evaluate(() => [document.documentElement.outerHTML, document.adoptedStyleSheets.length] as const);
    expect(await startLib(page)).toBeGreaterThan(100);
    // One highlight per kind, and the seam shade where two phrases of a kind touch.
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('tifa-')).length)).toBe(7);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(before[1] + 1);
    await page.evaluate(() => (window as unknown as W).h.stop());
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('tifa-')))).toEqual([]);
    expect(await page.evaluate(() => [document.documentElement.outerHTML, document.adoptedStyleSheets.length])).toEqual(before);
    await page.close();
  });

  it('the <tifa-mark> fallback restores the page node for node, and does not feed on its own changes', async () => {
    const page = await openWithLib('long-speech.html');
    const html = await page.evaluate(() => {
      const w = window as unknown as W;
      const walker = document.createTreeWalker(document.body);
      w.nodes = [];
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) w.nodes.push(n);
      return document.body.outerHTML;
    });
    const matches = await startLib(page, { paint: 'marks' });
    expect(await page.locator('tifa-mark').count()).toBeGreaterThanOrEqual(matches);
    const slicesAfterSettle = await page.evaluate(() => (window as unknown as W).slices.length);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as W).slices.length)).toBe(slicesAfterSettle);
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

  it('finds the phrase under a click with caretFromPoint and matchAt, in light and shadow DOM', async () => {
    const page = await openWithLib('shadow-root.html');
    await page.waitForTimeout(1_400); // the component adds its late paragraph at 1.2 s
    expect(await startLib(page)).toBeGreaterThanOrEqual(4);
    const hits = await page.evaluate((planted) => {
      const w = window as unknown as W;
      return w.h.matches().filter((m) => planted.includes(m.text)).map((m) => {
        const r = document.createRange();
        r.setStart(m.startContainer, m.startOffset);
        r.setEnd(m.endContainer, m.endOffset);
        const box = r.getClientRects()[0]!;
        const caret = w.tifaLib.caretFromPoint(document, box.x + box.width / 2, box.y + box.height / 2);
        return [m.text, caret ? w.h.matchAt(caret.node, caret.offset)?.text ?? null : null];
      });
    }, PLANTED);
    expect(hits).toEqual([
      ['同志们', '同志们'],
      ['高度重视', '高度重视'],
      ['四个意识', '四个意识'],
      ['不忘初心、牢记使命', '不忘初心、牢记使命'],
    ]);
    await page.close();
  });

  it('keeps its share of time small on a page that never stops changing, and catches up after', async () => {
    const page = await openWithLib('restless.html');
    await startLib(page);
    const t0 = await page.evaluate(() => performance.now());
    await expect.poll(() => page.evaluate(() => (window as unknown as { calm?: boolean }).calm), { timeout: 10_000 }).toBe(true);
    const share = await page.evaluate((start) => {
      const w = window as unknown as W;
      const busy = w.slices.filter(([s]) => s! >= start).reduce((a, [s, e]) => a + (e! - s!), 0);
      return busy / (performance.now() - start);
    }, t0);
    expect(share).toBeLessThan(0.25);
    // Every slice stayed short while it churned.
    expect(await page.evaluate(() => Math.max(...(window as unknown as W).slices.map(([s, e]) => e! - s!)))).toBeLessThan(50);
    await expect
      .poll(() => page.evaluate((planted) => (window as unknown as W).h.matches().filter((m) => planted.includes(m.text) && m.startContainer.isConnected).length, PLANTED), { timeout: 10_000 })
      .toBe(400);
    await page.close();
  });
});
