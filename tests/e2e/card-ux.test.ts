import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { useExtensionSession } from './support/session';
import { SCREENSHOT_DIR } from './support/paths';
import { cardIn, clickText, notesFrameOf, toastIn, waitForHighlights, pressEscapeInNotesFrame } from './support/card';
import { kindRangeCount } from './support/highlights';
import { openTab, sendFromExtension, sendToTab } from './support/tabs';

const session = useExtensionSession();
mkdirSync(SCREENSHOT_DIR, { recursive: true });

type Box = { x: number; y: number; width: number; height: number };

/**
 * Scroll so that the n-th `text` stands at `fraction` of the viewport's height; returns the
 * point to click and the box of the phrase's line(s) (all of its client rects).
 */
async function phraseAt(page: Page, text: string, fraction: number, nth = 0): Promise<{ x: number; y: number; line: Box }> {
  return page.evaluate(({ text, fraction, nth }) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let at = (n as Text).data.indexOf(text); at >= 0; at = (n as Text).data.indexOf(text, at + 1)) {
        if (seen++ !== nth) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        const before = range.getBoundingClientRect();
        window.scrollBy(0, before.top - window.innerHeight * fraction);
        const rects = [...range.getClientRects()];
        const top = Math.min(...rects.map((r) => r.top));
        const bottom = Math.max(...rects.map((r) => r.bottom));
        const first = rects[0]!;
        return { x: first.left + Math.min(first.width, 30) / 2, y: first.top + first.height / 2, line: { x: 0, y: top, width: window.innerWidth, height: bottom - top } };
      }
    }
    throw new Error(`${text} not found`);
  }, { text, fraction, nth });
}

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the card keeps the phrase in sight', () => {
  for (const size of [{ width: 1280, height: 900 }, { width: 800, height: 600 }]) {
    it(`never covers the clicked phrase's line at the top, middle or bottom of a ${size.width}×${size.height} window`, async () => {
      const page = await session.browser.context.newPage();
      await page.setViewportSize(size);
      await page.goto(session.server.url('long-speech.html'));
      await waitForHighlights(page);
      // Room to scroll the phrase anywhere in the viewport.
      await page.evaluate(() => Object.assign(document.body.style, { paddingTop: '1500px', paddingBottom: '1500px' }));
      for (const fraction of [0.06, 0.3, 0.5, 0.7, 0.92]) {
        await page.keyboard.press('Escape');
        await expect.poll(() => cardIn(page).count('.card')).toBe(0);
        const { x, y, line } = await phraseAt(page, '不忘初心、牢记使命', fraction);
        await page.mouse.click(x, y);
        // Placed again once the provenance has arrived and the card has its full height.
        await expect.poll(() => cardIn(page).count('.occurrence')).toBeGreaterThan(0);
        await page.waitForTimeout(100);
        const card = (await cardIn(page).box('.card'))!;
        expect(intersects(card, line), `card ${JSON.stringify(card)} over line ${JSON.stringify(line)} at ${fraction}`).toBe(false);
        expect(card.y).toBeGreaterThanOrEqual(0);
        expect(card.y + card.height).toBeLessThanOrEqual(size.height);
        if (fraction === 0.5) await page.screenshot({ path: `${SCREENSHOT_DIR}/card-placement-${size.width}x${size.height}-middle.png` });
        // What does not fit scrolls inside the card.
        expect(await cardIn(page).style('.card', 'overflow-y')).toBe('auto');
      }
      await page.close();
    });
  }
});

