/**
 * Curated formulations of Party building and discipline: what a 纪委 plenary speech, a
 * 主题教育 readout or a 整治形式主义 circular says in any county of the country. Slogans are
 * fixed sentences; formulas are the campaign lists (无禁区、全覆盖、零容忍).
 */
import { formula, slogan } from './canonical-entry';

/** Fixed formulations of Party building, self-reform and discipline. */
const PARTY_SLOGANS = [
  '全面从严治党永远在路上', '自我革命永远在路上',
  '把党的政治建设摆在首位', '在思想上政治上行动上', '不敢腐、不能腐、不想腐',
  '政治判断力、政治领悟力、政治执行力', '讲政治', '关键少数', '学思践悟', '打铁必须自身硬', '打铁还需自身硬', '刀刃向内',
  '自我革命', '形式主义、官僚主义', '中央八项规定精神', '反腐败斗争', '反腐败斗争形势依然严峻复杂', '取得压倒性胜利并全面巩固',
  '严的基调', '风腐同查同治', '受贿行贿一起查', '不正之风和腐败问题', '群众身边不正之风和腐败问题', '以身边事教育身边人', '忠诚干净担当',
  '整治形式主义为基层减负', '党史学习教育', '党纪学习教育', '主题教育', '学深悟透', '学懂弄通做实', '功成不必在我',
  '功成必定有我', '一张蓝图绘到底', '一茬接着一茬干', '一锤接着一锤敲', '抓铁有痕、踏石留印', '钉钉子精神', '担当作为',
  '敢于斗争、善于斗争', '斗争精神', '斗争本领', '发扬斗争精神', '正确政绩观', '大兴调查研究', '大兴调查研究之风',
  '系统观念', '底线思维', '群众路线', '新官不理旧账', '带头过紧日子', '习惯过紧日子', '久久为功', '驰而不息',
];

/** Campaign formulas in list form, each a fixed sequence in central documents. */
const PARTY_FORMULAS = [
  '无禁区、全覆盖、零容忍', '重遏制、强高压、长震慑', '严的基调、严的措施、严的氛围',
  '遏制增量、清除存量', '严管和厚爱结合、激励和约束并重', '享乐主义、奢靡之风', '政令畅通、令行禁止',
  '门难进、脸难看、事难办', '不作为、慢作为、乱作为', '能者上、优者奖、庸者下、劣者汰', '表态多调门高、行动少落实差',
  '对党忠诚、为党分忧、为党尽职、为民造福', '信念坚定、为民服务、勤政务实、敢于担当、清正廉洁',
  '精准治污、科学治污、依法治污', '蓝天、碧水、净土保卫战', '安全第一、预防为主、综合治理', '产教融合、校企合作',
  '问题清单、任务清单、责任清单', '边查边改、立行立改', '打折扣、搞变通', '亲自抓、负总责', '问题导向、目标导向、结果导向',
  '知敬畏、存戒惧、守底线', '学纪、知纪、明纪、守纪', '学思想、强党性、重实践、建新功', '以学铸魂、以学增智、以学正风、以学促干',
];

/** Every curated Party-building formulation. */
export const PARTY_FORMULATIONS = [...PARTY_SLOGANS.map(slogan), ...PARTY_FORMULAS.map(formula)];
