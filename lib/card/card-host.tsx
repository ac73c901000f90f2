import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../components/card/card.css?inline';
import { ProvenanceCard, type ProvenanceCardProps } from '../../components/card/ProvenanceCard';
import { TranslateContext } from '../../components/i18n';
import type { Translate } from '../i18n/ui-strings';
import { unpredictableElementName } from './element-name';
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

/** A mounted closed layer: the container inside its closed root, and a remover. */
export interface ClosedLayer {
  container: HTMLElement | undefined;
  /** The host element in the page (its name is unpredictable) and the closed root. */
  host: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

/**
 * Mount a closed shadow root with the card's CSS on a host with an unpredictable name, appended to
 * <html>; untrusted (page-made) events are stopped at the root before any handler.
 */
export async function mountClosedLayer(ctx: ContentScriptContext): Promise<ClosedLayer> {
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: unpredictableElementName(),
    mode: 'closed',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css: cardCss,
    isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'],
    onMount: (uiContainer) => {
      container = uiContainer;
      for (const type of GUARDED_EVENTS) {
        uiContainer.addEventListener(type, (e) => {
          if (!e.isTrusted) (e.stopImmediatePropagation(), e.preventDefault());
        }, { capture: true });
      }
      return uiContainer;
    },
    onRemove: () => container && render(null, container),
  });
  ui.mount();
  return { container, host: ui.shadowHost, shadow: ui.shadow, remove: () => ui.remove() };
}

/**
 * Mount the card in a closed shadow root on a host with an unpredictable name, so page CSS
 * cannot reach it, its CSS cannot leak out, and page script cannot read or drive it (no
 * `host.shadowRoot`; untrusted events are stopped at the root). The host is appended to
 * <html>, not <body>, so page layout never reflows around it.
 */
export async function mountCardHost(ctx: ContentScriptContext, translate: Translate, look: { dark: boolean; kindColor: string }): Promise<CardHost> {
  const { container, host, shadow, remove } = await mountClosedLayer(ctx);
  const card = () => container?.querySelector<HTMLElement>('.card') ?? null;
  return {
    update(props) {
      if (!container) return;
      render(
        <TranslateContext.Provider value={translate}>
          <ProvenanceCard {...props} />
        </TranslateContext.Provider>,
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
