import { PHRASE_KINDS, type DictionaryEntry } from '../dictionary/types';
import { personalEntries } from './personal-phrases';
import type { Settings } from './settings-schema';

/**
 * The entries the page highlights under the user's settings: the dictionary minus hidden
 * entries and switched-off kinds, plus the user's own phrases. Personal phrases come
 * last, so a dictionary entry with the same form keeps its provenance.
 */
export function activeEntries(entries: readonly DictionaryEntry[], settings: Settings): readonly DictionaryEntry[] {
  // Nothing left out and nothing added: the list itself, so a lazily read dictionary stays unread.
  const everything = settings.hiddenEntries.length === 0 && settings.personalPhrases.length === 0 && Object.values(settings.kinds).every(Boolean);
  if (everything && PHRASE_KINDS.every((k) => settings.kinds[k])) return entries;
  const hidden = new Set(settings.hiddenEntries);
  const kept = entries.filter((e) => settings.kinds[e.kind] && !hidden.has(e.id));
  return [...kept, ...personalEntries(settings).filter((e) => settings.kinds[e.kind])];
}

/** A key that changes exactly when the highlighted entries change, to skip needless rescans. */
export function activeEntriesKey(settings: Settings): string {
  return JSON.stringify([settings.kinds, settings.hiddenEntries, settings.personalPhrases.map((p) => [p.id, p.text, p.kind])]);
}
