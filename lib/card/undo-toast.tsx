import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../components/card/card.css?inline';
import { UndoToast } from '../../components/card/UndoToast';
import { TranslateContext } from '../../components/i18n';
import type { Translate } from '../i18n/ui-strings';
import { GUARDED_EVENTS } from './card-host';
import { unpredictableElementName } from './element-name';

/** How long the undo stays on screen. */
const TOAST_MS = 10_000;

/**
 * Show "no longer highlighted · undo" in its own closed layer: hiding an entry rebuilds the
 * page's highlights and closes the card, so the undo cannot live in the card. Page script
 * cannot read it or press its button (untrusted events are stopped at the root).
 */
export async function showUndoToast(ctx: ContentScriptContext, translate: Translate, phrase: string, undo: () => void): Promise<() => void> {
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
  let gone = false;
  const dismiss = () => {
    if (gone) return;
    gone = true;
    ui.remove();
  };
  if (container) {
    render(
      <TranslateContext.Provider value={translate}>
        <UndoToast phrase={phrase} onUndo={() => (undo(), dismiss())} onDismiss={dismiss} />
      </TranslateContext.Provider>,
      container,
    );
  }
  ctx.setTimeout(dismiss, TOAST_MS);
  return dismiss;
}
