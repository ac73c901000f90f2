import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/session';
import { cardIn, clickText, notesFrameOf, pointOfText, waitForHighlights } from './support/card';
import { PAGES_DIR } from './support/paths';

const session = useExtensionSession();
const SECRET = '只有我能读的笔记：线人在县委办';

/** What page script sees of the card, from the page's own world. */
function pageLooksIntoCard(page: Page) {
  return page.evaluate(() => {
    const frames: string[] = [];
    for (let i = 0; i < window.frames.length; i++) {
      try {
        frames.push(String(window.frames[i]!.document.body.innerText));
      } catch {
        frames.push('blocked');
      }
    }
    const host = document.documentElement.lastElementChild!;
    return {
      oldName: document.querySelector('tifa-card') !== null,
      openRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
      hostRoot: host.shadowRoot,
      hostHasChildren: host.childNodes.length,
      markupHasSecret: document.documentElement.outerHTML.includes('线人'),
      textHasSecret: document.documentElement.innerText.includes('线人'),
      frames,
    };
  });
}

const highlightCount = (page: Page) =>
  page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.values()].reduce((n, h) => n + h.size, 0));

describe('a hostile page and the extension', () => {
  it("cannot switch the extension off with WXT's 'content-script-started' event", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('card-cases.html', 'off.example.gov.cn'));
    await waitForHighlights(page);
    const before = await highlightCount(page);
    expect(before).toBeGreaterThan(0);
    await page.evaluate((id) => {
      for (const name of ['content', 'content-script', 'main']) {
        document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'page' } }));
      }
    }, session.browser.extensionId);
    await page.waitForTimeout(500);
    expect(await highlightCount(page)).toBe(before);
    await clickText(page, '四个意识');
    await expect.poll(() => cardIn(page).text('.phrase')).toBe('四个意识');
    await page.close();
  });
});

describe('a hostile page and the notes frame', () => {
  it('cannot load the notes frame itself: it is web-accessible only through the per-session URL', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('card-cases.html', 'embed.example.gov.cn'));
    await waitForHighlights(page);
    const hash = encodeURIComponent(JSON.stringify({ entryId: 'x', phrase: '四个意识', page: { url: 'https://other.gov.cn/', title: '' }, anchor: null, dictionaryVersion: '', dark: false }));
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, `chrome-extension://${session.browser.extensionId}/card-notes.html#${hash}`);
    await page.waitForTimeout(1_000);
    const embedded = page.frames().find((f) => f !== page.mainFrame());
    expect(embedded).toBeDefined();
    expect(await embedded!.locator('.add-note').count()).toBe(0);
    await page.close();
  });
});

