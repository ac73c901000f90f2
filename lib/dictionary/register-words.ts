/**
 * The officialese register: words that mark a phrase as government speech wherever it
 * occurs (贯彻, 落实, 切实, 作风 …), hand-reviewed. The build uses them as a prior: a
 * recurring bundle made of these words is bureaucratic stock (认真贯彻落实), while one
 * made of ordinary words (这些问题, 去年以来) is just frequent Chinese. The list is generic
 * on purpose, not drawn from the seed speeches, so it helps on documents the seeds lack.
 */

/** Mobilising adverbs and intensifiers: 切实加强, 扎实开展, 大力弘扬. */
const ADVERBS =
  '切实 扎实 认真 深入 全面 大力 着力 积极 坚决 不断 进一步 持续 牢固 牢牢 始终 务必 严格 坚定 坚定不移 统筹 ' +
  '主动 自觉 充分 高度 不折不扣 真正 奋力 全力 努力 加快 加大 更加 毫不动摇 坚持不懈 驰而不息 一以贯之';

/** Verbs of governance and campaigning: 贯彻落实, 部署, 整改, 弘扬. */
const VERBS =
  '贯彻 落实 贯彻落实 学习 加强 推进 推动 开展 抓 抓好 抓实 狠抓 强化 健全 完善 深化 部署 安排 整改 弘扬 践行 ' +
  '提高 提升 增强 树立 树牢 坚持 坚守 维护 巩固 拓展 凝聚 营造 形成 构建 建设 改进 转变 优化 规范 监督 考核 ' +
  '落地 压实 履行 担当 作为 攻坚 克难 奋斗 奋进 创优 争先 务实 求真 统一 整治 纠治 治理 服务 引领 带动 ' +
  '领导 组织 动员 宣传 培训 检查 督查 督导 问责 追究 查处 惩治 防范 化解 推诿 扯皮 解决 谋划 统揽';

/** Nouns of the party-state: 作风, 党风, 干部, 群众, 大局, 实效. */
const NOUNS =
  '党 党员 党组织 党委 党风 廉政 作风 纪律 干部 群众 人民 人民群众 基层 领导干部 班子 队伍 责任 责任制 职责 ' +
  '制度 机制 体制 体系 思想 意识 观念 精神 使命 初心 大局 全局 政治 政令 政策 部署 任务 目标 工作 事业 发展 ' +
  '改革 创新 效能 实效 成效 实绩 政绩 形式主义 官僚主义 作风建设 表率 堡垒 模范 先锋 典型 问题 突出问题 ' +
  '环境 软环境 氛围 合力 落脚点 出发点 抓手 契机 重点 难点 热点 关键 根本 保障 要求 标准 格局 局面 理念';


/** Every register word, as a set. */
const REGISTER_WORDS: ReadonlySet<string> = new Set(`${ADVERBS} ${VERBS} ${NOUNS}`.split(/\s+/).filter(Boolean));

/** Share of `words` that belong to the officialese register, in [0, 1]. A word of three
 *  or more characters counts when it contains a register word (群众反映, 党风廉政). */
export function registerShare(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (REGISTER_WORDS.has(w) || (w.length >= 3 && containsRegisterWord(w))) hits++;
  return hits / words.length;
}

/** True when `word` contains a register word of two or more characters, or 抓 (the verb
 *  of 真抓实干, 常抓不懈, 一抓到底): how an idiom shows that it is officialese. */
export function containsRegisterWord(word: string): boolean {
  if (word.includes('抓')) return true;
  for (let len = Math.min(word.length, 4); len >= 2; len--) {
    for (let i = 0; i + len <= word.length; i++) if (REGISTER_WORDS.has(word.slice(i, i + len))) return true;
  }
  return false;
}
