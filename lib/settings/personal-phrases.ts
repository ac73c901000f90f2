import type { DictionaryEntry, PhraseKind } from '../dictionary/types';
import type { PersonalPhrase, Settings } from './settings-schema';

/** Why a phrase cannot be added, in words for the user; null when it can. */
export function personalPhraseProblem(text: string, settings: Settings): string | null {
  const t = text.trim();
  if (t.length < 2) return 'too-short';
  if (t.length > 60) return 'too-long';
  if (settings.personalPhrases.some((p) => p.text === t)) return 'duplicate';
  return null;
}

/** Add a personal phrase (the caller checked `personalPhraseProblem`). */
export function addPersonalPhrase(
  settings: Settings,
  input: { text: string; kind: PhraseKind; comment?: string },
  now: Date = new Date(),
  id: string = crypto.randomUUID(),
): Settings {
  const phrase: PersonalPhrase = { id: `p-${id}`, text: input.text.trim(), kind: input.kind, comment: input.comment ?? '', created: now.toISOString() };
  return { ...settings, personalPhrases: [...settings.personalPhrases, phrase] };
}

/** Personal phrases as dictionary entries, so the highlighter and card treat them alike. */
export function personalEntries(settings: Settings): DictionaryEntry[] {
  return settings.personalPhrases.map((p) => ({
    id: p.id,
    text: p.text,
    kind: p.kind,
    variants: [],
    score: 1,
    occurrences: 0,
    families: 0,
    personal: { comment: p.comment },
  }));
}

/** Hide or show a dictionary entry, reversibly. */
export function setEntryHidden(settings: Settings, entryId: string, hidden: boolean): Settings {
  const rest = settings.hiddenEntries.filter((id) => id !== entryId);
  return { ...settings, hiddenEntries: hidden ? [...rest, entryId] : rest };
}
