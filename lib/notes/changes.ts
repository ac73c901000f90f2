/**
 * Tell open extension pages that notes changed, so a note added from a card shows up on
 * an open notes page at once. A BroadcastChannel reaches every context of the extension's
 * origin (the service worker included) without a second message protocol.
 */

const CHANNEL = 'tifa-notes-changed';

/** Announce a change; safe where BroadcastChannel is missing. */
export function announceNotesChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Call `onChange` after every change made elsewhere; returns the unsubscribe. */
export function onNotesChanged(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}
