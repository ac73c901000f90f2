import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withExtensionBrowser } from './support/session';
import { NOTES_EXTENSION_DIR, noteDraft, openNotesPage, sendFromPage, shownNoteIds } from './support/notes-page';

let work: string;
let buildA: string;
let buildB: string;
let profile: string;

/** Build B is build A with the next version number: what an update delivers. */
async function bumpVersion(dir: string): Promise<string> {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { version: string };
  const parts = manifest.version.split('.').map(Number);
  parts[parts.length - 1]! += 1;
  manifest.version = parts.join('.');
  await writeFile(file, JSON.stringify(manifest));
  return manifest.version;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tifa-notes-update-'));
  buildA = join(work, 'build-a');
  buildB = join(work, 'build-b');
  profile = join(work, 'profile');
  await cp(NOTES_EXTENSION_DIR, buildA, { recursive: true });
  await cp(NOTES_EXTENSION_DIR, buildB, { recursive: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('notes survive a browser restart and an extension update', () => {
  let ids: string[] = [];
  let extensionId = '';

  it('writes notes with build A', async () => {
    await withExtensionBrowser({ userDataDir: profile, extensionDir: buildA, keepProfile: true }, async (browser) => {
      extensionId = browser.extensionId;
      const page = await openNotesPage(browser);
      for (let n = 0; n < 3; n++) await sendFromPage(page, 'notes:add', noteDraft(n));
      await expect.poll(() => shownNoteIds(page)).toHaveLength(3);
      ids = await shownNoteIds(page);
    });
  });

  it('finds them after the browser restarts', async () => {
    await withExtensionBrowser({ userDataDir: profile, extensionDir: buildA, keepProfile: true }, async (browser) => {
      const page = await openNotesPage(browser);
      expect(await shownNoteIds(page)).toEqual(ids);
    });
  });

  it('finds them after updating to build B, under the same extension id', async () => {
    const version = await bumpVersion(buildB);
    await withExtensionBrowser({ userDataDir: profile, extensionDir: buildB, keepProfile: true }, async (browser) => {
      expect(browser.extensionId).toBe(extensionId);
      const page = await openNotesPage(browser);
      expect(await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe(version);
      expect(await shownNoteIds(page)).toEqual(ids);
      const added = await sendFromPage<{ id: string }>(page, 'notes:add', noteDraft(9));
      await expect.poll(() => shownNoteIds(page)).toEqual([added.id, ...ids]);
    });
  });
});
