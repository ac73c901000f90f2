import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { NOTES_EXTENSION_DIR, dumpNotesDatabase, noteDraft, openNotesPage, sendFromPage, shownNoteIds } from './support/notes-page';

/** Two browsers, each with its own profile: notes exported from one are imported into the other. */
const sourceSession = useExtensionSession({ extensionDir: NOTES_EXTENSION_DIR });
const targetSession = useExtensionSession({ extensionDir: NOTES_EXTENSION_DIR });
const files: Record<string, { name: string; bytes: Buffer }> = {};

/** Choose an export format in the menu and return the downloaded file. */
async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('.export-menu summary').click();
  const [event] = await Promise.all([page.waitForEvent('download'), page.locator(`.menu button[data-format="${format}"]`).click()]);
  const path = await event.path();
  return { name: event.suggestedFilename(), bytes: await readFile(path) };
}

async function importBytes(page: Page, name: string, bytes: Buffer, mimeType = 'application/json') {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: bytes });
  await page.locator('.notice[data-kind="imported"], .notice[data-kind="import-failed"]').waitFor();
  return page.locator('.notice').innerText();
}

describe('export and import in Chromium', () => {
  it('exports all notes in each format', async () => {
    const page = await openNotesPage(sourceSession.browser);
    for (let n = 0; n < 5; n++) await sendFromPage(page, 'notes:add', noteDraft(n, n === 4 ? { body: '=HYPERLINK("http://evil")', page: null, anchor: null } : {}));
    await expect.poll(() => page.locator('li.note').count()).toBe(5);
    for (const format of ['json', 'csv', 'markdown', 'annotation']) files[format] = await download(page, format);

    expect(files.json!.name).toMatch(/^tifa-notes-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(files.json!.bytes.toString('utf8'));
    expect(json).toMatchObject({ format: 'tifa-lens-notes', version: 1, settings: { personalPhrases: [], hiddenEntries: [] } });
    expect(typeof json.dictionary.version).toBe('string');
    expect(json.notes).toHaveLength(5);

    const csv = files.csv!.bytes;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.toString('utf8');
    expect(csvText).toContain('id,phrase,entry_id,note,tags');
    expect(csvText).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvText.split('\r\n')).toHaveLength(7);

    const md = files.markdown!.bytes.toString('utf8');
    expect(md).toContain('## 真抓实干');
    expect(md).toContain('[关于作风建设的讲话 3](<https://www.example1.gov.cn/speech-3.html>)');

    const ld = JSON.parse(files.annotation!.bytes.toString('utf8'));
    expect(ld.type).toBe('AnnotationCollection');
    expect(ld.first.items).toHaveLength(5);
    expect(ld.first.items[0].target).toBe('urn:tifa-lens:entry:entry-1');
    expect(ld.first.items[1].target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    await page.close();
  });

  it('exports only the filtered notes when filtered', async () => {
    const page = await openNotesPage(sourceSession.browser);
    await page.locator('select[name="tag"]').selectOption('作风');
    await expect.poll(() => page.locator('li.note').count()).toBe(2);
    const file = await download(page, 'json');
    expect(JSON.parse(file.bytes.toString('utf8')).notes).toHaveLength(2);
    await page.close();
  });

  it('imports the JSON export into a fresh profile and shows the same notes', async () => {
    const page = await openNotesPage(targetSession.browser);
    const summary = await importBytes(page, files.json!.name, files.json!.bytes);
    expect(summary).toContain('新增 5 条，更新 0 条，跳过 0 条');
    const sourcePage = await openNotesPage(sourceSession.browser);
    await expect.poll(() => shownNoteIds(page)).toEqual(await shownNoteIds(sourcePage));
    expect(await page.locator('li.note .body').allTextContents()).toEqual(await sourcePage.locator('li.note .body').allTextContents());
    await sourcePage.close();
    const again = await importBytes(page, files.annotation!.name, files.annotation!.bytes, 'application/ld+json');
    expect(again).toContain('跳过 5 条');
    expect(again).toContain('5 条与本地完全相同');
    await page.close();
  });

  it('refuses bad files with a clear message and changes nothing', async () => {
    const page = await openNotesPage(targetSession.browser);
    const before = await dumpNotesDatabase(page);
    const bad: Array<[string, Buffer, string]> = [
      ['proto.json', Buffer.from('{"format":"tifa-lens-notes","version":1,"notes":[],"__proto__":{"polluted":true}}'), '不允许的字段名'],
      ['latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]), '不是 UTF-8'],
      ['future.json', Buffer.from('{"format":"tifa-lens-notes","version":9,"notes":[]}'), '版本不受支持'],
      ['truncated.json', files.json!.bytes.subarray(0, 200), '不是有效的 JSON'],
    ];
    for (const [name, bytes, message] of bad) {
      const text = await importBytes(page, name, bytes);
      expect(text).toContain(`无法导入“${name}”`);
      expect(text).toContain(message);
      expect(text).toContain('没有改动任何笔记');
      await page.locator('.notice .close').click();
    }
    expect(await dumpNotesDatabase(page)).toBe(before);
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    await page.close();
  });
});
