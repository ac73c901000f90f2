import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { SCREENSHOT_DIR } from '../e2e/support/paths';
import { kindLabel } from '../e2e/support/reference-count';
import { finishedDownload } from './support/downloads';
import { cardShown, cardTexts, inCard, notedMarks } from './support/card-probe';
import { clickInNotesFrame, inNotesFrame, notesFrameTexts, waitForNotesFrame } from './support/notes-frame-probe';
import { clickSelector, clickText, texts, waitForSettledHighlights } from './support/page-probes';
import { useFirefoxSession } from './support/session';

const session = useFirefoxSession();
const NOTE = '县级文件里的“四个意识”，对照省里的提法。';

/**
 * What the page's own script finds of our in-page UI: the hosts we add to <html>, any shadow
 * root it can open, iframes and child documents it can reach, and which of `secrets` (texts
 * the card shows) its DOM gives away.
 */
const whatPageScriptSees = (page: Page, secrets: string[]) =>
  page.evaluate((secrets) => {
    const hosts = [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);
    const openRoots = [...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []));
    const text = [document.documentElement.textContent, document.body.innerText, ...hosts.map((h) => h.outerHTML), ...openRoots.map((r) => r.textContent)].join(' ');
    const frameDocs = [...Array(window.length).keys()].filter((i) => {
      try {
        return !!window[i]!.document;
      } catch {
        return false;
      }
    });
    return {
      hosts: hosts.length,
      shadowRoots: openRoots.length,
      iframes: document.querySelectorAll('iframe').length,
      readableFrames: frameDocs.length,
      secretsFound: secrets.filter((s) => text.includes(s)),
    };
  }, secrets);

async function openCardsPage(): Promise<Page> {
  const page = await session.firefox.newPage();
  await page.goto(session.server.url('card-cases.html', 'card.example.gov.cn'));
  await waitForSettledHighlights(page, 4);
  return page;
}

async function openCard(page: Page, text: string): Promise<void> {
  await clickText(page, text);
  await expect.poll(() => cardTexts(page, '.phrase'), { timeout: 10_000 }).toEqual([text]);
}

