/**
 * Valibot schemas for the fields of a note. The message protocol and the importer share
 * them, so a note that can be sent can be imported and the other way round, and the same
 * limits keep a hostile file or message from filling the database.
 */
import * as v from 'valibot';

/** Limits that keep one note readable and one message or file bounded. */
export const NOTE_LIMITS = {
  body: 20_000,
  phrase: 200,
  url: 2_048,
  title: 500,
  exact: 2_000,
  context: 500,
  tags: 20,
  tag: 40,
  dictionaryVersion: 80,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A note id: a UUID, as `crypto.randomUUID()` makes. */
export const noteIdField = v.pipe(v.string(), v.regex(UUID, 'a note id must be a UUID'));

/** No control characters (U+0000–U+001F, U+007F–U+009F): they have no place in an id or a phrase. */
export const noControlCharacters = v.regex(/^\P{Cc}*$/u, 'control characters are not allowed here');

/** Control characters except tab and line breaks, for text a user writes in a box. */
export const noControlCharactersButLines = v.regex(/^(?:[\t\n\r]|\P{Cc})*$/u, 'control characters are not allowed here');

/** A dictionary entry id (the same bound as the provenance request). */
export const entryIdField = v.pipe(v.string(), v.minLength(1), v.maxLength(80), noControlCharacters);

/** The phrase text. */
export const phraseField = v.pipe(v.string(), v.minLength(1), v.maxLength(NOTE_LIMITS.phrase));

/** An http(s) address; anything else (javascript:, data:) would become a live link on the notes page. */
export const pageUrlField = v.pipe(
  v.string(),
  v.maxLength(NOTE_LIMITS.url),
  v.check((s) => {
    try {
      const { protocol } = new URL(s);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }, 'a page address must be an http or https URL'),
);

/** The page a note was written on. */
export const pageField = v.object({
  url: pageUrlField,
  title: v.pipe(v.string(), v.maxLength(NOTE_LIMITS.title)),
});

/** W3C TextQuoteSelector. */
export const quoteSelectorField = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(NOTE_LIMITS.exact)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(NOTE_LIMITS.context)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(NOTE_LIMITS.context)), ''),
});

const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31));

/** W3C TextPositionSelector. */
export const positionSelectorField = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.end >= p.start, 'a position must end after it starts'),
);

/** Both selectors of one occurrence. */
export const anchorField = v.object({ quote: quoteSelectorField, position: positionSelectorField });

/** The note's text. */
export const bodyField = v.pipe(v.string(), v.maxLength(NOTE_LIMITS.body));

/** Tags: short words, at most twenty; cleaned (trimmed, deduplicated) by `cleanTags`. */
export const tagsField = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(NOTE_LIMITS.tag))),
  v.maxLength(NOTE_LIMITS.tags),
);

/** A dictionary version string. */
export const dictionaryVersionField = v.pipe(v.string(), v.maxLength(NOTE_LIMITS.dictionaryVersion));

/** A time in milliseconds since the epoch, within what `Date` can hold. */
export const timeField = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

/** Trim, drop empties and repeats, keep the user's order. */
export function cleanTags(tags: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  for (const tag of tags ?? []) {
    const clean = tag.trim().replace(/\s+/g, ' ');
    if (clean) seen.add(clean);
  }
  return [...seen];
}
