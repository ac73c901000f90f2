/**
 * A small, hand-reviewed list of canonical national formulations (提法). The seeds are five
 * local speeches; a provincial work report or a People's Daily editorial uses national
 * 提法 the seeds never mention. Every item is standard Party-state vocabulary found in
 * central documents; nothing here is drawn from the seeds. The build still gives each one
 * provenance: its seed occurrences, or source 'canonical' with 0 occurrences.
 */
import type { PhraseKind } from './types';

/** One curated formulation; frames live in canonical-frames.ts. */
export interface CanonicalFormulation {
  text: string;
  kind: PhraseKind;
  /** What a numbered formulation stands for, as central documents list it. */
  members?: string[];
}

const slogan = (text: string): CanonicalFormulation => ({ text, kind: 'slogan' });
const bundle = (text: string): CanonicalFormulation => ({ text, kind: 'bundle' });
const numbered = (text: string, members?: string[]): CanonicalFormulation => ({ text, kind: 'numbered', members });
const list = (s: string) => s.split('、');

/** Fixed formulations: theory, goals, slogans of the current era. */
const SLOGANS = [
  '不忘初心、牢记使命', '初心使命', '习近平新时代中国特色社会主义思想', '新时代中国特色社会主义', '中国特色社会主义',
  '百年未有之大变局', '中华民族伟大复兴', '中国梦', '人类命运共同体', '中国式现代化', '以人民为中心',
  '全面从严治党', '高质量发展', '新发展理念', '新发展阶段', '新发展格局', '全面建设社会主义现代化国家',
  '第二个百年奋斗目标', '社会主义核心价值观', '全过程人民民主', '共同富裕', '乡村振兴', '脱贫攻坚',
  '党的二十大精神', '党的十九大精神', '以习近平同志为核心的党中央', '党中央决策部署', '形式主义、官僚主义',
  '中央八项规定精神', '自我革命', '刀刃向内', '只争朝夕、不负韶华', '稳中求进', '稳中求进工作总基调',
  '立德树人', '守正创新', '久久为功', '驰而不息', '抓铁有痕、踏石留印',
  '绿水青山就是金山银山', '人民至上', '江山就是人民、人民就是江山', '关键少数', '第一要务',
  '科学发展观', '邓小平理论', '毛泽东思想', '讲政治', '敢于斗争、善于斗争',
  '政治判断力、政治领悟力、政治执行力', '学思践悟', '解放思想、实事求是', '一张蓝图绘到底',
  '功成不必在我', '打铁必须自身硬', '两个毫不动摇', '一国两制', '一带一路',
  '党史学习教育', '主题教育', '统筹发展和安全', '围绕中心、服务大局', '钉钉子精神', '担当作为',
  '新质生产力', '全面深化改革', '全面依法治国', '总体国家安全观', '铸牢中华民族共同体意识', '碳达峰、碳中和',
  '生态文明建设', '美丽中国', '科技自立自强', '不敢腐、不能腐、不想腐', '放管服', '高水平对外开放',
  '质的有效提升和量的合理增长', '乡村全面振兴', '稳中有进',
].map(slogan);

/** Numbered formulations, with members where central documents fix them. */
const NUMBERED = [
  numbered('四个意识', list('政治意识、大局意识、核心意识、看齐意识')),
  numbered('四个自信', list('道路自信、理论自信、制度自信、文化自信')),
  numbered('两个维护', [
    '坚决维护习近平总书记党中央的核心、全党的核心地位',
    '坚决维护党中央权威和集中统一领导',
  ]),
  numbered('两个确立', [
    '确立习近平同志党中央的核心、全党的核心地位',
    '确立习近平新时代中国特色社会主义思想的指导地位',
  ]),
  numbered('三个代表', [
    '始终代表中国先进生产力的发展要求',
    '始终代表中国先进文化的前进方向',
    '始终代表中国最广大人民的根本利益',
  ]),
  numbered('四个全面', list('全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党')),
  numbered('五位一体', list('经济建设、政治建设、文化建设、社会建设、生态文明建设')),
  numbered('四风', list('形式主义、官僚主义、享乐主义、奢靡之风')),
  numbered('八项规定'),
  numbered('两学一做', list('学党章党规、学系列讲话、做合格党员')),
  numbered('三严三实', list('严以修身、严以用权、严以律己、谋事要实、创业要实、做人要实')),
  numbered('四史', list('党史、新中国史、改革开放史、社会主义发展史')),
  numbered('四个伟大', list('伟大斗争、伟大工程、伟大事业、伟大梦想')),
  numbered('三大攻坚战', list('防范化解重大风险、精准脱贫、污染防治')),
  numbered('两个结合', ['把马克思主义基本原理同中国具体实际相结合', '同中华优秀传统文化相结合']),
  numbered('两个务必', ['务必继续保持谦虚、谨慎、不骄、不躁的作风', '务必继续保持艰苦奋斗的作风']),
  numbered('三会一课', list('支部党员大会、支部委员会、党小组会、党课')),
  numbered('三重一大', list('重大事项决策、重要干部任免、重大项目投资决策、大额资金使用')),
  numbered('两个一百年'),
  numbered('两个百年奋斗目标'),
  numbered('十四五'),
  numbered('十三五'),
  numbered('一岗双责'),
  numbered('三农', list('农业、农村、农民')),
];

/** Bureaucratic bundles every government text uses, in any province, in any year. */
const BUNDLES = [
  '贯彻落实', '认真贯彻落实', '深入学习贯彻', '高度重视', '切实加强', '求真务实', '真抓实干', '狠抓落实',
  '常抓不懈', '一抓到底', '党风廉政建设', '基层党组织', '战斗堡垒作用', '先锋模范作用', '履职尽责',
  '干事创业', '凝心聚力', '攻坚克难', '压实责任', '落实落细', '走深走实', '提质增效', '重中之重',
  '安排部署', '决策部署', '群众反映强烈', '不折不扣', '抓好落实', '落到实处', '齐抓共管', '标本兼治',
  '有令不行、有禁不止', '上有政策、下有对策', '弄虚作假', '敷衍塞责', '推诿扯皮', '统一思想', '提高认识',
  '与时俱进', '开拓创新', '锐意进取', '担当实干', '提供坚强保障', '营造良好氛围', '取得明显成效',
  '优化营商环境', '主体责任', '党建引领', '扎实推进', '全面落实', '问题导向', '战略定力', '落地见效',
].map(bundle);

/** Every curated contiguous formulation. */
export const CANONICAL_FORMULATIONS: readonly CanonicalFormulation[] = [...SLOGANS, ...NUMBERED, ...BUNDLES];
