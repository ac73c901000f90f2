import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/session';
import { loadCorpusFacts } from './support/corpus';

const session = useExtensionSession();
const facts = loadCorpusFacts();

describe('reader.html', () => {
  it('lists every corpus document by year and shows the first by default', async () => {
    const page = await session.browser.openExtensionPage('reader.html');
    await expect.poll(() => page.locator('.document-list li').count()).toBe(facts.index.documents.length);
    await expect.poll(() => page.locator('.document h1').textContent()).toBe(facts.index.documents[0]!.title);
    expect(await page.locator('.document .paragraph').first().textContent()).toContain('同志们');
    await page.locator('.doc-filter').fill('政府工作报告');
    const reports = facts.index.documents.filter((d) => d.title.includes('政府工作报告')).length;
    await expect.poll(() => page.locator('.document-list li').count()).toBe(reports);
    await page.close();
  });

  it('opens a seed speech at a paragraph from an old link, marked and scrolled into view', async () => {
    const page = await session.browser.openExtensionPage('reader.html#speech=4&p=12');
    const target = page.locator('#p-12');
    await expect.poll(() => target.getAttribute('class')).toContain('target');
    expect(await page.locator('.document h1').textContent()).toBe('在全市能力作风建设提升年动员大会上的讲话');
    expect(await page.locator('.document .speaker').textContent()).toBe('方国强');
    expect(await page.locator('.paragraph.target').count()).toBe(1);
    const inView = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.close();
  });

  it('marks an occurrence inside the paragraph and follows hash changes', async () => {
    const page = await session.browser.openExtensionPage('reader.html#speech=5&p=3&from=0&to=4');
    await expect.poll(() => page.locator('#p-3 mark.occurrence').textContent()).toBe('党政机关');
    await page.evaluate(() => (location.hash = '#doc=seed-2'));
    await expect.poll(() => page.locator('.document').getAttribute('data-doc')).toBe('seed-2');
    await page.close();
  });
});
