/**
 * Reading W3C Web Annotations back. Our own exports carry the phrase in `tifa:entry` and
 * become notes again; annotations from other tools have no phrase to attach to and are
 * skipped (and counted), never guessed at.
 */
import * as v from 'valibot';
import {
  NOTE_LIMITS, cleanTags, dictionaryVersionField, entryIdField, pageUrlField,
  phraseField, positionSelectorField, quoteSelectorField,
} from '../fields';
import { siteOf } from '../site';
import type { Note, NoteAnchor, NotePage } from '../types';
import { ENTRY_URN_PREFIX } from '../export/annotation';
import { isoTimeField } from './tifa-format';

const shortString = v.pipe(v.string(), v.maxLength(NOTE_LIMITS.url));
const bodyItem = v.union([
  shortString,
  v.looseObject({
    type: v.optional(shortString),
    value: v.optional(v.pipe(v.string(), v.maxLength(NOTE_LIMITS.body))),
    purpose: v.optional(shortString),
  }),
]);
// Arrays are objects too: every union below tries the array form first.
const selectorItem = v.looseObject({ type: shortString });
const specificTarget = v.looseObject({ source: shortString, selector: v.optional(v.union([v.pipe(v.array(selectorItem), v.maxLength(20)), selectorItem])) });
const targetItem = v.union([shortString, specificTarget]);

/** One annotation of any origin; only the fields we read are checked. */
export const annotationSchema = v.looseObject({
  type: v.literal('Annotation'),
  id: v.optional(shortString),
  created: v.optional(isoTimeField),
  modified: v.optional(isoTimeField),
  body: v.optional(v.union([v.pipe(v.array(bodyItem), v.maxLength(100)), bodyItem])),
  target: v.optional(v.union([v.pipe(v.array(targetItem), v.minLength(1), v.maxLength(20)), targetItem])),
  'tifa:entry': v.optional(
    v.object({ id: entryIdField, text: phraseField, dictionaryVersion: v.optional(dictionaryVersionField, '') }),
  ),
  'tifa:pageTitle': v.optional(v.pipe(v.string(), v.maxLength(NOTE_LIMITS.title))),
  'tifa:orphaned': v.optional(v.boolean()),
});

/** A validated annotation. */
export type ParsedAnnotation = v.InferOutput<typeof annotationSchema>;

/** The annotations inside a collection, page, array or single annotation; null if it is none of these. */
export function annotationItems(root: unknown): unknown[] | null {
  if (Array.isArray(root)) return root;
  if (!root || typeof root !== 'object') return null;
  const { type, items, first } = root as { type?: unknown; items?: unknown; first?: unknown };
  if (type === 'Annotation') return [root];
  if (type === 'AnnotationPage' && Array.isArray(items)) return items;
  if (type === 'AnnotationCollection') {
    if (first === undefined) return [];
    const page = first as { items?: unknown } | null;
    return page && typeof page === 'object' && Array.isArray(page.items) ? page.items : null;
  }
  return null;
}

const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function pageAndAnchor(a: ParsedAnnotation): { page: NotePage | null; anchor: NoteAnchor | null } {
  const target = Array.isArray(a.target) ? a.target[0] : a.target;
  const source = typeof target === 'string' ? target : target?.source;
  if (!source || source.startsWith(ENTRY_URN_PREFIX)) return { page: null, anchor: null };
  const page = { url: v.parse(pageUrlField, source), title: a['tifa:pageTitle'] ?? '' };
  const raw = typeof target === 'object' ? target.selector : undefined;
  const selectors = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const quoteRaw = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quoteRaw) return { page, anchor: null };
  const quote = v.parse(quoteSelectorField, quoteRaw);
  const positionRaw = selectors.find((s) => s.type === 'TextPositionSelector');
  const position = positionRaw
    ? v.parse(positionSelectorField, positionRaw)
    : { type: 'TextPositionSelector' as const, start: 0, end: quote.exact.length };
  return { page, anchor: { quote, position } };
}

/**
 * A note from one of our annotations, or null for another tool's. Throws a `ValiError`
 * when one of our annotations has a bad address or selector, which refuses the file.
 */
export function noteFromAnnotation(a: ParsedAnnotation, newId: () => string, now: number): Note | null {
  const entry = a['tifa:entry'];
  if (!entry) return null;
  const bodies = (a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body]).filter(
    (b): b is Exclude<typeof b, string> => typeof b === 'object',
  );
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value ?? '');
  const text = bodies.filter((b) => b.purpose !== 'tagging' && b.value).map((b) => b.value);
  const { page, anchor } = pageAndAnchor(a);
  const created = a.created ?? a.modified ?? now;
  return {
    id: UUID_URN.exec(a.id ?? '')?.[1]?.toLowerCase() ?? newId(),
    entryId: entry.id,
    phrase: entry.text,
    page,
    site: siteOf(page?.url),
    anchor,
    orphaned: a['tifa:orphaned'] ?? false,
    body: v.parse(v.pipe(v.string(), v.maxLength(NOTE_LIMITS.body)), text.join('\n\n')),
    tags: cleanTags(tags).slice(0, NOTE_LIMITS.tags),
    created,
    updated: Math.max(a.modified ?? created, created),
    dictionaryVersion: entry.dictionaryVersion,
  };
}
