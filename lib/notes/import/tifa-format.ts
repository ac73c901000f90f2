/**
 * Reading our own JSON export back: the file schema (the mirror of `export/json.ts`) and
 * the conversion to stored notes.
 */
import * as v from 'valibot';
import {
  anchorField, bodyField, cleanTags, dictionaryVersionField, entryIdField,
  noControlCharacters, noControlCharactersButLines, noteIdField, pageField, phraseField, tagsField,
} from '../fields';
import { siteOf } from '../site';
import type { Note } from '../types';
import { NOTES_FILE_FORMAT } from '../export/json';
import { MAX_IMPORT_NOTES } from './limits';

/** An ISO 8601 time, read as milliseconds since the epoch. */
export const isoTimeField = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'a time must be ISO 8601, e.g. 2025-03-01T08:00:00Z'),
  v.transform((s) => Date.parse(s)),
  v.number(),
  v.check((t) => Number.isFinite(t) && t >= 0, 'a time must be a real date after 1970'),
);

const exportedNoteField = v.pipe(
  v.object({
    id: noteIdField,
    entryId: entryIdField,
    phrase: phraseField,
    page: v.nullable(pageField),
    anchor: v.optional(v.nullable(anchorField), null),
    orphaned: v.optional(v.boolean(), false),
    body: bodyField,
    tags: v.optional(tagsField, []),
    created: isoTimeField,
    updated: isoTimeField,
    dictionaryVersion: v.optional(dictionaryVersionField, ''),
  }),
  v.check((n) => n.page !== null || n.anchor === null, 'a note without a page cannot have a quote anchor'),
  v.check((n) => n.created <= n.updated, 'a note cannot be created after it was last updated'),
);

/** Most personal phrases one file may carry: a file changes a user's setup only so far. */
const MAX_IMPORT_PERSONAL_PHRASES = 500;
/** Most hidden entries one file may carry (the dictionary has a few hundred entries). */
const MAX_IMPORT_HIDDEN_ENTRIES = 2_000;

const hiddenEntryList = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(80), noControlCharacters)),
  v.maxLength(MAX_IMPORT_HIDDEN_ENTRIES, `at most ${MAX_IMPORT_HIDDEN_ENTRIES} hidden entries per file`),
);

const phraseText = v.pipe(v.string(), v.maxLength(200), noControlCharacters);
/** Personal phrases: `{ text, kind, comment }`, or a bare string from an early file. */
const personalPhraseList = v.pipe(
  v.array(
    v.union([
      v.pipe(phraseText, v.transform((text) => ({ text, kind: 'slogan', comment: '' }))),
      v.object({
        text: phraseText,
        kind: v.optional(v.pipe(v.string(), v.maxLength(20), noControlCharacters), 'slogan'),
        comment: v.optional(v.pipe(v.string(), v.maxLength(2000), noControlCharactersButLines), ''),
      }),
    ]),
  ),
  v.maxLength(MAX_IMPORT_PERSONAL_PHRASES, `at most ${MAX_IMPORT_PERSONAL_PHRASES} personal phrases per file`),
);

/** Our file, version 1. */
export const notesFileSchema = v.object({
  format: v.literal(NOTES_FILE_FORMAT),
  version: v.literal(1),
  exported: v.optional(v.pipe(v.string(), v.maxLength(40))),
  dictionary: v.optional(v.object({ version: v.pipe(v.string(), v.maxLength(80)), seedHash: v.pipe(v.string(), v.maxLength(128)) })),
  settings: v.optional(v.object({ personalPhrases: v.optional(personalPhraseList, []), hiddenEntries: v.optional(hiddenEntryList, []) })),
  notes: v.pipe(v.array(exportedNoteField), v.maxLength(MAX_IMPORT_NOTES, `at most ${MAX_IMPORT_NOTES} notes per file`)),
});

/** A validated note of our file, as stored. */
export function noteFromFile(n: v.InferOutput<typeof exportedNoteField>): Note {
  return {
    id: n.id.toLowerCase(),
    entryId: n.entryId,
    phrase: n.phrase,
    page: n.page ? { url: n.page.url, title: n.page.title } : null,
    site: siteOf(n.page?.url),
    anchor: n.anchor
      ? {
          quote: { type: 'TextQuoteSelector', exact: n.anchor.quote.exact, prefix: n.anchor.quote.prefix, suffix: n.anchor.quote.suffix },
          position: { type: 'TextPositionSelector', start: n.anchor.position.start, end: n.anchor.position.end },
        }
      : null,
    orphaned: n.orphaned,
    body: n.body,
    tags: cleanTags(n.tags),
    created: n.created,
    updated: n.updated,
    dictionaryVersion: n.dictionaryVersion,
  };
}
