/**
 * Who may ask what: the one place the background (and a content script) decides whether a
 * request's sender is entitled to it. Page script can run code in no extension context, but
 * a compromised or driven content script can send anything, so a content script gets only
 * what its own page needs; everything private to other sites, and every setting, only an
 * extension page (our popup, options, notes page, the card's notes frame).
 */
import type { RequestType } from './protocol';

/** Who is allowed to send a request type. */
export type RequestAccess =
  /** Any context of this extension, content scripts included: nothing private in the answer. */
  | 'extension-any'
  /** A content script, about its own page only (`payload.url` is the sender's URL without
   *  the fragment), or an extension page. */
  | 'own-page'
  /** Only an extension page, never a content script. */
  | 'extension-page';

/** The sender as the browser reports it (`runtime.MessageSender`), reduced to what the rule reads. */
export interface RequestSender {
  /** Extension id of the sender; ours for our own contexts. */
  id?: string;
  url?: string;
  origin?: string;
  tabId?: number;
  frameId?: number;
}

/** This extension, as seen from the receiving context. */
export interface ReceiverIdentity {
  id: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  origin: string;
}

/** The access each request type needs. Unlisted types are refused (see `senderMayAsk`). */
export const REQUEST_ACCESS: Record<RequestType, RequestAccess> = {
  'provenance:get': 'extension-any',
  'provenance:lines': 'extension-any',
  'reader:open': 'extension-any',
  'ping': 'extension-any',
  'page:count': 'extension-any',
  'notes:forPage': 'own-page',
  'notes:add': 'extension-page',
  'notes:get': 'extension-page',
  'notes:update': 'extension-page',
  'notes:delete': 'extension-page',
  'notes:restore': 'extension-page',
  'notes:list': 'extension-page',
  'notes:facets': 'extension-page',
  'notes:forEntry': 'extension-page',
  'notes:setAnchor': 'extension-page',
  'notes:export': 'extension-page',
  'notes:import': 'extension-page',
  'site:enable': 'extension-page',
  'personal:add': 'extension-page',
  // Received by content scripts, from the background and the popup.
  'page:summary': 'extension-page',
  'page:reveal': 'extension-page',
  'page:phrases': 'extension-page',
  'page:reveal-at': 'extension-page',
  'page:annotated': 'extension-page',
  'page:step': 'extension-page',
  'page:open-card': 'extension-page',
  'page:report': 'extension-page',
};

/** A page URL without its fragment: notes belong to the document, not to a scroll spot. */
export function withoutFragment(url: string): string {
  return url.replace(/#.*$/, '');
}

/** True for a context of our own origin: popup, options, notes page, background, our frames. */
function isExtensionPage(sender: RequestSender, self: ReceiverIdentity): boolean {
  if (sender.id !== self.id) return false;
  if (sender.origin !== undefined && sender.origin !== self.origin) return false;
  return sender.url !== undefined && sender.url.startsWith(`${self.origin}/`);
}

/**
 * Whether `sender` may send a request of `type` with this (already validated) payload.
 * Returns the reason when not, for the error answer.
 */
export function senderMayAsk(type: RequestType, payload: unknown, sender: RequestSender, self: ReceiverIdentity): string | null {
  const access = Object.hasOwn(REQUEST_ACCESS, type) ? REQUEST_ACCESS[type] : undefined;
  if (!access) return `${type} is not open to any sender`;
  if (sender.id !== self.id) return `${type} is only for this extension`;
  if (access === 'extension-any' || isExtensionPage(sender, self)) return null;
  if (access === 'extension-page') return `${type} is only for the extension's own pages`;
  const url = (payload as { url?: unknown }).url;
  const own = sender.tabId !== undefined && sender.url !== undefined && typeof url === 'string' && url === withoutFragment(sender.url);
  return own ? null : `${type} is only for the sender's own page`;
}
