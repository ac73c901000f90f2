import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/matcher';
import type { Match, MatcherPattern } from '../../../lib/matcher/types';

const frame = (entry: number, parts: string[], maxGap: number, crossSentences?: boolean): MatcherPattern => ({
  entry, forms: [], frame: { parts, maxGap, crossSentences },
});
const show = (text: string, m: Match) => ({
  match: text.slice(m.start, m.end),
  entry: m.entry,
  slots: m.slots?.map(([s, e]) => text.slice(s, e)),
});
const scan = (text: string, patterns: MatcherPattern[]) => buildMatcher(patterns).scan(text).map((m) => show(text, m));

describe('frames', () => {
  const guide = frame(7, ['以', '为指引'], 20);
  it('matches a two-part frame and reports the gap as a slot', () => {
    expect(scan('要以习近平新时代中国特色社会主义思想为指引，', [guide])).toEqual([
      { match: '以习近平新时代中国特色社会主义思想为指引', entry: 7, slots: ['习近平新时代中国特色社会主义思想'] },
    ]);
  });
  it('takes the nearest earlier part, not the first 以 in the sentence', () => {
    expect(scan('所以要以人民为中心为指引', [guide])).toEqual([
      { match: '以人民为中心为指引', entry: 7, slots: ['人民为中心'] },
    ]);
  });
  it('rejects an empty gap, a gap longer than maxGap, and a gap across a sentence end', () => {
    expect(scan('以为指引', [guide])).toEqual([]);
    expect(scan(`以${'字'.repeat(21)}为指引`, [guide])).toEqual([]);
    expect(scan(`以${'字'.repeat(20)}为指引`, [guide])).toHaveLength(1);
    expect(scan('以此。新思想为指引', [guide])).toEqual([]);
    expect(scan('以此！新思想为指引', [guide])).toEqual([]);
  });
  it('counts the gap in normalised chars, so line breaks inside do not count', () => {
    const text = `以${'字'.repeat(10)}\n\n        ${'字'.repeat(10)}为指引`;
    expect(scan(text, [guide])).toHaveLength(1);
  });
  it('lets an enumeration frame span sentences when its spec says so', () => {
    const parts = ['一是', '二是', '三是'];
    const text = '一是抓学习。二是抓落实；三是抓作风。';
    expect(scan(text, [frame(1, parts, 400)])).toEqual([]);
    expect(scan(text, [frame(1, parts, 400, true)])).toEqual([
      { match: '一是抓学习。二是抓落实；三是', entry: 1, slots: ['抓学习。', '抓落实；'] },
    ]);
  });
  it('verifies parts after the anchor too', () => {
    expect(scan('深入学习贯彻党的二十大精神，', [frame(2, ['深入学习贯彻', '精神'], 20)])).toEqual([
      { match: '深入学习贯彻党的二十大精神', entry: 2, slots: ['党的二十大'] },
    ]);
  });
  it('resolves overlaps between frames and contiguous phrases leftmost-longest', () => {
    const patterns = [frame(3, ['坚持', '不动摇'], 20), { entry: 4, forms: ['党的领导'] }, { entry: 5, forms: ['坚持党的领导'] }];
    expect(scan('坚持党的领导不动摇', patterns)).toEqual([
      { match: '坚持党的领导不动摇', entry: 3, slots: ['党的领导'] },
    ]);
    expect(scan('坚持党的领导。不动摇', patterns)).toEqual([
      { match: '坚持党的领导', entry: 5, slots: undefined },
    ]);
    const same = [{ entry: 9, forms: ['坚持改革不动摇'] }, ...patterns];
    expect(scan('坚持改革不动摇', same).map((m) => m.entry)).toEqual([9]);
  });
});
