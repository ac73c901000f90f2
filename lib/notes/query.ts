/**
 * The notes page's search and filters as pure functions, so the repository can use an
 * index for the most selective filter and check the rest in memory, and tests can check
 * the rules without a database.
 */
import type { Note, NotesFacets, NotesPage, NotesQuery } from './types';

/** Notes per page on the notes page unless the query says otherwise. */
const DEFAULT_PAGE_SIZE = 50;

/** True when the query narrows nothing, so the newest-first index alone answers it. */
export function isUnfiltered(query: NotesQuery): boolean {
  return !query.text?.trim() && !query.entryId && !query.site && !query.tag && !query.orphanedOnly;
}

/** Everything a user might search for in one note, lower-cased. */
function searchableText(note: Note): string {
  return [note.body, note.phrase, note.page?.title, note.page?.url, note.anchor?.quote.exact, note.tags.join(' ')]
    .join('\n')
    .toLowerCase();
}

/** A predicate for the query's filters; the text matches when every word occurs somewhere. */
export function noteMatcher(query: NotesQuery): (note: Note) => boolean {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return (note) =>
    (!query.entryId || note.entryId === query.entryId) &&
    (!query.site || note.site === query.site) &&
    (!query.tag || note.tags.includes(query.tag)) &&
    (!query.orphanedOnly || note.orphaned) &&
    (words.length === 0 || words.every((w) => searchableText(note).includes(w)));
}

/** Newest first, ties by id descending: the same order as walking the `byUpdated` index backwards. */
export function newestFirst(a: Note, b: Note): number {
  return b.updated - a.updated || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The offset and limit of a query, clamped to sane values. */
export function pageBounds(query: NotesQuery): { offset: number; limit: number } {
  return { offset: Math.max(0, query.offset ?? 0), limit: Math.max(1, query.limit ?? DEFAULT_PAGE_SIZE) };
}

/** One page of the notes a query selects from all notes sorted newest first. */
export function pageOf(sorted: readonly Note[], query: NotesQuery): NotesPage {
  const { offset, limit } = pageBounds(query);
  const selected = isUnfiltered(query) ? sorted : sorted.filter(noteMatcher(query));
  return { notes: selected.slice(offset, offset + limit), total: selected.length, offset };
}

/** The phrases, sites and tags of the notes, each with its count, most used first. */
export function facetsOf(notes: readonly Note[]): NotesFacets {
  const phrases = new Map<string, { entryId: string; phrase: string; count: number }>();
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const note of notes) {
    const phrase = phrases.get(note.entryId) ?? { entryId: note.entryId, phrase: note.phrase, count: 0 };
    phrase.count++;
    phrases.set(note.entryId, phrase);
    if (note.site) sites.set(note.site, (sites.get(note.site) ?? 0) + 1);
    for (const tag of note.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const order = (a: { count: number; label: string }, b: { count: number; label: string }) =>
    b.count - a.count || a.label.localeCompare(b.label, 'zh');
  const list = (counts: Map<string, number>) => [...counts].map(([label, count]) => ({ label, count })).sort(order);
  return {
    phrases: [...phrases.values()].sort((a, b) => order({ ...a, label: a.phrase }, { ...b, label: b.phrase })),
    sites: list(sites).map(({ label, count }) => ({ site: label, count })),
    tags: list(tags).map(({ label, count }) => ({ tag: label, count })),
    total: notes.length,
  };
}
