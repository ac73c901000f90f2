import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { UndoToast } from '../../components/card/UndoToast';
import type { PageTranslate } from '../i18n/page-strings';
import { mountClosedLayer, withPageStrings } from './card-host';

/** How long the undo stays on screen. */
const TOAST_MS = 10_000;

/**
 * Show "no longer highlighted · undo" in its own closed layer: hiding an entry rebuilds the
 * page's highlights and closes the card, so the undo cannot live in the card. Page script
 * cannot read it or press its button (untrusted events are stopped at the root).
 */
export async function showUndoToast(ctx: ContentScriptContext, translate: PageTranslate, phrase: string, undo: () => void): Promise<() => void> {
  const { container, remove } = mountClosedLayer(ctx);
  let gone = false;
  const dismiss = () => {
    if (gone) return;
    gone = true;
    remove();
  };
  if (container) {
    render(
      withPageStrings(translate, <UndoToast phrase={phrase} onUndo={() => (undo(), dismiss())} onDismiss={dismiss} />),
      container,
    );
  }
  ctx.setTimeout(dismiss, TOAST_MS);
  return dismiss;
}
