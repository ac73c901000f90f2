import { render } from 'preact';
import { TranslateContext } from '../../components/i18n';
import cardCss from '../../components/card/card.css?inline';
import { NOTES_FRAME_HELLO, type NotesFrameSignal } from '../../lib/card/notes-frame-params';
import { decodeNotesFrameParams } from '../../lib/notes/frame-params';
import { NotesFrameApp } from '../../lib/card/notes-frame-app';
import { translatorFor } from '../../lib/i18n/ui-strings';
import { loadSettings } from '../../lib/settings/settings-store';
import './style.css';

/** The card's notes frame: wiring only (see lib/card/notes-frame-app.tsx). */
async function start(): Promise<void> {
  let port: MessagePort | undefined;
  // The card hands over a port once; later hellos (from anyone) are ignored.
  window.addEventListener('message', (e) => {
    if (!port && e.data === NOTES_FRAME_HELLO && e.ports[0]) port = e.ports[0];
  });
  const signal = (s: NotesFrameSignal) => port?.postMessage(s);
  window.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && signal('close'));
  const target = decodeNotesFrameParams(location.hash);
  const settings = await loadSettings().catch(() => null);
  const t = translatorFor(settings?.language ?? 'auto', navigator.language);
  if (!target) return;
  document.documentElement.classList.toggle('dark', target.dark);
  const style = document.createElement('style');
  style.textContent = cardCss;
  document.head.prepend(style);
  render(
    <TranslateContext.Provider value={t}>
      <NotesFrameApp target={target} signal={signal} />
    </TranslateContext.Provider>,
    document.getElementById('app')!,
  );
}

void start();
