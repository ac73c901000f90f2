import { useState } from 'preact/hooks';
import type { Note } from '../../lib/notes/types';
import { useT } from '../i18n';
import { NoteItem } from './NoteItem';

export interface CardNotesProps {
  /** Notes anchored at this occurrence (or on this page for the same phrase). */
  here: Note[];
  /** Notes on this phrase elsewhere, and on the phrase as a whole. */
  elsewhere: Note[];
  error?: string;
  onAdd: (body: string, wholePhrase: boolean) => void;
  onSave: (id: string, body: string) => void;
  onDelete: (id: string) => void;
}

/** The card's notes: this occurrence's, the phrase's elsewhere, and a box to add one. */
export function CardNotes(props: CardNotesProps) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [whole, setWhole] = useState(false);
  const list = (notes: Note[], showPage: boolean) => (
    <ul class="note-list">
      {notes.map((n) => (
        <NoteItem key={n.id} note={n} showPage={showPage} onSave={props.onSave} onDelete={props.onDelete} />
      ))}
    </ul>
  );
  return (
    <>
      <h3>{t('cardNotes')}</h3>
      {props.here.length > 0 && (
        <div class="notes-here" aria-label={t('cardNotesHere')}>
          {list(props.here, false)}
        </div>
      )}
      <form
        class="add-note"
        onSubmit={(e) => {
          e.preventDefault();
          if (!draft.trim()) return;
          props.onAdd(draft.trim(), whole);
          setDraft('');
        }}
      >
        <textarea aria-label={t('notesBodyLabel')} placeholder={t('cardNotePlaceholder')} value={draft} rows={2} maxLength={20000} onInput={(e) => setDraft(e.currentTarget.value)} />
        <div class="add-row">
          <label class="whole">
            <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.currentTarget.checked)} />
            {t('cardNoteWhole')}
          </label>
          <button type="submit" class="primary" disabled={!draft.trim()}>{t('cardNoteAdd')}</button>
        </div>
      </form>
      {props.error && <p class="error" role="alert">{props.error}</p>}
      {props.elsewhere.length > 0 && (
        <div class="notes-elsewhere">
          <h3>{t('cardNotesElsewhere')}</h3>
          {list(props.elsewhere, true)}
        </div>
      )}
    </>
  );
}
