import { useT } from '../i18n';

export interface UndoToastProps {
  /** The phrase that was hidden. */
  phrase: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "No longer highlighted" with an undo, shown after the card's hide button. */
export function UndoToast({ phrase, onUndo, onDismiss }: UndoToastProps) {
  const t = useT();
  return (
    <div class="toast" role="status">
      <span class="toast-text">{t('cardHiddenUndoable', phrase)}</span>
      <button type="button" class="link undo" onClick={onUndo}>{t('cardHideUndo')}</button>
      <button type="button" class="close" aria-label={t('cardClose')} onClick={onDismiss}>×</button>
    </div>
  );
}
