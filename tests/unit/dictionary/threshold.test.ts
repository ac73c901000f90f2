/**
 * The keep threshold, justified on hand-labelled seed phrases: every phrase a reviewer
 * marked as stock language scores above it on mined evidence alone (curated lists aside),
 * and every phrase marked as not stock stays out. Precision matters most: a wrong highlight
 * costs the reader's trust more than a missing one.
 */
import { describe, expect, it } from 'vitest';
import { buildDictionary, KEEP_THRESHOLD, readBuildInputs } from '../../../lib/dictionary/build';
import { ROOT } from './artifacts';

const inputs = readBuildInputs(ROOT);
const { scored } = buildDictionary(inputs.seedText, { everydayTexts: inputs.everydayTexts });
const byText = new Map(scored.map((s) => [s.candidate.text, s]));
const kept = (text: string) => byText.get(text)?.rejected === undefined && byText.has(text);

/** Reviewed as stock: recurrent bundles, numbered names, quoted campaign formulas. */
const STOCK = [
  '深入开展', '深入学习', '贯彻落实', '求真务实', '高度重视', '抓落实', '不思进取', '得过且过', '认真贯彻落实', '扎实开展',
  '全面加强', '切实加强', '一抓到底', '四个意识', '两个维护', '三个代表', '六大战略', '九项重点工作', '三个根本', '四干',
  '强作风、勇担当、善作为、快落实', '等不起、慢不得、坐不住', '上有政策、下有对策', '本领恐慌', '不忘初心、牢记使命',
];

/** Reviewed as not stock: emphasis quotes, everyday words, topic terms, local names, cuts. */
const NOT_STOCK = [
  '赞助费', '主动', '好处', '革命', '天花板', '云端', '加速度', '五星级', '下班时间', '义务教育', '学前教育',
  '陕西教育强县', '践行科学发展观、推进金坛新跨越', '挑刺、揭短', '存在的问题', '进行了表彰', '这些问题',
  '去年以来', '有的干部', '你好', '快发展', '认真贯彻',
  // Topic nouns that recur in every seed speech because the speeches share one subject.
  '作风建设', '发展环境', '领导干部', '人民群众', '目标任务', '重点工作', '行政执法', '工作推进',
];

describe(`the keep threshold (${KEEP_THRESHOLD})`, () => {
  it('keeps every reviewed stock phrase on mined evidence alone', () => {
    const missed = STOCK.filter((t) => !kept(t));
    expect(missed).toEqual([]);
    for (const t of STOCK) expect(byText.get(t)!.score).toBeGreaterThan(KEEP_THRESHOLD);
  });

  it('keeps none of the reviewed non-stock phrases', () => {
    expect(NOT_STOCK.filter(kept)).toEqual([]);
  });

  it('is not slack: the reviewed phrases would not all be separated by a threshold 0.1 higher or lower', () => {
    const stockScores = STOCK.map((t) => byText.get(t)!.score);
    const notStockScores = NOT_STOCK.flatMap((t) => (byText.get(t) && !byText.get(t)!.rejected?.startsWith('local') ? [byText.get(t)!.score] : []));
    expect(Math.min(...stockScores)).toBeLessThan(KEEP_THRESHOLD + 0.1);
    expect(Math.max(...notStockScores)).toBeGreaterThan(KEEP_THRESHOLD - 0.1);
  });

  it('explains every rejection', () => {
    for (const s of scored) if (s.score > KEEP_THRESHOLD && s.rejected) expect(s.rejected).toMatch(/local name|junk|fragment|inside|topic noun/);
  });
});
