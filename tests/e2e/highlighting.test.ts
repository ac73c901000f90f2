import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/session';
import type { Page } from 'playwright-core';
import { PHRASE_KINDS } from '../../lib/dictionary/types';
import { KIND_STYLES } from '../../lib/highlighter/kind-styles';
import { toMatcherPatterns } from '../../lib/dictionary/patterns';
import { buildMatcher, normalizePhrase } from '../../lib/matcher';
import { isPatternId } from '../../lib/matcher/patterns/types';
import { collectPageErrors, paintedCount, paintedRanges, planted, saveHighlightRegistry } from './support/highlights';
import { comparePngs } from './support/pixels';
import { PAGES_DIR, SCREENSHOT_DIR } from './support/paths';
import { loadDictionary, referencePage } from './support/reference-count';

const session = useExtensionSession({}, (browser) => saveHighlightRegistry(browser.context));
const dictionary = loadDictionary();
const kindOf = (text: string) => dictionary.entries.find((e) => e.text === text)?.kind;

/** Open a fixture on a government host and wait until its highlights stop changing. */
async function openHighlighted(path: string, host = 'www.example.gov.cn', atLeast = 1): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url(path, host));
  await expect.poll(() => paintedCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(atLeast);
  let last = -1;
  await expect.poll(async () => last === (last = await paintedCount(page)), { timeout: 10_000, interval: 150 }).toBe(true);
  return page;
}

/** Pixel boxes of every element in the body, in document order. */
function elementBoxes(page: Page): Promise<number[][]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    }),
  );
}

