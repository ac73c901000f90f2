import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/matcher';
import type { MatcherPattern } from '../../../lib/matcher/types';

const words = (...forms: string[][]): MatcherPattern[] => forms.map((f, entry) => ({ entry, forms: f }));
const found = (text: string, patterns: MatcherPattern[]) =>
  buildMatcher(patterns).scan(text).map((m) => [text.slice(m.start, m.end), m.entry]);

describe('buildMatcher().scan', () => {
  it('returns nothing for empty input or an empty dictionary', () => {
    expect(buildMatcher(words(['发展'])).scan('')).toEqual([]);
    expect(buildMatcher([]).scan('高质量发展')).toEqual([]);
  });
  it('prefers the longest phrase at the same start', () => {
    expect(found('推动高质量发展', words(['高质量'], ['高质量发展'], ['发展']))).toEqual([['高质量发展', 1]]);
  });
  it('prefers the leftmost phrase over a longer one that starts later', () => {
    expect(found('全面从严治党', words(['全面从严'], ['从严治党要求'], ['严治党']))).toEqual([['全面从严', 0]]);
  });
  it('returns non-overlapping matches in order and resumes after each one', () => {
    expect(found('abcd', words(['abc'], ['cd'], ['d']))).toEqual([['abc', 0], ['d', 2]]);
    expect(found('xabyz', words(['xaby'], ['a'], ['b'], ['yz']))).toEqual([['xaby', 0]]);
    expect(found('xabz', words(['xaby'], ['a'], ['b']))).toEqual([['a', 1], ['b', 2]]);
  });
  it('finds a list phrase whatever separator or no separator the page uses', () => {
    const p = words(['不忘初心、牢记使命', '不忘初心牢记使命']);
    expect(found('要不忘初心，牢记使命。', p)).toEqual([['不忘初心，牢记使命', 0]]);
    expect(found('要不忘初心,牢记使命', p)).toEqual([['不忘初心,牢记使命', 0]]);
    expect(found('要不忘初心牢记使命', p)).toEqual([['不忘初心牢记使命', 0]]);
  });
  it('matches across full-width letters, line breaks and spaces inside the phrase', () => {
    expect(found('加强ＧＤＰ核算', words(['GDP核算']))).toEqual([['ＧＤＰ核算', 0]]);
    expect(found('坚持立德\n  树人。', words(['立德树人']))).toEqual([['立德\n  树人', 0]]);
    expect(found('“两个维护”', words(['"两个维护"']))).toEqual([['“两个维护”', 0]]);
  });
  it('reports the first listed entry when two entries normalise to the same form', () => {
    expect(found('两个维护', words(['两个维护'], ['两个　维护']))).toEqual([['两个维护', 0]]);
  });
  it('maps offsets back to the original text around deleted chars', () => {
    const text = ' \u3000党风 廉政\n建设 ';
    const [m] = buildMatcher(words(['党风廉政建设'])).scan(text);
    expect(m).toEqual({ start: 2, end: 10, entry: 0 });
  });
  it('never starts or ends a match inside a surrogate pair', () => {
    const p = words(['\udc00学习'], ['学习\ud840'], ['𠀀学习']);
    expect(found('\ud840\udc00学习\ud840\udc00', p)).toEqual([['𠀀学习', 2]]);
    expect(found('😀学习😀', words(['学习']))).toEqual([['学习', 0]]);
  });
  it('fills MatchRanges with the same matches as scan', () => {
    const m = buildMatcher(words(['发展'], ['改革']));
    const r = m.scanRanges('改革 发展 改革');
    expect(r.count).toBe(3);
    expect(Array.from(r.starts.subarray(0, 3))).toEqual([0, 3, 6]);
    expect(Array.from(r.entries.subarray(0, 3))).toEqual([1, 0, 1]);
  });
  it('reuses buffers without leaking matches from the previous scan', () => {
    const m = buildMatcher(words(['发展']));
    expect(m.scan('发展'.repeat(1000))).toHaveLength(1000);
    expect(m.scan('改革发展')).toEqual([{ start: 2, end: 4, entry: 0 }]);
  });
});
