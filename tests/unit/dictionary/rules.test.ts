/**
 * The field knowledge of the build, as rules, each tested on its own: topic and statistic
 * stop-lists, fragments by branching, general-language keyness, grammar frames, issuing
 * bodies, plan names, ritual addresses and kinds.
 */
import { cutShape, cutsListHead, endsOnModifier, endsOnWei, governedByYi, nextToFigure, openPreposition, openZai } from '../../../lib/dictionary/build/evidence';
import { describe, expect, it } from 'vitest';
import { Baseline, COMMON_WORD } from '../../../lib/dictionary/build/baseline';
import { organGroup } from '../../../lib/dictionary/build/documents';
import { branchingEntropy, closedBy } from '../../../lib/dictionary/build/evidence';
import { isGrammarFrame, mineFrames } from '../../../lib/dictionary/build/frames';
import { PLAN_NAME, ruleReason, kindOf } from '../../../lib/dictionary/build/select';
import { contributions } from '../../../lib/dictionary/build/score';
import { isStatistic, topicHead } from '../../../lib/dictionary/build/topic-words';
import { isKeywordShape } from '../../../lib/dictionary/build/word-ngrams';
import { segment } from '../../../lib/dictionary/build/segment';
import type { Evidence } from '../../../lib/dictionary/build/evidence';
import type { SegmentedDoc } from '../../../lib/dictionary/build/documents';

const baseline = new Baseline('经济\t48718\n企业\t34826\n作风\t1524\n的时候\t20000\n以\t90000\n为指引\t0\n总计\t59916000\n');

describe('general-language baseline', () => {
  it('reads per-million frequencies and calls the frequent words common', () => {
    expect(Math.round(baseline.frequency('经济'))).toBe(810);
    expect(baseline.frequency('经济')).toBeGreaterThan(COMMON_WORD);
    expect(baseline.frequency('作风')).toBeLessThan(COMMON_WORD);
    expect(baseline.frequency('作风建设')).toBe(0);
  });
});

describe('topic and statistic stop-lists', () => {
  it('finds the topic noun a phrase ends on, but not a formulation', () => {
    expect(topicHead('义务教育')).toBe('教育');
    expect(topicHead('固定资产投资')).toBe('投资');
    expect(topicHead('作风建设')).toBeUndefined();
    expect(topicHead('教育')).toBeUndefined();
  });

  it('sees a phrase that reports a figure', () => {
    expect(isStatistic('比上年增长')).toBe(true);
    expect(isStatistic('年均增长')).toBe(true);
    expect(isStatistic('高质量发展')).toBe(false);
    expect(isStatistic('森林覆盖率')).toBe(true);
    expect(isStatistic('进出口总额')).toBe(true);
    expect(topicHead('地质灾害')).toBe('灾害');
    expect(topicHead('应用场景')).toBe('场景');
  });
});

describe('boundaries by branching', () => {
  it('measures the variety of neighbours in bits', () => {
    expect(branchingEntropy(['社会主义', '社会主义'])).toBe(0);
    expect(branchingEntropy(['a', 'b', 'c', 'd'])).toBe(2);
  });

  it('calls a phrase a fragment when one content word nearly always follows, unless it stands alone elsewhere', () => {
    expect(closedBy(['社会主义', '社会主义', '社会主义', '社会主义', '，'], [1, 2, 3, 4, 5])).toBe('社会主义');
    expect(closedBy(['的', '的', '的', '的'], [1, 2, 3, 4])).toBeNull();
    expect(closedBy(['，', '。', '和', '社会主义'], [1, 2, 3, 4])).toBeNull();
    const nine = Array(9).fill('社会主义');
    expect(closedBy([...nine, '，', '、', '。'], [...nine.map(() => 1), 2, 3, 4])).toBeNull();
  });
});

const evidence = (over: Partial<Evidence>): Evidence => ({
  occurrences: 10, families: 5, years: 5, organs: 2, perDoc: 2, quotedShare: 0, idiomTag: null, numbered: false, hasMembers: false,
  list: false, listShape: 0, listItems: 0, longItems: false, beforeDe: false, quoteRun: false, verbPhrase: true, register: 1,
  cohesion: 0.6, leftEntropy: 2, rightEntropy: 2, general: 0, corpusRate: 10, keyness: 3, keyword: false, ritual: false,
  nameTagged: false, commonCompound: false, generalWordsOnly: false, plainWord: false, closedLeft: null, closedRight: null, topic: null,
  statistic: false, rightOpen: 0.5, leftOpen: 0.5, rightEdge: 0.3, leftEdge: 0.3, danglingModifier: false, listHeadCut: false, openPreposition: false, partyUse: true, cutBeforeHead: false, ...over,
});

