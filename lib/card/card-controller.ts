import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMatch } from '../highlighter/types';
import type { Translate } from '../i18n/ui-strings';
import { sendRequest } from '../messaging/client';
import type { ProvenanceAnswer } from '../provenance/lookup';
import { pageLooksDark } from './color-scheme';
import { mountCardHost, type CardHost } from './card-host';
import { readerHashFor } from './open-reader';
import type { Box } from './placement';

export interface CardControllerDeps {
  translate: Translate;
  /** The match under a viewport point, or null. */
  hitTest: (x: number, y: number) => PageMatch | null;
  /** The match at the caret or selection, or inside the focused element (Alt+Enter). */
  keyboardTarget: () => PageMatch | null;
}

/** Opens, follows and closes the provenance card for the content script. */
export interface CardController {
  open(match: PageMatch, options?: { viaKeyboard?: boolean }): Promise<void>;
  close(): void;
  isOpen(): boolean;
}

function rectOf(match: PageMatch): Box | null {
  const range = document.createRange();
  try {
    range.setStart(match.startContainer, match.startOffset);
    range.setEnd(match.endContainer, match.endOffset);
  } catch {
    return null;
  }
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  range.detach();
  return rect.width || rect.height ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : null;
}

/**
 * Wire the card to the page: a plain click on a phrase opens it (links stay links;
 * Alt-click, or Alt+Enter on the focused link or caret, opens the card), Esc, an outside
 * click or the phrase scrolling out of view closes it. All listeners go through `ctx`.
 */
export function createCardController(ctx: ContentScriptContext, deps: CardControllerDeps): CardController {
  let host: CardHost | undefined;
  let current: PageMatch | undefined;
  let returnFocus: HTMLElement | null = null;
  let openSeq = 0;

  const close = () => {
    host?.remove();
    host = undefined;
    current = undefined;
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
  };

  const open: CardController['open'] = async (match, { viaKeyboard = false } = {}) => {
    const seq = ++openSeq;
    const anchor = rectOf(match);
    if (!anchor) return;
    host?.remove();
    current = match;
    returnFocus = viaKeyboard && document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dark = pageLooksDark(match.startContainer.parentElement);
    const mounted = await mountCardHost(ctx, deps.translate, dark);
    if (seq !== openSeq) return mounted.remove();
    host = mounted;
    const found = { text: match.text, slots: match.slots };
    const base = {
      entry: match.entry,
      found,
      takeFocus: viaKeyboard,
      onClose: close,
      onReadInContext: (line: Parameters<typeof readerHashFor>[0]) =>
        void sendRequest('reader:open', { hash: readerHashFor(line) }).catch(() => undefined),
    };
    host.update({ ...base, answer: undefined });
    host.place(anchor);
    let answer: ProvenanceAnswer | null | undefined;
    let error: string | undefined;
    try {
      answer = await sendRequest('provenance:get', { entryId: match.entry.id });
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    if (seq !== openSeq || !host) return;
    host.update({ ...base, takeFocus: false, answer, error });
    host.place(rectOf(match) ?? anchor);
  };

  ctx.addEventListener(document, 'click', (event) => {
    const e = event as MouseEvent;
    if (e.button !== 0 || e.defaultPrevented || (host && host.contains(e.target))) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const link = (e.target as Element | null)?.closest?.('a[href]');
    const match = link && !e.altKey ? null : deps.hitTest(e.clientX, e.clientY);
    if (!match) return void (host && close());
    if (link) e.preventDefault(); // Alt-click on a link would otherwise download it.
    void open(match);
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    const e = event as KeyboardEvent;
    if (host && e.key === 'Escape') return close();
    if (e.key !== 'Enter' || !e.altKey) return;
    const match = deps.keyboardTarget();
    if (!match) return;
    e.preventDefault();
    void open(match, { viaKeyboard: true });
  });
  ctx.addEventListener(window, 'scroll', () => {
    if (!host || !current) return;
    const rect = rectOf(current);
    if (!rect || rect.top + rect.height < 0 || rect.top > window.innerHeight) close();
    else host.place(rect);
  }, { passive: true, capture: true });
  ctx.onInvalidated(close);

  return { open, close, isOpen: () => Boolean(host) };
}
