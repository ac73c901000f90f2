import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ProvenanceCardProps } from '../../components/card/ProvenanceCard';
import type { PhraseKind } from '../dictionary/types';
import type { PageMatch } from '../highlighter/types';
import type { PageTranslate } from '../i18n/page-strings';
import { sendRequest } from '../messaging/client';
import { pageLooksDark } from './color-scheme';
import { mountCardHost, type CardHost } from './card-host';
import { NotesFrame } from './notes-frame-element';
import type { NotesFrameParams } from '../notes/frame-params';
import type { NoteAnchor, NotePage } from '../notes/types';
import { readerHashFor } from './open-reader';
import { showUndoToast } from './undo-toast';
import { rectOf } from './match-rect';

export interface CardControllerDeps {
  translate: PageTranslate;
  dictionaryVersion: string;
  /** The match under a viewport point, or null. */
  hitTest: (x: number, y: number) => PageMatch | null;
  /** The match at the caret or selection, or inside the focused element (Alt+Enter). */
  keyboardTarget: () => PageMatch | null;
  /** Notes changed: the page refreshes its note markers. */
  notesChanged: () => void;
  /** The user chose "don't highlight this phrase". */
  hideEntry: (entryId: string) => void;
  /** The user undid that (the toast's undo). */
  unhideEntry: (entryId: string) => void;
  /** The colour the page paints a kind in, for the card's badge. */
  kindColor: (kind: PhraseKind) => string;
  /** The card opened on a match (the keyboard cursor goes on from there). */
  opened?: (match: PageMatch) => void;
  /** Every match of an entry on the page, in document order (the card's "on this page"). */
  pageMatches?: (entryId: string) => PageMatch[];
  /** The page and the anchor in its text that a note written on `match` gets. */
  notePlace: (match: PageMatch) => { page: NotePage; anchor: NoteAnchor | null };
}

/** Opens, follows and closes the provenance card for the content script. */
export interface CardController {
  open(match: PageMatch, options?: { viaKeyboard?: boolean }): Promise<void>;
  close(): void;
  isOpen(): boolean;
  /** The keyboard cursor moved: an open card moves with it (or closes when there is no phrase). */
  follow(match: PageMatch | null): Promise<void>;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Wire the card to the page: a plain click on a phrase opens it (links stay links;
 * Alt-click, or Alt+Enter on the focused link or caret, opens the card), Esc, an outside
 * click or the phrase scrolling out of view closes it. All listeners go through `ctx`.
 */
export function createCardController(ctx: ContentScriptContext, deps: CardControllerDeps): CardController {
  let host: CardHost | undefined;
  let current: PageMatch | undefined;
  let props: ProvenanceCardProps | undefined;
  let notesTarget: NotesFrameParams | undefined;
  let returnFocus: HTMLElement | null = null;
  let openSeq = 0;
  /** The notes frame holds an unsent draft: scrolling keeps the card open. */
  let hasDraft = false;

  const close = () => {
    openSeq++;
    host?.remove();
    host = current = props = notesTarget = undefined;
    hasDraft = false;
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
  };

  const render = () => {
    if (!host || !props || !current || !notesTarget) return;
    const notesView = (
      <NotesFrame
        target={notesTarget}
        title={deps.translate('cardNotes')}
        onSignal={(signal) => {
          if (signal === 'close') close();
          else if (signal === 'changed') deps.notesChanged();
          else hasDraft = signal === 'draft';
        }}
      />
    );
    host.update({ ...props, notes: notesView });
  };

  const open: CardController['open'] = async (match, { viaKeyboard = false } = {}) => {
    const anchor = rectOf(match);
    if (!anchor) return;
    const focusBefore = document.activeElement;
    close();
    const seq = openSeq;
    current = match;
    deps.opened?.(match);
    returnFocus = viaKeyboard && focusBefore instanceof HTMLElement ? focusBefore : null;
    const look = { dark: pageLooksDark(match.startContainer.parentElement), kindColor: deps.kindColor(match.kind) };
    const mounted = await mountCardHost(ctx, deps.translate, look);
    if (seq !== openSeq) return mounted.remove();
    host = mounted;
    notesTarget = {
      entryId: match.entry.id,
      phrase: match.entry.text,
      ...deps.notePlace(match),
      dictionaryVersion: deps.dictionaryVersion,
      dark: look.dark,
    };
    const onPage = deps.pageMatches?.(match.entry.id) ?? [];
    const here = onPage.findIndex((m) => m.startContainer === match.startContainer && m.startOffset === match.startOffset);
    const step = (by: number) => {
      const next = onPage[(here + by + onPage.length) % onPage.length]!;
      next.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      ctx.requestAnimationFrame(() => void open(next, { viaKeyboard }));
    };
    props = {
      entry: match.entry,
      found: { text: match.text, slots: match.slots },
      onPage: here >= 0 && onPage.length > 0 ? { index: here, count: onPage.length, onStep: step } : undefined,
      answer: undefined,
      takeFocus: viaKeyboard,
      onClose: close,
      onReadInContext: (line) => void sendRequest('reader:open', { hash: readerHashFor(line) }).catch(() => undefined),
      onMoreLines: (offset) => sendRequest('provenance:lines', { entryId: match.entry.id, offset }),
      onHide: match.entry.personal ? undefined : () => {
        deps.hideEntry(match.entry.id);
        close();
        void showUndoToast(ctx, deps.translate, match.entry.text, () => deps.unhideEntry(match.entry.id));
      },
    };
    render();
    host.place(anchor);
    try {
      props = { ...props, answer: await sendRequest('provenance:get', { entryId: match.entry.id }) };
    } catch (e) {
      props = { ...props, error: errorText(e) };
    }
    if (seq !== openSeq || !host) return;
    props = { ...props, takeFocus: false };
    render();
    host.place(rectOf(match) ?? anchor);
  };

  ctx.addEventListener(document, 'click', (event) => {
    const e = event as MouseEvent;
    // Page script can dispatch clicks and keys of its own: only the user's count.
    if (!e.isTrusted || e.button !== 0 || e.defaultPrevented || (host && host.contains(e.target))) return;
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
    if (!e.isTrusted) return;
    if (host && e.key === 'Escape') return close();
    if (e.key !== 'Enter' || !e.altKey) return;
    const match = deps.keyboardTarget();
    if (!match) return;
    e.preventDefault();
    void open(match, { viaKeyboard: true });
  });
  ctx.addEventListener(window, 'resize', () => {
    const rect = host && current ? rectOf(current) : null;
    if (rect) host!.place(rect);
  });
  ctx.addEventListener(window, 'scroll', (event) => {
    // Scrolling inside the card does not move the phrase.
    if (!event.isTrusted || !host || !current || host.contains(event.target)) return;
    const rect = rectOf(current);
    const outOfView = !rect || rect.top + rect.height < 0 || rect.top > window.innerHeight;
    // A card being typed in, or holding a draft, stays (clamped to the viewport) until closed.
    if (outOfView && !hasDraft && !host.hasFocus()) close();
    else if (rect) host.place(rect);
  }, { passive: true, capture: true });
  ctx.onInvalidated(close);

  const follow: CardController['follow'] = async (match) => {
    if (!host) return;
    if (match) await open(match);
    else close();
  };

  return { open, close, follow, isOpen: () => Boolean(host) };
}
