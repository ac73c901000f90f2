import type { Translate, UiStringKey } from '../i18n/ui-strings';
import type { PageReportData } from '../messaging/page-requests';
import { escapeMarkdownInline } from '../files/markdown';

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
  /** Of `count`, the times inside longer phrases, and those phrases. */
  nested?: number;
  containedIn?: string[];
  sentences: string[];
  source?: ReportSource;
}

/** Merge the page's findings with each phrase's top source, most frequent first. */
export function reportRows(data: PageReportData, sources: Record<string, ReportSource | undefined>): ReportRow[] {
  return [...data.phrases]
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .map((p) => ({ text: p.text, kind: p.kind, count: p.count, nested: p.nested, containedIn: p.containedIn, sentences: p.sentences, source: sources[p.entryId] }));
}

/** A kind's name in the UI language (never the internal id). */
function kindName(kind: string, t: Translate): string {
  return t(`kind_${kind}` as UiStringKey);
}

/** The page report as Markdown, in the UI language: URL, title and date, then each phrase with its sentences. */
export function pageReportMarkdown(data: PageReportData, rows: ReportRow[], t: Translate, now: Date = new Date()): string {
  const total = rows.reduce((n, r) => n + r.count, 0);
  const lines = [
    `# ${escapeMarkdownInline(data.title || data.url)}`,
    '',
    `- ${t('reportUrl')}: <${encodeURI(decodeURI(data.url))}>`,
    `- ${t('reportDate')}: ${now.toISOString()}`,
    `- ${t('reportPhrases', total, rows.length)}`,
    '',
  ];
  for (const row of rows) {
    lines.push(`## ${escapeMarkdownInline(row.text)} × ${row.count}`, '', `- ${t('reportKind')}: ${kindName(row.kind, t)}`);
    if (row.nested) lines.push(`- ${t('nestedIn', row.nested, escapeMarkdownInline(row.containedIn?.[0] ?? ''))}`);
    if (row.source?.firstYear) lines.push(`- ${t('reportFirstUse', row.source.firstYear, row.source.corpusUses)}`);
    if (row.source?.title) lines.push(`- ${t('reportSource')}: ${escapeMarkdownInline(row.source.title)}: “${escapeMarkdownInline(row.source.context)}”`);
    lines.push('', ...row.sentences.map((s) => `> ${escapeMarkdownInline(s)}`), '');
  }
  return lines.join('\n');
}

/** Column names of the page report's CSV, in the UI language. */
export function pageReportCsvHeader(t: Translate): string[] {
  return t('reportCsvHeader').split(',');
}

/** The page report's CSV rows, one per phrase, in `pageReportCsvHeader` order; kinds by name. */
export function pageReportRows(data: PageReportData, rows: ReportRow[], t: Translate, now: Date = new Date()): string[][] {
  return rows.map((r) => [
    data.url,
    data.title,
    now.toISOString(),
    r.text,
    kindName(r.kind, t),
    String(r.count),
    r.sentences.join('\n'),
    r.source?.title ?? '',
    r.source?.context ?? '',
    r.source?.firstYear ? String(r.source.firstYear) : '',
    r.source ? String(r.source.corpusUses) : '',
  ]);
}
