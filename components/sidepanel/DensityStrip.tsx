import type { PagePhrases } from '../../lib/messaging/page-requests';
import { useT } from '../i18n';

/** Phrases per slice of the page, top to bottom; a click scrolls to the slice's first phrase. */
export function DensityStrip({ density, onRevealAt }: { density: PagePhrases['density']; onRevealAt: (order: number) => void }) {
  const t = useT();
  const most = Math.max(1, ...density.map((d) => d.count));
  if (density.every((d) => d.count === 0)) return null;
  return (
    <section class="strip" aria-label={t('panelDensityAlong')}>
      <h2>{t('panelDensityAlong')}</h2>
      <div class="cells" data-testid="density-strip">
        {density.map((d, i) => (
          <button
            key={i}
            type="button"
            class="cell"
            disabled={d.count === 0}
            title={t('panelDensitySlice', d.count)}
            aria-label={t('panelDensitySlice', d.count)}
            onClick={() => d.first >= 0 && onRevealAt(d.first)}
          >
            <span class="level" style={{ height: `${Math.round((100 * d.count) / most)}%` }} />
          </button>
        ))}
      </div>
    </section>
  );
}
