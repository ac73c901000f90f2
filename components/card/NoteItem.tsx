import { useState } from 'preact/hooks';
import type { Note } from '../../lib/notes/types';
import { useT } from '../i18n';

interface Props {
  note: Note;
  showPage: boolean;
  onSave: (id: string, body: string) => void;
  onDelete: (id: string) => void;
}

/** One note in the card: text shown as text, edit in place, delete after a confirm. */
export function NoteItem({ note, showPage, onSave, onDelete }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState(note.body);
  return (
    <li class="note" data-note-id={note.id}>
      {editing ? (
        <form onSubmit={(e) => (e.preventDefault(), onSave(note.id, draft), setEditing(false))}>
          <textarea aria-label={t('notesBodyLabel')} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} rows={3} />
          <div class="note-actions">
            <button type="submit" class="link">{t('notesSave')}</button>
            <button type="button" class="link muted" onClick={() => (setDraft(note.body), setEditing(false))}>{t('notesCancel')}</button>
          </div>
        </form>
      ) : (
        <p class="note-body">{note.body}</p>
      )}
      <div class="note-meta">
        {showPage && note.page && <span class="note-page">{t('cardNoteOnPage', note.page.title || note.page.url)}</span>}
        {!note.anchor && <span class="note-page whole">{t('notesWholePhrase')}</span>}
        {note.tags.map((tag) => <span key={tag} class="note-tag">#{tag}</span>)}
        {note.orphaned && <span class="orphaned">{t('cardNoteOrphaned')}</span>}
        <time dateTime={new Date(note.updated).toISOString()}>{new Date(note.updated).toLocaleDateString()}</time>
      </div>
      {!editing && (
        <div class="note-actions">
          {confirming ? (
            <>
              <span>{t('cardNoteConfirmDelete')}</span>
              <button type="button" class="link danger" onClick={() => onDelete(note.id)}>{t('notesDelete')}</button>
              <button type="button" class="link muted" onClick={() => setConfirming(false)}>{t('notesCancel')}</button>
            </>
          ) : (
            <>
              <button type="button" class="link" onClick={() => setEditing(true)}>{t('notesEdit')}</button>
              <button type="button" class="link muted" onClick={() => setConfirming(true)}>{t('notesDelete')}</button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
