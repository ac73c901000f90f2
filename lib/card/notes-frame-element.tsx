import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { NotesFrameParams } from '../notes/frame-params';
import { encodeNotesFrameParams, NOTES_FRAME_HELLO, NOTES_FRAME_SIGNALS, type NotesFrameSignal } from './notes-frame-params';

/** The notes frame's page (web-accessible: see wxt.config.ts). */
const FRAME_PATH = '/card-notes.html';

/**
 * The card's notes section: an extension-origin frame. Page script cannot read a cross-origin
 * frame's document or events, so notes from other sites and what the user types stay out of
 * the page. Its height is fixed (it scrolls inside): the card's size is something a page can
 * probe (elementFromPoint), and it must not tell how many notes there are.
 */
export function NotesFrame({ target, title, onSignal }: { target: NotesFrameParams; title: string; onSignal: (s: NotesFrameSignal) => void }) {
  const ref = useRef<HTMLIFrameElement>(null);
  const latest = useRef(onSignal);
  latest.current = onSignal;
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const origin = browser.runtime.getURL('/').replace(/\/$/, '');
    let channel: MessageChannel | undefined;
    const hello = () => {
      channel?.port1.close();
      channel = new MessageChannel();
      channel.port1.onmessage = (e) => NOTES_FRAME_SIGNALS.includes(e.data) && latest.current(e.data);
      // Addressed to our origin: only our page in the frame can receive it, never the page around it.
      frame.contentWindow?.postMessage(NOTES_FRAME_HELLO, origin, [channel.port2]);
    };
    frame.addEventListener('load', hello);
    return () => (frame.removeEventListener('load', hello), channel?.port1.close());
  }, []);
  const src = browser.runtime.getURL(FRAME_PATH as '/card-notes.html') + encodeNotesFrameParams(target);
  return <iframe ref={ref} class="notes-frame" src={src} title={title} />;
}
