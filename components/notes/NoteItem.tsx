import { useState } from 'preact/hooks';
import type { Note, NotePatch } from '../../lib/notes/types';
import { useT } from '../i18n';
import { NoteEditor } from './NoteEditor';

/** Only web addresses become links, whatever got into the database. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** One note: phrase, tags, state, the quote in its context, the text, its page and date; edit and delete. */
export function NoteItem({ note, locale, onSave, onDelete }: {
  note: Note;
  locale: string;
  onSave: (id: string, patch: NotePatch) => Promise<boolean>;
  onDelete: (id: string) => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(note.updated);
  return (
    <li class={`note${note.orphaned ? ' orphaned' : ''}`} data-id={note.id}>
      <div class="note-head">
        <span class="phrase">{note.phrase}</span>
        {note.tags.map((tag) => <span key={tag} class="tag">#{tag}</span>)}
        {note.orphaned && <span class="badge" title={t('notesOrphanedHint')}>{t('notesOrphaned')}</span>}
      </div>
      {note.anchor && (
        <blockquote class="quote">
          <span class="context">…{note.anchor.quote.prefix}</span>
          <mark>{note.anchor.quote.exact}</mark>
          <span class="context">{note.anchor.quote.suffix}…</span>
        </blockquote>
      )}
      {editing ? (
        <NoteEditor
          note={note}
          onCancel={() => setEditing(false)}
          onSave={async (patch) => {
            if (await onSave(note.id, patch)) setEditing(false);
          }}
        />
      ) : (
        note.body && <p class="body">{note.body}</p>
      )}
      <footer class="note-foot">
        {note.page ? (
          <span class="source">
            <a href={safeHref(note.page.url)} target="_blank" rel="noopener noreferrer" title={note.page.url}>
              {note.page.title || t('notesUntitled')}
            </a>
            {note.site && <span class="site">{note.site}</span>}
            {!note.anchor && <span class="whole"> · {t('notesWholePhrase')}</span>}
          </span>
        ) : (
          <span class="source whole">{t('notesWholePhrase')}</span>
        )}
        <time dateTime={new Date(note.updated).toISOString()} title={t('notesUpdated', date)}>{date}</time>
        {!editing && (
          <span class="note-buttons">
            <button type="button" class="link" onClick={() => setEditing(true)}>{t('notesEdit')}</button>
            <button type="button" class="link danger" onClick={() => onDelete(note.id)}>{t('notesDelete')}</button>
          </span>
        )}
      </footer>
    </li>
  );
}
