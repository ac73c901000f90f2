import { browser, type Browser } from 'wxt/browser';
import { routeRequest, type RequestHandlers, type RequestSchemas } from './router';

/**
 * Register a context's handlers (background, or a content script) on `runtime.onMessage`. Uses `sendResponse` and
 * `return true`, which every browser supports for asynchronous answers.
 */
export function listenForRequests(handlers: RequestHandlers, schemas: RequestSchemas): () => void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!message || typeof message !== 'object' || (message as { tifa?: unknown }).tifa !== 1) return false;
    // Leave requests this context does not handle to the context that does.
    if (!Object.hasOwn(handlers, String((message as { type?: unknown }).type))) return false;
    const from = { id: sender.id, origin: sender.origin, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
    void routeRequest(message, from, handlers, schemas, self).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
