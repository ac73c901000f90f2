import type { Highlighter, PageMatch } from '../highlighter/types';
import type { PagePhrase, PagePhrases, PageReportData, PageSummary } from '../messaging/page-requests';
import { readerCounts, type PhraseIndex } from './nested-counts';
import { densityAlongPage } from './page-density';
import { paintedSpans } from './painted-spans';
import { readPageText, type PageText } from './page-text';
import { sentenceAround } from './sentences';

/** Phrases on the page as a reader counts them (nested ones too), most frequent first; `page`: the page text when already read. */
export function countPhrases(matches: readonly PageMatch[], index: PhraseIndex | null, page?: PageText): PagePhrase[] {
  const empty: PhraseIndex = { byText: new Map(), minLength: 2, maxLength: 0 };
  return readerCounts(paintedSpans(matches, page), index ?? empty).map(({ entryId, text, kind, count, nested, containedIn }) =>
    nested > 0 ? { entryId, text, kind, count, nested, containedIn } : { entryId, text, kind, count },
  );
}

/** The matches a phrase is seen in: its own, and the longer phrases that contain it. */
export function occurrencesOf(matches: readonly PageMatch[], phrase: PagePhrase): PageMatch[] {
  const containers = new Set(phrase.containedIn ?? []);
  return matches.filter((m) => m.entry.id === phrase.entryId || containers.has(m.entry.text));
}

/** What the popup shows about this page (`top` phrases; the side panel asks for all). */
export function pageSummary(highlighter: Highlighter | null, enabled: boolean, index: PhraseIndex | null, top = 8): PageSummary {
  const on = enabled && highlighter !== null;
  const phrases = on ? countPhrases(highlighter.matches(), index) : [];
  const stats = on ? highlighter.stats() : { matches: 0, chars: 0, stockChars: 0, byKind: {}, byEntry: {} };
  return { url: location.href, title: document.title, enabled, stats, top: phrases.slice(0, top) };
}

/** What the side panel shows: every phrase, and how they spread down the page. */
export function pagePhrases(highlighter: Highlighter | null, enabled: boolean, index: PhraseIndex | null): PagePhrases {
  const summary = pageSummary(highlighter, enabled, index, Infinity);
  const on = enabled && highlighter !== null;
  return { ...summary, density: on ? densityAlongPage(highlighter.matches()) : [] };
}

/** The page report's findings: each phrase with the distinct sentences it occurs in. */
export function pageReport(highlighter: Highlighter | null, index: PhraseIndex | null, maxSentences = 5): PageReportData {
  const matches = highlighter?.matches() ?? [];
  // Read once, for the counts and the sentences.
  const page = readPageText(document);
  const phrases = countPhrases(matches, index, page).map((p) => {
    const sentences = [...new Set(occurrencesOf(matches, p).map((m) => sentenceAround(page, m.startContainer, m.startOffset)))];
    return { ...p, sentences: sentences.slice(0, maxSentences) };
  });
  return { url: location.href, title: document.title, phrases };
}
