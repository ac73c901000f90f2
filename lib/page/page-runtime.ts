import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardController } from '../card/card-controller';
import type { ShippedDictionary } from '../dictionary/shipped';
import { caretFromPoint } from '../highlighter/caret';
import { hasHanText, whenHanText } from '../highlighter/han-gate';
import { profilerFor } from '../highlighter/profile';
import { startPageHighlighting } from './start-highlighting';
import type { Highlighter } from '../highlighter/types';
import { pageTranslatorFor } from '../i18n/page-strings';
import { withPatternEntries } from '../dictionary/pattern-entries';
import { sendRequest } from '../messaging/client';
import { listenForRequests } from '../messaging/listen';
import { pageRequestSchemas } from '../messaging/page-requests';
import { activeEntries, activeEntriesKey } from '../settings/active-entries';
import { setEntryHidden } from '../settings/personal-phrases';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-schema';
import { loadSettings, updateSettings, watchSettings } from '../settings/settings-store';
import { highlightingOn } from '../settings/site-rules';
import { kindColors, themeFor } from '../settings/theme';
import { watchHover } from './hover-hint';
import { keyboardTarget } from './keyboard-target';
import { notePlace } from './note-anchor';
import { refreshNoteMarkers } from './note-markers';
import { NotedLayer } from './noted-layer';
import { buildPhraseIndex, type PhraseIndex } from './nested-counts';
import { annotatedPage } from './page-annotated';
import { occurrencesOf, pagePhrases, pageReport, pageSummary } from './page-findings';
import { createPhraseCursor } from './phrase-cursor';

/** What must change for the page to be highlighted anew. */
function highlightKey(settings: Settings): string {
  return JSON.stringify([highlightingOn(settings, location.hostname), activeEntriesKey(settings), themeFor(settings)]);
}

/**
 * Everything the content script does on a page: highlight under the user's settings,
 * open the card, answer the popup and the keyboard commands, report the badge count and
 * mark noted phrases. Follows settings changes from any tab; all of it ends with `ctx`.
 * `loadDictionary` fetches the shipped dictionary and its automaton; it is called only once
 * the frame holds Han text, and a subframe without any does nothing else until it has some.
 * `withoutHan` hears that the frame held no Han text when it was read (a prefetch lets go).
 */
export async function runPage(ctx: ContentScriptContext, loadDictionary: () => Promise<ShippedDictionary | null>, withoutHan?: () => void): Promise<void> {
  const topFrame = window === window.top;
  const profiler = profilerFor(location);
  const gateStart = performance.now();
  const han = hasHanText(document.body ?? document.documentElement);
  profiler.task('gate', gateStart, performance.now());
  if (!han) withoutHan?.();
  // The top frame answers the popup even without Han text; any other frame waits for some.
  if (!han && !topFrame) return void whenHanText(document, ctx, () => void runPage(ctx, loadDictionary).catch(() => undefined));
  let shipped: ShippedDictionary | null = null;
  const loading = han ? loadDictionary().catch(() => null) : null;
  let settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  if (ctx.isInvalid) return;
  let highlighter: Highlighter | null = null;
  let key = '';
  let phraseIndex: PhraseIndex | null = null;
  const index = () => (phraseIndex ??= buildPhraseIndex(activeEntries(shipped?.dictionary.entries ?? [], settings)));
  const enabled = () => highlightingOn(settings, location.hostname);
  const notedLayer = new NotedLayer(ctx);
  const markNotes = () => void (highlighter ? refreshNoteMarkers(notedLayer).catch(() => undefined) : notedLayer.set([]));
  const reportCount = () => {
    if (topFrame) void sendRequest('page:count', { count: highlighter?.stats().matches ?? 0, enabled: enabled() }).catch(() => undefined);
  };
  const hitTest = (x: number, y: number) => {
    const caret = caretFromPoint(document, x, y);
    return caret && highlighter ? highlighter.matchAt(caret.node, caret.offset) : null;
  };
  const cursor = createPhraseCursor(() => highlighter);
  const card = createCardController(ctx, {
    // Read at each opening, so a language changed in the settings reaches cards in open tabs.
    get translate() {
      return pageTranslatorFor(settings.language, navigator.language);
    },
    get dictionaryVersion() {
      return shipped?.dictionary.version ?? '';
    },
    hitTest,
    notePlace,
    keyboardTarget: () => keyboardTarget(highlighter),
    notesChanged: markNotes,
    hideEntry: (entryId) => void updateSettings((s) => setEntryHidden(s, entryId, true)),
    unhideEntry: (entryId) => void updateSettings((s) => setEntryHidden(s, entryId, false)),
    kindColor: (kind) => kindColors(settings)[kind],
    opened: (match) => cursor.follow(match),
    pageMatches: (entryId) => highlighter?.matches().filter((m) => m.entry.id === entryId) ?? [],
  });
  watchHover(ctx, {
    hitTest,
    translate: () => pageTranslatorFor(settings.language, navigator.language),
    kindColor: (kind) => kindColors(settings)[kind],
    cardOpen: () => card.isOpen(),
  });

  const rebuild = () => {
    key = highlightKey(settings);
    phraseIndex = null;
    card.close();
    cursor.clear();
    highlighter?.stop();
    const dictionary = shipped?.dictionary;
    highlighter = enabled() && dictionary ? startPageHighlighting(ctx, activeEntries(withPatternEntries(dictionary.entries), settings), themeFor(settings), { entries: dictionary.entries, automaton: shipped?.automaton }) : null;
    highlighter?.onChange(reportCount);
    reportCount();
    markNotes();
  };
  rebuild();
  const arrived = (loaded: ShippedDictionary | null) => {
    if (ctx.isInvalid || !loaded) return;
    shipped = loaded;
    profiler.mark('dictionary');
    rebuild();
  };
  if (loading) void loading.then(arrived);
  else whenHanText(document, ctx, () => void loadDictionary().catch(() => null).then(arrived));
  const unwatch = watchSettings((next) => {
    settings = next;
    if (highlightKey(next) !== key) rebuild();
  });
  ctx.onInvalidated(unwatch);
  ctx.addEventListener(window, 'wxt:locationchange', () =>
    ctx.setTimeout(() => {
      highlighter?.refresh();
      markNotes();
    }, 300),
  );
  const stopListening = listenForRequests({
    'page:summary': () => pageSummary(highlighter, enabled(), index()),
    'page:phrases': () => pagePhrases(highlighter, enabled(), index()),
    'page:reveal': ({ entryId }) => {
      // A phrase seen only inside longer ones is revealed at those.
      const phrase = pageSummary(highlighter, enabled(), index(), Infinity).top.find((p) => p.entryId === entryId);
      const within = new Set(phrase ? occurrencesOf(highlighter?.matches() ?? [], phrase).map((m) => m.order) : []);
      return { found: cursor.reveal(entryId, (m) => within.has(m.order)) };
    },
    'page:reveal-at': ({ order }) => ({ found: cursor.revealAt(order) }),
    'page:annotated': () => annotatedPage(highlighter?.matches() ?? []),
    'page:step': ({ direction }) => {
      const at = cursor.step(direction);
      void card.follow(cursor.current()); // an open card moves with the cursor
      return at;
    },
    'page:open-card': async () => {
      const current = cursor.current() ?? keyboardTarget(highlighter);
      if (current) await card.open(current, { viaKeyboard: true });
      return { opened: Boolean(current) };
    },
    'page:report': () => pageReport(highlighter, index()),
  }, pageRequestSchemas);
  ctx.onInvalidated(stopListening);
}
