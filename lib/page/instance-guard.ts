import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Where the live instance's stop function is kept: a property of the isolated world's global. */
const SLOT = '__tifaLensLiveInstance';

/**
 * Make this content-script instance the only live one in its frame, without trusting the
 * page. WXT stops an older instance when a DOM event `<id>:content:wxt:content-script-started`
 * reaches it; page script can dispatch that event too (the id is public) and switch the
 * extension off, and WXT's own event is just as synthetic (`isTrusted` is false for both), so
 * no listener can tell them apart. So the event is ignored, and a new instance stops the old
 * one through the isolated world's global object, which page script cannot see. (An instance
 * orphaned by an extension update notices on its own: `ctx.isInvalid` checks `runtime.id`.)
 */
export function becomeLiveInstance(ctx: ContentScriptContext, world: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  (ctx as unknown as { verifyScriptStartedEvent: (event: Event) => boolean }).verifyScriptStartedEvent = () => false;
  const previous = world[SLOT];
  if (typeof previous === 'function') previous();
  const stop = () => ctx.notifyInvalidated();
  world[SLOT] = stop;
  ctx.onInvalidated(() => {
    if (world[SLOT] === stop) delete world[SLOT];
  });
}
