import { PHRASE_KINDS } from '../dictionary/types';
import type { Translate, UiLanguage, UiStringKey } from '../i18n/ui-strings';
import { sendTabRequest } from '../messaging/client';
import type { PageStats } from '../highlighter/types';
import { downloadText, reportFileName } from '../popup/download';
import { annotatedHtml, type LegendRow } from '../report/annotated-html';
import type { Settings } from '../settings/settings-schema';
import { themeFor } from '../settings/theme';

/** The legend of the export: every kind in the page's colours, named in the UI language. */
export function exportLegend(settings: Settings, stats: PageStats, t: Translate): LegendRow[] {
  const theme = themeFor(settings);
  return PHRASE_KINDS.map((kind) => ({
    kind,
    background: theme.kinds[kind].background,
    color: theme.kinds[kind].color,
    label: t(`kind_${kind}` as UiStringKey),
    help: t(`kindHelp_${kind}` as UiStringKey),
    count: stats.byKind[kind] ?? 0,
  }));
}

/** Save the tab's page as one annotated HTML file that opens offline. */
export async function downloadAnnotatedPage(tabId: number, settings: Settings, stats: PageStats, t: Translate, lang: UiLanguage, now = new Date()): Promise<void> {
  const data = await sendTabRequest(tabId, 'page:annotated', {});
  const labels = { source: t('reportUrl'), exported: t('reportExported'), legend: t('reportLegend'), lang };
  const html = annotatedHtml(data, exportLegend(settings, stats, t), labels, now);
  downloadText(reportFileName(data.title, 'html', now), html, 'text/html;charset=utf-8');
}
