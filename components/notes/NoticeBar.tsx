import { useEffect } from 'preact/hooks';
import type { Note } from '../../lib/notes/types';
import { STORAGE_FULL_TAG } from '../../lib/notes/quota';
import type { UiStringKey } from '../../lib/i18n/ui-strings';
import { useT } from '../i18n';
import type { Notice } from './use-notes-page';

/** The message at the bottom: undo after a delete, an import's summary or refusal, an export, an error. */
export function NoticeBar({ notice, onUndo, onDismiss }: { notice: Notice; onUndo: (note: Note) => void; onDismiss: () => void }) {
  const t = useT();
  useEffect(() => {
    if (notice.kind !== 'deleted' && notice.kind !== 'exported') return;
    const timer = setTimeout(onDismiss, 10_000);
    return () => clearTimeout(timer);
  }, [notice]);
  const failed = notice.kind === 'import-failed' || notice.kind === 'import-interrupted' || notice.kind === 'error';
  return (
    <div class={`notice${failed ? ' failed' : ''}`} role={failed ? 'alert' : 'status'} data-kind={notice.kind} aria-busy={notice.kind === 'importing'}>
      <div class="notice-text">{describe(notice, t)}</div>
      {notice.kind === 'deleted' && (
        <button type="button" class="button primary" onClick={() => onUndo(notice.note)}>{t('notesUndo')}</button>
      )}
      <button type="button" class="close" aria-label={t('notesDismiss')} onClick={onDismiss}>×</button>
    </div>
  );
}

function describe(notice: Notice, t: ReturnType<typeof useT>) {
  switch (notice.kind) {
    case 'deleted':
      return t('notesDeleted');
    case 'importing':
      return t('notesImporting', notice.fileName);
    case 'exported':
      return t('notesExported', notice.count, notice.fileName);
    case 'error':
      return notice.message.startsWith(STORAGE_FULL_TAG) ? t('notesStorageFull') : t('notesError', notice.message);
    case 'import-interrupted':
      return t('notesImportInterrupted', notice.fileName);
    case 'import-failed': {
      const key = `notesProblem_${notice.problem.code.replace(/-/g, '_')}` as UiStringKey;
      return (
        <>
          <p>{t('notesImportFailed', notice.fileName, `${t(key)} `)}</p>
          <p class="detail">{notice.problem.detail}</p>
        </>
      );
    }
    case 'imported': {
      const s = notice.summary;
      const reasons = [
        s.skippedOlder && t('notesImportOlder', s.skippedOlder),
        s.skippedIdentical && t('notesImportIdentical', s.skippedIdentical),
        s.skippedForeign && t('notesImportForeign', s.skippedForeign),
      ].filter(Boolean);
      const changed = notice.settingsChanged;
      return (
        <>
          <p>{t('notesImportDone', notice.fileName, s.added + s.keptBoth, s.updated, s.skipped)}</p>
          {reasons.length > 0 && <p class="detail">{reasons.join('；')}</p>}
          {s.keptBoth > 0 && <p class="detail">{t('notesImportKeptBoth', s.keptBoth)}</p>}
          {changed && (changed.personalPhrases > 0 || changed.hiddenEntries > 0) && (
            <p class="detail settings-changed">{t('notesImportSettings', changed.personalPhrases, changed.hiddenEntries)}</p>
          )}
        </>
      );
    }
  }
}