describe('highlighting a static government page', () => {
  it('finds phrases split across <b>, <a> and <span>, and nothing across <br>, cells or items', async () => {
    const page = await openHighlighted('split-phrases.html', 'www.example.gov.cn', 3);
    const ranges = planted(await paintedRanges(page));
    expect(ranges.map((r) => [r.id, r.text])).toEqual([
      ['split-b', '不忘初心、牢记使命'],
      ['split-a', '高度重视'],
      ['split-span', '四个意识'],
    ]);
    for (const r of ranges) expect(r.name).toBe(`tifa-${kindOf(r.text)}`);
    await page.close();
  });

  it('leaves an editable region, form fields and scripts untouched, and the DOM byte-identical', async () => {
    const page = await openHighlighted('split-phrases.html', 'www.example.gov.cn', 3);
    const raw = readFileSync(join(PAGES_DIR, 'split-phrases.html'), 'utf8');
    const same = await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return parsed.documentElement.outerHTML === document.documentElement.outerHTML;
    }, raw);
    expect(same).toBe(true);
    expect(await page.evaluate(() => document.getElementById('editable')!.innerHTML)).toBe('同志们，要高度重视。');
    expect(await page.evaluate(() => (window as unknown as { pageScriptRan?: boolean }).pageScriptRan)).toBe(true);
    await page.close();
  });

  it('paints every match of the long county speech, as many as the reference count', async () => {
    const expected = await referencePage('long-speech.html');
    const { matches, painted } = expected;
    expect(matches).toHaveLength(expected.stats.matches);
    // A frame is painted as its fixed parts (one range each, gaps left alone), every other
    // match as one range; phrases inside a frame's gap are matches of their own.
    // A page-time pattern (lib/matcher/patterns) paints one piece or more: what the
    // dictionary's phrases inside it leave, or an enumeration's markers.
    const patterns = matches.filter((m) => isPatternId(m.entryId));
    const frames = matches.filter((m) => m.slots);
    expect(frames.length + patterns.filter((m) => m.entryId === 'pattern:enumeration').length, 'the speech enumerates 一是…二是…三是').toBeGreaterThan(0);
    const dictionaryRanges = matches.length - patterns.length + frames.reduce((n, m) => n + m.slots!.length, 0);
    expect(painted.length - dictionaryRanges).toBeGreaterThanOrEqual(patterns.length);
    expect(painted.reduce((n, r) => n + r.text.length, 0), 'stock chars are the painted chars').toBe(expected.stats.stockChars);
    const page = await openHighlighted('long-speech.html', 'www.example.gov.cn', painted.length);
    const ranges = await paintedRanges(page);
    // Chromium paints exactly what the reference paints: the same pieces, kinds and order.
    expect(ranges.map((r) => [r.name, r.text])).toEqual(painted.map((r) => [r.name, r.text]));
    const byKind = Object.fromEntries(PHRASE_KINDS.map((k) => [k, matches.filter((m) => m.kind === k).length]));
    expect(byKind).toEqual(Object.fromEntries(PHRASE_KINDS.map((k) => [k, expected.stats.byKind[k] ?? 0])));
    // Every painted range is one whole match of the dictionary, or a fixed part of a frame
    // of its kind: never a gap's own words.
    const matcher = buildMatcher(toMatcherPatterns(dictionary.entries));
    const parts = new Set(
      dictionary.entries.flatMap((e) =>
        e.frame ? [e.frame.parts, ...(e.frame.alternatives ?? [])].flat().map((p) => `tifa-${e.kind}:${normalizePhrase(p)}`) : [],
      ),
    );
    for (const r of ranges) {
      if (parts.has(`${r.name}:${normalizePhrase(r.text)}`)) continue;
      if (patterns.some((m) => m.text.includes(r.text))) continue;
      const found = matcher.scan(r.text);
      expect(found.length, r.text).toBeGreaterThanOrEqual(1);
      expect([found[0]!.start, found.at(-1)!.end], r.text).toEqual([0, r.text.length]);
    }
    await page.close();
  });

  it('shifts no element: boxes are identical to the same page without the extension', async () => {
    const highlighted = await openHighlighted('long-speech.html');
    const plain = await session.browser.context.newPage();
    await plain.goto(session.server.url('long-speech.html', 'www.example.com'));
    await plain.waitForLoadState('load');
    const [a, b] = [await elementBoxes(highlighted), await elementBoxes(plain)];
    expect(a.length).toBeGreaterThan(100);
    expect(a).toEqual(b);
    await highlighted.close();
    await plain.close();
  });

  it('paints each kind in its colour (screenshot of highlighted vs. plain page)', async () => {
    const highlighted = await openHighlighted('county-speech.html');
    const plain = await session.browser.context.newPage();
    await plain.goto(session.server.url('county-speech.html', 'www.example.com'));
    await plain.waitForLoadState('load');
    const [a, b] = [await highlighted.screenshot(), await plain.screenshot()];
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, 'highlighting-on.png'), a);
    writeFileSync(join(SCREENSHOT_DIR, 'highlighting-off.png'), b);
    // The kinds with a range on the first screen (whatever the dictionary holds today).
    const onScreen = await highlighted.evaluate(() => {
      const w = window as unknown as { __tifaRegistry: Map<string, Set<StaticRange>>; __tifaRange: typeof Range };
      const kinds = new Set<string>();
      for (const [name, h] of w.__tifaRegistry) {
        for (const r of h) {
          const live = new w.__tifaRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          const box = live.getBoundingClientRect();
          if (name.startsWith('tifa-') && name !== 'tifa-seam' && box.bottom > 0 && box.top < innerHeight - 10) kinds.add(name.slice(5));
        }
      }
      return [...kinds];
    });
    const colours = PHRASE_KINDS.map((k) => KIND_STYLES[k].background);
    const cmp = await comparePngs(session.browser.context, a, b, colours);
    expect(cmp.differing).toBeGreaterThan(1000);
    expect(onScreen.length).toBeGreaterThanOrEqual(3);
    for (const kind of onScreen as (typeof PHRASE_KINDS)[number][]) {
      expect(cmp.colours[KIND_STYLES[kind].background]![0], kind).toBeGreaterThan(100);
      expect(cmp.colours[KIND_STYLES[kind].background]![1], kind).toBe(0);
    }
    await highlighted.close();
    await plain.close();
  });

  it('logs no errors to the page console', async () => {
    const page = await session.browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(session.server.url('long-speech.html'));
    await expect.poll(() => paintedCount(page), { timeout: 10_000 }).toBeGreaterThan(100);
    await page.waitForTimeout(500);
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    await page.close();
  });
});
