/**
 * The background's notes service: one repository over the database the background opens,
 * exposed as handlers of the typed message protocol. The background only wires this in;
 * every rule lives here and in the repository.
 */
import type { RequestHandlers } from '../messaging/router';
import { openNotesDatabase } from '../notes/db/open';
import type { NotesDatabase } from '../notes/db/schema';
import { NotesRepository, type RepositoryOptions } from '../notes/repository';
import type { DictionaryStamp, PortableSettings } from '../notes/types';
import { exportNotes, type PhraseFacts } from '../notes/export';
import { importNotesText, type SettingsChange } from '../notes/import';
import { notesForPage } from '../notes/page-notes';

/** What the handlers need from the background. */
export interface NotesHandlerDeps {
  /** Opens the database; called again after the browser closes the connection. */
  openDatabase?: typeof openNotesDatabase;
  /** The loaded dictionary's version and seed hash, for new notes and exports. */
  dictionary?: () => DictionaryStamp | Promise<DictionaryStamp>;
  /** The user's portable settings, written into JSON exports. */
  settings?: () => Promise<PortableSettings>;
  /** Each phrase's first use and uses in the corpus, for exports (from the provenance index). */
  phraseFacts?: (entryIds: string[]) => Promise<PhraseFacts>;
  /** Merge the settings an imported file carries into the user's; says what changed. */
  importSettings?: (settings: PortableSettings) => Promise<SettingsChange>;
  /** Test seams. */
  repository?: RepositoryOptions;
  now?: () => Date;
}

const UNKNOWN_DICTIONARY: DictionaryStamp = { version: 'unknown', seedHash: '' };

/**
 * Build the notes handlers; the database opens on the first request, not at start-up.
 * Who may send which request is decided once, in the router (`messaging/sender-rule.ts`).
 */
export function createNotesHandlers(deps: NotesHandlerDeps = {}): RequestHandlers {
  const open = deps.openDatabase ?? openNotesDatabase;
  let repository: Promise<NotesRepository> | undefined;
  const repo = () => {
    repository ??= open({ onClosed: () => (repository = undefined) }).then(
      (db: NotesDatabase) => new NotesRepository(db, deps.repository),
      (error: unknown) => {
        repository = undefined;
        throw error;
      },
    );
    return repository;
  };
  const stamp = async () => (await deps.dictionary?.()) ?? UNKNOWN_DICTIONARY;
  return {
    'notes:add': async (draft) => (await repo()).add(draft, await stamp()),
    'notes:get': async ({ id }) => (await (await repo()).get(id)) ?? null,
    'notes:update': async ({ id, body, tags }) => (await repo()).update(id, { body, tags }),
    'notes:delete': async ({ id }) => (await repo()).delete(id),
    'notes:setAnchor': async ({ id, position }) => (await repo()).setAnchor(id, position),
    'notes:forPage': async ({ url, text }) => notesForPage(await repo(), url, text),
    'notes:forEntry': async ({ entryId }) => (await repo()).forEntry(entryId),
    'notes:restore': async ({ note }) => (await repo()).restore(note),
    'notes:list': async ({ query }) => (await repo()).list(query),
    'notes:facets': async () => (await repo()).facets(),
    'notes:export': async ({ format, query }) => {
      const notes = await (await repo()).all(query);
      const facts = (await deps.phraseFacts?.(notes.map((n) => n.entryId)).catch(() => undefined)) ?? {};
      return exportNotes(format, notes, await stamp(), deps.now?.() ?? new Date(), await deps.settings?.(), facts);
    },
    'notes:import': async ({ text }) => {
      const result = await importNotesText(await repo(), text);
      if (!result.ok || !deps.importSettings) return result;
      // Reported in the summary: a file must not change the user's setup silently.
      return { ...result, settingsChanged: await deps.importSettings(result.settings) };
    },
  };
}
