import { describe, expect, it } from 'vitest';
import { anchorQuote, allowedErrors, contextScore, type AnchorSelectors } from '../../../lib/notes/anchoring';

const PAGE = '同志们：今年以来，全县上下要真抓实干，以钉钉子精神抓落实。各级干部要真抓实干、埋头苦干，不搞形式主义。';

function selectorsAt(text: string, start: number, exact: string, context = 6): AnchorSelectors {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(start + exact.length, start + exact.length + context) },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

describe('anchorQuote', () => {
  const second = PAGE.lastIndexOf('真抓实干');
  const selectors = selectorsAt(PAGE, second, '真抓实干');

  it('uses the stored position when the quote and its context are still there', () => {
    expect(anchorQuote(PAGE, selectors)).toEqual({ start: second, end: second + 4, method: 'position', errors: 0 });
  });

  it('finds text that moved, choosing the occurrence whose context matches', () => {
    const moved = `【新增导语】本文有删改。${PAGE}`;
    const match = anchorQuote(moved, selectors);
    expect(match).toMatchObject({ start: second + 12, method: 'quote' });
    expect(moved.slice(match!.start, match!.end)).toBe('真抓实干');
  });

  it('prefers context over the old position when another occurrence slid into it', () => {
    const old = '甲甲甲甲真抓实干乙乙乙乙乙乙乙乙真抓实干丙丙丙丙';
    const sel = selectorsAt(old, 16, '真抓实干', 4);
    const now = '丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁真抓实干乙乙乙乙真抓实干丙丙丙丙';
    expect(now.slice(16, 20)).toBe('真抓实干');
    expect(anchorQuote(now, sel)).toMatchObject({ start: 24, end: 28, method: 'quote' });
  });

  it('finds an edited quote approximately', () => {
    const text = '会议强调，要坚持以人民为中心的发展思想，推动高质量发展。';
    const exact = '坚持以人民为中心的发展思想';
    const edited = text.replace('以人民为中心的发展思想', '以人民为中心发展思想');
    const match = anchorQuote(edited, selectorsAt(text, text.indexOf(exact), exact));
    expect(match).toMatchObject({ method: 'fuzzy', errors: 1 });
    expect(edited.slice(match!.start, match!.end)).toBe('坚持以人民为中心发展思想');
  });

  it('returns null (orphaned) when the quote is gone', () => {
    expect(anchorQuote('这一页已经完全改写，没有那句话了。', selectors)).toBeNull();
  });

  it('does not fuzzy-match very short quotes', () => {
    expect(allowedErrors(3)).toBe(0);
    const sel = selectorsAt('两个维护', 0, '两个维护'.slice(0, 3));
    expect(anchorQuote('两个坚持', sel)).toBeNull();
  });

  it('scores context from 0 to 1', () => {
    expect(contextScore(PAGE, second, second + 4, selectors.quote)).toBe(1);
    // At the page's start there is no prefix at all, and the suffix there shares little with the stored one.
    const elsewhere = contextScore(PAGE, 0, 4, selectors.quote);
    expect(elsewhere).toBeGreaterThanOrEqual(0);
    expect(elsewhere).toBeLessThan(0.34);
  });

  it('keeps most of a side\'s context score when one character next to the quote was edited', () => {
    const text = '会议强调，全县上下要真抓实干，以钉钉子精神抓落实。';
    const start = text.indexOf('真抓实干');
    const sel = selectorsAt(text, start, '真抓实干', 6);
    const edited = text.replace('上下要真', '上下须真');
    const score = contextScore(edited, start, start + 4, sel.quote);
    expect(score).toBeGreaterThan(0.9);
    expect(score).toBeLessThan(1);
  });

  it('chooses the occurrence whose context survived nearby edits, over one whose context is gone', () => {
    const text = '甲乙丙丁戊己真抓实干庚辛壬癸子丑。另有一处：天地玄黄宇宙真抓实干洪荒日月盈昃。';
    const second = text.lastIndexOf('真抓实干');
    const sel = selectorsAt(text, second, '真抓实干', 6);
    // The second occurrence's neighbours were each edited by one character, and the page moved.
    const now = `导语。${text.replace('玄黄宇宙', '玄黄寰宙').replace('洪荒日月', '洪荒日星')}`;
    const match = anchorQuote(now, sel);
    expect(match).toMatchObject({ method: 'quote', start: second + 3 });
  });

  it('finds a quote with one character changed inside it, in a paragraph that moved', () => {
    const para = '要坚持以人民为中心的发展思想，推动高质量发展。';
    const text = `第一段讲成绩。${para}第三段讲问题。`;
    const exact = '坚持以人民为中心的发展思想';
    const sel = selectorsAt(text, text.indexOf(exact), exact);
    const now = `第三段讲问题。新增一段说明。${para.replace('中心的发展', '中心地发展')}第一段讲成绩。`;
    const match = anchorQuote(now, sel);
    expect(match).toMatchObject({ method: 'fuzzy', errors: 1 });
    expect(now.slice(match!.start, match!.end)).toBe('坚持以人民为中心地发展思想');
  });

  it('finds a quote in a 300,000-character page quickly', () => {
    const filler = '各地区各部门要认真贯彻落实党中央决策部署。'.repeat(14_000);
    const text = `${filler}全县上下要真抓实干，以钉钉子精神${filler}`;
    const sel = selectorsAt(PAGE, PAGE.indexOf('真抓实干'), '真抓实干');
    const started = performance.now();
    expect(anchorQuote(text, sel)).toMatchObject({ start: filler.length + 5 });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
