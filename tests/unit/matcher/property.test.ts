import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/matcher';
import type { MatcherPattern } from '../../../lib/matcher/types';
import { referenceScan } from './reference';

// A small alphabet makes overlaps, near misses and nested phrases frequent.
const CHARS = ['发', '展', '改', '革', '以', '为', '不', '动', '摇', '坚', '持', '，', '、', '。', 'Ａ', 'A', '😀', '\ud83d', '…', '.'];
const PIECES = ['发展', '改革发展', '发展改革', '坚持', '不动摇', '为指引', '改革、发展', '……', '...'];
const SPACES = [' ', '\n', '\u3000', '\t', '\r\n'];

const phrase = fc.array(fc.constantFrom(...CHARS, ...PIECES), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
const FRAMES: MatcherPattern['frame'][] = [
  { parts: ['以', '为指引'], maxGap: 6 },
  { parts: ['坚持', '不动摇'], maxGap: 4 },
  { parts: ['改', '发', '摇'], maxGap: 3, crossSentences: true },
  { parts: ['以', '发展', '摇'], maxGap: 5 }, // anchored in the middle
  { parts: ['为指引', '摇'], maxGap: 5 }, // anchored on the first part
];
const dictionary = fc
  .tuple(fc.array(fc.array(phrase, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), fc.subarray(FRAMES))
  .map(([forms, frames]): MatcherPattern[] => [
    ...forms.map((f, entry) => ({ entry, forms: f })),
    ...frames.map((frame, i) => ({ entry: 100 + i, forms: [], frame })),
  ]);
// Frame parts and short fillers, so that frames are often complete and often just miss.
const FRAME_PIECES = ['以', '为指引', '坚持', '不动摇', '摇', '改', '发', '发展', '。', '，', '字', '字字'];
// Text: pieces joined, then whitespace pushed in at random split points.
const text = fc
  .tuple(
    fc.oneof(
      fc.array(fc.constantFrom(...CHARS, ...PIECES), { maxLength: 40 }),
      fc.array(fc.constantFrom(...FRAME_PIECES), { maxLength: 30 }),
    ),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SPACES)), { maxLength: 6 }),
  )
  .map(([pieces, splits]) => {
    let t = pieces.join('');
    for (const [at, sp] of splits) {
      const i = t.length === 0 ? 0 : at % (t.length + 1);
      t = t.slice(0, i) + sp + t.slice(i);
    }
    return t;
  });

describe('matcher properties', () => {
  it('finds exactly what a brute-force leftmost-longest scan finds', () => {
    fc.assert(
      fc.property(dictionary, text, (patterns, t) => {
        expect(buildMatcher(patterns).scan(t)).toEqual(referenceScan(t, patterns));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answer when one matcher scans many texts in a row (buffer reuse)', () => {
    fc.assert(
      fc.property(dictionary, fc.array(text, { minLength: 2, maxLength: 5 }), (patterns, texts) => {
        const m = buildMatcher(patterns);
        for (const t of texts) expect(m.scan(t)).toEqual(referenceScan(t, patterns));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps offsets in range, ordered and non-overlapping on any text', () => {
    const patterns: MatcherPattern[] = [
      { entry: 0, forms: ['发展', '😀', '\udc00', 'a b'] },
      { entry: 1, forms: [], frame: { parts: ['a', 'b'], maxGap: 3 } },
    ];
    const m = buildMatcher(patterns);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), text), (t) => {
        let last = 0;
        for (const x of m.scan(t)) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          expect(x.end).toBeLessThanOrEqual(t.length);
          last = x.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
