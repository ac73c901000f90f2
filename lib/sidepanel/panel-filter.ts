import { PHRASE_KINDS, type PhraseKind } from '../dictionary/types';
import type { PagePhrase } from '../messaging/page-requests';

/** What the reader narrowed the side panel's list to. */
export interface PanelFilter {
  query: string;
  /** Kinds switched off; empty shows every kind. */
  hiddenKinds: PhraseKind[];
  /** Only phrases that also sit inside longer ones. */
  nestedOnly: boolean;
}

/** The filter a fresh panel starts with. */
export const NO_FILTER: PanelFilter = { query: '', hiddenKinds: [], nestedOnly: false };

/** One kind's phrases, in the order the list shows them. */
export interface PhraseGroup {
  kind: PhraseKind;
  total: number;
  phrases: PagePhrase[];
}

/** The phrases the filter lets through; the query matches the phrase text, ignoring spaces and case. */
export function filterPhrases(phrases: readonly PagePhrase[], filter: PanelFilter): PagePhrase[] {
  const query = filter.query.replace(/\s+/g, '').toLowerCase();
  return phrases.filter(
    (p) =>
      !filter.hiddenKinds.includes(p.kind) &&
      (!filter.nestedOnly || (p.nested ?? 0) > 0) &&
      (query === '' || p.text.replace(/\s+/g, '').toLowerCase().includes(query)),
  );
}

/** Phrases grouped by kind in the legend's order, most frequent first inside a group. */
export function groupByKind(phrases: readonly PagePhrase[]): PhraseGroup[] {
  return PHRASE_KINDS.map((kind) => {
    const mine = phrases.filter((p) => p.kind === kind).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
    return { kind, total: mine.reduce((n, p) => n + p.count, 0), phrases: mine };
  }).filter((g) => g.phrases.length > 0);
}
