/**
 * The card's notes frame in Firefox: an extension page (moz-extension://) in an iframe inside
 * the card's closed shadow root. To WebDriver BiDi it is a child browsing context of the tab,
 * so the test reads it as a user sees it, while the page's own script reaches neither the
 * iframe (closed root) nor its document (another origin). Clicks and typing are real input
 * at the element's place on screen: the frame ignores untrusted events.
 */
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { callFunction, contextOf, inCard } from './card-probe';
import { bidi } from './firefox-browser';

interface ContextInfo {
  context: string;
  url: string;
  children?: ContextInfo[] | null;
}

/** The browsing context id of the shown card's notes frame, or null when there is none. */
async function notesFrameContext(page: Page): Promise<string | null> {
  const { result } = await bidi(page.browser()).send('browsingContext.getTree', { root: contextOf(page) });
  const [top] = (result as { contexts: ContextInfo[] }).contexts;
  return top?.children?.find((child) => new URL(child.url).pathname === '/card-notes.html')?.context ?? null;
}

/**
 * Run `probe(document, arg)` in the notes frame and return its JSON-able answer; null when
 * the card has no notes frame. `probe` must be self-contained: it is sent as source text.
 */
export async function inNotesFrame<T, A = null>(page: Page, probe: (doc: Document, arg: A) => T, arg?: A): Promise<T | null> {
  const context = await notesFrameContext(page);
  if (!context) return null;
  const answer = await callFunction(
    page,
    `(json) => JSON.stringify({ value: (${probe.toString()})(document, JSON.parse(json)) })`,
    [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    {},
    context,
  );
  return (JSON.parse(answer.result?.value as string) as { value: T }).value;
}

/** Texts of the elements matching `selector` in the notes frame ([] when there is none). */
export async function notesFrameTexts(page: Page, selector: string): Promise<string[]> {
  return (await inNotesFrame(page, (doc, sel) => [...doc.querySelectorAll(sel)].map((el) => el.textContent ?? ''), selector)) ?? [];
}

/** Wait until the shown card's notes frame has loaded its note form. */
export async function waitForNotesFrame(page: Page): Promise<void> {
  await expect
    .poll(() => inNotesFrame(page, (doc) => !!doc.querySelector('.add-note textarea')).catch(() => false), { timeout: 20_000 })
    .toBe(true);
}

/**
 * A real (trusted) click in the middle of the first element matching `selector` in the notes
 * frame: its place in the frame plus the frame's place in the card, both scrolled into view.
 */
export async function clickInNotesFrame(page: Page, selector: string): Promise<void> {
  const inFrame = await inNotesFrame(page, (doc, sel) => {
    const el = doc.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  if (!inFrame) throw new Error(`no "${selector}" in the card's notes frame`);
  const frame = await inCard(page, (root) => {
    const iframe = root.querySelector('iframe');
    if (!iframe) return null;
    iframe.scrollIntoView({ block: 'nearest' });
    const r = iframe.getBoundingClientRect();
    return { x: r.left + iframe.clientLeft, y: r.top + iframe.clientTop };
  });
  if (!frame) throw new Error('the card has no notes frame');
  await page.mouse.click(frame.x + inFrame.x, frame.y + inFrame.y);
}
