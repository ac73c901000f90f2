/**
 * The background's notes service: one repository over the database the background opens,
 * exposed as handlers of the typed message protocol. The background only wires this in;
 * every rule lives here and in the repository.
 */
import type { RequestHandlers, RequestSender } from '../messaging/router';
import { openNotesDatabase } from './db/open';
import type { NotesDatabase } from './db/schema';
import { NotesRepository, type RepositoryOptions } from './repository';
import type { DictionaryStamp, PortableSettings } from './types';
import { exportNotes, type PhraseFacts } from './export';
import { importNotesText } from './import';
import { notesForPage } from './page-notes';

export { openNotesDatabase } from './db/open';

/** What the handlers need from the background. */
export interface NotesHandlerDeps {
  /** Opens the database; called again after the browser closes the connection. */
  openDatabase?: typeof openNotesDatabase;
  /** The loaded dictionary's version and seed hash, for new notes and exports. */
  dictionary?: () => DictionaryStamp | Promise<DictionaryStamp>;
  /** Whether a request comes from one of our own pages (bulk reads and writes are for them only). */
  isExtensionPage?: (sender: RequestSender) => boolean;
  /** The user's portable settings, written into JSON exports. */
  settings?: () => Promise<PortableSettings>;
  /** Each phrase's first use and uses in the corpus, for exports (from the provenance index). */
  phraseFacts?: (entryIds: string[]) => Promise<PhraseFacts>;
  /** Merge the settings an imported file carries into the user's. */
  importSettings?: (settings: PortableSettings) => Promise<void>;
  /** Test seams. */
  repository?: RepositoryOptions;
  now?: () => Date;
}

const UNKNOWN_DICTIONARY: DictionaryStamp = { version: 'unknown', seedHash: '' };

/** True for our own pages: their URL starts with the origin the background runs at. */
function defaultIsExtensionPage(sender: RequestSender): boolean {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!origin || !/^(chrome|moz)-extension:/.test(origin)) return true;
  return sender.url?.startsWith(`${origin}/`) ?? false;
}

/** Build the notes handlers; the database opens on the first request, not at start-up. */
export function createNotesHandlers(deps: NotesHandlerDeps = {}): RequestHandlers {
  const open = deps.openDatabase ?? openNotesDatabase;
  const isPage = deps.isExtensionPage ?? defaultIsExtensionPage;
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
  const pageOnly = (sender: RequestSender, type: string) => {
    if (!isPage(sender)) throw new Error(`${type} is only for the extension's own pages`);
  };
  return {
    'notes:add': async (draft) => (await repo()).add(draft, await stamp()),
    'notes:get': async ({ id }) => (await (await repo()).get(id)) ?? null,
    'notes:update': async ({ id, body, tags }) => (await repo()).update(id, { body, tags }),
    'notes:delete': async ({ id }) => (await repo()).delete(id),
    'notes:setAnchor': async ({ id, position }) => (await repo()).setAnchor(id, position),
    'notes:forPage': async ({ url, text }) => notesForPage(await repo(), url, text),
    'notes:forEntry': async ({ entryId }) => (await repo()).forEntry(entryId),
    'notes:restore': async ({ note }, sender) => {
      pageOnly(sender, 'notes:restore');
      return (await repo()).restore(note);
    },
    'notes:list': async ({ query }, sender) => {
      pageOnly(sender, 'notes:list');
      return (await repo()).list(query);
    },
    'notes:facets': async (_payload, sender) => {
      pageOnly(sender, 'notes:facets');
      return (await repo()).facets();
    },
    'notes:export': async ({ format, query }, sender) => {
      pageOnly(sender, 'notes:export');
      const notes = await (await repo()).all(query);
      const facts = (await deps.phraseFacts?.(notes.map((n) => n.entryId)).catch(() => undefined)) ?? {};
      return exportNotes(format, notes, await stamp(), deps.now?.() ?? new Date(), await deps.settings?.(), facts);
    },
    'notes:import': async ({ text }, sender) => {
      pageOnly(sender, 'notes:import');
      const result = await importNotesText(await repo(), text);
      if (result.ok) await deps.importSettings?.(result.settings);
      return result;
    },
  };
}
