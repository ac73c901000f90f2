/**
 * Artifact serialisation: one entry (or one entry's occurrences) per line. Still compact
 * for the content script, and a rebuild shows up in review as a readable line diff.
 */
import type { DictionaryArtifact, ProvenanceArtifact } from '../types';

/** The dictionary artifact as written to seeds/dictionary.json. */
export function dictionaryJson(d: DictionaryArtifact): string {
  const entries = d.entries.map((e) => JSON.stringify(e)).join(',\n');
  const inputs = d.inputsHash ? `,"inputsHash":${JSON.stringify(d.inputsHash)}` : '';
  return `{"version":${JSON.stringify(d.version)},"seedHash":${JSON.stringify(d.seedHash)}${inputs},"entries":[\n${entries}\n]}\n`;
}

/** The provenance artifact as written to seeds/provenance.json. */
export function provenanceJson(p: ProvenanceArtifact): string {
  const speeches = p.speeches.map((s) => JSON.stringify(s)).join(',\n');
  const occurrences = Object.entries(p.occurrences)
    .map(([id, list]) => `${JSON.stringify(id)}:${JSON.stringify(list)}`)
    .join(',\n');
  return `{"version":${JSON.stringify(p.version)},"speeches":[\n${speeches}\n],"occurrences":{\n${occurrences}\n}}\n`;
}