describe('low branching entropy', () => {
  const reasons = (over: Partial<Evidence>) => contributions(evidence(over)).map((c) => c.reason);
  it('marks a side with one Han neighbour as a weak boundary, but not a side at a clause edge or a quotation mark', () => {
    // 战斗堡垒 always followed by 作用: cut before its head; “一带一路” always between quotation marks: a name.
    expect(reasons({ rightEntropy: 0, rightEdge: 0 })).toContain('low-right-entropy');
    expect(reasons({ rightEntropy: 0, rightEdge: 1 })).not.toContain('low-right-entropy');
    expect(reasons({ leftEntropy: 0, leftEdge: 0.2 })).toContain('low-left-entropy');
    expect(reasons({ leftEntropy: 0, leftEdge: 0.8 })).not.toContain('low-left-entropy');
  });
});

describe('phrases cut off before their head', () => {
  it('ends on a modifier: a one-character adjective, an adverbial or attributive word, a count, a name', () => {
    expect(endsOnModifier(['实现', '新'], ['v', 'a'])).toBe(true);
    expect(endsOnModifier(['采取', '坚决'], ['v', 'ad'])).toBe(true);
    expect(endsOnModifier(['培育', '一批'], ['vn', 'm'])).toBe(true);
    expect(endsOnModifier(['贯彻', '习近平'], ['v', 'nrfg'])).toBe(true);
    // jieba's `a` on a two-character verb, a congress's name, a one-word phrase: not cut off.
    expect(endsOnModifier(['严格', '落实'], ['ad', 'a'])).toBe(false);
    expect(endsOnModifier(['党', '的', '十八大'], ['n', 'uj', 'm'])).toBe(false);
    expect(endsOnModifier(['十八', '大'], ['m', 'a'])).toBe(false);
    expect(endsOnModifier(['坚决'], ['ad'])).toBe(false);
  });
});

describe('prepositions that govern outside the phrase', () => {
  it('finds 对/把 with their object cut off, and 以 without its 为', () => {
    expect(openPreposition(['加大', '对', '粮食'], ['v', 'p', 'n'])).toBe(true);
    expect(openPreposition(['坚持', '以', '人民'], ['v', 'p', 'n'])).toBe(true);
    expect(openPreposition(['以', '人民', '为', '中心'], ['p', 'n', 'p', 'n'])).toBe(false);
    expect(openPreposition(['坚持', '以', '人民', '为', '中心'], ['v', 'p', 'n', 'p', 'n'])).toBe(false);
  });

  it('finds the second half of a 以…为 frame: 为 + one word governed by a 以 earlier in the clause', () => {
    expect(endsOnWei(['思想', '为', '指导'])).toBe(true);
    expect(endsOnWei(['以', '人民', '为', '中心'])).toBe(false);
    expect(endsOnWei(['全心全意', '为', '人民', '服务'])).toBe(false);
    const tokens = (text: string) => segment(text);
    const text = '以马克思列宁主义、毛泽东思想为指导。坚持公有制为主体，持之以恒、久久为功';
    const at = (s: string) => text.indexOf(s);
    expect(governedByYi(tokens(text), at('毛泽东思想为指导'))).toBe(true);
    // No 以 in its clause (the one in 持之以恒 is inside an idiom, not the preposition).
    expect(governedByYi(tokens(text), at('公有制为主体'))).toBe(false);
    expect(governedByYi(tokens(text), at('久久为功'))).toBe(false);
  });
});

describe('phrases that never end a clause', () => {
  it('takes one often-seen word, or a verb with a noun or modifier, as cut before its head', () => {
    expect(cutShape(['高质量'], ['n'], 775)).toBe(true);
    expect(cutShape(['推进', '乡村'], ['v', 'n'], 30)).toBe(true);
    // An adverb and a verb (扎实推动 | 工作) is a bundle whose object varies; 脱贫攻坚 ends on a verbal noun.
    expect(cutShape(['扎实', '推动'], ['a', 'v'], 30)).toBe(false);
    expect(cutShape(['脱贫', '攻坚'], ['v', 'vn'], 30)).toBe(false);
    expect(cutShape(['高质量'], ['n'], 10)).toBe(false);
  });
});

