// @vitest-environment happy-dom
/** The noted-phrase layer goes with the page's stop, and a late note lookup does not bring it back. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NotedLayer } from '../../../lib/page/noted-layer';

describe('the noted-phrase layer', () => {
  it('leaves the page when the content script stops, and stays out', () => {
    fakeBrowser.reset();
    document.body.innerHTML = '<p>高度重视</p>';
    const before = document.documentElement.outerHTML;
    const ctx = new ContentScriptContext('content');
    const layer = new NotedLayer(ctx);
    const text = document.querySelector('p')!.firstChild as Text;
    const noted = [{ startContainer: text, startOffset: 0, endContainer: text, endOffset: 4 } as unknown as StaticRange];
    layer.set(noted);
    expect(document.documentElement.children).toHaveLength(3);
    ctx.notifyInvalidated();
    expect(document.documentElement.outerHTML).toBe(before);
    // The answer to a lookup sent before the stop arrives after it.
    layer.set(noted);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
