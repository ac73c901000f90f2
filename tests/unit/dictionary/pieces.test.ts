import { describe, expect, it } from 'vitest';
import { isNumbered, leadingNumber, membersBefore } from '../../../lib/dictionary/build/numbered';
import { isParallel } from '../../../lib/dictionary/build/lists';
import { traditionalForms, variantsOf } from '../../../lib/dictionary/build/variants';
import { canEnd, canStart } from '../../../lib/dictionary/build/edges';
import { stockCharCount } from '../../../lib/dictionary/density';
import { toMatcherPatterns } from '../../../lib/dictionary/patterns';
import { registerShare } from '../../../lib/dictionary/register-words';

describe('numbered formulations', () => {
  it('reads a leading Chinese numeral', () => {
    expect([leadingNumber('四干'), leadingNumber('两个维护'), leadingNumber('十四五'), leadingNumber('二十条')]).toEqual([4, 2, 14, 20]);
    expect(leadingNumber('作风')).toBe(0);
  });

  it('tells a named formulation from a count or an ordinal', () => {
    expect(isNumbered('四个意识', '四个', 'm', false)).toBe(true);
    expect(isNumbered('四干', '四', 'm', true)).toBe(true);
    expect(isNumbered('四干', '四', 'm', false)).toBe(false);
    expect(isNumbered('三是', '三', 'm', false)).toBe(false);
    expect(isNumbered('三年翻番', '三年', 'm', true)).toBe(false);
    expect(isNumbered('四个方面', '四个', 'm', false)).toBe(false);
    expect(isNumbered('两头受理', '两头', 'n', true)).toBe(false);
    expect(isNumbered('五星级', '五星级', 'b', true)).toBe(false);
  });

  it('finds the members spelled out before the name', () => {
    const text = '坚持想干事、能干事、会干事、干成事“四干”抓落实';
    expect(membersBefore(text, text.indexOf('“'), 4)).toEqual(['想干事', '能干事', '会干事', '干成事']);
    expect(membersBefore(text, text.indexOf('“'), 3)).toBeNull();
  });
});

describe('shapes and edges', () => {
  it('sees parallel lists', () => {
    expect(isParallel(['乱收费', '乱罚款', '乱摊派'])).toBe(true);
    expect(isParallel(['资金', '人才'])).toBe(false);
  });

  it('never opens or closes a bundle on a function word', () => {
    expect(canStart('的', 'uj')).toBe(false);
    expect(canStart('认真', 'ad')).toBe(true);
    expect(canEnd('了', 'ul')).toBe(false);
    expect(canEnd('落实', 'v')).toBe(true);
  });

  it('weighs the officialese register', () => {
    expect(registerShare(['认真', '贯彻落实'])).toBe(1);
    expect(registerShare(['这些', '问题'])).toBe(0.5);
    expect(registerShare(['菜谱', '好吃'])).toBe(0);
  });
});

describe('variants', () => {
  it('makes traditional forms and the unpunctuated list', () => {
    expect(traditionalForms('贯彻落实')).toContain('貫徹落實');
    expect(traditionalForms('高度')).toEqual([]);
    expect(variantsOf('形式主义、官僚主义')).toEqual(['形式主义官僚主义', '形式主義、官僚主義', '形式主義官僚主義']);
  });
});

describe('patterns and density', () => {
  it('turns entries into matcher patterns, frames with their alternatives', () => {
    const entry = { id: 'x', text: '坚持…不动摇', kind: 'frame' as const, variants: [], score: 1, occurrences: 0, families: 0 };
    const frame = { ...entry, frame: { parts: ['坚持', '不动摇'], maxGap: 20, alternatives: [['堅持', '不動搖']] } };
    const contiguous = { ...entry, text: '四风', kind: 'numbered' as const, variants: ['四風'] };
    expect(toMatcherPatterns([frame, contiguous])).toEqual([
      { entry: 0, forms: [], frame: { parts: ['坚持', '不动摇'], maxGap: 20 } },
      { entry: 0, forms: [], frame: { parts: ['堅持', '不動搖'], maxGap: 20 } },
      { entry: 1, forms: ['四风', '四風'] },
    ]);
  });

  it('counts a frame’s fixed parts, not its gap', () => {
    expect(stockCharCount([{ start: 0, end: 10, entry: 0, slots: [[1, 6]] }, { start: 12, end: 16, entry: 1 }])).toBe(9);
  });
});

describe('members of numbered names from the corpus', () => {
  it('takes a parallel list of as many items as the number, each ending on the counted head', async () => {
    const { membersFromLists, numberedHead } = await import('../../../lib/dictionary/build/numbered');
    expect(numberedHead('四个意识')).toBe('意识');
    const lists = [['政治意识', '大局意识'], ['政治意识', '大局意识', '核心意识', '看齐意识'], ['甲乙', '丙丁', '戊己', '庚辛']];
    expect(membersFromLists('四个意识', lists)).toEqual(['政治意识', '大局意识', '核心意识', '看齐意识']);
    expect(membersFromLists('四个自信', lists)).toBeNull();
  });

  it('rejects members cut mid-phrase or running into a conjunction', async () => {
    const { membersBefore } = await import('../../../lib/dictionary/build/numbered');
    const text = '坚持用马列主义、毛泽东思想、邓小平理论和“三个代表”';
    expect(membersBefore(text, text.indexOf('“'), 3)).toBeNull();
  });
});
