import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { clickText, notedLayerIn, notesFrameOf, pointOfText, waitForHighlights, pressEscapeInNotesFrame } from './support/card';

const session = useExtensionSession();


/** Phrases marked as noted, counted in the closed layer (page script sees none of it). */
const noted = (page: Page) => notedLayerIn(page).count('.mark.first');

/** Open the card on a phrase; the notes live in its frame (an extension page). */
async function openCard(page: Page, text: string): Promise<Frame> {
  await clickText(page, text);
  return notesFrameOf(page);
}

describe('notes in the card', () => {
  it('adds a note from the card, marks the phrase, and shows both again after a reload', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('card-cases.html', 'notes.example.gov.cn'));
    await waitForHighlights(page);
    expect(await noted(page)).toBe(0);
    const frame = await openCard(page, '四个意识');
    const started = Date.now();
    await frame.locator('.add-note textarea').fill('县级文件里的“四个意识”，对照省里的提法。');
    await frame.locator('.add-note button[type=submit]').click();
    await expect.poll(() => frame.locator('.notes-here .note-body').allTextContents()).toEqual(['县级文件里的“四个意识”，对照省里的提法。']);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect.poll(() => noted(page)).toBe(1);
    await page.reload();
    await waitForHighlights(page);
    await expect.poll(() => noted(page)).toBe(1);
    const again = await openCard(page, '四个意识');
    await expect.poll(() => again.locator('.notes-here .note-body').count()).toBe(1);
    await page.close();
  });

  it('re-anchors a note whose text moved, and keeps it after the service worker stops', async () => {
    const { readFileSync } = await import('node:fs');
    const { PAGES_DIR } = await import('./support/paths');
    const original = readFileSync(`${PAGES_DIR}/card-cases.html`, 'utf8');
    let version = 0;
    session.server.route('/moving.html', (_req, res) => {
      // The second version gains a paragraph above: the note's stored position is now wrong.
      const html = version++ === 0 ? original : original.replace('<h1>', `<p>${'新增的一段导语文字。'.repeat(8)}</p><h1>`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('moving.html', 'moved.example.gov.cn'));
    await waitForHighlights(page);
    const frame = await openCard(page, '高度重视');
    await frame.locator('.add-note textarea').fill('结尾的套话');
    await frame.locator('.add-note button[type=submit]').click();
    await expect.poll(() => noted(page)).toBe(1);
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.reload();
    await waitForHighlights(page);
    expect(await page.locator('p').first().textContent()).toContain('新增的一段导语文字');
    await expect.poll(() => noted(page)).toBe(1);
    // The one mark lies under 高度重视, where it is now.
    const phrase = await pointOfText(page, '高度重视');
    const mark = (await notedLayerIn(page).box('.mark.first'))!;
    expect(phrase.x).toBeGreaterThan(mark.x);
    expect(phrase.x).toBeLessThan(mark.x + mark.width);
    expect(mark.y - phrase.y).toBeGreaterThan(0);
    expect(mark.y - phrase.y).toBeLessThan(30);
    await page.close();
  });

  it('edits and deletes a note in the card, with a confirm before deleting', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('card-cases.html', 'edit.example.gov.cn'));
    await waitForHighlights(page);
    const frame = await openCard(page, '四个意识');
    await frame.locator('.add-note textarea').fill('初稿');
    await frame.locator('.add-note button[type=submit]').click();
    const note = frame.locator('.notes-here .note');
    await expect.poll(() => note.count()).toBe(1);
    await note.getByRole('button', { name: '编辑' }).click();
    await note.locator('textarea').fill('改过的笔记');
    await note.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => note.locator('.note-body').textContent()).toBe('改过的笔记');
    await note.getByRole('button', { name: '删除' }).click();
    expect(await note.count()).toBe(1);
    await note.locator('.danger').click();
    await expect.poll(() => note.count()).toBe(0);
    await expect.poll(() => noted(page)).toBe(0);
    // Esc inside the notes frame closes the card, as it does in the rest of the card.
    await pressEscapeInNotesFrame(page, frame);
    await page.close();
  });
});
