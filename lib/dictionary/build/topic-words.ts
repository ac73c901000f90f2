/**
 * Words that make a phrase a topic or a statistic rather than a formulation. Government
 * reports repeat 国内生产总值, 义务教育 and 比上年增长 in every year, so recurrence alone would
 * paint them; these are the non-stock words of the field (a stop-list, not a phrase list):
 * a phrase that ends on a topic noun, or that reports a figure, is not a stock formulation.
 */

/** Sectors, goods and quantities: the subject matter of a report (heads of topic phrases). */
const TOPIC_HEADS =
  '教育 投资 收入 总值 生产总值 贸易 产量 价格 消费 出口 进口 工业 农业 企业 产业 商品 物价 资金 资产 财政 税收 ' +
  '医疗 卫生 住房 交通 铁路 公路 机场 港口 能源 电力 粮食 棉花 钢铁 煤炭 石油 人口 生育 就业 工资 利润 储蓄 存款 ' +
  '贷款 外资 外汇 市场 银行 学校 医院 科研 技术 设备 项目 工程 设施 面积 指数 人数 人员 职工 农民 学生 农村 城市 ' +
  '地区 城镇 机构 单位 部门 政府 社会 经济 生活 治安 环境 资料 人才 服务 合作社 基地 园区 领域 行业 产品 数量 规模 ' +
  '制造业 产业链 供应链 智能 汽车 医药 试验区 产业园 零售总额 电商 残疾人 军人 农产品 旅游 养老 保险 ' +
  // Sectors and facilities named in every work report (森林覆盖率 is a figure, 地质灾害 a hazard,
  // 应用场景 a setting, 检验检测 a trade): subject matter, not a formulation.
  '灾害 场景 渠道 器械 储备 管网 水库 物流 景区 河流 小区 工厂 赛事 平台 补贴 检测 出版 装机';

/** Names of figures: a phrase ending on one is an indicator (森林覆盖率, 进出口总额, 能源消费总量). */
const FIGURE_ENDINGS = /(?:率|总额|总量|产值|里程|容量)$/;

/** Verbs and words of figures: a phrase with one of them reports a number (年均增长, 比上年). */
const STATISTICS = /增长|下降|增加|减少|上年|同比|年均|翻番|分别|万人|亿元|百分之|以上|以下|左右/;

const HEADS = TOPIC_HEADS.split(/\s+/).filter(Boolean).sort((a, b) => b.length - a.length);

/** The topic noun a phrase ends on, if any (义务教育 → 教育, 固定资产投资 → 投资). */
export function topicHead(text: string): string | undefined {
  return HEADS.find((h) => text.endsWith(h) && text.length > h.length);
}

/** True when the phrase reports a figure or names one, rather than a formulation. */
export function isStatistic(text: string): boolean {
  return STATISTICS.test(text) || FIGURE_ENDINGS.test(text);
}
