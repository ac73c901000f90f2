// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter } from '../../../lib/highlighter/highlighter';
import { nativeHighlightApi } from '../../../lib/highlighter/highlight-api-painter';
import type { Highlighter } from '../../../lib/highlighter/types';
import { ENTRIES, host, matcher, untilMatches } from '../highlighter/support';

// Firefox before 140 (the build's minimum is 115) has no `CSS.highlights`, and neither
// has happy-dom. The forced fallback (`paint: 'marks'`) is tested in
// tests/unit/highlighter/marks.test.ts; this file tests that 'auto' chooses it.

let h: Highlighter | null = null;
afterEach(() => {
  h?.stop();
  h = null;
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** A highlighter left to find the Highlight API by itself, as in the content script. */
function startAuto(): Highlighter {
  const started = createHighlighter({ document, matcher, entries: ENTRIES, host });
  started.start();
  return started;
}

/** Globals shaped like a browser with the Highlight API (Chromium, Firefox 140+). */
function stubHighlightApi(): Map<string, Set<unknown>> {
  const registry = new Map<string, Set<unknown>>();
  vi.stubGlobal('CSS', { ...globalThis.CSS, highlights: registry });
  vi.stubGlobal('Highlight', class extends Set<unknown> {});
  vi.stubGlobal('StaticRange', class { constructor(init: object) { Object.assign(this, init); } });
  return registry;
}

describe('choosing how to paint in Firefox', () => {
  it('paints <tifa-mark> elements where CSS.highlights is missing', async () => {
    expect(nativeHighlightApi()).toBeNull();
    document.body.innerHTML = '<p>同志们，要高度重视。</p>';
    h = startAuto();
    await untilMatches(h, 2);
    expect([...document.querySelectorAll('tifa-mark')].map((m) => m.textContent)).toEqual(['同志们', '高度重视']);
  });

  it('leaves the page untouched and fills named highlights where the API exists', async () => {
    const registry = stubHighlightApi();
    expect(nativeHighlightApi()).not.toBeNull();
    document.body.innerHTML = '<p>同志们，要高度重视。</p>';
    h = startAuto();
    await untilMatches(h, 2);
    expect(document.querySelector('tifa-mark')).toBeNull();
    expect([...registry.values()].reduce((n, set) => n + set.size, 0)).toBe(2);
  });
});
