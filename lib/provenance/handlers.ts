import type { Corpus } from '../corpus';
import type { DictionaryArtifact, DictionaryEntry, ProvenanceArtifact } from '../dictionary/types';
import type { RequestHandlers } from '../messaging/router';
import { lookupProvenance } from './lookup';

/** What the provenance handlers read: the artifacts and the parsed seeds, built once. */
export interface ProvenanceSources {
  dictionary: DictionaryArtifact;
  provenance: ProvenanceArtifact;
  corpus: Corpus;
}

/**
 * The background's answers about the dictionary. Sources are loaded on first use, so a
 * service worker woken by a message registers its listener first and parses afterwards.
 */
export function createProvenanceHandlers(load: () => ProvenanceSources): RequestHandlers {
  let sources: ProvenanceSources | undefined;
  let byId: Map<string, DictionaryEntry> | undefined;
  const get = () => {
    sources ??= load();
    byId ??= new Map(sources.dictionary.entries.map((e) => [e.id, e]));
    return { sources, byId };
  };
  return {
    'provenance:get': ({ entryId }) => {
      const { sources: s, byId: entries } = get();
      return lookupProvenance(entries.get(entryId), s.provenance, s.corpus);
    },
    'ping': () => 'pong',
  };
}
