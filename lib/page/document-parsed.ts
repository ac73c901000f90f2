/**
 * Resolves once the document is parsed: at once when it already is (a script registered for
 * `document_idle`), else on the browser's own DOMContentLoaded. A page can dispatch a
 * DOMContentLoaded of its own at any time; that event is not trusted and is ignored.
 */

/** What the wait needs from WXT's content-script context: listeners that end with it. */
export interface ParsedHost {
  addEventListener(target: EventTarget, type: 'DOMContentLoaded', handler: (event: Event) => void): void;
}

export function documentParsed(doc: Document, host: ParsedHost): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    host.addEventListener(doc, 'DOMContentLoaded', (event) => {
      if (event.isTrusted) resolve();
    });
  });
}
