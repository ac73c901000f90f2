import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { documentLabel, whenText } from '../../components/card/usage-text';
import { rectOf } from '../card/match-rect';
import { pageLooksDark } from '../card/color-scheme';
import type { PhraseKind } from '../dictionary/types';
import type { PageMatch } from '../highlighter/types';
import { AdoptedStyles } from '../highlighter/style-sheet';
import type { PageStringKey, PageTranslate } from '../i18n/page-strings';
import { sendRequest } from '../messaging/client';
import { HoverTipView, type HoverTipText } from './hover-tip-view';

/** Hit tests at most this often while the mouse moves: caret lookup plus a binary search, well under 1 ms each. */
const HIT_TEST_MS = 50;
/** The tooltip waits this long on one phrase, so sweeping the mouse across a page shows none. */
const TIP_DELAY_MS = 450;
/** The CSS Highlight API cannot set a cursor: while the mouse is over a phrase, whatever is hovered gets a pointer. */
const POINTER_CSS = ':hover{cursor:pointer!important}';

/** What the hover hint needs from the page. */
export interface HoverHintDeps {
  hitTest: (x: number, y: number) => PageMatch | null;
  translate: () => PageTranslate;
  kindColor: (kind: PhraseKind) => string;
  /** While the card is open, the tooltip would only repeat it. */
  cardOpen: () => boolean;
}

const samePlace = (a: PageMatch | null, b: PageMatch | null) =>
  a === b || (!!a && !!b && a.entry.id === b.entry.id && a.startContainer === b.startContainer && a.startOffset === b.startOffset);

/**
 * Says that a highlight can be clicked: a pointer cursor over it and, after a short rest, a
 * tooltip with its kind and its first use in the corpus (else a gloss of the kind). Only the
 * user's own mouse moves count; all of it ends with `ctx`.
 */
export function watchHover(ctx: ContentScriptContext, deps: HoverHintDeps): void {
  const view = new HoverTipView();
  const pointer = new AdoptedStyles(POINTER_CSS);
  const firstUse = new Map<string, string>();
  let at = { x: 0, y: 0 };
  let over: PageMatch | null = null;
  let pending = 0;
  let tipTimer = 0;

  const textFor = (match: PageMatch): HoverTipText => {
    const t = deps.translate();
    return {
      kind: t(`kind_${match.kind}` as PageStringKey),
      line: firstUse.get(match.entry.id) || t(`kindHelp_${match.kind}` as PageStringKey),
      hint: t('hoverClickHint'),
    };
  };
  const showTip = (match: PageMatch) => {
    const anchor = rectOf(match);
    if (!anchor || deps.cardOpen()) return;
    view.show(textFor(match), anchor, { dark: pageLooksDark(match.startContainer.parentElement), kindColor: deps.kindColor(match.kind) });
    if (firstUse.has(match.entry.id) || match.entry.personal) return;
    firstUse.set(match.entry.id, '');
    void sendRequest('provenance:get', { entryId: match.entry.id }).then((answer) => {
      const first = answer && 'first' in answer ? answer.first : undefined;
      if (!first) return;
      const t = deps.translate();
      firstUse.set(match.entry.id, t('cardFirstUse', whenText(t, first), documentLabel(t, first)));
      if (samePlace(over, match)) view.write(textFor(match));
    }).catch(() => firstUse.delete(match.entry.id));
  };
  const hideTip = () => (clearTimeout(tipTimer), view.hide());
  const enter = (match: PageMatch | null) => {
    if (samePlace(match, over)) return;
    over = match;
    hideTip();
    if (!match) return pointer.removeAll();
    pointer.adopt(document);
    tipTimer = ctx.setTimeout(() => showTip(match), TIP_DELAY_MS);
  };

  ctx.addEventListener(document, 'mousemove', (event) => {
    const e = event as MouseEvent;
    if (!e.isTrusted) return;
    at = { x: e.clientX, y: e.clientY };
    pending ||= ctx.setTimeout(() => ((pending = 0), enter(deps.hitTest(at.x, at.y))), HIT_TEST_MS);
  }, { passive: true });
  // A click opens the card, a key or a scroll moves things: the tooltip goes until the mouse reaches another phrase.
  for (const type of ['mousedown', 'keydown', 'wheel'] as const) ctx.addEventListener(document, type, (e) => e.isTrusted && hideTip(), { passive: true, capture: true });
  ctx.addEventListener(window, 'scroll', () => enter(null), { passive: true, capture: true });
  ctx.addEventListener(document.documentElement, 'mouseleave', () => enter(null));
  ctx.onInvalidated(() => (hideTip(), pointer.removeAll()));
}
