/**
 * Frames without Chinese text (ads, maps, players, empty iframes) must cost next to nothing:
 * no dictionary loaded at all until Han text appears. And the page itself must not be able to
 * fetch the dictionary asset at a fixed URL to learn that the extension is installed.
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { paintedRanges, saveHighlightRegistry } from './support/highlights';

const session = useExtensionSession({}, (browser) => saveHighlightRegistry(browser.context));

const html = (body: string) => `<!doctype html><html lang="zh"><head><meta charset="utf-8"></head><body>${body}</body></html>`;

/** Our User Timing entries in a frame opened with ?tifa-lens-profile. */
function timings(frame: Frame) {
  return frame.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('tifa-lens:')).map((e) => [e.name, e.duration] as [string, number]));
}

describe('the Han-text gate', () => {
  it('loads no dictionary in an iframe without Chinese text, and highlights it once some arrives', async () => {
    const { server, browser } = session;
    server.route('/gate-top.html', (_req, res) => {
      const child = server.url('gate-child.html?tifa-lens-profile', 'ads.example.gov.cn');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(`<p>同志们，我们要高度重视。</p><iframe src="${child}"></iframe>`));
    });
    server.route('/gate-child.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html('<p>Advertisement: buy one, get one free.</p>'));
    });
    const page = await browser.context.newPage();
    await page.goto(server.url('gate-top.html'));
    await expect.poll(async () => (await paintedRanges(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.frames().length, { timeout: 10_000 }).toBe(2);
    const child = page.frames()[1]!;
    await child.waitForLoadState('load');
    await expect.poll(async () => (await timings(child)).map(([n]) => n), { timeout: 10_000 }).toContain('tifa-lens:task:gate');
    await page.waitForTimeout(1_000);
    const before = await timings(child);
    expect(before.map(([n]) => n)).not.toContain('tifa-lens:task:read-dictionary');
    expect(before.find(([n]) => n === 'tifa-lens:task:gate')![1]).toBeLessThan(5);
    expect(await paintedRanges(child)).toEqual([]);

    await child.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="late">要增强四个意识。</p>'));
    await expect.poll(async () => (await paintedRanges(child)).map((r) => r.text), { timeout: 10_000 }).toContain('四个意识');
    expect((await timings(child)).map(([n]) => n)).toContain('tifa-lens:task:read-dictionary');
    await page.close();
  });

  it('reads no dictionary in a top frame without Chinese text, although it fetched one early, and highlights once some arrives', async () => {
    const { server, browser } = session;
    server.route('/gate-english.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html('<p>Notice: the office is closed on Monday.</p>'));
    });
    const page = await browser.context.newPage();
    await page.goto(server.url('gate-english.html?tifa-lens-profile'));
    await expect.poll(async () => (await timings(page.mainFrame())).map(([n]) => n), { timeout: 10_000 }).toContain('tifa-lens:task:gate');
    await page.waitForTimeout(1_000);
    expect((await timings(page.mainFrame())).map(([n]) => n)).not.toContain('tifa-lens:task:read-dictionary');

    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>要增强四个意识。</p>'));
    await expect.poll(async () => (await paintedRanges(page)).map((r) => r.text), { timeout: 10_000 }).toContain('四个意识');
    expect((await timings(page.mainFrame())).map(([n]) => n)).toContain('tifa-lens:task:read-dictionary');
    await page.close();
  });

  it('keeps the dictionary asset out of reach of page script at its fixed URL', async () => {
    const { server, browser } = session;
    const page = await browser.context.newPage();
    await page.goto(server.url('long-speech.html'));
    await expect.poll(async () => (await paintedRanges(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const fixedUrl = `chrome-extension://${browser.extensionId}/matcher.bin.gz`;
    const outcome = await page.evaluate(async (url) => {
      try {
        const r = await fetch(url);
        return r.ok ? 'fetched' : `status ${r.status}`;
      } catch {
        return 'refused';
      }
    }, fixedUrl);
    expect(outcome).not.toBe('fetched');
    await page.close();
  });
});
