import { PHRASE_KINDS, type PhraseKind } from '../dictionary/types';
import type { SettingsChange } from '../notes/import';
import type { PortableSettings } from '../notes/types';
import { addPersonalPhrase, personalPhraseProblem } from './personal-phrases';
import type { Settings } from './settings-schema';

/** The part of the settings that travels with exported notes. */
export function portableSettings(settings: Settings): PortableSettings {
  return {
    personalPhrases: settings.personalPhrases.map(({ text, kind, comment }) => ({ text, kind, comment })),
    hiddenEntries: [...settings.hiddenEntries],
  };
}

/**
 * Merge what an imported file carries: phrases not yet in the list are added (invalid
 * ones skipped), hidden entries are united. Nothing the user has is removed.
 */
export function mergePortableSettings(settings: Settings, incoming: PortableSettings): Settings {
  let next = settings;
  for (const p of incoming.personalPhrases) {
    if (personalPhraseProblem(p.text, next)) continue;
    const kind = (PHRASE_KINDS as readonly string[]).includes(p.kind) ? (p.kind as PhraseKind) : 'slogan';
    next = addPersonalPhrase(next, { text: p.text, kind, comment: p.comment.slice(0, 2000) });
  }
  const hidden = [...new Set([...next.hiddenEntries, ...incoming.hiddenEntries.filter((id) => id.length <= 80)])];
  return { ...next, hiddenEntries: hidden };
}

/** What a merge changed, for the import summary: phrases added, entries newly hidden. */
export function settingsChange(before: Settings, after: Settings): SettingsChange {
  const hidden = new Set(before.hiddenEntries);
  return {
    personalPhrases: Math.max(0, after.personalPhrases.length - before.personalPhrases.length),
    hiddenEntries: after.hiddenEntries.filter((id) => !hidden.has(id)).length,
  };
}
