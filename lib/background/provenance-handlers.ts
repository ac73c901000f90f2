import type { CorpusDocumentMeta } from '../corpus/documents';
import type { DictionaryArtifact, DictionaryEntry } from '../dictionary/types';
import type { RequestHandlers } from '../messaging/router';
import type { CorpusProvenanceArtifact } from '../provenance/artifact';
import { lookupProvenance, PAGE_SIZE, provenancePage } from '../provenance/lookup';
import { lookupPatternProvenance } from '../provenance/pattern-examples';
import { patternTypeOf } from '../matcher/patterns/types';
import type { PatternExamplesIndex } from '../matcher/patterns/examples';

/** What the provenance handlers read, each loaded on first use and kept. */
export interface ProvenanceSources {
  dictionary: () => DictionaryArtifact;
  /** seeds/provenance.json (the background fetches it from the extension package). */
  index: () => Promise<CorpusProvenanceArtifact>;
  /** One document's paragraph texts (corpus/<id>.txt in the extension package). */
  paragraphs: (doc: CorpusDocumentMeta) => Promise<string[]>;
}

/** Remember a few documents' paragraphs: a card cites at most a handful at a time. */
function cachedParagraphs(load: ProvenanceSources['paragraphs'], keep = 24): ProvenanceSources['paragraphs'] {
  const cache = new Map<string, Promise<string[]>>();
  return (doc) => {
    let hit = cache.get(doc.id);
    if (!hit) {
      hit = load(doc);
      hit.catch(() => cache.delete(doc.id));
      cache.set(doc.id, hit);
      if (cache.size > keep) cache.delete(cache.keys().next().value!);
    }
    return hit;
  };
}

/**
 * The background's answers about the dictionary. Sources are loaded on first use, so a
 * service worker woken by a message registers its listener first and loads afterwards.
 */
export function createProvenanceHandlers(sources: ProvenanceSources): RequestHandlers {
  let index: Promise<CorpusProvenanceArtifact> | undefined;
  let byId: Map<string, DictionaryEntry> | undefined;
  const paragraphs = cachedParagraphs(sources.paragraphs);
  const loadIndex = () => {
    index ??= sources.index();
    index.catch(() => (index = undefined));
    return index;
  };
  const entry = (id: string) => {
    byId ??= new Map(sources.dictionary().entries.map((e) => [e.id, e]));
    return byId.get(id);
  };
  return {
    'provenance:get': async ({ entryId }) => lookupProvenance(entry(entryId), await loadIndex(), paragraphs),
    'provenance:lines': async ({ entryId, offset }) => provenancePage(entryId, await loadIndex(), paragraphs, offset, PAGE_SIZE),
    'ping': () => 'pong',
  };
}

/**
 * The provenance handlers, answering `pattern:` ids from the examples index (loaded on
 * first use) and every other id as before.
 */
export function withPatternProvenance(handlers: RequestHandlers, load: () => PatternExamplesIndex): RequestHandlers {
  const dictionaryLookup = handlers['provenance:get'];
  if (!dictionaryLookup) return handlers;
  let index: PatternExamplesIndex | undefined;
  return {
    ...handlers,
    'provenance:get': (payload, sender) => {
      if (!patternTypeOf(payload.entryId)) return dictionaryLookup(payload, sender);
      index ??= load();
      return lookupPatternProvenance(payload.entryId, index);
    },
  };
}
