/**
 * The one block scan (lib/matcher/block-scan.ts) that the highlighter and the CLI share:
 * dictionary phrases keep their own highlight inside a detected pattern, a pattern paints
 * what is left, and patterns are off unless their entries are in the list.
 */
import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../../lib/dictionary/types';
import { toMatcherPatterns } from '../../../../lib/dictionary/patterns';
import { buildMatcher } from '../../../../lib/matcher';
import { createBlockScanner } from '../../../../lib/matcher/block-scan';
import { PATTERN_ENTRIES, withPatternEntries } from '../../../../lib/dictionary/pattern-entries';

const entry = (id: string, text: string, extra: Partial<DictionaryEntry> = {}): DictionaryEntry => ({ id, text, kind: 'slogan', variants: [], score: 1, occurrences: 1, families: 1, ...extra });
const DICT = [
  entry('a', '问题导向'),
  entry('f', '以…为指引', { kind: 'frame', frame: { parts: ['以', '为指引'], maxGap: 30 } }),
];

function painted(entries: readonly DictionaryEntry[], text: string) {
  const scanner = createBlockScanner(buildMatcher(toMatcherPatterns(entries)), entries);
  const { matches, pieces } = scanner.list(text);
  return pieces.map(([s, e, i]) => [text.slice(s, e), entries[matches[i]!.entry]!.id]);
}

describe('one block scan for the page and the tools', () => {
  it('paints a dictionary phrase inside a parallel list as itself, and the rest as the pattern', () => {
    const text = '坚持问题导向、目标导向、结果导向。';
    expect(painted(withPatternEntries(DICT), text)).toEqual([
      ['问题导向', 'a'],
      ['目标导向、结果导向', 'pattern:parallel-tail'],
    ]);
  });

  it('finds no pattern when the entries have no pattern entries (tests, hidden rules)', () => {
    expect(painted(DICT, '坚持问题导向、目标导向、结果导向。')).toEqual([['问题导向', 'a']]);
    const noTail = withPatternEntries(DICT).filter((e) => e.id !== 'pattern:parallel-tail');
    expect(painted(noTail, '增强战略思维、辩证思维、底线思维。')).toEqual([]);
  });

  it('drops a pattern the dictionary already paints in full', () => {
    const all = [...DICT, entry('b', '目标导向'), entry('c', '结果导向')];
    expect(painted(withPatternEntries(all), '坚持问题导向、目标导向、结果导向。').map(([, id]) => id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a pattern inside a frame gap, next to the frame\'s fixed parts', () => {
    const text = '以战略思维、辩证思维、底线思维为指引。';
    expect(painted(withPatternEntries(DICT), text)).toEqual([
      ['以', 'f'],
      ['战略思维、辩证思维、底线思维', 'pattern:parallel-tail'],
      ['为指引', 'f'],
    ]);
  });

  it('paints an enumeration as its markers only, never its sentences', () => {
    const long = '进一步加强和改进基础设施建设工作'.repeat(14);
    const text = `一是${long}。二是${long}。三是${long}。`;
    const out = painted(withPatternEntries(DICT), text);
    expect(out).toEqual([['一是', 'pattern:enumeration'], ['二是', 'pattern:enumeration'], ['三是', 'pattern:enumeration']]);
  });

  it('gives the highlighter typed arrays whose pieces are ordered and disjoint', () => {
    const entries = withPatternEntries(DICT);
    const scanner = createBlockScanner(buildMatcher(toMatcherPatterns(entries)), entries);
    const found = scanner.scan('坚持问题导向、目标导向、结果导向，落实“双随机、一公开”。')!;
    expect(found.count).toBe(3);
    const p = found.pieces!;
    for (let k = 1; k < p.count; k++) expect(p.starts[k]).toBeGreaterThanOrEqual(p.ends[k - 1]!);
    expect([...found.matchEntries].map((i) => entries[i]!.id)).toEqual(['pattern:parallel-tail', 'a', 'pattern:quoted-list']);
  });

  it('takes the fast path (no pieces) for a block with neither frames nor patterns', () => {
    const entries = withPatternEntries(DICT);
    const found = createBlockScanner(buildMatcher(toMatcherPatterns(entries)), entries).scan('我们坚持问题导向。')!;
    expect(found.pieces).toBeNull();
    expect(found.count).toBe(1);
  });

  it('has one synthetic entry per rule, of the existing kinds, with ids starting pattern:', () => {
    expect(PATTERN_ENTRIES.every((e) => e.id.startsWith('pattern:') && e.occurrences === 0)).toBe(true);
    expect(new Set(PATTERN_ENTRIES.map((e) => e.kind))).toEqual(new Set(['bundle', 'formula', 'frame']));
  });
});
