import type { PhraseKind } from '../../lib/dictionary/types';
import type { PageSummary } from '../../lib/messaging/page-requests';
import { densityPercent } from '../../lib/popup/popup-state';
import { useT } from '../i18n';
import { KindBreakdown } from './KindBreakdown';
import { TopPhrases } from './TopPhrases';

interface Props {
  summary: PageSummary;
  colors: Record<PhraseKind, string>;
  onReveal: (entryId: string) => void;
}

/** The page's count, density bar, breakdown by kind and top phrases. */
export function PageFindings({ summary, colors, onReveal }: Props) {
  const t = useT();
  const { stats } = summary;
  const density = densityPercent(stats.stockChars, stats.chars);
  return (
    <section class="findings">
      <p class="total">
        <strong class="count" data-testid="phrase-count">{stats.matches}</strong> {t('popupPhrases')}
      </p>
      <div class="density" title={t('popupDensityHint')}>
        <span>{t('popupDensity')}</span>
        <div class="bar" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Number.parseFloat(density)} aria-label={t('popupDensity')}>
          <div class="fill" style={{ width: `${Math.min(100, Number.parseFloat(density))}%` }} />
        </div>
        <span class="value">{density}</span>
      </div>
      {stats.matches === 0 ? <p class="none">{t('popupNone')}</p> : <KindBreakdown byKind={stats.byKind} colors={colors} />}
      <TopPhrases phrases={summary.top} colors={colors} onReveal={onReveal} />
    </section>
  );
}
