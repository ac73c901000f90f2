/**
 * Notes as W3C Web Annotations (JSON-LD), so Hypothesis-style tools and archives can read
 * them. The dictionary entry travels in a `tifa:` extension so our importer can bring a
 * note back onto its phrase; other tools ignore it.
 */
import type { DictionaryStamp, Note } from '../types';
import { stringifyWithCompactItems } from './compact-items';

/** Our JSON-LD namespace for the fields the Web Annotation vocabulary has no word for. */
const TIFA_NAMESPACE = 'https://tifa-lens.github.io/ns/notes#';

/** The target of a note on a phrase as a whole (no page). */
export const ENTRY_URN_PREFIX = 'urn:tifa-lens:entry:';

/** The annotation `@context`: the W3C one plus our prefix. */
const ANNOTATION_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { tifa: TIFA_NAMESPACE }] as const;

/** One note as a Web Annotation. */
function toWebAnnotation(note: Note): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (note.body) body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const target = note.page
    ? {
        source: note.page.url,
        ...(note.anchor
          ? {
              selector: [
                { type: 'TextQuoteSelector', exact: note.anchor.quote.exact, prefix: note.anchor.quote.prefix, suffix: note.anchor.quote.suffix },
                { type: 'TextPositionSelector', start: note.anchor.position.start, end: note.anchor.position.end },
              ],
            }
          : {}),
      }
    : `${ENTRY_URN_PREFIX}${encodeURIComponent(note.entryId)}`;
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(note.created).toISOString(),
    modified: new Date(note.updated).toISOString(),
    body,
    target,
    'tifa:entry': { id: note.entryId, text: note.phrase, dictionaryVersion: note.dictionaryVersion },
    ...(note.page ? { 'tifa:pageTitle': note.page.title } : {}),
    'tifa:orphaned': note.orphaned,
  };
}

/** Export notes as one W3C AnnotationCollection with its single page embedded. Pure. */
export function exportNotesAnnotations(notes: readonly Note[], dictionary: DictionaryStamp, now = new Date()): string {
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Tifa Lens notes',
    total: notes.length,
    generated: now.toISOString(),
    generator: { type: 'Software', name: 'Tifa Lens', homepage: 'https://tifa-lens.github.io/' },
    'tifa:dictionary': { version: dictionary.version, seedHash: dictionary.seedHash },
    first: { type: 'AnnotationPage', startIndex: 0 },
  };
  return stringifyWithCompactItems(collection, ['first', 'items'], notes.map(toWebAnnotation));
}
