import { describe, expect, it } from 'vitest';
import { documentParsed } from '../../../lib/page/document-parsed';

/** A document still being parsed, and a host that keeps the one listener it is given. */
function loadingDocument() {
  let handler: ((event: Event) => void) | null = null;
  const doc = { readyState: 'loading' } as Document;
  const host = { addEventListener: (_t: EventTarget, _type: 'DOMContentLoaded', h: (event: Event) => void) => void (handler = h) };
  return { doc, host, fire: (isTrusted: boolean) => handler!({ isTrusted } as Event) };
}

const settled = async (p: Promise<void>) => Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20))]);

describe('waiting for the parsed document', () => {
  it('resolves at once when the document is already parsed', async () => {
    expect(await settled(documentParsed({ readyState: 'interactive' } as Document, { addEventListener: () => {} }))).toBe(true);
  });

  it("ignores a DOMContentLoaded the page dispatches, and resolves on the browser's own", async () => {
    const { doc, host, fire } = loadingDocument();
    const parsed = documentParsed(doc, host);
    fire(false);
    expect(await settled(parsed)).toBe(false);
    fire(true);
    expect(await settled(parsed)).toBe(true);
  });
});
