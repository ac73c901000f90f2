import type { Timeline } from '../../lib/provenance/summary';
import { useT } from '../i18n';

const BAR = 4;
const HEIGHT = 36;

/**
 * Uses per year as bars across the corpus's whole span, so rise and fall read at a glance; bar
 * heights are uses per 100,000 characters of that year's documents (the corpus is uneven).
 * Years the corpus has no document for are drawn as a dotted baseline (a gap, not a zero);
 * the peak bar is drawn in the accent colour. Colours come from the card's variables.
 */
export function UsageTimeline({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const max = Math.max(0.1, ...timeline.rates);
  const to = timeline.from + timeline.counts.length - 1;
  const width = timeline.counts.length * BAR;
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${width} ${HEIGHT + 2}`} preserveAspectRatio="none" role="img" aria-label={t('cardTimeline', timeline.from, to)}>
        {timeline.counts.map((count, i) => {
          const year = timeline.from + i;
          if (!timeline.covered[i]) {
            return (
              <rect key={year} class="gap" x={i * BAR} y={HEIGHT} width={BAR - 1} height={1}>
                <title>{t('cardTimelineGap', year)}</title>
              </rect>
            );
          }
          const h = count > 0 ? Math.max(3, (timeline.rates[i]! / max) * HEIGHT) : 1;
          return (
            <rect key={year} class={count === 0 ? 'zero' : year === timeline.peak ? 'bar peak' : 'bar'} x={i * BAR} y={HEIGHT + 1 - h} width={BAR - 1} height={h} data-year={year} data-count={count}>
              <title>{t('cardTimelineYear', year, count, timeline.rates[i]!)}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption class="axis">
        <span>{timeline.from}</span>
        <span>{to}</span>
      </figcaption>
    </figure>
  );
}
