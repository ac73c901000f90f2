import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';
import { EXTENSION_DIR } from './paths';

/** The build the notes tests load: the normal one unless NOTES_EXTENSION_DIR points elsewhere. */
export const NOTES_EXTENSION_DIR = process.env.NOTES_EXTENSION_DIR ?? EXTENSION_DIR;

const DRAFT_PHRASES = [
  { phrase: '真抓实干', prefix: '全县上下要', suffix: '，以钉钉子精神抓落实' },
  { phrase: '全面从严治党', prefix: '坚定不移推进', suffix: '向纵深发展' },
  { phrase: '两个维护', prefix: '始终做到', suffix: '，坚决贯彻落实' },
];

/** A note draft as the card will send it. */
export function noteDraft(n: number, overrides: Record<string, unknown> = {}) {
  const { phrase, prefix, suffix } = DRAFT_PHRASES[n % 3]!;
  return {
    entryId: `entry-${n % 3}`,
    phrase,
    page: { url: `https://www.example${n % 2}.gov.cn/speech-${n}.html`, title: `关于作风建设的讲话 ${n}` },
    anchor: {
      quote: { type: 'TextQuoteSelector', exact: phrase, prefix, suffix },
      position: { type: 'TextPositionSelector', start: 100 + n, end: 100 + n + phrase.length },
    },
    body: `笔记 ${n}：这一提法在本文中出现三次。`,
    tags: n % 2 ? ['作风'] : ['基层'],
    ...overrides,
  };
}

/** Send one protocol request from an extension page, as the card and the pages do. */
export async function sendFromPage<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ tifa: 1, type: t, payload: p }),
    [type, payload] as const,
  );
  const envelope = answer as { ok: boolean; value?: T; error?: string } | undefined;
  if (!envelope?.ok) throw new Error(`${type} failed: ${envelope?.error ?? 'no answer'}`);
  return envelope.value as T;
}

/** Every record and index key of the notes database, as canonical JSON, read in an extension page. */
export async function dumpNotesDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tifa-notes');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const done = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
    const out: Record<string, unknown> = { version: db.version };
    for (const name of [...db.objectStoreNames].sort()) {
      const store = db.transaction(name).objectStore(name);
      const indexes: Record<string, unknown> = {};
      for (const indexName of [...store.indexNames].sort()) indexes[indexName] = await done(store.index(indexName).getAllKeys());
      out[name] = { records: await done(store.getAll()), indexes };
    }
    db.close();
    const sortKeys = (_k: string, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v;
    return JSON.stringify(out, sortKeys);
  });
}

/** Stop every service worker of the profile, as Chrome does after 30 s idle. */
export async function stopServiceWorkers(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Open notes.html and wait until its list (or its empty state) is shown. */
export async function openNotesPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.openExtensionPage('notes.html');
  await page.locator('.notes-list[aria-busy="false"]').waitFor({ timeout: 15_000 });
  return page;
}

/** The ids of the notes shown, top to bottom. */
export function shownNoteIds(page: Page): Promise<string[]> {
  return page.locator('li.note').evaluateAll((items) => items.map((li) => li.getAttribute('data-id') ?? ''));
}
