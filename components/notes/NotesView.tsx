import { useEffect } from 'preact/hooks';
import type { NotesService } from '../../lib/notes/service';
import type { StorageDurability } from '../../lib/notes/persist';
import { isUnfiltered } from '../../lib/notes/query';
import { useT } from '../i18n';
import { useNotesPage } from './use-notes-page';
import { NotesFilters } from './NotesFilters';
import { NotesActions } from './NotesActions';
import { NoteItem } from './NoteItem';
import { Pager } from './Pager';
import { NoticeBar } from './NoticeBar';

/** The notes manager: search and filters, the notes newest first, paging, export and import. */
export function NotesView({ service, locale, durability }: { service: NotesService; locale: string; durability: StorageDurability }) {
  const t = useT();
  const { query, page, facets, notice, actions } = useNotesPage(service);
  const filtered = !isUnfiltered(query);
  useEffect(() => window.scrollTo({ top: 0 }), [query.offset]);
  const total = facets?.total ?? page?.total ?? 0;
  return (
    <div class="notes-app">
      <header class="notes-header">
        <div>
          <h1>{t('notesHeading')}</h1>
          <p class="subtle" data-testid="notes-total">
            {t('notesTotal', total)}
            {durability !== 'unknown' && (
              <span class={`durability ${durability}`}> · {t(durability === 'persistent' ? 'notesStoragePersistent' : 'notesStorageBestEffort')}</span>
            )}
          </p>
        </div>
        <NotesActions filtered={filtered} count={filtered ? (page?.total ?? 0) : total} onExport={actions.exportAs} onImport={actions.importFile} />
      </header>
      <NotesFilters query={query} facets={facets} onChange={actions.updateQuery} />
      <main class="notes-list" aria-busy={page === null}>
        {page === null ? (
          <p class="empty">{t('notesLoading')}</p>
        ) : page.notes.length === 0 ? (
          <p class="empty">{filtered ? t('notesNoMatch') : t('notesEmpty')}</p>
        ) : (
          <>
            <ol class="notes">
              {page.notes.map((note) => (
                <NoteItem key={note.id} note={note} locale={locale} onSave={actions.save} onDelete={actions.remove} />
              ))}
            </ol>
            <Pager offset={page.offset} shown={page.notes.length} total={page.total} pageSize={query.limit ?? 50} onOffset={(offset) => actions.updateQuery({ ...query, offset })} />
          </>
        )}
      </main>
      {notice && <NoticeBar notice={notice} onUndo={actions.undoDelete} onDismiss={actions.dismiss} />}
    </div>
  );
}
