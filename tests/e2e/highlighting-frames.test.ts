import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/session';
import type { Frame, Page } from 'playwright-core';
import { paintedRanges, planted, saveHighlightRegistry } from './support/highlights';
import { comparePngs } from './support/pixels';
import { KIND_STYLES } from '../../lib/highlighter/kind-styles';

const session = useExtensionSession({}, (browser) => saveHighlightRegistry(browser.context));

function frameOn(page: Page, host: string): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame() && new URL(f.url()).hostname === host);
  if (!frame) throw new Error(`no frame on ${host}`);
  return frame;
}

describe('frames and shadow DOM', () => {
  it('highlights the top page, a same-origin iframe and a cross-origin iframe, each on its own', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('frames.html'));
    await expect.poll(() => page.frames().length, { timeout: 10_000 }).toBe(3);
    await expect.poll(async () => planted(await paintedRanges(page)).map((r) => r.text), { timeout: 10_000 }).toEqual(['高度重视']);
    const same = page.frames().find((f) => f.url().endsWith('/frame-child.html') && new URL(f.url()).hostname === 'www.example.gov.cn')!;
    const cross = frameOn(page, 'other.example.gov.cn');
    for (const frame of [same, cross]) {
      await frame.waitForLoadState('load');
      await expect
        .poll(async () => planted(await paintedRanges(frame)).map((r) => [r.id, r.text]), { timeout: 10_000 })
        .toEqual([['child-text', '同志们'], ['child-text', '四个意识']]);
    }
    await page.close();
  });

  it('highlights inside open shadow roots, nested ones too, and follows them', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('shadow-root.html'));
    await expect
      .poll(async () => planted(await paintedRanges(page)).map((r) => [r.text, r.inShadow]), { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          ['同志们', false],
          ['高度重视', true],
          ['四个意识', true],
          ['不忘初心、牢记使命', true],
        ]),
      );
    expect(planted(await paintedRanges(page))).toHaveLength(4);
    await page.close();
  });

  it('paints the highlights inside a shadow root in their colour', async () => {
    const on = await session.browser.context.newPage();
    await on.goto(session.server.url('shadow-root.html'));
    await expect.poll(async () => planted(await paintedRanges(on)).length, { timeout: 10_000 }).toBe(4);
    const off = await session.browser.context.newPage();
    await off.goto(session.server.url('shadow-root.html', 'www.example.com'));
    await off.waitForTimeout(1_500);
    const clip = await on.evaluate(() => {
      const r = document.querySelector('speech-card')!.shadowRoot!.getElementById('in-shadow')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const bundle = KIND_STYLES.bundle.background;
    const cmp = await comparePngs(session.browser.context, await on.screenshot({ clip }), await off.screenshot({ clip }), [bundle]);
    expect(cmp.colours[bundle]![0]).toBeGreaterThan(100);
    expect(cmp.colours[bundle]![1]).toBe(0);
    await on.close();
    await off.close();
  });
});
