import type { PageNote } from '../../lib/notes/page-notes';
import { useT } from '../i18n';

/** The notes written on this page: phrase, quoted text and the note, as text. */
export function PanelNotes({ notes }: { notes: PageNote[] }) {
  const t = useT();
  return (
    <section class="panel-notes" data-testid="panel-notes">
      <h2>{t('panelNotes')}</h2>
      {notes.length === 0 ? (
        <p class="none">{t('panelNotesNone')}</p>
      ) : (
        <ul>
          {notes.map(({ note }) => (
            <li key={note.id}>
              <strong>{note.phrase}</strong>
              {note.orphaned && <span class="orphaned"> · {t('notesOrphaned')}</span>}
              <p>{note.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