describe('rejection rules', () => {
  it('rejects fragments, statistics, topics, common compounds, weak associations and general vocabulary', () => {
    expect(ruleReason(evidence({}))).toBeUndefined();
    expect(ruleReason(evidence({ closedRight: '社会主义' }))).toMatch(/fragment/);
    expect(ruleReason(evidence({ statistic: true }))).toBe('statistic');
    expect(ruleReason(evidence({ danglingModifier: true }))).toMatch(/fragment: ends on a modifier/);
    expect(ruleReason(evidence({ openPreposition: true }))).toMatch(/fragment: a preposition/);
    expect(ruleReason(evidence({ keyword: true, register: 0, partyUse: false }))).toMatch(/sector word/);
    expect(ruleReason(evidence({ cutBeforeHead: true }))).toMatch(/its head always follows/);
    expect(ruleReason(evidence({ keyword: true, register: 0, partyUse: true }))).toBeUndefined();
    // A quoted or numbered formula keeps its shape: “十三五” ends on a count.
    expect(ruleReason(evidence({ danglingModifier: true, numbered: true }))).toBeUndefined();
    expect(ruleReason(evidence({ topic: '教育' }))).toMatch(/topic/);
    expect(ruleReason(evidence({ commonCompound: true }))).toMatch(/topic/);
    expect(ruleReason(evidence({ cohesion: 0.1 }))).toMatch(/weak association/);
    expect(ruleReason(evidence({ generalWordsOnly: true }))).toMatch(/general language/);
    // Common words quoted by several independent documents are a name (“一带一路”); by one, emphasis.
    expect(ruleReason(evidence({ generalWordsOnly: true, quotedShare: 0.6, families: 3 }))).toBeUndefined();
    expect(ruleReason(evidence({ generalWordsOnly: true, quotedShare: 0.6, families: 1 }))).toMatch(/general language/);
    expect(ruleReason(evidence({ idiomTag: 'l', general: 50, corpusRate: 60 }))).toMatch(/general vocabulary/);
    // A list keeps its own evidence: a figure in a quoted list is still a formula.
    expect(ruleReason(evidence({ statistic: true, list: true }))).toBeUndefined();
    expect(ruleReason(evidence({ ritual: true, generalWordsOnly: true }))).toBeUndefined();
  });

  it('labels kinds by rule', () => {
    const numbered = [{ reason: 'numbered', weight: 2.5 }];
    expect(kindOf(evidence({ numbered: true }), numbered)).toBe('numbered');
    expect(kindOf(evidence({ list: true }), [])).toBe('formula');
    expect(kindOf(evidence({ quotedShare: 0.8 }), [])).toBe('formula');
    expect(kindOf(evidence({ ritual: true }), [])).toBe('ritual');
    expect(kindOf(evidence({ idiomTag: 'i', verbPhrase: false }), [])).toBe('slogan');
    expect(kindOf(evidence({ verbPhrase: false }), [])).toBe('slogan');
    expect(kindOf(evidence({ verbPhrase: true }), [])).toBe('bundle');
  });
});

describe('names, bodies and shapes', () => {
  it('knows five-year plan names from bare numbers', () => {
    for (const t of ['十五五', '十四五', '九五', '十一五']) expect(PLAN_NAME.test(t), t).toBe(true);
    for (const t of ['十五', '五五', '二十五']) expect(PLAN_NAME.test(t), t).toBe(false);
  });

  it('groups issuing bodies into state, party, province and county', () => {
    expect(organGroup({ level: 'national', organ: '国务院' })).toBe('state');
    expect(organGroup({ level: 'national', organ: '中共中央' })).toBe('party');
    expect(organGroup({ level: 'national', organ: '中国共产党第二十届中央纪律检查委员会' })).toBe('party');
    expect(organGroup({ level: 'provincial', organ: '河北省人民政府' })).toBe('provincial');
    expect(organGroup({ level: 'local' })).toBe('local');
  });

  it('lets only longer nouns and verbs stand alone as keyword candidates', () => {
    expect(isKeywordShape({ word: '主旋律', tag: 'n', start: 0, end: 3 })).toBe(true);
    expect(isKeywordShape({ word: '经济', tag: 'n', start: 0, end: 2 })).toBe(false);
    expect(isKeywordShape({ word: '我们的', tag: 'r', start: 0, end: 3 })).toBe(false);
  });

  it('takes a four-character word jieba lists under a person-name or status tag as a phrase, judged by its register', () => {
    // The jieba fact the rule rests on: set phrases listed under name and status tags.
    expect(segment('要建立健全各项制度，狠抓落实').map((t) => `${t.word}/${t.tag}`)).toEqual(
      expect.arrayContaining(['建立健全/nr', '狠抓落实/z']),
    );
    expect(isKeywordShape({ word: '建立健全', tag: 'nr', start: 0, end: 4 })).toBe(true);
    expect(isKeywordShape({ word: '狠抓落实', tag: 'z', start: 0, end: 4 })).toBe(true);
    // People's names are shorter; place and organ names stay out.
    expect(isKeywordShape({ word: '毛泽东', tag: 'nr', start: 0, end: 3 })).toBe(false);
    expect(isKeywordShape({ word: '上市公司', tag: 'nt', start: 0, end: 4 })).toBe(false);
    // No keyness bonus (its jieba frequency is a name list's); no register, a penalty.
    const weight = (e: Partial<Evidence>) => contributions(evidence({ keyword: true, keyness: 7, ...e })).find((c) => /name-tagged|keyword/.test(c.reason));
    expect(weight({ nameTagged: false })).toEqual({ reason: 'keyword(7.0 bits)', weight: 1.5 });
    expect(weight({ nameTagged: true, register: 1 })).toBeUndefined();
    expect(weight({ nameTagged: true, register: 0 })).toEqual({ reason: 'name-tagged', weight: -2 });
  });
});

