import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { cardPart, clickText, waitForHighlights } from './support/card';
import { loadCorpusFacts, pageWith, widelyUsedPhrase } from './support/corpus';
import { SCREENSHOT_DIR } from './support/paths';

const session = useExtensionSession();
const facts = loadCorpusFacts();
const { entry, usage } = widelyUsedPhrase(facts);
const month = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月`;

beforeAll(() => {
  session.server.route('/phrase.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageWith(entry.text)));
  session.server.route('/phrase-thrice.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageWith(entry.text, { times: 3 })));
  session.server.route('/phrase-dark.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageWith(entry.text, { dark: true })));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

async function openCard(path = 'phrase.html'): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url(path));
  await waitForHighlights(page);
  await clickText(page, entry.text);
  await expect.poll(() => cardPart(page, '.first-use').count(), { timeout: 10_000 }).toBe(1);
  return page;
}

describe('the provenance card over the dated corpus', () => {
  it('names the first use in this corpus, draws uses per year with the peak, and lists the earliest use first', async () => {
    const page = await openCard();
    expect(await cardPart(page, '.on-page-count').textContent()).toBe('本页仅此 1 处');
    expect(await cardPart(page, '.first-use').textContent()).toContain(`首见于 ${month(usage.first!.date!)}`);
    expect(await cardPart(page, '.first-use').textContent()).toContain(usage.first!.title.slice(0, 10));
    expect(await cardPart(page, '.usage h3').textContent()).toContain(`在本文献库中（${facts.index.documents.length} 篇文件`);
    expect(await cardPart(page, '.timeline rect.bar').count()).toBe(usage.timeline.counts.filter((c) => c > 0).length);
    expect(await cardPart(page, '.timeline rect.peak').getAttribute('data-year')).toBe(String(usage.timeline.peak));
    expect(await cardPart(page, '.peak').first().textContent()).toContain(String(usage.timeline.peak));
    const svg = await cardPart(page, '.timeline svg').boundingBox();
    expect(svg!.width).toBeGreaterThan(300);
    expect(await cardPart(page, '.occurrence').first().getAttribute('data-doc')).toBe(usage.first!.id);
    expect(await cardPart(page, '.occurrence .snippet mark').first().textContent()).toBe(entry.text);
    expect(await cardPart(page, '.spread-seeds').textContent()).toContain(String(usage.spread.seedSpeeches));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/card-corpus-zh-light.png` });
    await page.close();
  });

  it('pages through every use with "show more"', async () => {
    const page = await openCard();
    const before = await cardPart(page, '.occurrence').count();
    await cardPart(page, '.show-all').click();
    await expect.poll(() => cardPart(page, '.occurrence').count()).toBe(Math.min(usage.total, before + 10));
    await page.close();
  });

  it('opens the reader at the corpus paragraph with the phrase marked, reusing one reader tab', async () => {
    const page = await openCard();
    const readerPage = session.browser.context.waitForEvent('page');
    await cardPart(page, '.read-in-context').first().click();
    const reader = await readerPage;
    await expect.poll(() => reader.url()).toMatch(new RegExp(`reader\\.html#doc=${usage.first!.id}&p=\\d+&from=\\d+&to=\\d+$`));
    await expect.poll(() => reader.locator('.paragraph.target mark.occurrence').textContent()).toBe(entry.text);
    expect(await reader.locator('.document h1').textContent()).toBe(usage.first!.title);
    const pages = session.browser.context.pages().length;
    await page.bringToFront();
    await cardPart(page, '.read-in-context').nth(1).click();
    await expect.poll(() => reader.url()).not.toContain(`doc=${usage.first!.id}&`);
    await expect.poll(() => reader.locator('.paragraph.target mark.occurrence').textContent()).toBe(entry.text);
    expect(session.browser.context.pages().length).toBe(pages);
    await reader.close();
    await page.close();
  });

  it('counts the phrase on this page and steps to the next and previous occurrence', async () => {
    const page = await openCard('phrase-thrice.html');
    expect(await cardPart(page, '.on-page-count').textContent()).toBe('本页共 3 处，这是第 1 处');
    await cardPart(page, '.step.next').click();
    await expect.poll(() => cardPart(page, '.on-page-count').textContent()).toBe('本页共 3 处，这是第 2 处');
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(300);
    await cardPart(page, '.step.prev').click();
    await cardPart(page, '.step.prev').waitFor();
    await expect.poll(() => cardPart(page, '.on-page-count').textContent()).toBe('本页共 3 处，这是第 1 处');
    await cardPart(page, '.step.prev').click();
    await expect.poll(() => cardPart(page, '.on-page-count').textContent()).toBe('本页共 3 处，这是第 3 处');
    await page.close();
  });

  it('answers with the worker stopped', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('phrase.html'));
    await waitForHighlights(page);
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    await clickText(page, entry.text);
    await expect.poll(() => cardPart(page, '.first-use').textContent(), { timeout: 15_000 }).toContain(month(usage.first!.date!));
    expect(await cardPart(page, '.occurrence').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('looks right in dark and in English (screenshots)', async () => {
    const dark = await openCard('phrase-dark.html');
    await expect.poll(() => cardPart(dark, '.card').getAttribute('class')).toContain('dark');
    const peakFill = await cardPart(dark, '.timeline rect.peak').evaluate((el) => getComputedStyle(el).fill);
    const barFill = await cardPart(dark, '.timeline rect.bar:not(.peak)').first().evaluate((el) => getComputedStyle(el).fill);
    expect(peakFill).not.toBe(barFill);
    await dark.screenshot({ path: `${SCREENSHOT_DIR}/card-corpus-zh-dark.png` });
    await dark.close();
    const options = await session.browser.openExtensionPage('options.html');
    await options.getByTestId('language').selectOption('en');
    await options.waitForTimeout(300);
    await options.close();
    for (const [path, name] of [['phrase.html', 'en-light'], ['phrase-dark.html', 'en-dark']] as const) {
      const page = await openCard(path);
      expect(await cardPart(page, '.first-use').textContent()).toMatch(/^First used \w+\.? \d{4} in /);
      expect(await cardPart(page, '.usage h3').textContent()).toContain('In this corpus');
      await page.screenshot({ path: `${SCREENSHOT_DIR}/card-corpus-${name}.png` });
      await page.close();
    }
  });
});

