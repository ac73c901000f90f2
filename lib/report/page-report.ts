import type { PageReportData } from '../messaging/page-requests';

/** An entry's use in the dated corpus, as the report cites it: first use and its best context line. */
export interface ReportSource {
  /** Title of the document of the card's first context line. */
  title: string;
  context: string;
  /** The year of its first use in the corpus (absent when the corpus does not have it). */
  firstYear?: number;
  /** Its uses in the whole corpus. */
  corpusUses: number;
}

/** One row of the report: a phrase with its findings and its top source. */
export interface ReportRow {
  text: string;
  kind: string;
  count: number;
  sentences: string[];
  source?: ReportSource;
}

/** Merge the page's findings with each phrase's top source, most frequent first. */
export function reportRows(data: PageReportData, sources: Record<string, ReportSource | undefined>): ReportRow[] {
  return [...data.phrases]
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .map((p) => ({ text: p.text, kind: p.kind, count: p.count, sentences: p.sentences, source: sources[p.entryId] }));
}

/** Markdown-escape inline text so page text cannot forge structure (links, headings, HTML). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** The page report as Markdown: URL, title and date, then each phrase with its sentences. */
export function pageReportMarkdown(data: PageReportData, rows: ReportRow[], now: Date = new Date()): string {
  const lines = [
    `# ${escapeMarkdown(data.title || data.url)}`,
    '',
    `- URL: <${encodeURI(decodeURI(data.url))}>`,
    `- Date: ${now.toISOString()}`,
    `- Stock phrases: ${rows.reduce((n, r) => n + r.count, 0)} (${rows.length} distinct)`,
    '',
  ];
  for (const row of rows) {
    lines.push(`## ${escapeMarkdown(row.text)} × ${row.count}`, '', `- Kind: ${row.kind}`);
    if (row.source?.firstYear) lines.push(`- First used in the corpus: ${row.source.firstYear} (${row.source.corpusUses} uses in the corpus)`);
    if (row.source?.title) lines.push(`- Source: ${escapeMarkdown(row.source.title)}: “${escapeMarkdown(row.source.context)}”`);
    lines.push('', ...row.sentences.map((s) => `> ${escapeMarkdown(s)}`), '');
  }
  return lines.join('\n');
}

/** Column names of the page report's CSV. */
export const PAGE_REPORT_CSV_HEADER = ['url', 'title', 'date', 'phrase', 'kind', 'count', 'sentences', 'source', 'source_context', 'first_year_in_corpus', 'corpus_uses'];

/** The page report's CSV rows, one per phrase, in `PAGE_REPORT_CSV_HEADER` order. */
export function pageReportRows(data: PageReportData, rows: ReportRow[], now: Date = new Date()): string[][] {
  return rows.map((r) => [
    data.url,
    data.title,
    now.toISOString(),
    r.text,
    r.kind,
    String(r.count),
    r.sentences.join('\n'),
    r.source?.title ?? '',
    r.source?.context ?? '',
    r.source?.firstYear ? String(r.source.firstYear) : '',
    r.source ? String(r.source.corpusUses) : '',
  ]);
}
