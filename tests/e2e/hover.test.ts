import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { cardIn, clickText, hoverTipIn, notedLayerIn, notesFrameOf, pointOfText, pressEscapeInNotesFrame, waitForHighlights } from './support/card';
import { SCREENSHOT_DIR } from './support/paths';
import { saveHighlightRegistry } from './support/highlights';
import { kindLabel } from './support/reference-count';

const session = useExtensionSession({}, (browser) => saveHighlightRegistry(browser.context));

async function open(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url(path));
  await waitForHighlights(page);
  return page;
}

/** A real mouse coming to rest on the n-th occurrence of `text`; returns where it rests. */
async function hover(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const at = await pointOfText(page, text, nth);
  await page.mouse.move(at.x - 30, at.y + 40);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  return at;
}

/** The computed cursor of the element under a viewport point, as the page's own script would read it. */
const cursorAt = (page: Page, at: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => getComputedStyle(document.elementFromPoint(x, y)!).cursor, at);

async function setLanguage(language: 'zh' | 'en'): Promise<void> {
  const options = await session.browser.openExtensionPage('options.html');
  await options.getByTestId('language').selectOption(language);
  await options.waitForTimeout(300);
  await options.close();
}

describe('hovering a highlight', () => {
  it('turns the cursor into a pointer and, after a short rest, shows the kind and the first use in a closed tooltip', async () => {
    const page = await open('card-cases.html');
    const plain = await hover(page, '结合本地实际');
    await page.waitForTimeout(700);
    expect(await cursorAt(page, plain)).not.toBe('pointer');
    expect(await hoverTipIn(page).count('.tip')).toBe(0);

    const at = await hover(page, '不忘初心、牢记使命');
    await expect.poll(() => cursorAt(page, at)).toBe('pointer');
    await expect.poll(() => hoverTipIn(page).text('.kind')).toBe(kindLabel('不忘初心、牢记使命', 'zh'));
    await expect.poll(() => hoverTipIn(page).text('.line')).toMatch(/^首见于 \d{4}年/);
    expect(await hoverTipIn(page).text('.hint')).toBe('点击查看出处和笔记');
    // Page script sees no open shadow root and none of the tooltip's words.
    expect(await page.evaluate(() => [...document.documentElement.children].some((el) => el.shadowRoot) || document.documentElement.innerText.includes('首见于'))).toBe(false);

    await page.mouse.move(plain.x, plain.y, { steps: 3 });
    await expect.poll(() => hoverTipIn(page).count('.tip')).toBe(0);
    await expect.poll(() => cursorAt(page, plain)).not.toBe('pointer');
    await page.close();
  });

  it('ignores mouse moves made by page script', async () => {
    const page = await open('card-cases.html');
    const plain = await hover(page, '结合本地实际');
    const target = await pointOfText(page, '不忘初心、牢记使命');
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++) document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
    }, target);
    await page.waitForTimeout(800);
    expect(await hoverTipIn(page).count('.tip')).toBe(0);
    expect(await cursorAt(page, plain)).not.toBe('pointer');
    await page.close();
  });

  it('takes a language changed in the settings into cards opened afterwards in a tab that was already open', async () => {
    const english = 'A set of demands summed up by a number, such as “the four consciousnesses”.';
    const page = await open('card-cases.html');
    await clickText(page, '四个意识');
    await expect.poll(() => cardIn(page).text('.kind-help')).toMatch(/[\u4e00-\u9fff]/);
    expect(await cardIn(page).text('.kind-help')).not.toBe(english);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIn(page).count('.card')).toBe(0);
    await setLanguage('en');
    await clickText(page, '四个意识');
    await expect.poll(() => cardIn(page).text('.kind-help')).toBe(english);
    await page.close();
    await setLanguage('zh');
  });

  it('speaks the UI language and follows a dark page (screenshots in zh and en, light and dark)', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const expected = { zh: { kind: kindLabel('不忘初心、牢记使命', 'zh'), line: /^首见于 / }, en: { kind: kindLabel('不忘初心、牢记使命', 'en'), line: /^First used / } };
    for (const language of ['zh', 'en'] as const) {
      await setLanguage(language);
      for (const [scheme, path] of [['light', 'card-cases.html'], ['dark', 'dark-page.html']] as const) {
        const page = await open(path);
        await hover(page, '不忘初心、牢记使命');
        await expect.poll(() => hoverTipIn(page).text('.kind')).toBe(expected[language].kind);
        await expect.poll(() => hoverTipIn(page).text('.line')).toMatch(expected[language].line);
        expect(await hoverTipIn(page).attr('.tip', 'class')).toBe(scheme === 'dark' ? 'tip dark' : 'tip');
        await page.screenshot({ path: `${SCREENSHOT_DIR}/hover-tip-${language}-${scheme}.png` });
        await page.close();
      }
    }
    // The card's words around the Chinese phrase are English too (screenshot for the item 15).
    const page = await open('card-cases.html');
    await clickText(page, '四个意识');
    await expect.poll(() => cardIn(page).text('.kind-help')).toBe('A set of demands summed up by a number, such as “the four consciousnesses”.');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/card-numbered-en.png` });
    await page.close();
    await setLanguage('zh');
  });

  it('tells apart two touching phrases of one colour, and draws a frame\'s fixed parts dotted', async () => {
    session.server.route('/touching.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><body style="font:28px/2 \'Noto Sans CJK SC\',sans-serif;margin:40px">' +
        '<p id="touching">同志们同志们，大家好。</p><p>以习近平新时代中国特色社会主义思想为指引，推动各项工作。</p></body>');
    });
    const page = await open('touching.html');
    const shaded = await page.evaluate(() => {
      const registry = (window as unknown as { __tifaRegistry: Map<string, Set<StaticRange>> }).__tifaRegistry;
      return [...(registry.get('tifa-seam') ?? [])].map((r) => [(r.startContainer as Text).data.slice(r.startOffset, r.endOffset), r.startOffset, r.startContainer.parentElement!.id]);
    });
    expect(shaded).toEqual([['同', 3, 'touching']]);
    expect(await page.evaluate(() => [...document.styleSheets, ...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).find((t) => t.includes('tifa-frame')))).toMatch(/dotted/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/touching-and-frame.png`, clip: { x: 0, y: 0, width: 900, height: 220 } });
    await page.close();
  });

  it('marks a noted phrase unlike any kind: a red double line with a dot at its start', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('card-cases.html', 'marker.example.gov.cn'));
    await waitForHighlights(page);
    await clickText(page, '四个意识');
    const frame = await notesFrameOf(page);
    await frame.locator('.add-note textarea').fill('标记');
    await frame.locator('.add-note button[type=submit]').click();
    await expect.poll(() => notedLayerIn(page).count('.mark.first')).toBe(1);
    await pressEscapeInNotesFrame(page, frame);
    expect(await notedLayerIn(page).style('.mark.first', 'border-bottom-style')).toBe('double');
    expect(await notedLayerIn(page).evaluate('.mark.first', '(all) => getComputedStyle(all[0], "::before").backgroundColor')).toBe('rgb(208, 0, 0)');
    await page.mouse.move(5, 5);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/noted-marker.png`, clip: { x: 0, y: 150, width: 700, height: 140 } });
    await page.close();
  });
});

