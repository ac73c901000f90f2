/**
 * The content script loads the automaton the dictionary build serialised instead of building
 * it. A loaded matcher must find exactly what a built one finds, and a serialised automaton
 * must never be used for patterns other than its own.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../lib/corpus';
import type { DictionaryArtifact } from '../../../lib/dictionary/types';
import { toMatcherPatterns } from '../../../lib/dictionary/patterns';
import { buildMatcher, decodeMatcherAsset, encodeMatcherAsset, loadMatcher, serializeMatcher } from '../../../lib/matcher';
import { compilePatterns } from '../../../lib/matcher/compile';
import { decodeAutomaton, MATCHER_FORMAT, type SerializedMatcher } from '../../../lib/matcher/serialize';
import type { Matcher, MatcherPattern } from '../../../lib/matcher/types';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const dictionary: DictionaryArtifact = JSON.parse(read('seeds/dictionary.json'));
const patterns = toMatcherPatterns(dictionary.entries);
const seedText = read('seeds/speeches.txt');
const paragraphs = parseCorpus(seedText).speeches.flatMap((s) => s.paragraphs.map((p) => p.text));

/** The asset's bytes for `p`, as an ArrayBuffer of their own (as a fetch gives them). */
const assetBytes = (p: readonly MatcherPattern[], payload = '{}'): ArrayBuffer =>
  encodeMatcherAsset(serializeMatcher(p), new TextEncoder().encode(payload)).slice().buffer as ArrayBuffer;
/** Through the binary asset, as the content script gets it. */
const shipped = (p: readonly MatcherPattern[]): unknown => decodeMatcherAsset(assetBytes(p))!.matcher;

function loaded(p: readonly MatcherPattern[]): Matcher {
  const m = loadMatcher(shipped(p), p);
  expect(m, 'the serialised automaton was not loaded').not.toBeNull();
  return m!;
}

/** scanRanges's arrays, copied (they are reused by the next call). */
function ranges(m: Matcher, text: string) {
  const r = m.scanRanges(text);
  const n = r.count;
  return [n, r.starts.slice(0, n), r.ends.slice(0, n), r.entries.slice(0, n), r.frames.slice(0, n)];
}

