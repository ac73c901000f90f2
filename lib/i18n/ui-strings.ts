/**
 * UI text of every page and of the card, in Chinese and English. Kept in code rather
 * than `_locales` because the user may override the browser's language in settings,
 * which `browser.i18n` cannot do.
 */
const zh = {
  readerTitle: '种子讲话',
  readerIntro: '词典由以下讲话提取。点击卡片中的“原文”可跳到此处。',
  speaker: '讲话人',
  date: '日期',
  family: '文本族',
  sameFamilyAs: '与第 {0} 篇同源（删改副本）',
  paragraphs: '{0} 段',
  speechNumber: '第 {0} 篇',
  notFound: '没有这篇讲话。',
  cardLabel: '提法出处：{0}',
  cardClose: '关闭',
  cardDictionaryForm: '词典形式',
  cardMembers: '具体内容',
  cardFrameGap: '本页填入',
  cardCounts: '在种子讲话中出现 {0} 次，见于 {1} 篇独立讲话',
  cardNotInSeeds: '种子讲话中未出现：这是全国通用的标准提法。',
  cardProvenance: '出处',
  cardReadInContext: '阅读原文',
  cardShowAll: '显示全部 {0} 处',
  cardShowFewer: '收起',
  cardLoading: '正在查找出处…',
  cardError: '无法取得出处：{0}',
  cardNotes: '笔记',
  cardSpeechMeta: '第 {0} 篇 · 第 {1} 段',
  kind_slogan: '提法',
  kind_numbered: '数字概括',
  kind_formula: '引号口号',
  kind_bundle: '公文套语',
  kind_frame: '句式框架',
  kind_ritual: '讲话程式',
  kindHelp_slogan: '固定的政治口号或表述，原样反复使用。',
  kindHelp_numbered: '用数字概括的一组要求，如“四个意识”。',
  kindHelp_formula: '讲话中加引号提出的运动式口号。',
  kindHelp_bundle: '公文中反复出现的固定词组。',
  kindHelp_frame: '带空位的固定句式，空位可填入不同内容。',
  kindHelp_ritual: '讲话开头、过渡、结尾的程式化用语。',
} as const;

export type UiStringKey = keyof typeof zh;
export type UiLanguage = 'zh' | 'en';

const en: Record<UiStringKey, string> = {
  readerTitle: 'Seed speeches',
  readerIntro: 'The dictionary is built from these speeches. "Read in context" in a card opens them here.',
  speaker: 'Speaker',
  date: 'Date',
  family: 'Family',
  sameFamilyAs: 'Same family as speech {0} (a redacted copy)',
  paragraphs: '{0} paragraphs',
  speechNumber: 'Speech {0}',
  notFound: 'No such speech.',
  cardLabel: 'Provenance of {0}',
  cardClose: 'Close',
  cardDictionaryForm: 'Dictionary form',
  cardMembers: 'Stands for',
  cardFrameGap: 'Filled on this page with',
  cardCounts: '{0} occurrences in the seed speeches, in {1} independent speeches',
  cardNotInSeeds: 'Not in the seed speeches: a standard national formulation.',
  cardProvenance: 'Where it comes from',
  cardReadInContext: 'Read in context',
  cardShowAll: 'Show all {0}',
  cardShowFewer: 'Show fewer',
  cardLoading: 'Looking up its provenance…',
  cardError: 'Could not get the provenance: {0}',
  cardNotes: 'Notes',
  cardSpeechMeta: 'Speech {0} · paragraph {1}',
  kind_slogan: 'Slogan / fixed formulation',
  kind_numbered: 'Numbered formulation',
  kind_formula: 'Quoted campaign formula',
  kind_bundle: 'Bureaucratic stock phrase',
  kind_frame: 'Frame with a gap',
  kind_ritual: 'Speech ritual',
  kindHelp_slogan: 'A fixed political slogan or formulation, repeated word for word.',
  kindHelp_numbered: 'A set of demands summed up by a number, such as “the four consciousnesses”.',
  kindHelp_formula: 'A campaign slogan a speech puts in quotation marks.',
  kindHelp_bundle: 'A multi-word sequence that official texts use again and again.',
  kindHelp_frame: 'A fixed sentence pattern with a slot that takes different content.',
  kindHelp_ritual: 'Set phrases that open, link and close a speech.',
};

const tables: Record<UiLanguage, Record<UiStringKey, string>> = { zh, en };

/** Chinese for any zh-* locale, English otherwise. */
export function languageFor(locale: string | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** A translator for one language: `t('paragraphs', 12)` → '12 段'. */
export type Translate = (key: UiStringKey, ...args: Array<string | number>) => string;

/** Build the translator for a language. */
export function createTranslator(language: UiLanguage): Translate {
  const table = tables[language];
  return (key, ...args) => table[key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
