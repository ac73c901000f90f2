import { sendRequest, sendTabRequest } from '../messaging/client';
import { writeCsv } from '../files/csv';
import type { Translate } from '../i18n/ui-strings';
import { pageReportCsvHeader, pageReportMarkdown, pageReportRows, reportRows, type ReportSource } from '../report/page-report';
import { downloadTextFile } from '../files/download';
import { reportFileName } from '../report/report-file-name';
import { isPatternAnswer } from '../provenance/pattern-examples';

/** Each entry's first use and top context line in the corpus, asked of the background in parallel. */
async function topSources(entryIds: string[]): Promise<Record<string, ReportSource | undefined>> {
  const answers = await Promise.all(entryIds.map((entryId) => sendRequest('provenance:get', { entryId }).catch(() => null)));
  return Object.fromEntries(
    answers.map((found, i) => {
      // A pattern found on the page by rule has no corpus use of its own to cite.
      const answer = isPatternAnswer(found) ? null : found;
      const line = answer?.lines[0];
      const source: ReportSource | undefined = answer
        ? {
            title: line ? answer.documents[line.doc]?.title ?? line.doc : '',
            context: line ? `${line.before}${line.match}${line.after}` : '',
            ...(answer.first?.year ? { firstYear: answer.first.year } : {}),
            corpusUses: answer.total,
          }
        : undefined;
      return [entryIds[i]!, source];
    }),
  );
}

/** Build the page report of a tab and save it as Markdown or CSV, in the UI language. */
export async function downloadPageReport(tabId: number, format: 'markdown' | 'csv', t: Translate, now = new Date()): Promise<void> {
  const data = await sendTabRequest(tabId, 'page:report', {});
  const rows = reportRows(data, await topSources(data.phrases.map((p) => p.entryId)));
  if (format === 'markdown') {
    downloadTextFile(reportFileName(data.title, 'md', now), pageReportMarkdown(data, rows, t, now), 'text/markdown;charset=utf-8');
  } else {
    downloadTextFile(reportFileName(data.title, 'csv', now), writeCsv(pageReportCsvHeader(t), pageReportRows(data, rows, t, now)), 'text/csv;charset=utf-8');
  }
}
