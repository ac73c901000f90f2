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