// One reader's path, in order: the card, a note written in it, then the notes page.
describe.sequential('the card and notes in Firefox ESR', () => {
  it('opens the card on a click with kind and provenance from the seed speeches, and Esc closes it', async () => {
    const page = await openCardsPage();
    await openCard(page, '不忘初心、牢记使命');
    const dialog = await inCard(page, (root) => {
      const card = root.querySelector('[role="dialog"]')!;
      const box = card.getBoundingClientRect();
      return { label: card.getAttribute('aria-label'), width: box.width, height: box.height, left: box.left, right: box.right };
    });
    expect(dialog!.label).toContain('不忘初心、牢记使命');
    expect(dialog!.width).toBeGreaterThan(200);
    expect(dialog!.height).toBeGreaterThan(100);
    expect(dialog!.left).toBeGreaterThanOrEqual(0);
    expect(dialog!.right).toBeLessThanOrEqual(1280);
    expect((await cardTexts(page, '.kind-badge'))[0]).toContain(kindLabel('不忘初心、牢记使命', 'zh'));
    await expect.poll(() => cardTexts(page, '.occurrence'), { timeout: 10_000 }).not.toEqual([]);
    // Best first: the earliest use, then the seed speeches where present (speech 1 holds it).
    expect((await cardTexts(page, '.doc-title')).some((t) => t.includes('教育工作会暨作风建设提升年动员大会上的讲话'))).toBe(true);
    expect((await cardTexts(page, '.snippet mark'))[0]).toBe('不忘初心、牢记使命');
    expect((await cardTexts(page, '.first-use'))[0]).toMatch(/^首见于 \d{4}年/);
    expect((await cardTexts(page, '.spread-seeds'))[0]).toMatch(/篇/);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-card.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page)).toBe(false);
    await page.close();
  });

  it('keeps a note written in the card after a reload, marked on the page and listed in the card', async () => {
    const page = await openCardsPage();
    expect(await notedMarks(page)).toBe(0);
    await openCard(page, '四个意识');
    // The note form lives in the card's notes frame (an extension page); typing is real input.
    await waitForNotesFrame(page);
    await clickInNotesFrame(page, '.add-note textarea');
    await page.keyboard.type(NOTE);
    await clickInNotesFrame(page, '.add-note button[type=submit]');
    await expect.poll(() => notesFrameTexts(page, '.notes-here .note-body'), { timeout: 10_000 }).toEqual([NOTE]);
    await expect.poll(() => notedMarks(page), { timeout: 10_000 }).toBe(1);
    // The card and its note are on screen, yet the page's own script finds only closed hosts.
    const counts = (await cardTexts(page, '.total'))[0]!;
    expect(counts).toMatch(/次/);
    const seen = await whatPageScriptSees(page, [NOTE, counts]);
    expect(seen.hosts).toBeGreaterThanOrEqual(2); // the card and the layer that marks noted phrases
    expect(seen).toMatchObject({ shadowRoots: 0, iframes: 0, readableFrames: 0, secretsFound: [] });
    // Esc closes the card with the focus inside the notes frame (the frame tells the card).
    expect(await inNotesFrame(page, (doc) => doc.hasFocus())).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page), { timeout: 10_000 }).toBe(false);
    await page.reload();
    await waitForSettledHighlights(page, 4);
    await expect.poll(() => notedMarks(page), { timeout: 10_000 }).toBe(1);
    await openCard(page, '四个意识');
    await waitForNotesFrame(page);
    await expect.poll(() => notesFrameTexts(page, '.notes-here .note-body'), { timeout: 10_000 }).toEqual([NOTE]);
    await page.close();
  });

  it('lists that note on the notes page and exports it as a JSON file', async () => {
    const notes = await session.firefox.openExtensionPage('notes.html');
    await expect.poll(() => notes.evaluate(() => document.querySelector('.notes-list')?.getAttribute('aria-busy')), { timeout: 15_000 }).toBe('false');
    await expect.poll(() => texts(notes, 'li.note .body')).toEqual([NOTE]);
    expect(await texts(notes, 'li.note .phrase')).toEqual(['四个意识']);
    await clickSelector(notes, '.export-menu summary');
    await clickSelector(notes, '.menu button[data-format="json"]');
    const file = await finishedDownload(session.firefox.downloadDir, '.json');
    expect(file.name).toMatch(/^tifa-notes-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(file.text);
    expect(json).toMatchObject({ format: 'tifa-lens-notes', version: 1 });
    expect(json.notes.map((n: { body: string; phrase: string }) => [n.phrase, n.body])).toEqual([['四个意识', NOTE]]);
    expect(json.notes[0].page.url).toBe(session.server.url('card-cases.html', 'card.example.gov.cn'));
    await notes.close();
  });
});

/** A page that hides a dialog in a closed shadow root, as the add-on's card will be hidden. */
const closedCardPage = (host: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body><p>正文</p><script>
const host = document.createElement('${host}');
document.documentElement.append(host);
host.attachShadow({ mode: 'closed' }).innerHTML = '<div role="dialog"><h2 class="phrase">四个意识</h2></div>';
</script></body></html>`;

describe('the card probe the Firefox tests read the card with', () => {
  it('reads a dialog in a closed shadow root, under a random custom name or a plain <div>, where page scripts cannot', async () => {
    const custom = `x-${Math.random().toString(36).slice(2, 10)}`;
    for (const host of [custom, 'div']) {
      session.server.route(`/closed-${host}.html`, (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(closedCardPage(host)));
      const page = await session.firefox.newPage();
      await page.goto(session.server.url(`closed-${host}.html`, 'www.example.com'));
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].some((e) => e.shadowRoot))).toBe(false);
      expect(await cardTexts(page, '.phrase'), host).toEqual(['四个意识']);
      await page.close();
    }
  });
});
