import { render, type ComponentChildren, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../components/card/card.css?inline';
import { ProvenanceCard, type ProvenanceCardProps } from '../../components/card/ProvenanceCard';
import { TranslateContext } from '../../components/i18n';
import type { PageTranslate } from '../i18n/page-strings';
import type { Translate } from '../i18n/ui-strings';
import { createClosedHost } from './closed-host';
import { placeCard, type Box } from './placement';

/** The mounted card: re-render with new props, place next to a phrase, remove. */
export interface CardHost {
  update(props: ProvenanceCardProps): void;
  place(anchor: Box): void;
  contains(node: EventTarget | null): boolean;
  /** Focus is inside the card (or its notes frame): the page sees only our host as active. */
  hasFocus(): boolean;
  remove(): void;
}

/** The card's height cap as a share of the viewport (card.css: `max-height: 70vh`). */
const CARD_HEIGHT_CAP = 0.7;

/** Events the card reacts to; page-made (untrusted) ones are stopped before any handler. */
const GUARDED_EVENTS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'beforeinput'];

/**
 * `view` under the page's translator. The context is typed for every key; what the content
 * script renders names page keys only (tests/unit/conventions/page-strings.test.ts), and a
 * key the page table lacks would read as itself.
 */
export function withPageStrings(translate: PageTranslate, view: ComponentChildren): VNode {
  return <TranslateContext.Provider value={translate as Translate}>{view}</TranslateContext.Provider>;
}

/** Events kept inside the layer: the page does not see keys typed or clicks made in the card. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'];

/** A mounted closed layer: the container inside its closed root, and a remover. */
export interface ClosedLayer {
  container: HTMLElement;
  /** The host element in the page (its name is unpredictable) and the closed root. */
  host: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

/**
 * Mount a closed shadow root with the card's CSS on a host with an unpredictable name, appended to
 * <html>; untrusted (page-made) events are stopped at the root before any handler, and the
 * card's own events do not bubble out to the page. Removed when the extension goes away.
 */
export function mountClosedLayer(ctx: ContentScriptContext): ClosedLayer {
  // `all: initial` on the host: no page style is inherited into the layer.
  const { host, root } = createClosedHost(`:host{all:initial !important;}\n${cardCss}`);
  const container = document.createElement('div');
  for (const type of GUARDED_EVENTS) {
    container.addEventListener(type, (e) => {
      if (!e.isTrusted) (e.stopImmediatePropagation(), e.preventDefault());
    }, { capture: true });
  }
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  root.append(container);
  document.documentElement.append(host);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    render(null, container);
    host.remove();
  };
  ctx.onInvalidated(remove);
  return { container, host, shadow: root, remove };
}

/**
 * Mount the card in a closed shadow root on a host with an unpredictable name, so page CSS
 * cannot reach it, its CSS cannot leak out, and page script cannot read or drive it (no
 * `host.shadowRoot`; untrusted events are stopped at the root). The host is appended to
 * <html>, not <body>, so page layout never reflows around it.
 */
export async function mountCardHost(ctx: ContentScriptContext, translate: PageTranslate, look: { dark: boolean; kindColor: string }): Promise<CardHost> {
  const { container, host, shadow, remove } = mountClosedLayer(ctx);
  const card = () => container.querySelector<HTMLElement>('.card') ?? null;
  return {
    update(props) {
      render(
        withPageStrings(translate, <ProvenanceCard {...props} />),
        container,
      );
      const el = card();
      el?.classList.toggle('dark', look.dark);
      el?.style.setProperty('--kind', look.kindColor);
    },
    place(anchor) {
      const el = card();
      if (!el) return;
      // The height it wants (its content, within the stylesheet's 70vh cap), measured without
      // lifting the last placement's cap: that would reset how far the reader scrolled inside.
      const size = el.getBoundingClientRect();
      const wanted = Math.min(el.scrollHeight + el.offsetHeight - el.clientHeight, window.innerHeight * CARD_HEIGHT_CAP);
      const spot = placeCard(anchor, { width: size.width, height: wanted }, { width: window.innerWidth, height: window.innerHeight });
      Object.assign(el.style, { left: `${spot.left}px`, top: `${spot.top}px`, maxHeight: `${spot.maxHeight}px` });
    },
    hasFocus: () => document.activeElement === host,
    contains: (node) => node instanceof Node && (host === node || host.contains(node) || shadow.contains(node)),
    remove,
  };
}
