// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  endPosition, forEachPaintRange, gapsOf, matchIndexAt, matchRange, nodeIndexAt, paintRangeCount, paintRangeMatch, startPosition,
} from '../../../lib/highlighter/block';
import { handBlock } from './support';

describe('the offset map of a block', () => {
  const block = handBlock(['不忘', '初心', '、牢记', '使命', '。'], [[0, 9]]);

  it('finds the node holding each offset by binary search', () => {
    expect([0, 1, 2, 3, 4, 6, 7, 8, 9].map((o) => nodeIndexAt(block, o))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4]);
  });

  it('maps a match start into the node of its first char and its end into the node of its last', () => {
    expect(startPosition(block, 0)).toEqual({ node: block.nodes[0], offset: 0 });
    expect(startPosition(block, 4)).toEqual({ node: block.nodes[2], offset: 0 });
    // The end of 使命 is the end of node 3, not offset 0 of node 4.
    expect(endPosition(block, 9)).toEqual({ node: block.nodes[3], offset: 2 });
  });

  it('maps each match with the forward cursor exactly as the binary search does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 9 })), { maxLength: 8 }),
        (lengths, raw) => {
          const parts = lengths.map((n) => '字'.repeat(n));
          const total = lengths.reduce((a, b) => a + b, 0);
          const matches: Array<[number, number]> = [];
          let at = 0;
          for (const [gap, len] of raw) {
            const s = at + (gap % 4);
            if (s + len > total) break;
            matches.push([s, s + len]);
            at = s + len;
          }
          const b = handBlock(parts, matches);
          const seen: unknown[] = [];
          forEachPaintRange(b, (i, r) => seen[i] = r);
          expect(seen).toEqual(matches.map((_, i) => matchRange(b, i)));
        },
      ),
    );
  });
});

describe('finding the match under a caret', () => {
  const block = handBlock(['同志们，高度重视', '四个意识'], [[0, 3], [4, 8], [8, 12]]);

  it('returns the match whose span holds the offset', () => {
    expect(matchIndexAt(block, 0)).toBe(0);
    expect(matchIndexAt(block, 5)).toBe(1);
    expect(matchIndexAt(block, 10)).toBe(2);
  });

  it('prefers the match starting at a shared edge, and accepts a caret right after a match', () => {
    expect(matchIndexAt(block, 8)).toBe(2);
    expect(matchIndexAt(block, 3)).toBe(0);
    expect(matchIndexAt(block, 12)).toBe(2);
  });

  it('returns -1 between matches', () => {
    const sparse = handBlock(['同志们，一些话，高度重视'], [[0, 3], [8, 12]]);
    expect(matchIndexAt(sparse, 5)).toBe(-1);
  });
});

describe('a block with a frame', () => {
  // 以…为指引 around a slogan, then 高度重视: match 0 is the frame, 1 the slogan in its gap.
  const text = '以新思想为指引，高度重视';
  const block = handBlock(['以新', '思想为', '指引，高度重视'], [[0, 7], [1, 4], [8, 12]], [[0, 1, 0], [1, 4, 1], [4, 7, 0], [8, 12, 2]]);

  it('paints the frame’s fixed parts and what its gap holds, one range each, in order', () => {
    expect(block.text).toBe(text);
    const seen: Array<[number, string]> = [];
    forEachPaintRange(block, (i, r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      seen.push([i, range.toString()]);
    });
    expect(seen).toEqual([[0, '以'], [1, '新思想'], [0, '为指引'], [2, '高度重视']]);
    expect(paintRangeCount(block)).toBe(4);
    expect([0, 1, 2, 3].map((k) => paintRangeMatch(block, k))).toEqual([0, 1, 0, 2]);
  });

  it('gives the gaps of a frame and none for a whole match', () => {
    expect(gapsOf(block, 0)).toEqual([[1, 4]]);
    expect(gapsOf(block, 1)).toEqual([]);
    expect(gapsOf(block, 2)).toEqual([]);
  });

  it('selects what is painted under the caret: a fixed part, the phrase in the gap, or nothing', () => {
    expect(matchIndexAt(block, 0)).toBe(0);
    expect(matchIndexAt(block, 2)).toBe(1);
    expect(matchIndexAt(block, 5)).toBe(0);
    expect(matchIndexAt(block, 7)).toBe(0);
    expect(matchIndexAt(block, 10)).toBe(2);
    const bare = handBlock(['以新思想为指引'], [[0, 7]], [[0, 1, 0], [4, 7, 0]]);
    expect([0, 1, 2, 3, 4, 6].map((o) => matchIndexAt(bare, o))).toEqual([0, 0, -1, -1, 0, 0]);
  });
});
