import type { ProvenanceAnswer } from '../../lib/provenance/lookup';
import type { PageStringKey } from '../../lib/i18n/page-strings';
import { useT } from '../i18n';
import { UsageTimeline } from './UsageTimeline';
import { countText, documentLabel, whenText } from './usage-text';

const GENRES = ['congress-report', 'work-report', 'communique', 'decision', 'speech'] as const;
const LEVELS = ['national', 'provincial', 'local'] as const;

/** First and last use, uses per year and spread, always said to be "in this corpus". */
export function CorpusUsage({ answer }: { answer: ProvenanceAnswer }) {
  const t = useT();
  const { first, last, timeline, spread, total } = answer;
  const to = timeline.from + timeline.counts.length - 1;
  const peakRate = timeline.peak !== undefined ? timeline.rates[timeline.peak - timeline.from]! : 0;
  const genres = GENRES.filter((g) => spread.genres[g]).map((g) => `${t(`genre_${g}` as PageStringKey)} ${spread.genres[g]}`);
  const levels = LEVELS.filter((l) => spread.levels[l]).map((l) => t(`level_${l}` as PageStringKey));
  return (
    <section class="usage" aria-label={t('cardCorpus', answer.corpusDocuments, timeline.from, to)}>
      <h3>{t('cardCorpus', answer.corpusDocuments, timeline.from, to)}</h3>
      {total === 0 ? (
        <p class="not-in-corpus">{t('cardNotInCorpus')}</p>
      ) : (
        <>
          {first && <p class="first-use">{t('cardFirstUse', whenText(t, first), documentLabel(t, first))}</p>}
          {last && last.id !== first?.id && <p class="last-use">{t('cardLastUse', whenText(t, last), documentLabel(t, last))}</p>}
          <p class="totals">
            <span class="total">{countText(t, 'cardTotal', total)}</span>
            {timeline.peak !== undefined && <span class="peak">{t('cardPeak', timeline.peak, peakRate)}</span>}
          </p>
          <UsageTimeline timeline={timeline} />
          <ul class="spread">
            <li class="spread-documents">
              {spread.copies > 0 ? t('cardDocumentsCopies', spread.documents, spread.copies, spread.distinct) : countText(t, 'cardDocuments', spread.documents)}
              {spread.years > 0 && `${t('clauseSep')}${countText(t, 'cardYears', spread.years)}`}
            </li>
            <li class="spread-genres">{[genres.join(t('listSep')), levels.join(t('listSep'))].filter(Boolean).join(' · ')}</li>
            {spread.seedSpeeches > 0 && <li class="spread-seeds">{countText(t, 'cardSeedSpeeches', spread.seedSpeeches)}</li>}
          </ul>
        </>
      )}
    </section>
  );
}