describe('an unsent note in the card', () => {
  it('survives a scroll and an Esc: the reopened card has the text and tags again', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('card-cases.html', 'drafts.example.gov.cn'));
    await waitForHighlights(page);
    await clickText(page, '四个意识');
    let frame = await notesFrameOf(page);
    await frame.locator('.add-note textarea').fill('还没写完的笔记');
    await frame.locator('.add-note .tags-input').fill('待查');
    // Scrolled inside, the card keeps its place and its scroll position.
    const before = (await cardIn(page).box('.card'))!;
    const scrolled = await cardIn(page).evaluate<number>('.card', '(all) => { all[0].scrollTop = all[0].scrollHeight; return all[0].scrollTop; }');
    expect(scrolled).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    expect(await cardIn(page).evaluate<number>('.card', '(all) => all[0].scrollTop')).toBe(scrolled);
    expect((await cardIn(page).evaluate<{ y: number }>('.card', '(all) => ({ y: all[0].getBoundingClientRect().y })'))!.y).toBe(before.y);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/card-note-draft.png` });
    // Focus leaves the card; the phrase scrolls out of view: a card with a draft stays.
    await page.focus('#link');
    await page.evaluate(() => window.scrollTo(0, 1500));
    await page.waitForTimeout(400);
    expect(await cardIn(page).count('.card')).toBe(1);
    expect(await frame.locator('.draft-kept').count()).toBe(1);
    await pressEscapeInNotesFrame(page, frame);
    await clickText(page, '四个意识');
    frame = await notesFrameOf(page);
    await expect.poll(() => frame.locator('.add-note textarea').inputValue()).toBe('还没写完的笔记');
    expect(await frame.locator('.add-note .tags-input').inputValue()).toBe('待查');
    // Another phrase has its own (empty) form.
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIn(page).count('.card')).toBe(0);
    await clickText(page, '不忘初心、牢记使命');
    const other = await notesFrameOf(page);
    expect(await other.locator('.add-note textarea').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    // Discarding forgets it.
    await clickText(page, '四个意识');
    frame = await notesFrameOf(page);
    await expect.poll(() => frame.locator('.add-note textarea').inputValue()).toBe('还没写完的笔记');
    await frame.locator('.discard-draft').click();
    expect(await frame.locator('.add-note textarea').inputValue()).toBe('');
    await pressEscapeInNotesFrame(page, frame);
    await clickText(page, '四个意识');
    frame = await notesFrameOf(page);
    await page.waitForTimeout(200);
    expect(await frame.locator('.add-note textarea').inputValue()).toBe('');
    await page.close();
  });

  it('a card with focus inside stays open when the page scrolls', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('card-cases.html'));
    await waitForHighlights(page);
    await page.focus('#link');
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => cardIn(page).count('.card')).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await page.waitForTimeout(400);
    expect(await cardIn(page).count('.card')).toBe(1);
    const card = (await cardIn(page).box('.card'))!;
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.y + card.height).toBeLessThanOrEqual(900);
    await page.close();
  });

  it('sets tags in the card, and a whole-phrase note keeps the page it was written on', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('card-cases.html', 'tags.example.gov.cn'));
    await waitForHighlights(page);
    await clickText(page, '高度重视');
    const frame = await notesFrameOf(page);
    await frame.locator('.add-note textarea').fill('本报告多次出现');
    await frame.locator('.add-note .tags-input').fill('作风，县级 #待查');
    await frame.locator('.add-note input[type=checkbox]').check();
    await frame.locator('.add-note button[type=submit]').click();
    await expect.poll(() => frame.locator('.notes-here .note-page.whole').count()).toBe(1);
    const options = await session.browser.openExtensionPage('options.html');
    const exported = (await sendFromExtension(options, 'notes:export', { format: 'json', query: {} })) as { value: { text: string } };
    const notes = (JSON.parse(exported.value.text) as { notes: Array<{ body: string; tags: string[]; page: { url: string } | null; anchor: unknown }> }).notes;
    const note = notes.find((n) => n.body === '本报告多次出现')!;
    expect(note.tags).toEqual(['作风', '县级', '待查']);
    expect(note.page?.url).toMatch(/^http:\/\/tags\.example\.gov\.cn(:\d+)?\/card-cases\.html$/);
    expect(note.anchor).toBeNull();
    await expect.poll(() => frame.locator('.notes-here .note-tag').allTextContents()).toEqual(['#作风', '#县级', '#待查']);
    await options.close();
    await page.close();
  });
});

/** The text under the keyboard cursor's highlight. */
const currentText = (page: Page) =>
  page.evaluate(() => {
    const r = [...((CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get('tifa-current') ?? [])][0];
    if (!r) return null;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });

describe('the card and the keyboard cursor', () => {
  it('moves with "next phrase"', async () => {
    const { page, tabId } = await openTab(session.browser, session.server.url('card-cases.html'));
    await waitForHighlights(page);
    // "Next" goes on from the phrase whose card is open, and the card goes along.
    await clickText(page, '四个意识');
    await expect.poll(() => cardIn(page).text('.phrase')).toBe('四个意识');
    await sendToTab(session.browser, tabId, 'page:step', { direction: 'next' });
    await expect.poll(() => cardIn(page).text('.phrase')).toBe('不忘初心、牢记使命');
    await sendToTab(session.browser, tabId, 'page:step', { direction: 'prev' });
    await expect.poll(() => cardIn(page).text('.phrase')).toBe('四个意识');
    expect(await cardIn(page).count('.card')).toBe(1);
    expect(await currentText(page)).toBe('四个意识');
    // The card sits beside its new phrase, not over it.
    const phrase = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get('tifa-current')!;
      const r = [...h][0]!;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const b = range.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    });
    await page.waitForTimeout(200);
    expect(intersects((await cardIn(page).box('.card'))!, phrase)).toBe(false);
    await page.keyboard.press('Escape');
    // With no card open, stepping opens none.
    await sendToTab(session.browser, tabId, 'page:step', { direction: 'next' });
    await page.waitForTimeout(300);
    expect(await cardIn(page).count('.card')).toBe(0);
    await page.close();
  });
});

describe('"don\'t highlight this phrase"', () => {
  it('can be undone from the toast', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('card-cases.html'));
    await waitForHighlights(page);
    const numbered = () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('tifa-numbered')?.size ?? 0);
    expect(await numbered()).toBe(1);
    const before = await kindRangeCount(page);
    await clickText(page, '四个意识');
    // Wait for the card's final layout: it is placed again once its provenance arrives.
    await expect.poll(() => cardIn(page).count('.usage')).toBe(1);
    await cardIn(page).click('.hide-entry');
    await expect.poll(() => cardIn(page).count('.card')).toBe(0);
    await expect.poll(numbered).toBe(0);
    await expect.poll(() => toastIn(page).text('.toast-text')).toContain('四个意识');
    // Page script cannot press it.
    expect(await page.evaluate(() => document.querySelectorAll('.toast').length)).toBe(0);
    await toastIn(page).click('.undo');
    await expect.poll(numbered).toBe(1);
    expect(await kindRangeCount(page)).toBe(before);
    await expect.poll(() => toastIn(page).count('.toast')).toBe(0);
    await page.close();
  });
});
