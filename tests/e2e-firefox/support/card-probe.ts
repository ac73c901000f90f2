/**
 * Reading and clicking the provenance card in Firefox without trusting its host's name or
 * its shadow root's mode. The card lives in a shadow root the page cannot reach (closed, or
 * open today) under a host element whose name may be random. WebDriver BiDi serialises
 * shadow roots of either mode (`includeShadowTree: 'all'`) with a shared id, and a shared id
 * passed back as an argument hands the root itself to a function in the page: the test
 * gets what a user sees, the page's own scripts still get nothing. The layer that marks noted
 * phrases is read the same way; the card's notes frame, see ./notes-frame-probe.ts.
 */
import type { Page } from 'puppeteer-core';
import { bidi } from './firefox-browser';

interface RemoteNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null };
}

/** What BiDi `script.callFunction` answers. */
export interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** The BiDi browsing context id of `page`'s top frame. */
export const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * Call `functionDeclaration` with BiDi arguments in a browsing context of `page` (its top
 * frame unless `context` says which): the default realm, as the page's own script would.
 */
export async function callFunction(page: Page, functionDeclaration: string, args: object[], serialization: object, context = contextOf(page)): Promise<EvaluateResult> {
  const { result } = await bidi(page.browser()).send('script.callFunction', {
    functionDeclaration,
    target: { context },
    awaitPromise: true,
    arguments: args,
    serializationOptions: serialization,
    resultOwnership: 'none',
  });
  const evaluation = result as EvaluateResult;
  if (evaluation.type === 'exception') throw new Error(`in the card: ${evaluation.exceptionDetails?.text}`);
  return evaluation;
}

/**
 * The shared id of the shadow root that holds `marker` (the shown card's by default), or null
 * when there is none. Candidates are the children of <html> and <body> (where in-page UI is
 * appended) and every element with a custom name.
 */
async function cardRootId(page: Page, marker = '[role="dialog"]'): Promise<string | null> {
  const candidates = await callFunction(
    page,
    `() => [...new Set([...document.documentElement.children, ...(document.body ? document.body.children : []),
      ...[...document.querySelectorAll('*')].filter((e) => e.localName.includes('-') && e.localName !== 'tifa-mark')])]`,
    [],
    { includeShadowTree: 'all', maxDomDepth: 1 },
  );
  const roots = ((candidates.result?.value ?? []) as RemoteNode[])
    .map((node) => node.value?.shadowRoot?.sharedId)
    .filter((id): id is string => !!id);
  for (const sharedId of roots) {
    const found = await callFunction(page, `(root, marker) => !!root.querySelector(marker)`, [{ sharedId }, { type: 'string', value: marker }], {});
    if (found.result?.value === true) return sharedId;
  }
  return null;
}

/**
 * Run `probe(root, arg)` in the page with the card's shadow root (closed or open; with
 * `marker`, the root that holds it) and return its JSON-able answer; null when there is none.
 * `probe` must be self-contained: it is sent as source text.
 */
export async function inCard<T, A = null>(page: Page, probe: (root: ShadowRoot, arg: A) => T | Promise<T>, arg?: A, marker?: string): Promise<T | null> {
  const sharedId = await cardRootId(page, marker);
  if (!sharedId) return null;
  const answer = await callFunction(
    page,
    `async (root, json) => JSON.stringify({ value: await (${probe.toString()})(root, JSON.parse(json)) })`,
    [{ sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    {},
  );
  return (JSON.parse(answer.result?.value as string) as { value: T }).value;
}

/** Texts of the elements matching `selector` in the shown card ([] when no card is shown). */
export async function cardTexts(page: Page, selector: string): Promise<string[]> {
  return (await inCard(page, (root, sel) => [...root.querySelectorAll(sel)].map((el) => el.textContent ?? ''), selector)) ?? [];
}

/**
 * How many phrases the page marks as noted: one `.mark.first` per note in the closed layer
 * that draws the markers (0 when there is no such layer, as on a page without notes).
 */
export async function notedMarks(page: Page): Promise<number> {
  return (await inCard(page, (root) => root.querySelectorAll('.noted-layer .mark.first').length, null, '.noted-layer')) ?? 0;
}

/** True while a card is shown. */
export async function cardShown(page: Page): Promise<boolean> {
  return (await cardRootId(page)) !== null;
}
