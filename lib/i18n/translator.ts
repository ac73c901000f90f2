/**
 * Translators over a string table: `t('readerDocumentCount', 12)` → '12 篇'. Shared by the
 * page's table (page-strings.ts) and the extension pages' (ui-strings.ts).
 */

export type UiLanguage = 'zh' | 'en';

/** A translator for one table's keys. */
export type TranslateOf<K extends string> = (key: K, ...args: Array<string | number>) => string;

/** Chinese for any zh-* locale, English otherwise. */
export function languageFor(locale: string | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The translator over `table`; `{0}`, `{1}` take the arguments. A key the table lacks reads as itself. */
export function translatorOver<K extends string>(table: Readonly<Record<K, string>>): TranslateOf<K> {
  return (key, ...args) => (table[key] ?? key).replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
