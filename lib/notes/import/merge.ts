/**
 * How one incoming note meets the note with its id, if any. Newer `updated` wins; an
 * older copy never overwrites the user's work; a tie with different content keeps both.
 */
import type { Note } from '../types';

/** What the import does with one note. */
export type MergeOutcome = 'add' | 'update' | 'skip-older' | 'skip-identical' | 'keep-both';

/** JSON with keys sorted, so two notes compare by content whatever built them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** The fields that make two notes with one id the same note (`site` follows from the URL). */
function sameContent(a: Note, b: Note): boolean {
  const content = (n: Note) =>
    canonical([n.entryId, n.phrase, n.page, n.anchor, n.orphaned, n.body, n.tags, n.created, n.updated, n.dictionaryVersion]);
  return content(a) === content(b);
}

/** Decide the outcome for one incoming note against the stored one. */
export function mergeOutcome(existing: Note | undefined, incoming: Note): MergeOutcome {
  if (!existing) return 'add';
  if (incoming.updated > existing.updated) return 'update';
  if (incoming.updated < existing.updated) return 'skip-older';
  return sameContent(existing, incoming) ? 'skip-identical' : 'keep-both';
}
