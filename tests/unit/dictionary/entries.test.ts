import { describe, expect, it } from 'vitest';
import type { PhraseKind } from '../../../lib/dictionary';
import { MAX_FRAME_GAP } from '../../../lib/dictionary/build/frames';
import { dictionary, entryByText } from './artifacts';

/** Formulations the issue names (and the corpus evidences), with the kind each must carry. */
const EXAMPLES: Array<[string, PhraseKind]> = [
  ['作风建设', 'slogan'],
  ['艰苦奋斗', 'slogan'],
  ['中国特色社会主义', 'slogan'],
  ['社会主义核心价值观', 'slogan'],
  ['乡村振兴', 'bundle'],
  ['党的建设', 'bundle'],
  ['贯彻落实', 'slogan'],
  ['十五五', 'numbered'],
  ['三个代表', 'numbered'],
  ['双随机、一公开', 'formula'],
  ['一国两制', 'formula'],
  ['同志们', 'ritual'],
];

describe('the dictionary learned from the corpus', () => {
  it.each(EXAMPLES)('has %s as a %s, found in the corpus', (text, kind) => {
    const entry = entryByText(text);
    expect(entry?.kind).toBe(kind);
    expect(entry!.occurrences).toBeGreaterThan(0);
    expect(entry!.families).toBeGreaterThan(1);
  });

  it('gives formulations their span of years (三个代表 from 2001 on)', () => {
    const e = entryByText('三个代表')!;
    expect(e.firstYear).toBeGreaterThanOrEqual(2000);
    expect(e.lastYear).toBeGreaterThan(e.firstYear!);
  });

  it('does not take topic words, statistics or everyday words for stock language', () => {
    for (const text of ['经济', '农业', '教育', '企业', '经济发展', '国内生产总值', '义务教育', '年均增长', '比上年增长', '不需要', '比较多']) {
      expect(entryByText(text), text).toBeUndefined();
    }
  });

  it('does not take emphasis quotes or local names for formulas', () => {
    for (const text of ['赞助费', '主动', '好处', '澄城', '金坛', '方国强']) expect(entryByText(text)).toBeUndefined();
    for (const e of dictionary.entries) expect(e.text).not.toMatch(/澄城|金坛|宜章|方国强|郑志阳|渭南/);
  });

  it('has no junk: no redaction, placeholder year, digits or bare number', () => {
    for (const e of dictionary.entries) {
      for (const form of [e.text, ...e.variants]) {
        expect(form).not.toMatch(/XX|xx|202_|[0-9]|—\d+—/);
        // A bare number is junk; five-year plan names (十四五, 十五五, 九五) are the exception.
        if (!/^(十[一二三四五六七八九]?|[六七八九])五$/.test(form)) expect(form).not.toMatch(/^[一二两三四五六七八九十百千万]+$/);
      }
    }
  });

  it('offers the unpunctuated and the traditional forms the normaliser cannot derive', () => {
    const e = entryByText('双随机、一公开')!;
    expect(e.variants).toContain('双随机一公开');
    expect(e.variants).toContain('雙隨機、一公開');
    expect(entryByText('中国特色社会主义')!.variants).toContain('中國特色社會主義');
  });

  it('scores every entry above the keep threshold and at most 1', () => {
    for (const e of dictionary.entries) {
      expect(e.score).toBeGreaterThan(0.5);
      expect(e.score).toBeLessThanOrEqual(1);
    }
  });

  it('stores mined frames as two fixed parts with a gap of at most one clause, never an enumeration', () => {
    const frames = dictionary.entries.filter((e) => e.frame);
    expect(frames.length).toBeGreaterThan(20);
    expect(entryByText('以…为指导')?.frame?.parts).toEqual(['以', '为指导']);
    for (const e of frames) {
      expect(e.frame!.parts).toHaveLength(2);
      expect(e.frame!.maxGap).toBeLessThanOrEqual(MAX_FRAME_GAP);
      expect(e.frame!.crossSentences).toBeUndefined();
      expect(e.frame!.parts.join('')).not.toMatch(/[一二三四五六七八九十]是/);
    }
  });
});