describe('the serialised dictionary automaton', () => {
  const built = buildMatcher(patterns);
  const load = loaded(patterns);

  it('decodes to the very arrays the build makes', () => {
    expect(decodeAutomaton(shipped(patterns) as SerializedMatcher)).toEqual(compilePatterns(patterns).automaton);
  });

  it('keeps per-frame memory small: 16-bit depths, and the few frame anchors in maps, not state-long arrays', () => {
    const a = decodeAutomaton(shipped(patterns) as SerializedMatcher)!;
    const states = a.base.length;
    expect(a.depth).toBeInstanceOf(Uint16Array);
    expect(a.anchorAt.size).toBeGreaterThan(0); // the dictionary has frames
    expect(a.outAnchor.size).toBeLessThan(states / 10);
    const bytes = [a.classOf, a.base, a.check, a.fail, a.depth, a.outPattern, a.patternAt].reduce((n, x) => n + x.byteLength, 0);
    expect(bytes).toBeLessThanOrEqual(0x20000 + states * (5 * 4 + 2));
  });

  it('finds the same matches as a built matcher in every seed paragraph and in the whole seed file', () => {
    let total = 0;
    for (const text of paragraphs) {
      const expected = built.scan(text);
      total += expected.length;
      expect(load.scan(text)).toEqual(expected);
      expect(ranges(load, text)).toEqual(ranges(built, text));
    }
    expect(total).toBeGreaterThan(300); // not vacuous: the seeds are full of phrases
    expect(load.scan(seedText)).toEqual(built.scan(seedText));
  });

  it('finds the same matches in random text made of dictionary pieces and noise', () => {
    const pieces = [...new Set(dictionary.entries.flatMap((e) => [e.text, ...e.variants, ...(e.frame?.parts ?? [])]))];
    const noise = ['，', '。', '、', ' ', '\n', '发展', '的', 'A', '😀', '\ud83d', '“', '…'];
    const text = fc.array(fc.constantFrom(...pieces, ...noise), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(load.scan(t)).toEqual(built.scan(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('loading a serialised automaton', () => {
  const FRAMES: NonNullable<MatcherPattern['frame']>[] = [
    { parts: ['以', '为指引'], maxGap: 6 },
    { parts: ['坚持', '不动摇'], maxGap: 4 },
    { parts: ['改', '发', '摇'], maxGap: 3, crossSentences: true },
    { parts: ['为指引', '摇'], maxGap: 5 },
  ];
  const CHARS = ['发', '展', '改', '革', '以', '为', '指', '引', '不', '动', '摇', '坚', '持', '，', '。', 'A', '😀'];
  const phrase = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
  const dict = fc
    .tuple(fc.array(fc.array(phrase, { minLength: 1, maxLength: 3 }), { maxLength: 15 }), fc.subarray(FRAMES))
    .map(([forms, frames]): MatcherPattern[] => [
      ...forms.map((f, entry) => ({ entry, forms: f })),
      ...frames.map((frame, i) => ({ entry: 100 + i, forms: [], frame })),
    ]);
  const text = fc.array(fc.constantFrom(...CHARS, '为指引', '不动摇', ' '), { maxLength: 50 }).map((a) => a.join(''));

  it('scans like the built matcher for random dictionaries with frames', () => {
    fc.assert(
      fc.property(dict, fc.array(text, { minLength: 1, maxLength: 4 }), (p, texts) => {
        const built = buildMatcher(p);
        const load = loaded(p);
        for (const t of texts) expect(load.scan(t)).toEqual(built.scan(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses patterns other than its own, so the caller builds instead', () => {
    const s = shipped(patterns);
    const first = patterns[0]!;
    const frameAt = patterns.findIndex((p) => p.frame);
    const frame = patterns[frameAt]!.frame!;
    const others: MatcherPattern[][] = [
      patterns.slice(1),
      [...patterns, { entry: patterns.length, forms: ['我的提法'] }],
      [{ ...first, forms: [...first.forms, '另一写法'] }, ...patterns.slice(1)],
      [patterns[1]!, first, ...patterns.slice(2)],
      patterns.map((p, i) => (i === frameAt ? { ...p, frame: { ...frame, maxGap: frame.maxGap + 1 } } : p)),
      patterns.map((p, i) => (i === frameAt ? { ...p, frame: { ...frame, crossSentences: !frame.crossSentences } } : p)),
    ];
    for (const p of others) expect(loadMatcher(s, p)).toBeNull();
    expect(loadMatcher(s, patterns)).not.toBeNull();
  });

  it('refuses another format and malformed data', () => {
    const s = shipped(patterns) as SerializedMatcher;
    expect(loadMatcher({ ...s, format: MATCHER_FORMAT + 1 }, patterns)).toBeNull();
    expect(loadMatcher({ ...s, fail: Array.from(s.fail).slice(1) }, patterns)).toBeNull();
    expect(loadMatcher({ ...s, patternAt: [...Array.from(s.patternAt), 7] }, patterns)).toBeNull();
    expect(loadMatcher({ ...s, outPattern: [s.states, 0] }, patterns)).toBeNull();
    expect(loadMatcher({ ...s, base: undefined }, patterns)).toBeNull();
    for (const bad of [null, undefined, 'automaton', '42', 42, [], {}]) expect(loadMatcher(bad, patterns)).toBeNull();
  });

  it('reads its payload back from the asset, and refuses truncated, padded or foreign bytes', () => {
    const bytes = assetBytes(patterns, '{"提法":1}');
    expect(new TextDecoder().decode(decodeMatcherAsset(bytes)?.payload)).toBe('{"提法":1}');
    for (const bad of [bytes.slice(0, -1), bytes.slice(0, 40), new ArrayBuffer(0), new Uint8Array([...new Uint8Array(bytes), 0]).buffer, new TextEncoder().encode('{"format":2}').buffer]) {
      expect(decodeMatcherAsset(bad as ArrayBuffer)).toBeNull();
    }
  });
});
