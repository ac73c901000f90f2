import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Viewport point at the middle of the first line of the n-th occurrence of `text` in the page. */
export async function pointOfText(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, nth }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        let at = (n as Text).data.indexOf(text);
        while (at >= 0) {
          if (seen++ === nth) {
            (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(n, at);
            range.setEnd(n, Math.min((n as Text).data.length, at + Math.min(text.length, 4)));
            const r = range.getClientRects()[0]!;
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          at = (n as Text).data.indexOf(text, at + 1);
        }
      }
      return null;
    },
    { text, nth },
  );
  if (!point) throw new Error(`"${text}" not found on the page`);
  return point;
}

/** Click (a real, trusted click) on the n-th occurrence of `text`. */
export async function clickText(page: Page, text: string, options: { nth?: number; modifiers?: Array<'Alt'> } = {}): Promise<void> {
  const { x, y } = await pointOfText(page, text, options.nth ?? 0);
  for (const key of options.modifiers ?? []) await page.keyboard.down(key);
  await page.mouse.click(x, y);
  for (const key of options.modifiers ?? []) await page.keyboard.up(key);
}

/** Wait until the page has painted at least one highlight of ours. */
export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
    return [...(registry ?? new Map()).values()].some((h) => h.size > 0);
  });
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
  contentDocument?: CdpNode;
}

/**
 * The card from outside the page: its shadow root is closed, so neither page script nor
 * Playwright's selectors reach it. The DevTools protocol does (`DOM.getDocument` with
 * `pierce`), as a person looking at the screen would. Every read finds the card anew; clicks
 * and typing are real input at the element's place on screen.
 */
export interface CardProbe {
  /** How many elements inside the card match (0 when no card is open). */
  count(selector: string): Promise<number>;
  /** textContent of each match. */
  texts(selector: string): Promise<string[]>;
  /** textContent of the first match, or null. */
  text(selector: string): Promise<string | null>;
  /** An attribute of the first match, or null. */
  attr(selector: string, name: string): Promise<string | null>;
  /** A computed style property of the first match. */
  style(selector: string, property: string): Promise<string | null>;
  /** The first match's viewport box, or null. */
  box(selector: string, nth?: number): Promise<{ x: number; y: number; width: number; height: number } | null>;
  /** A real click at the middle of the nth match. */
  click(selector: string, nth?: number): Promise<void>;
  /** `fn` (source text of `(all, arg) => value`) over every match; null when no card is open. */
  evaluate<T>(selector: string, fn: string, arg?: unknown): Promise<T | null>;
}

/** The closed shadow roots of hosts appended to <html> (ours: the card and the noted layer). */
function closedRootsUnderHtml(node: CdpNode, parentName = '', out: CdpNode[] = []): CdpNode[] {
  for (const root of node.shadowRoots ?? []) {
    if (parentName === 'HTML' && root.shadowRootType === 'closed') out.push(root);
  }
  for (const child of node.children ?? []) closedRootsUnderHtml(child, node.nodeName, out);
  return out;
}

/** A probe of the card in `page`'s top frame (see `CardProbe`). */
export function cardIn(page: Page): CardProbe {
  return closedLayerIn(page, '.card');
}

/** A probe of the layer that marks noted phrases (`.noted-layer .mark.first`: one per note). */
export function notedLayerIn(page: Page): CardProbe {
  return closedLayerIn(page, '.noted-layer');
}

/** A probe of the undo toast shown after "don't highlight this phrase" (its own closed layer). */
export function toastIn(page: Page): CardProbe {
  return closedLayerIn(page, '.toast');
}

/** A probe of the hover tooltip (present only while it shows). */
export function hoverTipIn(page: Page): CardProbe {
  return closedLayerIn(page, '.tip');
}