describe('p-frames', () => {
  const para = (text: string, family: number): SegmentedDoc => ({ text, tokens: segment(text), doc: family, family, organ: 'state', paragraph: 0 });
  const fillers = ['邓小平理论', '科学发展观', '党的基本路线', '新发展理念', '三个代表重要思想', '党的二十大精神', '马克思列宁主义'];

  it('mines an opening and a closing shared by many documents around varied fillers', () => {
    const paras = fillers.map((f, i) => para(`我们要以${f}为指引，继续前进。`, i));
    const frames = mineFrames(paras, baseline);
    expect(frames.map((f) => f.parts.join('…'))).toContain('以…为指引');
    const f = frames.find((x) => x.parts.join('…') === '以…为指引')!;
    expect(f.families).toBe(7);
    expect(f.maxGap).toBeLessThanOrEqual(8);
  });

  it('does not mine grammar (在…的时候) or frames across clauses (一是…二是)', () => {
    expect(isGrammarFrame('在', '的时候', baseline)).toBe(true);
    expect(isGrammarFrame('以', '为指引', baseline)).toBe(false);
    const paras = fillers.map((f, i) => para(`一是抓好${f}，二是抓好${f}。`, i));
    expect(mineFrames(paras, baseline).some((x) => x.parts.join('').includes('二是'))).toBe(false);
  });
});

describe('frame gaps hold phrases', () => {
  it('measures the median filler and keeps short-filler families out', async () => {
    const { medianLength, MIN_MEDIAN_FILLER } = await import('../../../lib/dictionary/build/frames');
    expect(medianLength(['忧患', '法治', '四个', '宪法', '国防规划'])).toBeLessThan(MIN_MEDIAN_FILLER);
    expect(medianLength(['邓小平理论', '科学发展观', '新发展理念'])).toBeGreaterThanOrEqual(MIN_MEDIAN_FILLER);
  });
});

describe('frames that cut through formulations', () => {
  it('drops a frame whose closing part cuts a phrase entry in many of its uses', async () => {
    const { framesCuttingEntries } = await import('../../../lib/dictionary/build/build-dictionary');
    const frame = { key: 'f', text: '增强…意识', kind: 'frame' as const, score: 1, variants: [], frame: { parts: ['增强', '意识'], maxGap: 14 } };
    const phrase = { key: 'p', text: '四个意识', kind: 'numbered' as const, score: 1, variants: [] };
    // 增强“四个意识”: the frame spans [0, 8), the phrase [3, 7) straddles the frame's gap and its 意识.
    const cutting = new Map([[0, [{ doc: 0, start: 0, end: 7 }]], [1, [{ doc: 0, start: 3, end: 7 }]]]);
    expect([...framesCuttingEntries([frame, phrase], cutting, new Map()).keys()]).toEqual([0]);
    const clean = new Map([[0, [{ doc: 0, start: 0, end: 9 }]], [1, [{ doc: 0, start: 2, end: 6 }]]]);
    expect(framesCuttingEntries([frame, phrase], clean, new Map()).size).toBe(0);
    // An entry that spans the whole use (开创两岸关系和平发展新局面 over 开创…新局面) names it; no cut.
    const named = new Map([[0, [{ doc: 0, start: 0, end: 7 }]], [1, [{ doc: 0, start: 0, end: 7 }]]]);
    expect(framesCuttingEntries([frame, phrase], named, new Map()).size).toBe(0);
  });
});

