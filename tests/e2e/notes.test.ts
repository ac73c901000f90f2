import { describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { useExtensionSession, withExtensionBrowser } from './support/session';
import { bodyColours, contrastOf, expectLegibleInBothSchemes } from './support/colours';
import { SCREENSHOT_DIR } from './support/paths';
import {
  NOTES_EXTENSION_DIR, noteDraft, openNotesPage, sendFromPage, shownNoteIds, stopServiceWorkers,
} from './support/notes-page';


const session = useExtensionSession({ extensionDir: NOTES_EXTENSION_DIR });

describe('notes.html', () => {
  it('shows notes added through the protocol at once, newest first', async () => {
    const page = await openNotesPage(session.browser);
    expect(await page.locator('.empty').textContent()).toContain('还没有笔记');
    const first = await sendFromPage<{ id: string }>(page, 'notes:add', noteDraft(1));
    await expect.poll(() => shownNoteIds(page)).toEqual([first.id]);
    const second = await sendFromPage<{ id: string }>(page, 'notes:add', noteDraft(2, { body: '第二条 <img src=x onerror="window.__pwned=1">' }));
    await expect.poll(() => shownNoteIds(page)).toEqual([second.id, first.id]);
    const top = page.locator('li.note').first();
    expect(await top.locator('.phrase').textContent()).toBe('两个维护');
    expect(await top.locator('.body').textContent()).toBe('第二条 <img src=x onerror="window.__pwned=1">');
    expect(await page.locator('li.note img').count()).toBe(0);
    expect(await top.locator('.note-foot a').getAttribute('href')).toBe('https://www.example0.gov.cn/speech-2.html');
    expect(await top.locator('.quote mark').textContent()).toBe('两个维护');
    expect(await page.getByTestId('notes-total').textContent()).toContain('共 2 条');
    await page.close();
  });

  it('searches, filters and edits', async () => {
    const page = await openNotesPage(session.browser);
    await sendFromPage(page, 'notes:add', noteDraft(3, { body: '关于浙江基层减负的观察', tags: ['减负'] }));
    await page.locator('input.search').fill('浙江 减负');
    await expect.poll(() => page.locator('li.note .body').allTextContents()).toEqual(['关于浙江基层减负的观察']);
    await page.locator('input.search').fill('');
    await page.locator('select[name="tag"]').selectOption('作风');
    await expect.poll(() => page.locator('li.note').count()).toBe(1);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => page.locator('li.note').count()).toBe(3);

    const note = page.locator('li.note').first();
    await note.getByRole('button', { name: '编辑' }).click();
    await note.locator('textarea[name="body"]').fill('改写后的笔记：见省委 2023 年文件。');
    await note.locator('input[name="tags"]').fill('减负，省级');
    await note.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => note.locator('.body').textContent()).toBe('改写后的笔记：见省委 2023 年文件。');
    expect(await note.locator('.tag').allTextContents()).toEqual(['#减负', '#省级']);
    await page.reload();
    await page.locator('.notes-list[aria-busy="false"]').waitFor();
    expect(await page.locator('li.note .body').first().textContent()).toBe('改写后的笔记：见省委 2023 年文件。');
    await page.close();
  });

  it('deletes with undo', async () => {
    const page = await openNotesPage(session.browser);
    const before = await shownNoteIds(page);
    await page.locator('li.note').first().getByRole('button', { name: '删除' }).click();
    await expect.poll(() => shownNoteIds(page)).toEqual(before.slice(1));
    await page.locator('.notice').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => shownNoteIds(page)).toEqual(before);
    await page.close();
  });

  it('keeps every note when the service worker is stopped, and answers again after', async () => {
    const page = await openNotesPage(session.browser);
    const before = await shownNoteIds(page);
    await stopServiceWorkers(session.browser, page);
    await page.reload();
    await page.locator('.notes-list[aria-busy="false"]').waitFor();
    expect(await shownNoteIds(page)).toEqual(before);
    const added = await sendFromPage<{ id: string }>(page, 'notes:add', noteDraft(4));
    await expect.poll(() => shownNoteIds(page)).toEqual([added.id, ...before]);
    await page.close();
  });

  it('looks finished in light and dark (screenshots)', async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const page = await openNotesPage(session.browser);
    await sendFromPage(page, 'notes:add', noteDraft(5, { page: null, anchor: null, body: '针对这个提法整体的笔记：2017 年后取代了旧说法。', tags: [] }));
    const orphan = await sendFromPage<{ id: string }>(page, 'notes:add', noteDraft(6, { body: '网页改版后原文被删。' }));
    await sendFromPage(page, 'notes:setAnchor', { id: orphan.id, position: null });
    await expect.poll(() => page.locator('li.note.orphaned').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/notes-light.png`, fullPage: true });
    const light = await bodyColours(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/notes-dark.png`, fullPage: true });
    const dark = await bodyColours(page);
    // What the user sees: a dark background in dark mode, and text that reads on it (WCAG AA).
    expectLegibleInBothSchemes(light, dark);
    // The notes themselves, not only the page behind them, read in dark mode.
    const note = await page.locator('li.note').first().evaluate((el) => {
      let bg = 'rgba(0, 0, 0, 0)';
      for (let e: Element | null = el; e && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); e = e.parentElement) bg = getComputedStyle(e).backgroundColor;
      return { text: getComputedStyle(el).color, background: bg };
    });
    expect(contrastOf(note.text, note.background)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('speaks English when the browser is not Chinese', async () => {
    await withExtensionBrowser({ extensionDir: NOTES_EXTENSION_DIR, locale: 'en-US' }, async (english) => {
      const page = await openNotesPage(english);
      expect(await page.locator('h1').textContent()).toBe('My notes');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.title()).toBe('Tifa Lens · Notes');
    });
  });
});
