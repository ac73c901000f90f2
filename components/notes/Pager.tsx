import { useT } from '../i18n';

/** Previous and next page, with where we are. */
export function Pager({ offset, shown, total, pageSize, onOffset }: { offset: number; shown: number; total: number; pageSize: number; onOffset: (offset: number) => void }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.floor(offset / pageSize) + 1;
  return (
    <nav class="pager" aria-label={t('notesPageOf', current, pages)}>
      <button type="button" class="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        ← {t('notesPrev')}
      </button>
      <span class="subtle">
        {t('notesShowing', total === 0 ? 0 : offset + 1, offset + shown, total)} · {t('notesPageOf', current, pages)}
      </span>
      <button type="button" class="button" disabled={offset + shown >= total} onClick={() => onOffset(offset + pageSize)}>
        {t('notesNext')} →
      </button>
    </nav>
  );
}
