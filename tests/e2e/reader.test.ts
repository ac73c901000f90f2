import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/session';

const session = useExtensionSession();

describe('reader.html', () => {
  it('lists the five seed speeches and shows the first by default', async () => {
    const page = await session.browser.openExtensionPage('reader.html');
    await expect.poll(() => page.locator('.speech-list li').count()).toBe(5);
    await expect.poll(() => page.locator('.speech h1').textContent()).toContain('教育工作会暨作风建设提升年动员大会');
    expect(await page.locator('.speech .paragraph').first().textContent()).toContain('同志们');
    await page.close();
  });

  it('opens a speech at a paragraph from the URL, marked and scrolled into view', async () => {
    const page = await session.browser.openExtensionPage('reader.html#speech=4&p=12');
    const target = page.locator('#p-12');
    await expect.poll(() => target.getAttribute('class')).toContain('target');
    expect(await page.locator('.speech h1').textContent()).toBe('在全市能力作风建设提升年动员大会上的讲话');
    expect(await page.locator('.speech .speaker').textContent()).toBe('方国强');
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
    await page.evaluate(() => (location.hash = '#speech=2'));
    await expect.poll(() => page.locator('.speech').getAttribute('data-speech')).toBe('2');
    expect(await page.locator('.speech .meta').textContent()).toContain('1');
    await page.close();
  });
});