describe('frames that report figures', () => {
  it('knows a closing that counts', async () => {
    const { COUNT_UNIT } = await import('../../../lib/dictionary/build/frames');
    for (const t of ['人', '万人', '亿元', '个']) expect(COUNT_UNIT.test(t), t).toBe(true);
    for (const t of ['为指导', '精神', '新篇章']) expect(COUNT_UNIT.test(t), t).toBe(false);
  });

  it('knows a frame a report fills with numbers', async () => {
    const { fillsInFigures } = await import('../../../lib/dictionary/build/frames');
    expect(fillsInFigures(new Set(['调查失业率控制在5.5%', '调查失业率控制在5%', '登记失业率']))).toBe(true);
    expect(fillsInFigures(new Set(['习近平新时代中国特色社会主义思想', '邓小平理论', '2035年远景目标']))).toBe(false);
  });
});

describe('local names', () => {
  it('takes a place from an administrative suffix, but not an ordinary word, and finds it only as a word', async () => {
    const { findLocalNames, localNameIn } = await import('../../../lib/dictionary/build/local-names');
    const docs = ['澄城县委要求', '和平区政府', '中心镇建设', '同德县举行'].map((text, paragraph): SegmentedDoc => ({ text, tokens: segment(text), doc: 0, family: 0, organ: 'local', paragraph }));
    const common = new Baseline('和平\t30000\n中心\t50000\n总计\t59916000\n');
    const names = findLocalNames([], docs, common);
    expect(names.has('澄城')).toBe(true);
    expect(names.has('同德')).toBe(true);
    // 和平区 and 中心镇 are places; 和平 and 中心 are ordinary words first.
    expect(names.has('和平')).toBe(false);
    expect(names.has('中心')).toBe(false);
    expect(localNameIn('澄城县委书记', names)).toBe('澄城');
    // 同德 inside the idiom 同心同德 is no place.
    expect(localNameIn('各族人民同心同德', names)).toBeNull();
  });
});

describe('a 在 phrase that closes outside the phrase', () => {
  it('sees 在 inside a phrase that a localiser follows', () => {
    expect(openZai(['坚持', '在', '发展'], '中')).toBe(true);
    expect(openZai(['在思想上', '政治'], '上')).toBe(true);
    // No 在 of its own: 在国际事务中 leaves 国际事务 whole.
    expect(openZai(['国际', '事务'], '中')).toBe(false);
    expect(openZai(['坚持', '在', '发展'], '，')).toBe(false);
  });
});

describe('verbs cut off with the first item of their list', () => {
  it('sees a phrase that ends on the first of a list of words as long as its last word', () => {
    const at = (text: string, phrase: string, lastWord: number) => {
      const start = text.indexOf(phrase);
      return cutsListHead(text, start, start + phrase.length, lastWord);
    };
    expect(at('高举和平、发展、合作、共赢的旗帜', '高举和平', 2)).toBe(true);
    expect(at('树立正确的世界观、人生观、价值观', '树立正确的世界观', 3)).toBe(true);
    // The whole first item of a list of phrases is a unit.
    expect(at('深入学习、坚决贯彻', '深入学习', 2)).toBe(false);
    expect(at('增强“四个意识”、坚定“四个自信”', '四个意识', 2)).toBe(false);
    expect(ruleReason(evidence({ listHeadCut: true }))).toMatch(/first item of its list/);
    expect(ruleReason(evidence({ listHeadCut: true, list: true }))).toBeUndefined();
  });
});

describe('phrases that report figures', () => {
  it('sees a figure right before a phrase or within two characters after it', () => {
    const at = (text: string, phrase: string) => {
      const start = text.indexOf(phrase);
      return nextToFigure(text, start, start + phrase.length);
    };
    expect(at('森林覆盖率达到13.52%。', '森林覆盖率达到')).toBe(true);
    expect(at('城镇调查失业率控制在5.5%左右', '城镇调查失业率控制')).toBe(true);
    expect(at('提高1个百分点', '个百分点')).toBe(true);
    expect(at('坚持稳中求进工作总基调，2026年', '坚持稳中求进工作总基调')).toBe(false);
    expect(at('全面建成小康社会。2020年', '全面建成小康社会')).toBe(false);
  });
});