/** A probe of the closed root, among ours, that holds `marker`. */
function closedLayerIn(page: Page, marker: string): CardProbe {
  let session: Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>> | undefined;
  const run = async <T>(selector: string, fn: string, arg: unknown = null): Promise<T | null> => {
    session ??= await page.context().newCDPSession(page);
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    for (const shadow of closedRootsUnderHtml(root)) {
      const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result } = await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function (marker, selector, arg) {
          if (!this.querySelector(marker)) return { skip: true };
          const all = [...this.querySelectorAll(selector)];
          return { value: (${fn})(all, arg) };
        }`,
        arguments: [{ value: marker }, { value: selector }, { value: arg }],
        returnByValue: true,
      });
      await session.send('Runtime.releaseObject', { objectId: object.objectId! });
      const answer = result.value as { skip?: boolean; value?: T };
      if (!answer.skip) return (answer.value ?? null) as T | null;
    }
    return null;
  };
  const probe: CardProbe = {
    count: async (selector) => (await run<number>(selector, '(all) => all.length')) ?? 0,
    texts: async (selector) => (await run<string[]>(selector, '(all) => all.map((e) => e.textContent)')) ?? [],
    text: async (selector) => (await probe.texts(selector))[0] ?? null,
    attr: (selector, name) => run<string | null>(selector, '(all, name) => all[0] ? all[0].getAttribute(name) : null', name),
    style: (selector, property) => run<string | null>(selector, '(all, p) => all[0] ? getComputedStyle(all[0]).getPropertyValue(p) : null', property),
    box: (selector, nth = 0) =>
      run(selector, `(all, nth) => {
        const el = all[nth]; if (!el) return null;
        el.scrollIntoView({ block: 'nearest' });
        const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height };
      }`, nth),
    click: async (selector, nth = 0) => {
      const box = await probe.box(selector, nth);
      if (!box) throw new Error(`nothing in the card matches ${selector}`);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    evaluate: (selector, fn, arg) => run(selector, fn, arg ?? null),
  };
  return probe;
}

/** The card's notes frame (an extension page inside the card), once it has loaded. */
export async function notesFrameOf(page: Page): Promise<import('playwright-core').Frame> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/card-notes.html'));
    if (frame) {
      await frame.locator('.add-note textarea').waitFor();
      return frame;
    }
    if (Date.now() > deadline) throw new Error('the card has no notes frame');
    await page.waitForTimeout(50);
  }
}

/**
 * One part of the open card, read the way a Playwright locator reads (count, textContent,
 * getAttribute, boundingBox, click, waitFor, evaluate, first/nth), but through the CDP probe,
 * since locators cannot pierce the card's closed shadow root.
 */
export function cardPart(page: Page, selector: string, nth = 0) {
  const probe = cardIn(page);
  const until = async <T>(read: () => Promise<T | null>, what: string): Promise<T> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const value = await read();
      if (value !== null) return value;
      if (Date.now() > deadline) throw new Error(`card: ${what} of ${selector} (#${nth}) never appeared`);
      await page.waitForTimeout(50);
    }
  };
  return {
    first: () => cardPart(page, selector, 0),
    nth: (n: number) => cardPart(page, selector, n),
    count: () => probe.count(selector),
    textContent: () => until(() => probe.evaluate<string>(selector, '(all, n) => all[n] ? all[n].textContent : null', nth), 'text'),
    getAttribute: (name: string) =>
      probe.evaluate<string | null>(selector, '(all, a) => all[a.n] ? all[a.n].getAttribute(a.name) : null', { n: nth, name }),
    boundingBox: () => probe.box(selector, nth),
    waitFor: () => until(async () => ((await probe.count(selector)) > nth ? true : null), 'element'),
    click: async () => {
      await until(async () => ((await probe.count(selector)) > nth ? true : null), 'element');
      await probe.click(selector, nth);
    },
    evaluate: <T>(fn: (el: Element) => T) =>
      until(() => probe.evaluate<T>(selector, `(all, n) => all[n] ? (${fn.toString()})(all[n]) : null`, nth), 'value'),
  };
}

/**
 * Esc pressed in the card's notes frame. It closes the card, which removes the frame, and the key
 * event's acknowledgement can go with the frame (the press then never returns): send it without
 * waiting for that, and let the caller check the effect (the card closed, or a draft kept).
 */
export async function pressEscapeInNotesFrame(page: Page, frame: Frame): Promise<void> {
  await frame.locator('.add-note textarea').focus();
  void page.keyboard.press('Escape').catch(() => undefined);
  await expect.poll(() => cardIn(page).count('.card')).toBe(0);
}
