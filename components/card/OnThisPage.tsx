import { useT } from '../i18n';

interface Props {
  index: number;
  count: number;
  onStep: (by: 1 | -1) => void;
}

/** How often the phrase occurs on this page, which one this is, and buttons to the previous and next. */
export function OnThisPage({ index, count, onStep }: Props) {
  const t = useT();
  return (
    <p class="on-page">
      <span class="on-page-count">{count === 1 ? t('cardOnPage_one') : t('cardOnPage', count, index + 1)}</span>
      {count > 1 && (
        <span class="on-page-steps">
          <button type="button" class="step prev" aria-label={t('cardOnPagePrev')} title={t('cardOnPagePrev')} onClick={() => onStep(-1)}>‹</button>
          <button type="button" class="step next" aria-label={t('cardOnPageNext')} title={t('cardOnPageNext')} onClick={() => onStep(1)}>›</button>
        </span>
      )}
    </p>
  );
}
