import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Name of the window event that tells a page (and the e2e tests) Tifa Lens has started. */
export const READY_EVENT = 'tifa-lens:ready';

/**
 * Announce start-up with a window event rather than a DOM attribute, so the page's
 * markup stays exactly as its author wrote it. The detail is a string because
 * objects do not cross from the isolated world to the page's world.
 */
export function announceReady(ctx: ContentScriptContext): void {
  if (ctx.isInvalid) return;
  window.dispatchEvent(new CustomEvent(READY_EVENT, { detail: location.href }));
}
