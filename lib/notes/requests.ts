/**
 * Payload schemas of the notes requests, used by `lib/messaging/protocol.ts`. They live
 * here, next to the note fields, so the protocol file stays a list and the limits of a
 * note are written once.
 */
import * as v from 'valibot';
import {
  anchorField,
  bodyField,
  dictionaryVersionField,
  entryIdField,
  noteIdField,
  pageField,
  pageUrlField,
  phraseField,
  positionSelectorField,
  tagsField,
  timeField,
} from './fields';
import { EXPORT_FORMATS } from './export/formats';
import { MAX_IMPORT_CHARS } from './import/limits';

/** notes:add: a new note from the card or a page. */
export const addNoteRequest = v.object({
  entryId: entryIdField,
  phrase: phraseField,
  page: v.optional(v.nullable(pageField), null),
  anchor: v.optional(v.nullable(anchorField), null),
  body: bodyField,
  tags: v.optional(tagsField, []),
  dictionaryVersion: v.optional(dictionaryVersionField),
});

/** notes:update: a user's edit of body or tags. */
export const updateNoteRequest = v.object({ id: noteIdField, body: v.optional(bodyField), tags: v.optional(tagsField) });

/** notes:delete and notes:get: one note by id. */
export const noteIdRequest = v.object({ id: noteIdField });

/** A whole stored note, for undoing a delete. */
export const storedNoteField = v.object({
  id: noteIdField,
  entryId: entryIdField,
  phrase: phraseField,
  page: v.nullable(pageField),
  site: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  anchor: v.nullable(anchorField),
  orphaned: v.boolean(),
  body: bodyField,
  tags: tagsField,
  created: timeField,
  updated: timeField,
  dictionaryVersion: dictionaryVersionField,
});

/** notes:restore: put back a note that was just deleted (undo). */
export const restoreNoteRequest = v.object({ note: storedNoteField });

/** The notes page's search and filters. */
export const notesQueryField = v.object({
  text: v.optional(v.pipe(v.string(), v.maxLength(200))),
  entryId: v.optional(entryIdField),
  site: v.optional(v.pipe(v.string(), v.maxLength(300))),
  tag: v.optional(v.pipe(v.string(), v.maxLength(40))),
  orphanedOnly: v.optional(v.boolean()),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
});

/** notes:list: one page of a query. */
export const listNotesRequest = v.object({ query: notesQueryField });

/** notes:forPage: the notes of one page, re-anchored against its current text when given. */
export const notesForPageRequest = v.object({
  url: pageUrlField,
  text: v.optional(v.pipe(v.string(), v.maxLength(5_000_000))),
});

/** notes:forEntry: the notes on one phrase, for the card. */
export const notesForEntryRequest = v.object({ entryId: entryIdField });

/** notes:setAnchor: the card reports where it found a note's text, or that it could not. */
export const setAnchorRequest = v.object({ id: noteIdField, position: v.nullable(positionSelectorField) });

/** notes:export: all notes, or those a query selects, in one format. */
export const exportNotesRequest = v.object({
  format: v.picklist(EXPORT_FORMATS),
  query: v.optional(notesQueryField, {}),
});

/** notes:import: a file's text, decoded by the page; validated whole before anything is written. */
export const importNotesRequest = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, 'the file is too large to import')),
  fileName: v.optional(v.pipe(v.string(), v.maxLength(300))),
});

