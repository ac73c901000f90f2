import { describe, expect, it } from 'vitest';
import type { PhraseKind } from '../../../lib/dictionary';
import { dictionary, entryByText } from './artifacts';

/** The examples that occur in the seeds, with the kind each must carry. */
const EXAMPLES: Array<[string, PhraseKind]> = [
  ['不忘初心、牢记使命', 'slogan'],
  ['习近平新时代中国特色社会主义思想', 'slogan'],
  ['百年未有之大变局', 'slogan'],
  ['只争朝夕、不负韶华', 'slogan'],
  ['刀刃向内', 'slogan'],
  ['四个意识', 'numbered'],
  ['两个维护', 'numbered'],
  ['三个代表', 'numbered'],
  ['六大战略', 'numbered'],
  ['九项重点工作', 'numbered'],
  ['三个根本', 'numbered'],
  ['四干', 'numbered'],
  ['强作风、勇担当、善作为、快落实', 'formula'],
  ['等不起、慢不得、坐不住', 'formula'],
  ['认真贯彻落实', 'bundle'],
  ['深入学习贯彻', 'bundle'],
  ['高度重视', 'bundle'],
  ['切实加强', 'bundle'],
  ['群众反映强烈', 'bundle'],
  ['一抓到底', 'bundle'],
  ['以…为指引', 'frame'],
  ['深入学习贯彻…精神', 'frame'],
  ['一是…二是…三是', 'frame'],
  ['同志们', 'ritual'],
  ['下面…讲…点意见', 'ritual'],
  ['在此,我代表…表示热烈的祝贺', 'ritual'],
];

describe('the dictionary on the real seeds', () => {
  it.each(EXAMPLES)('has %s as a %s found in the seeds', (text, kind) => {
    const entry = entryByText(text);
    expect(entry?.kind).toBe(kind);
    expect(entry!.occurrences).toBeGreaterThan(0);
  });

  it('keeps the members the seeds spell out for numbered formulations', () => {
    expect(entryByText('四干')!.members).toEqual(['想干事', '能干事', '会干事', '干成事']);
    expect(entryByText('三个根本')!.members).toEqual(['抓牢教学质量提升', '构建优质发展体系', '提高全民健康水平']);
    expect(entryByText('六大战略')!.members).toHaveLength(6);
  });

  it('does not take emphasis quotes or local names for formulas', () => {
    for (const text of ['赞助费', '主动', '好处', '澄城', '金坛', '方国强']) expect(entryByText(text)).toBeUndefined();
    for (const e of dictionary.entries) expect(e.text).not.toMatch(/澄城|金坛|宜章|方国强|郑志阳|陕西|渭南/);
  });

  it('has no junk: no redaction, placeholder year, page number, digits or bare number', () => {
    for (const e of dictionary.entries) {
      for (const form of [e.text, ...e.variants]) {
        expect(form).not.toMatch(/XX|xx|202_|[0-9]|—\d+—/);
        // A bare number is junk; the plan names 十三五, 十四五 are the one numeral-only formulation.
        if (!/^十[一二三四五六七八九]五$/.test(form)) expect(form).not.toMatch(/^[一二两三四五六七八九十百千万]+$/);
      }
    }
  });

  it('offers the unpunctuated and the traditional forms the normaliser cannot derive', () => {
    const e = entryByText('不忘初心、牢记使命')!;
    expect(e.variants).toContain('不忘初心牢记使命');
    expect(e.variants).toContain('不忘初心、牢記使命');
    expect(entryByText('习近平新时代中国特色社会主义思想')!.variants).toContain('習近平新時代中國特色社會主義思想');
    expect(entryByText('等不起、慢不得、坐不住')!.variants).toContain('“等不起”“慢不得”“坐不住”');
  });

  it('marks curated formulations absent from the seeds as such', () => {
    const absent = entryByText('以人民为中心')!;
    expect(absent.source).toBe('canonical');
    expect(absent.occurrences).toBe(0);
    expect(absent.families).toBe(0);
    // The curated list is what carries the dictionary to documents the seeds never saw
    // (npm run dict:eval); it is bounded so that it stays reviewable by hand and the
    // content-script artifact stays under its size budget.
    const curated = dictionary.entries.filter((e) => e.source === 'canonical');
    expect(curated.length).toBeGreaterThanOrEqual(300);
    expect(curated.length).toBeLessThanOrEqual(450);
  });

  it('scores every entry in [0, 1], mined ones above the threshold', () => {
    for (const e of dictionary.entries) {
      expect(e.score).toBeGreaterThan(0.5);
      expect(e.score).toBeLessThanOrEqual(1);
    }
  });

  it('stores frames as fixed parts with a bounded gap', () => {
    const frame = entryByText('坚持…不动摇')!;
    expect(frame.frame).toEqual({ parts: ['坚持', '不动摇'], maxGap: 20, alternatives: [['堅持', '不動搖']] });
    expect(entryByText('一是…二是…三是')!.frame!.crossSentences).toBe(true);
  });
});
