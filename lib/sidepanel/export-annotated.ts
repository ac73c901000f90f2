import type { Translate, UiLanguage } from '../i18n/ui-strings';
import { sendTabRequest } from '../messaging/client';
import type { PageStats } from '../highlighter/types';
import { downloadTextFile } from '../files/download';
import { reportFileName } from '../report/report-file-name';
import { annotatedHtml } from '../report/annotated-html';
import { kindLegend } from '../report/kind-legend';
import type { Settings } from '../settings/settings-schema';

/** Save the tab's page as one annotated HTML file that opens offline. */
export async function downloadAnnotatedPage(tabId: number, settings: Settings, stats: PageStats, t: Translate, lang: UiLanguage, now = new Date()): Promise<void> {
  const data = await sendTabRequest(tabId, 'page:annotated', {});
  const labels = { source: t('reportUrl'), exported: t('reportExported'), legend: t('reportLegend'), lang };
  const html = annotatedHtml(data, kindLegend(settings, t, stats.byKind), labels, now);
  downloadTextFile(reportFileName(data.title, 'html', now), html, 'text/html;charset=utf-8');
}
