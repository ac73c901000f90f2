import { useState } from 'preact/hooks';
import type { Note } from '../../lib/notes/types';
import type { NoteFormDraft } from '../../lib/card/note-drafts';
import { useT } from '../i18n';
import { NoteItem } from './NoteItem';

export interface CardNotesProps {
  /** Notes anchored at this occurrence (or on this page for the same phrase). */
  here: Note[];
  /** Notes on this phrase elsewhere, and on the phrase as a whole. */
  elsewhere: Note[];
  error?: string;
  /** The unsent draft kept for this phrase and page, if any. */
  initialDraft?: NoteFormDraft | null;
  /** The form changed: keep the draft (null once sent or discarded). */
  onDraft?: (draft: NoteFormDraft | null) => void;
  onAdd: (body: string, wholePhrase: boolean, tags: string) => void;
  onSave: (id: string, body: string) => void;
  onDelete: (id: string) => void;
}

/** The card's notes: this occurrence's, the phrase's elsewhere, and a box to add one. */
export function CardNotes(props: CardNotesProps) {
  const t = useT();
  const [form, setForm] = useState<NoteFormDraft>(props.initialDraft ?? { body: '', tags: '', wholePhrase: false });
  const change = (patch: Partial<NoteFormDraft>) => {
    const next = { ...form, ...patch };
    setForm(next);
    props.onDraft?.(next);
  };
  const reset = () => {
    setForm({ body: '', tags: '', wholePhrase: false });
    props.onDraft?.(null);
  };
  const draft = form.body;
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
          props.onAdd(draft.trim(), form.wholePhrase, form.tags);
          reset();
        }}
      >
        <textarea aria-label={t('notesBodyLabel')} placeholder={t('cardNotePlaceholder')} value={draft} rows={2} maxLength={20000} onInput={(e) => change({ body: e.currentTarget.value })} />
        <input class="tags-input" type="text" aria-label={t('cardNoteTags')} placeholder={t('cardNoteTags')} value={form.tags} maxLength={400} onInput={(e) => change({ tags: e.currentTarget.value })} />
        <div class="add-row">
          <label class="whole">
            <input type="checkbox" checked={form.wholePhrase} onChange={(e) => change({ wholePhrase: e.currentTarget.checked })} />
            {t('cardNoteWhole')}
          </label>
          <span>
            {(draft || form.tags) && <button type="button" class="link muted discard-draft" onClick={reset}>{t('cardDraftDiscard')}</button>}{' '}
            <button type="submit" class="primary" disabled={!draft.trim()}>{t('cardNoteAdd')}</button>
          </span>
        </div>
      </form>
      {(draft.trim() || form.tags.trim()) && <p class="draft-kept">{t('cardDraftKept')}</p>}
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
