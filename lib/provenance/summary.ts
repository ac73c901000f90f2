/**
 * What the card says about an entry's use across the dated corpus, computed from offsets and
 * document metadata alone (no texts): first and last use, uses per year, and spread. Always
 * "in this corpus": the corpus has gaps, and nothing here claims more than it holds.
 */
import type { CorpusDocumentMeta, DocumentGenre, DocumentLevel } from '../corpus/documents';

/** A document as the card cites it. */
export type DocumentRef = Pick<CorpusDocumentMeta, 'id' | 'title' | 'date' | 'year' | 'genre' | 'level' | 'organ' | 'speaker'>;

/** Uses per year from the corpus's first to its last dated year. */
export interface Timeline {
  from: number;
  /** counts[i] is the number of uses in year from + i. */
  counts: number[];
  /**
   * Uses per 100,000 characters of that year's documents: the corpus holds one national report
   * for most years but 28 documents for 2026, so raw counts would make every phrase peak in 2026.
   */
  rates: number[];
  /** covered[i]: the corpus holds at least one document of that year (else a gap, not a zero). */
  covered: boolean[];
  /** The year of the highest rate (the latest on ties); absent when there is no dated use. */
  peak?: number;
}

/** How widely the entry is used. */
interface Spread {
  /** Documents it occurs in. */
  documents: number;
  /** The same, near-copies counted once. */
  distinct: number;
  /** Documents that are near-copies of another document it occurs in (documents − distinct + copied originals). */
  copies: number;
  years: number;
  genres: Partial<Record<DocumentGenre, number>>;
  levels: Partial<Record<DocumentLevel, number>>;
  /** Seed speeches (the county and city speeches the dictionary was first mined from). */
  seedSpeeches: number;
}

/** First/last use, timeline and spread of one entry. */
export interface UsageSummary {
  total: number;
  first?: DocumentRef;
  last?: DocumentRef;
  timeline: Timeline;
  spread: Spread;
}

/** The fields of a document the card cites. */
export function documentRef(d: CorpusDocumentMeta): DocumentRef {
  const { id, title, date, year, genre, level, organ, speaker } = d;
  return { id, title, genre, level, ...(date ? { date } : {}), ...(year ? { year } : {}), ...(organ ? { organ } : {}), ...(speaker ? { speaker } : {}) };
}

/** Chronological order of documents: dated ones by date, undated ones last. */
export function compareDocuments(a: CorpusDocumentMeta, b: CorpusDocumentMeta): number {
  const ka = a.date ?? (a.year ? String(a.year) : '9999');
  const kb = b.date ?? (b.year ? String(b.year) : '9999');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

interface CorpusYears {
  from: number;
  to: number;
  /** Characters of the corpus's documents by year. */
  chars: Map<number, number>;
}
const yearsOf = new WeakMap<readonly CorpusDocumentMeta[], CorpusYears>();

/** The corpus's dated year range and its characters per year (computed once per document list). */
function corpusYears(documents: readonly CorpusDocumentMeta[]): CorpusYears {
  let found = yearsOf.get(documents);
  if (found) return found;
  const chars = new Map<number, number>();
  for (const d of documents) if (d.year !== undefined) chars.set(d.year, (chars.get(d.year) ?? 0) + d.chars);
  found = { from: Math.min(...chars.keys()), to: Math.max(...chars.keys()), chars };
  yearsOf.set(documents, found);
  return found;
}

/** The usage summary of one entry's flattened occurrences ([doc, paragraph, from, to, …]). */
export function summariseUsage(flat: readonly number[], documents: readonly CorpusDocumentMeta[]): UsageSummary {
  const range = corpusYears(documents);
  const span = range.to - range.from + 1;
  const counts = new Array<number>(span).fill(0);
  const used = new Map<number, number>();
  for (let i = 0; i < flat.length; i += 4) {
    const doc = flat[i]!;
    used.set(doc, (used.get(doc) ?? 0) + 1);
    const year = documents[doc]?.year;
    if (year !== undefined) counts[year - range.from]! += 1;
  }
  const docs = [...used.keys()].map((d) => documents[d]!);
  const dated = docs.filter((d) => d.year !== undefined).sort(compareDocuments);
  const rates = counts.map((c, i) => (c > 0 ? Math.round((c / (range.chars.get(range.from + i) || 1)) * 1e6) / 10 : 0));
  let peak: number | undefined;
  rates.forEach((r, i) => {
    if (r > 0 && (peak === undefined || r >= rates[peak - range.from]!)) peak = range.from + i;
  });
  const families = new Map<number, number>();
  for (const d of docs) families.set(d.family, (families.get(d.family) ?? 0) + 1);
  const genres: Spread['genres'] = {};
  const levels: Spread['levels'] = {};
  for (const d of docs) {
    genres[d.genre] = (genres[d.genre] ?? 0) + 1;
    levels[d.level] = (levels[d.level] ?? 0) + 1;
  }
  return {
    total: flat.length / 4,
    ...(dated.length ? { first: documentRef(dated[0]!), last: documentRef(dated[dated.length - 1]!) } : {}),
    timeline: {
      from: range.from,
      counts,
      rates,
      covered: counts.map((_, i) => range.chars.has(range.from + i)),
      ...(peak !== undefined ? { peak } : {}),
    },
    spread: {
      documents: docs.length,
      distinct: families.size,
      copies: [...families.values()].filter((n) => n > 1).reduce((n, k) => n + k, 0),
      years: new Set(dated.map((d) => d.year)).size,
      genres,
      levels,
      seedSpeeches: docs.filter((d) => d.id.startsWith('seed-')).length,
    },
  };
}

/** What an export says about a phrase: its first use in the corpus and how much it is used. */
export interface PhraseCorpusFacts {
  /** The first dated use (absent when only undated seed speeches or nothing use it). */
  firstUse?: { date?: string; year?: number; document: string; title: string };
  uses: number;
  documents: number;
  years: number;
}

/** The export facts of `entryIds` from the provenance index (entries the corpus lacks get zero uses). */
export function corpusFacts(
  index: { documents: readonly CorpusDocumentMeta[]; occurrences: Record<string, number[]> },
  entryIds: readonly string[],
): Record<string, PhraseCorpusFacts> {
  const facts: Record<string, PhraseCorpusFacts> = {};
  for (const id of new Set(entryIds)) {
    const usage = summariseUsage(index.occurrences[id] ?? [], index.documents);
    const first = usage.first;
    facts[id] = {
      ...(first ? { firstUse: { ...(first.date ? { date: first.date } : {}), ...(first.year ? { year: first.year } : {}), document: first.id, title: first.title } } : {}),
      uses: usage.total,
      documents: usage.spread.documents,
      years: usage.spread.years,
    };
  }
  return facts;
}
