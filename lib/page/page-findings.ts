import type { Highlighter, PageMatch } from '../highlighter/types';
import type { PagePhrase, PageReportData, PageSummary } from '../messaging/page-requests';
import { sentenceAround } from './sentences';

/** Phrases on the page by count, most frequent first. */
export function countPhrases(matches: readonly PageMatch[]): Array<PagePhrase & { matches: PageMatch[] }> {
  const byEntry = new Map<string, PagePhrase & { matches: PageMatch[] }>();
  for (const m of matches) {
    const row = byEntry.get(m.entry.id) ?? { entryId: m.entry.id, text: m.entry.text, kind: m.kind, count: 0, matches: [] };
    row.count++;
    row.matches.push(m);
    byEntry.set(m.entry.id, row);
  }
  return [...byEntry.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** What the popup shows about this page. */
export function pageSummary(highlighter: Highlighter | null, enabled: boolean, top = 8): PageSummary {
  const on = enabled && highlighter !== null;
  const phrases = on ? countPhrases(highlighter.matches()) : [];
  const stats = on ? highlighter.stats() : { matches: 0, chars: 0, stockChars: 0, byKind: {}, byEntry: {} };
  return {
    url: location.href,
    title: document.title,
    enabled,
    stats,
    top: phrases.slice(0, top).map(({ matches: _m, ...p }) => p),
  };
}

/** The page report's findings: each phrase with the distinct sentences it occurs in. */
export function pageReport(highlighter: Highlighter | null, maxSentences = 5): PageReportData {
  const phrases = countPhrases(highlighter?.matches() ?? []).map(({ matches, ...p }) => {
    const sentences = [...new Set(matches.map((m) => sentenceAround(m.startContainer, m.startOffset)))];
    return { ...p, sentences: sentences.slice(0, maxSentences) };
  });
  return { url: location.href, title: document.title, phrases };
}