describe('a hostile page and the card', () => {
  it('cannot open the card with page-made clicks or Alt+Enter, nor read it, nor the notes of other sites', async () => {
    // A note written on another site.
    const elsewhere = await session.browser.context.newPage();
    await elsewhere.goto(session.server.url('card-cases.html', 'source.example.gov.cn'));
    await waitForHighlights(elsewhere);
    await clickText(elsewhere, '四个意识');
    const noteFrame = await notesFrameOf(elsewhere);
    await noteFrame.locator('.add-note textarea').fill(SECRET);
    await noteFrame.locator('.add-note button[type=submit]').click();
    await expect.poll(() => noteFrame.locator('.notes-here .note-body').allTextContents()).toEqual([SECRET]);
    await elsewhere.close();

    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { heard: string[] }).heard = [];
      addEventListener('tifa-lens:ready', (e) => (window as unknown as { heard: string[] }).heard.push(String((e as CustomEvent).detail)));
    });
    await page.goto(session.server.url('card-cases.html', 'hostile.example.gov.cn'));
    await waitForHighlights(page);
    const { x, y } = await pointOfText(page, '四个意识');
    // Page script: a click on the phrase, then Alt+Enter with a selection it made itself.
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
        target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0, view: window }));
      }
      const text = [...document.querySelectorAll('#slogan')][0]!.firstChild as Text;
      const at = text.data.indexOf('四个意识');
      getSelection()!.setBaseAndExtent(text, at + 1, text, at + 1);
      for (const on of [document.activeElement ?? document.body, document]) {
        on.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', altKey: true, bubbles: true, cancelable: true, composed: true }));
      }
    }, { x, y });
    await page.waitForTimeout(600);
    expect(await cardIn(page).count('.card')).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);

    // The page listens to every key in its window, in the capture phase, before anyone else.
    await page.evaluate(() => {
      (window as unknown as { keys: string[] }).keys = [];
      addEventListener('keydown', (e) => (window as unknown as { keys: string[] }).keys.push(e.key), true);
    });
    // The user's real click opens it, with the other site's note.
    await clickText(page, '四个意识');
    await expect.poll(() => cardIn(page).text('.phrase')).toBe('四个意识');
    const frame = await notesFrameOf(page);
    await expect.poll(() => frame.locator('.notes-elsewhere .note-body').allTextContents()).toEqual([SECRET]);
    // Page script learns nothing of which passages carry notes: no start-up event, no
    // highlight in CSS.highlights beyond the kind colours.
    expect(await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter((k) => /noted|note/.test(k)))).toEqual([]);
    await frame.locator('.add-note textarea').pressSequentially('私密');
    expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([]);

    // Page script sees a host with no shadow root it can open and a frame it cannot read.
    const seen = await pageLooksIntoCard(page);
    expect(seen).toMatchObject({ oldName: false, openRoots: 0, hostRoot: null, hostHasChildren: 0, markupHasSecret: false, textHasSecret: false });
    expect(seen.frames.every((f) => f === 'blocked')).toBe(true);

    // A page-made click on the card's "hide" button (at its real place) does nothing.
    const hide = (await cardIn(page).box('.hide-entry'))!;
    await page.evaluate(({ x, y }) => {
      document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
    }, { x: hide.x + hide.width / 2, y: hide.y + hide.height / 2 });
    await page.waitForTimeout(300);
    expect(await cardIn(page).count('.card')).toBe(1);
    await page.close();
  });

  it('still works on a page that defined the old element name, and one that defines the new one when it sees it', async () => {
    const trap = `<script>
      window.ran = []; window.reached = [];
      customElements.define('tifa-card', class extends HTMLElement {
        constructor() { super(); ran.push('tifa-card'); this.attachShadow({ mode: 'open' }).innerHTML = '<p>owned</p>'; }
      });
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) {
          if (n.nodeType !== 1 || !n.localName.includes('-') || customElements.get(n.localName)) continue;
          customElements.define(n.localName, class extends HTMLElement {
            constructor() { super(); ran.push('late'); try { reached.push(this.attachInternals().shadowRoot); } catch (e) { reached.push(String(e.name)); } }
          });
        }
      }).observe(document.documentElement, { childList: true });
    </script>`;
    const html = readFileSync(`${PAGES_DIR}/card-cases.html`, 'utf8').replace('<head>', `<head>${trap}`);
    session.server.route('/predefined.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('predefined.html', 'trap.example.gov.cn'));
    await waitForHighlights(page);
    await clickText(page, '四个意识');
    await expect.poll(() => cardIn(page).text('.phrase')).toBe('四个意识');
    await expect.poll(() => cardIn(page).count('.members li')).toBe(4);
    const state = await page.evaluate(() => ({
      ran: (window as unknown as { ran: string[] }).ran,
      reached: (window as unknown as { reached: unknown[] }).reached.filter((r) => r !== null && r !== 'NotSupportedError'),
      oldName: document.querySelector('tifa-card') !== null,
    }));
    // The page's late definitions did run on our hosts (the card's and the noted layer's), and reached nothing.
    expect(state.ran.length).toBeGreaterThan(0);
    expect(state).toEqual({ ran: state.ran.map(() => 'late'), reached: [], oldName: false });
    await page.close();
  });
});