describe('the reader over the corpus', () => {
  it('opens any corpus document at a paragraph, with its header and the occurrence marked', async () => {
    const flat = facts.index.occurrences[entry.id]!;
    const i = Array.from({ length: flat.length / 4 }, (_, k) => k).find((k) => !facts.index.documents[flat[k * 4]!]!.id.startsWith('seed-'))!;
    const [d, p, from, to] = flat.slice(i * 4, i * 4 + 4) as [number, number, number, number];
    const meta = facts.index.documents[d]!;
    const reader = await session.browser.openExtensionPage(`reader.html#doc=${meta.id}&p=${p}&from=${from}&to=${to}`);
    await expect.poll(() => reader.locator(`#p-${p} mark.occurrence`).textContent()).toBe(facts.documents[d]!.paragraphs[p]!.slice(from, to));
    expect(await reader.locator('.document h1').textContent()).toBe(meta.title);
    expect(await reader.locator('.document .date').textContent()).toBe(meta.date);
    expect(await reader.locator('.document .organ').textContent()).toBe(meta.organ);
    expect(await reader.locator('.document .source').textContent()).toContain(meta.source!.repo);
    const inView = await reader.locator(`#p-${p}`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await reader.locator('.document-list li').count()).toBe(facts.index.documents.length);
    await reader.locator('.genre-filter').selectOption('congress-report');
    const congress = facts.index.documents.filter((x) => x.genre === 'congress-report').length;
    await expect.poll(() => reader.locator('.document-list li').count()).toBe(congress);
    await reader.screenshot({ path: `${SCREENSHOT_DIR}/reader-corpus.png` });
    await reader.close();
  });

  it('searches the corpus: every use, counts per year, each linked to its paragraph', async () => {
    const term = entry.text;
    let total = 0;
    const years = new Set<number>();
    for (const doc of facts.documents) {
      for (const p of doc.paragraphs) {
        for (let at = p.indexOf(term); at >= 0; at = p.indexOf(term, at + term.length)) {
          total++;
          if (doc.meta.year) years.add(doc.meta.year);
        }
      }
    }
    const reader = await session.browser.openExtensionPage('reader.html');
    await reader.locator('.corpus-search').fill(term);
    await reader.locator('.corpus-search').press('Enter');
    await expect.poll(() => reader.locator('.search-summary').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`(^| )${total}( |处|uses)`));
    expect(await reader.locator('.per-year tr').count()).toBe(years.size);
    await reader.screenshot({ path: `${SCREENSHOT_DIR}/reader-search.png` });
    await reader.locator('.hit a').first().click();
    await expect.poll(() => reader.locator('.paragraph.target mark.occurrence').textContent()).toBe(term);
    await reader.close();
  });

  it('keeps old #speech= links working: they open the seed speech as document seed-N', async () => {
    const seed = facts.documents.find((x) => x.meta.id === 'seed-4')!;
    const reader = await session.browser.openExtensionPage('reader.html#speech=4&p=12');
    await expect.poll(() => reader.locator('.document').getAttribute('data-doc')).toBe('seed-4');
    expect(await reader.locator('.document h1').textContent()).toBe(seed.meta.title);
    await expect.poll(() => reader.locator('#p-12').getAttribute('class')).toContain('target');
    expect(await reader.locator('#p-12').textContent()).toContain(seed.paragraphs[12]!.slice(0, 10));
    await reader.close();
  });
});
