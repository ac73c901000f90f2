import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { NotesService } from '../../lib/notes/service';
import type { Note, NotePatch, NotesFacets, NotesPage, NotesQuery } from '../../lib/notes/types';
import type { ExportFormat } from '../../lib/notes/export/formats';
import type { ImportProblem, ImportSummary, SettingsChange } from '../../lib/notes/import';

/** A message at the bottom of the notes page. */
export type Notice =
  | { kind: 'deleted'; note: Note }
  | { kind: 'importing'; fileName: string }
  | { kind: 'imported'; fileName: string; summary: ImportSummary; settingsChanged?: SettingsChange }
  /** The answer never came (the worker stopped mid-import): say so, not the browser's words. */
  | { kind: 'import-interrupted'; fileName: string }
  | { kind: 'import-failed'; fileName: string; problem: ImportProblem }
  | { kind: 'exported'; fileName: string; count: number }
  | { kind: 'error'; message: string };

/** Notes per page: enough to scan, few enough to render at once. */
const NOTES_PAGE_SIZE = 50;

/**
 * The notes page's state and actions over a `NotesService`: the query, the current page
 * of results, the filters' facets, and one notice. Answers to outdated queries are dropped.
 */
export function useNotesPage(service: NotesService) {
  const [query, setQuery] = useState<NotesQuery>({ offset: 0, limit: NOTES_PAGE_SIZE });
  const [page, setPage] = useState<NotesPage | null>(null);
  const [facets, setFacets] = useState<NotesFacets | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const latest = useRef(0);

  const fail = (error: unknown) => setNotice({ kind: 'error', message: error instanceof Error ? error.message : String(error) });

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    // Facets after the list: on a cold start they need every note, the list only one page.
    service
      .list(query)
      .then((p) => {
        if (ticket === latest.current) setPage(p);
        return service.facets().then(setFacets);
      })
      .catch(fail);
  }, [service, query]);

  useEffect(reload, [reload]);
  useEffect(() => service.onChange(reload), [service, reload]);

  /** Change filters (back to the first page) or move between pages. */
  const updateQuery = (change: Partial<NotesQuery>) =>
    setQuery((q) => ({ ...q, offset: 0, ...change, limit: NOTES_PAGE_SIZE }));

  const actions = {
    updateQuery,
    async save(id: string, patch: NotePatch): Promise<boolean> {
      try {
        await service.update(id, patch);
        reload();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    async remove(id: string) {
      try {
        const note = await service.remove(id);
        if (note) setNotice({ kind: 'deleted', note });
        reload();
      } catch (error) {
        fail(error);
      }
    },
    async undoDelete(note: Note) {
      setNotice(null);
      await service.restore(note).then(reload, fail);
    },
    async exportAs(format: ExportFormat) {
      try {
        setNotice({ kind: 'exported', ...(await service.exportNotes(format, query)) });
      } catch (error) {
        fail(error);
      }
    },
    async importFile(file: File) {
      setNotice({ kind: 'importing', fileName: file.name });
      try {
        const result = await service.importFile(file);
        setNotice(result.ok
          ? { kind: 'imported', fileName: file.name, summary: result.summary, settingsChanged: result.settingsChanged }
          : { kind: 'import-failed', fileName: file.name, problem: result.problem });
        reload();
      } catch {
        // The import is one transaction: an interrupted one wrote nothing, and trying again is safe.
        setNotice({ kind: 'import-interrupted', fileName: file.name });
        reload();
      }
    },
    dismiss: () => setNotice(null),
  };
  return { query, page, facets, notice, actions };
}
