/**
 * Curated bundles: the multi-word officialese every government text uses, in any province
 * and any year (贯彻落实, 压紧压实, 动真碰硬). Each is a verb phrase or a fixed idiom of the
 * register. Bundles that everyday Chinese also uses are left out, however stock they sound
 * in a speech: 持续用力 (first-aid instructions), 层层加码 (a product review), 灯下黑 (a
 * detective story), 第一标准 (choosing a car).
 */
import { bundle } from './canonical-entry';

/** Carrying out instructions: studying, relaying, implementing. */
const CARRYING_OUT = [
  '贯彻落实', '认真贯彻落实', '深入贯彻落实', '全面贯彻落实', '坚决贯彻落实', '抓好贯彻落实', '深入学习贯彻', '认真学习贯彻',
  '全面贯彻', '深入贯彻', '学习贯彻', '传达学习', '研究部署', '安排部署', '决策部署', '狠抓落实', '抓好落实', '落到实处',
  '落实落细', '走深走实', '落地见效', '见行见效', '提质增效', '不折不扣', '真抓实干', '常抓不懈', '一抓到底',
  '善作善成', '干字当头', '高位推动', '一体推进', '同向发力', '层层传导压力', '压紧压实', '压实责任', '负总责',
  '工作合力', '齐抓共管', '采取有力措施', '常态化长效化', '以上率下', '作出新的更大贡献', '出发点和落脚点', '第一议题',
];

/** Attitude and duty: what cadres are told to have and to do. */
const DUTY = [
  '高度重视', '切实加强', '求真务实', '提高政治站位', '统一思想', '提高认识', '履职尽责', '干事创业', '担当实干',
  '凝心聚力', '攻坚克难', '与时俱进', '开拓创新', '锐意进取', '战略定力', '问题导向', '主体责任', '第一责任人',
  '聚焦主责主业', '主责主业', '管党治党', '党建引领', '党风廉政建设', '正风肃纪', '正风肃纪反腐', '风清气正',
  '基层党组织', '战斗堡垒作用', '先锋模范作用', '软弱涣散', '比学赶超', '争先进位', '创先争优', '争先创优',
  '重中之重', '扎实推进', '全面落实', '提供坚强保障', '营造良好氛围', '取得明显成效', '优化营商环境', '为基层减负',
  '党政同责', '追责问责', '提质培优', '高素质专业化', '动真碰硬', '零容忍', '依规依纪依法', '立行立改', '挂牌督办', '明察暗访', '延链补链强链',
];

/** What is condemned: the failings a circular or a speech lists. */
const FAILINGS = [
  '群众反映强烈', '有令不行、有禁不止', '上有政策、下有对策', '弄虚作假', '敷衍塞责', '推诿扯皮', '标本兼治', '吃拿卡要',
  '庸懒散', '庸懒散拖', '文山会海',
];

/** Every curated bundle. */
export const BUNDLES = [...CARRYING_OUT, ...DUTY, ...FAILINGS].map(bundle);
