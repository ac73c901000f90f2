/** Wording helpers for the card's corpus facts: dates as a reader says them, singular and plural. */
import type { DocumentRef } from '../../lib/provenance/summary';
import type { PageStringKey, PageTranslate } from '../../lib/i18n/page-strings';

/** "1997年9月" / "Sep. 1997" from a document's date (or its year alone). */
export function whenText(t: PageTranslate, doc: Pick<DocumentRef, 'date' | 'year'>): string {
  const m = /^(\d{4})-(\d{2})/.exec(doc.date ?? '');
  if (m) return t('cardMonthYear', m[1]!, Number(m[2]), t('cardMonthNames').split(',')[Number(m[2]) - 1] ?? m[2]!);
  return doc.year ? t('cardYear', doc.year) : '';
}

/** `key` with n, or its `_one` form when n is 1 (English has "1 document", not "1 documents"). */
export function countText(t: PageTranslate, key: 'cardTotal' | 'cardDocuments' | 'cardYears' | 'cardSeedSpeeches', n: number): string {
  return n === 1 ? t(`${key}_one` as PageStringKey) : t(key, n);
}

/** The word by which a document's (Chinese) title says its genre, when it does. */
const GENRE_IN_TITLE: Record<DocumentRef['genre'], string> = {
  'speech': '讲话', 'work-report': '工作报告', 'congress-report': '代表大会', 'communique': '公报', 'decision': '决定',
};

/** A document's title as the card cites it, with its genre when the title does not say it (党代会报告 titles are slogans). */
export function documentLabel(t: PageTranslate, doc: Pick<DocumentRef, 'title' | 'genre'>): string {
  const title = doc.title.length > 32 ? `${doc.title.slice(0, 30)}…` : doc.title;
  return doc.title.includes(GENRE_IN_TITLE[doc.genre]) ? title : t('cardTitleWithGenre', title, t(`genre_${doc.genre}` as PageStringKey));
}
