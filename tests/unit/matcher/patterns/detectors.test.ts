/**
 * The page-time pattern rules, one by one: stock language they must find (from the issue
 * and the corpus), and everyday Chinese of the same surface shape they must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../../../lib/matcher/patterns/detect';
import { detectEnumerations } from '../../../../lib/matcher/patterns/enumeration';
import { detectParallelClauses } from '../../../../lib/matcher/patterns/parallel-clauses';
import { detectParallelLists } from '../../../../lib/matcher/patterns/parallel-list';
import { detectQuotedFormulas } from '../../../../lib/matcher/patterns/quoted';

const spans = (text: string, hits: Array<{ start: number; end: number }>) => hits.map((h) => text.slice(h.start, h.end));

describe('parallel lists joined by 、', () => {
  it.each([
    ['坚持问题导向、目标导向、结果导向，推动工作落实。', '问题导向、目标导向、结果导向', '导向'],
    ['在思想淬炼、政治历练、实践锻炼、专业训练中增长才干', '思想淬炼、政治历练、实践锻炼、专业训练', ''],
    ['增强战略思维、辩证思维、底线思维能力', '战略思维、辩证思维、底线思维', '思维'],
    ['把拥护不拥护、赞成不赞成、高兴不高兴、答应不答应作为衡量标准', '拥护不拥护、赞成不赞成、高兴不高兴、答应不答应', '不'],
    ['协调推进全面深化改革、全面依法治国、全面从严治党。', '全面深化改革、全面依法治国、全面从严治党', '全面'],
    ['增强政治意识、大局意识、核心意识和看齐意识。', '政治意识、大局意识、核心意识和看齐意识', '意识'],
  ])('finds %s', (text, list, shared) => {
    const hits = detectParallelLists(text);
    if (!shared) {
      // 淬炼/历练/锻炼/训练 share no tail char: not a rule here (see README: shape + char class is not detected).
      expect(hits).toEqual([]);
      return;
    }
    expect(spans(text, hits)).toEqual([list]);
    expect(hits[0]!.shared).toBe(shared);
  });

  it.each([
    ['买了苹果、香蕉、橘子和葡萄。'],
    ['八角两个、桂皮一小段、香叶两片。'],
    ['第一节、第二节、第三节都是数学课。'],
    ['一号线、二号线、三号线都在这里换乘。'],
    ['吃饭的时候、睡觉的时候、走路的时候都在想。'],
    ['红色、黄色、蓝色的气球。'],
    ['他去过北京、上海、广州。'],
  ])('leaves the everyday list %s alone', (text) => {
    expect(detectParallelLists(text)).toEqual([]);
  });
});

describe('parallel clauses joined by ， or ；', () => {
  it('finds whole clauses that share a head', () => {
    const text = '必须坚持党的领导，坚持人民当家作主，坚持依法治国。';
    expect(spans(text, detectParallelClauses(text))).toEqual([]);
    const whole = '坚持党的领导，坚持人民当家作主，坚持依法治国。';
    expect(spans(whole, detectParallelClauses(whole))).toEqual(['坚持党的领导，坚持人民当家作主，坚持依法治国']);
  });

  it('finds clauses that share a tail', () => {
    const text = '要深化沿海开放，加快内地开放，提升沿边开放。';
    expect(detectParallelClauses(text).map((h) => h.shared)).toEqual(['开放']);
  });

  it('leaves narration with a repeated word alone', () => {
    for (const text of ['我们到了车站，买了车票，上了火车。', '今天天气很好，我们去公园，孩子们很开心。', '先放油，再放肉，最后放盐。']) {
      expect(detectParallelClauses(text), text).toEqual([]);
    }
  });
});

describe('quoted formulas', () => {
  it.each([
    ['全面推行“双随机、一公开”监管。', '“双随机、一公开”'],
    ['编制“十五五”规划。', '“十五五”'],
    ['践行“三个代表”重要思想。', '“三个代表”'],
    ['做好“三农”工作。', '“三农”'],
    ['深入实施“人工智能+”行动。', '“人工智能+”'],
    ['坚持“和平统一、一国两制”方针。', '“和平统一、一国两制”'],
  ])('finds %s', (text, formula) => {
    expect(spans(text, detectQuotedFormulas(text))).toEqual([formula]);
  });

  it.each([
    ['工作要更加“主动”一些。'],
    ['这样做有很多“好处”。'],
    ['他说：“我明天再来。”'],
    ['大家“一起”努力。'],
    ['这部电影叫“千与千寻”。'],
    ['“千万”不要忘记。'],
    ['老师说“一下”就好。'],
  ])('leaves %s alone', (text) => {
    expect(detectQuotedFormulas(text)).toEqual([]);
  });

  it('does not take an abbreviation without a numeral: 放管服 reads like 菜篮子 to a rule', () => {
    expect(detectQuotedFormulas('深化“放管服”改革。')).toEqual([]);
  });
});

describe('enumerations', () => {
  it('paints only the markers of 一是…二是…三是, however long the content', () => {
    const content = '加强基础设施建设'.repeat(20);
    const text = `今年重点抓好三件事：一是${content}；二是${content}；三是${content}。`;
    const [hit] = detectEnumerations(text);
    expect(hit!.pieces!.map(([s, e]) => text.slice(s, e))).toEqual(['一是', '二是', '三是']);
    expect(hit!.pieces!.every(([s, e]) => e - s === 2)).toBe(true);
  });

  it('needs three markers, each at a clause start', () => {
    expect(detectEnumerations('一是一，二是二，说话算数。')).toEqual([]);
    expect(detectEnumerations('这一是非问题，二是三非。')).toEqual([]);
  });
});

describe('all rules together', () => {
  it('keep a list inside an enumeration as a hit of its own, and never overlap painted pieces', () => {
    const text = '一是坚持问题导向、目标导向、结果导向；二是抓落实；三是促发展。';
    const hits = detectPatterns(text);
    expect(hits.map((h) => h.type).sort()).toEqual(['enumeration', 'parallel-tail']);
  });
});
