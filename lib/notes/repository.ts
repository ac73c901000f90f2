/**
 * Every read and write of notes goes through `NotesRepository`, so the rules (ids, times,
 * site, clean tags, quota errors, change announcements) hold for the card, the notes page
 * and the importer alike.
 */
import type { NotesDatabase } from './db/schema';
import type { DictionaryStamp, Note, NoteDraft, NotePatch, NotesFacets, NotesPage, NotesQuery, TextPositionSelector } from './types';
import { cleanTags } from './fields';
import { siteOf } from './site';
import { guardQuota } from './quota';
import { facetsOf, isUnfiltered, newestFirst, noteMatcher, pageOf } from './query';
import { announceNotesChanged } from './changes';
import { newestPageFromIndex } from './repository-query';
import { NotesCache } from './notes-cache';
import { applyImport, type ImportSummary } from './import/apply';

/** Test seams: the clock and the id source. */
export interface RepositoryOptions {
  now?: () => number;
  newId?: () => string;
  /** Called after every committed change (the background announces it to open pages). */
  onChange?: () => void;
}

/** A note that is not there any more, with a message for the user. */
export class NoteNotFoundError extends Error {
  override name = 'NoteNotFoundError';
  constructor(id: string) {
    super(`Note ${id} no longer exists (deleted elsewhere?)`);
  }
}

/** Notes over one open database. */
export class NotesRepository {
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly changed: () => void;
  private readonly cache: NotesCache;

  constructor(private readonly db: NotesDatabase, options: RepositoryOptions = {}) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.changed = options.onChange ?? announceNotesChanged;
    this.cache = new NotesCache(db);
  }

  /** Save a new note; the dictionary stamp fills the version the draft does not carry. */
  async add(draft: NoteDraft, dictionary?: DictionaryStamp): Promise<Note> {
    const time = this.now();
    const page = draft.page ?? null;
    const note: Note = {
      id: this.newId(),
      entryId: draft.entryId,
      phrase: draft.phrase,
      page,
      site: siteOf(page?.url),
      anchor: page ? (draft.anchor ?? null) : null,
      orphaned: false,
      body: draft.body,
      tags: cleanTags(draft.tags),
      created: time,
      updated: time,
      dictionaryVersion: draft.dictionaryVersion ?? dictionary?.version ?? '',
    };
    await guardQuota(() => this.db.add('notes', note));
    this.cache.put(note);
    this.changed();
    return note;
  }

  /** One note, or undefined. */
  get(id: string): Promise<Note | undefined> {
    return this.db.get('notes', id);
  }

  /** Apply a user's edit in one read-write transaction; bumps `updated`. */
  async update(id: string, patch: NotePatch): Promise<Note> {
    const note = await this.rewrite(id, (old) => ({
      ...old,
      body: patch.body ?? old.body,
      tags: patch.tags ? cleanTags(patch.tags) : old.tags,
      updated: Math.max(this.now(), old.updated + 1),
    }));
    this.changed();
    return note;
  }

  /** Record where a revisit found the note's text (null: not found). Not an edit: `updated` stays. */
  async setAnchor(id: string, position: TextPositionSelector | null): Promise<Note> {
    const note = await this.rewrite(id, (old) => ({
      ...old,
      // A note on the phrase as a whole has nothing to lose.
      orphaned: old.anchor !== null && position === null,
      anchor: old.anchor && position ? { ...old.anchor, position } : old.anchor,
    }));
    this.changed();
    return note;
  }

  /** Delete and return the note, so the page can offer undo; null when it was already gone. */
  async delete(id: string): Promise<Note | null> {
    const tx = this.db.transaction('notes', 'readwrite');
    const note = await tx.store.get(id);
    if (note) void tx.store.delete(id);
    await tx.done;
    this.cache.delete(id);
    if (note) this.changed();
    return note ?? null;
  }

  /** Put back a deleted note exactly as it was (undo). Refuses to overwrite a note with the same id. */
  async restore(note: Note): Promise<Note> {
    await guardQuota(() => this.db.add('notes', note));
    this.cache.put(note);
    this.changed();
    return note;
  }

  /**
   * One page of a query, newest first, from memory. Until the cache has loaded, the
   * unfiltered first view reads its page from the index, so it does not wait for 10,000 notes.
   */
  async list(query: NotesQuery = {}): Promise<NotesPage> {
    if (!this.cache.ready && isUnfiltered(query)) {
      const page = await newestPageFromIndex(this.db, query);
      // Warm the cache only now, so its big read does not slow the first view down.
      void this.cache.load().catch(() => {});
      return page;
    }
    return pageOf(await this.cache.newestFirst(), query);
  }

  /** Every note a query selects, newest first (exports). */
  async all(query: NotesQuery = {}): Promise<Note[]> {
    const sorted = await this.cache.newestFirst();
    return isUnfiltered(query) ? [...sorted] : sorted.filter(noteMatcher(query));
  }

  /** The notes on one page, newest first: one index read, for the card. */
  async forPage(url: string): Promise<Note[]> {
    return (await this.db.getAllFromIndex('notes', 'byUrl', url)).sort(newestFirst);
  }

  /** The notes on one phrase, page-less ones included: one index read, for the card. */
  async forEntry(entryId: string): Promise<Note[]> {
    return (await this.db.getAllFromIndex('notes', 'byEntry', entryId)).sort(newestFirst);
  }

  /** The phrases, sites and tags the notes page offers as filters. */
  async facets(): Promise<NotesFacets> {
    return facetsOf(await this.cache.newestFirst());
  }

  /** Merge validated notes in one transaction; see `applyImport`. */
  async importNotes(incoming: readonly Note[]): Promise<ImportSummary> {
    const { summary, written } = await guardQuota(() => applyImport(this.db, incoming, this.newId));
    this.cache.putAll(written);
    if (written.length > 0) this.changed();
    return summary;
  }

  private async rewrite(id: string, change: (old: Note) => Note): Promise<Note> {
    return guardQuota(async () => {
      const tx = this.db.transaction('notes', 'readwrite');
      const old = await tx.store.get(id);
      if (!old) {
        tx.abort();
        await tx.done.catch(() => {});
        throw new NoteNotFoundError(id);
      }
      const note = change(old);
      void tx.store.put(note);
      await tx.done;
      this.cache.put(note);
      return note;
    });
  }
}
